#!/usr/bin/env node
"use strict";
// Renders the oracle corpus with citeproc-js: footnotes (processCitationCluster sequence via
// rebuildProcessorState) and the bibliography of all items, as JSON {version, notes, bibliography}.
//   node render-citeproc.js STYLE.csl LOCALES_DIR corpus.json OUT.json
// citeproc is looked up in $CITEPROC_NODE_MODULES, $PEERS_NODE_MODULES, then <repo>/.tools/node/node_modules.
const fs = require("fs");
const path = require("path");

function findCiteproc() {
  const dirs = [process.env.CITEPROC_NODE_MODULES, process.env.PEERS_NODE_MODULES,
    path.resolve(__dirname, "../../../.tools/node/node_modules")].filter(Boolean);
  for (const d of dirs) {
    const p = path.join(d, "citeproc");
    if (fs.existsSync(p)) return p;
  }
  return null;
}

const [stylePath, localesDir, corpusPath, outPath] = process.argv.slice(2);
const where = findCiteproc();
if (!where) { console.error("citeproc npm package not found"); process.exit(3); }
const CSL = require(where);
CSL.debug = () => {};
const style = fs.readFileSync(stylePath, "utf8");
const corpus = JSON.parse(fs.readFileSync(corpusPath, "utf8"));
const byId = new Map(corpus.items.map((it) => [it.id, it]));
const sys = {
  retrieveItem: (id) => byId.get(id),
  retrieveLocale: (lang) => {
    const p = path.join(localesDir, `locales-${lang}.xml`);
    return fs.existsSync(p) ? fs.readFileSync(p, "utf8").replace(/\s*<\?[^>]*\?>\s*\n/g, "") : false;
  },
};
const notesEngine = new CSL.Engine(sys, style);
// A corpus may number its notes (a document's footnotes); otherwise note i is cluster i.
const noteIndex = (i) => (corpus.noteIndexes ? corpus.noteIndexes[i] : i + 1);
const citations = corpus.citations.map((c, i) => ({ citationID: `n${i + 1}`, citationItems: c, properties: { noteIndex: noteIndex(i) } }));
const notes = notesEngine.rebuildProcessorState(citations, "html", []).map((r) => r[2]);
const bibEngine = new CSL.Engine(sys, style);
bibEngine.updateItems(corpus.items.map((it) => it.id));
const bib = bibEngine.makeBibliography();
const bibliography = bib ? bib[1].map((e) => e.replace(/^\s*<div class="csl-entry">/, "").replace(/<\/div>\s*$/, "")) : [];
const version = JSON.parse(fs.readFileSync(path.join(where, "package.json"), "utf8")).version;
fs.writeFileSync(outPath, JSON.stringify({ version, notes, bibliography }));
