// Validates a CSL-JSON file against the CSL data schema with ajv (draft-07, formats on).
// usage: node csl-validate.mjs TOOLS_DIR SCHEMA.json FILE.json
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [toolsDir, schemaFile, file] = process.argv.slice(2);
const require = createRequire(join(resolve(toolsDir), 'package.json'));
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
const data = JSON.parse(readFileSync(file, 'utf8'));
const valid = validate(data);
console.log(JSON.stringify({ valid, count: Array.isArray(data) ? data.length : null, errors: validate.errors ?? [] }));
