#!/usr/bin/env node
"use strict";
// Renders CSL-JSON files with citeproc-js, one style parsed once: for each file the bibliography of every
// item, as a JSON array of {count, registered, entries, empty}; empty lists the items the style prints
// nothing for, each rendered alone to confirm it (citeproc-js leaves such entries out).
//   node render-csl.js NODE_TOOLS STYLE.csl LOCALES_DIR items.json...
const fs = require("fs");
const path = require("path");
const [tools, stylePath, localesDir, ...files] = process.argv.slice(2);
const CSL = require(path.join(tools, "node_modules", "citeproc"));
let byId = new Map();
const engine = new CSL.Engine({
  retrieveItem: (id) => byId.get(id),
  retrieveLocale: (lang) => {
    const p = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : false;
  },
}, fs.readFileSync(stylePath, "utf8"));
function bibliography(ids) {
  engine.updateItems(ids);
  return engine.makeBibliography();
}
const results = files.map((file) => {
  const items = JSON.parse(fs.readFileSync(file, "utf8"));
  byId = new Map(items.map((it) => [it.id, it]));
  const all = bibliography(items.map((it) => it.id));
  const entries = all[1].map((e) => e.replace(/<[^>]+>/g, "").trim());
  const empty = entries.length === items.length ? [] : items.map((it) => it.id).filter((id) => bibliography([id])[1].length === 0);
  return { count: items.length, registered: all[0].entry_ids.length, entries, empty };
});
process.stdout.write(JSON.stringify(results));
