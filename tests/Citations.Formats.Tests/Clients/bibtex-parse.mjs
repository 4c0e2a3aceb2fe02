// Parses a .bib file with @retorquere/bibtex-parser (the parser behind Better BibTeX's imports)
// and prints what it read: errors, and per entry the key, type, title, creators and year.
// usage: node bibtex-parse.mjs TOOLS_DIR FILE.bib
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [toolsDir, file] = process.argv.slice(2);
// The package is ESM (its CommonJS build does not load): import its "module" entry by path.
const packageDir = join(resolve(toolsDir), 'node_modules', '@retorquere', 'bibtex-parser');
const entry = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).module;
const { parse } = await import(pathToFileURL(join(packageDir, entry)).href);

// english: false keeps titles as written instead of sentence-casing them.
const library = parse(readFileSync(file, 'utf8'), { english: false });
// The parser spells {\"u} as u + combining diaeresis: NFC makes text comparable with the source
// (which .NET, running with invariant globalization, cannot normalize).
const nfc = (s) => (typeof s === 'string' ? s.normalize('NFC') : s);
const creators = (list) => (list ?? []).map((c) => ({ name: nfc(c.name), lastName: nfc(c.lastName), firstName: nfc(c.firstName), prefix: nfc(c.prefix), suffix: nfc(c.suffix) }));
console.log(JSON.stringify({
  errors: library.errors.map((e) => e.error ?? String(e)),
  entries: library.entries.map((e) => ({
    key: e.key,
    type: e.type,
    title: nfc(e.fields.title) ?? null,
    year: e.fields.year ?? null,
    author: creators(e.fields.author),
    editor: creators(e.fields.editor),
  })),
}));
