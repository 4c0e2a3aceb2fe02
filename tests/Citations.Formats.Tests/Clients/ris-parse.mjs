// Reads a RIS file with citation-js (@citation-js/plugin-ris, the RIS specification's tag
// tables) and prints each record as CSL: id, type, title and original title.
// usage: node ris-parse.mjs TOOLS_DIR FILE.ris
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [toolsDir, file] = process.argv.slice(2);
const require = createRequire(join(resolve(toolsDir), 'package.json'));
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-ris');

const records = plugins.input.chain(readFileSync(file, 'utf8'), { forceType: '@ris/file', generateGraph: false });
console.log(JSON.stringify(records.map((r) => ({ id: r.id ?? null, type: r.type ?? null, title: r.title ?? null, originalTitle: r['original-title'] ?? null }))));
