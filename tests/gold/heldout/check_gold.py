#!/usr/bin/env python3
"""Consistency checks for hand-written gold files (tests/gold/*/*.jsonl).

Checks: valid JSON lines; each citation's text is an exact substring of its note, in order, not
overlapping; a prefix stands immediately before its citation; locator/label pairs; labels, types and
positions from the model; refers_to points at an existing citation; ibid refers to the citation just
before; back-references carry the item they resolve to; a 'first' item has not been seen before and
a 'subsequent'/'ibid' item has; 'see n. X' points at X:1. Exit status 1 on any error.
"""
import copy, json, re, sys

TYPES = {"book", "chapter", "article-journal", "article-magazine", "article-newspaper", "thesis",
         "paper-conference", "report", "manuscript", "personal_communication", "interview",
         "collection", "document", "webpage"}
LABELS = {"page", "folio", "volume", "section", "paragraph", "line", "note", "chapter", "figure",
          "frame", "document"}
POSITIONS = {"first", "subsequent", "ibid", "ibid-with-locator"}
CIT_KEYS = {"text", "prefix", "part", "locator", "label", "position", "refers_to", "item"}

def norm(item):
    it = copy.deepcopy(item)
    c = it.get("custom")
    if c is not None:
        c.pop("repairs", None)
        if not c:
            it.pop("custom")
    return json.dumps(it, sort_keys=True, ensure_ascii=False)

def walk_strings(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk_strings(v, f"{path}.{k}")
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from walk_strings(v, f"{path}[{i}]")
    elif isinstance(o, str):
        yield path, o

def check_date(d, where, errs):
    if not isinstance(d, dict) or "date-parts" not in d:
        errs.append(f"{where}: bad date {d}"); return
    for p in d["date-parts"]:
        if not (1 <= len(p) <= 3 and all(isinstance(x, int) for x in p)):
            errs.append(f"{where}: bad date-parts {p}")
        if len(p) >= 2 and not 1 <= p[1] <= 12: errs.append(f"{where}: month {p}")
        if len(p) == 3 and not 1 <= p[2] <= 31: errs.append(f"{where}: day {p}")
    if "season" in d and d["season"] not in (1, 2, 3, 4):
        errs.append(f"{where}: season {d['season']}")

def check_file(path):
    errs, warns = [], []
    seen_items = set()
    cits = {}          # "n:i" -> citation
    order = []         # keys in document order
    notes = {}
    doc = None
    lines = open(path, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{path}:{ln}: invalid JSON: {e}"); continue
        for k in ("doc", "n", "text", "citations"):
            if k not in o: errs.append(f"{path}:{ln}: missing {k}")
        if doc is None: doc = o["doc"]
        elif o["doc"] != doc: errs.append(f"{path}:{ln}: doc {o['doc']} != {doc}")
        n = o["n"]
        if n in notes: errs.append(f"{path}:{ln}: duplicate note {n}")
        if notes and n <= max(notes): errs.append(f"{path}:{ln}: note {n} out of order")
        notes[n] = o
        text = o["text"]
        if text != text.strip() or "  " in text: warns.append(f"{path}:{ln}: whitespace in note text")
        pos = 0
        for i, c in enumerate(o["citations"], 1):
            key = f"{n}:{i}"; where = f"{path} note {n} cit {i}"
            extra = set(c) - CIT_KEYS
            if extra: errs.append(f"{where}: unknown keys {extra}")
            t = c["text"]
            at = text.find(t, pos)
            if at < 0:
                errs.append(f"{where}: text not a substring (in order) of the note: {t!r}"); continue
            if "prefix" in c:
                before = text[:at].rstrip()
                if not before.endswith(c["prefix"]):
                    errs.append(f"{where}: prefix {c['prefix']!r} does not stand before the citation")
            pos = at + len(t)
            if t != t.strip() or t.endswith((";", ",")):
                errs.append(f"{where}: citation text has separator/whitespace at an end: {t!r}")
            if "part" in c and c["part"] not in t:
                warns.append(f"{where}: part not in citation text")
            if ("locator" in c) != ("label" in c): errs.append(f"{where}: locator without label or vice versa")
            if "label" in c and c["label"] not in LABELS: errs.append(f"{where}: label {c['label']}")
            if "locator" in c and ("–" in c["locator"] or "—" in c["locator"]): errs.append(f"{where}: dash in locator")
            if c.get("position") not in POSITIONS: errs.append(f"{where}: position {c.get('position')}")
            item = c["item"]
            if item.get("type") not in TYPES: errs.append(f"{where}: type {item.get('type')}")
            if "id" in item: errs.append(f"{where}: item has id")
            for k in ("issued", "original-date", "accessed"):
                if k in item: check_date(item[k], f"{where} {k}", errs)
            for p, s in walk_strings(item):
                if s == "" or s != s.strip(): errs.append(f"{where}: empty/unstripped string at {p}")
            for role in ("author", "editor", "translator", "recipient", "container-author", "interviewer"):
                for nm in item.get(role, []):
                    if not ("family" in nm or "literal" in nm): errs.append(f"{where}: name without family/literal")
            cits[key] = c; order.append(key)
    # positions and references
    for idx, key in enumerate(order):
        c = cits[key]; where = f"{path} cit {key}"
        pos, ref, it = c["position"], c.get("refers_to"), norm(c["item"])
        if ref is not None:
            if not re.fullmatch(r"\d+:\d+", ref): errs.append(f"{where}: bad refers_to {ref}")
            elif ref not in cits: errs.append(f"{where}: refers_to {ref} does not exist")
        if pos in ("ibid", "ibid-with-locator"):
            prev = order[idx - 1] if idx else None
            if ref != prev:
                # allowed only within the previous citation's note (an Ibid. whose locator shows which of
                # that note's sources it means); reported as a warning
                if ref in cits and prev and ref.split(":")[0] == prev.split(":")[0]:
                    warns.append(f"{where}: ibid refers to {ref}, not to the last citation {prev}")
                else:
                    errs.append(f"{where}: ibid must refer to the citation just before ({prev}), has {ref}")
            if ref in cits and norm(cits[ref]["item"]) != it: errs.append(f"{where}: ibid item differs from {ref}")
            if (pos == "ibid") == ("locator" in c): errs.append(f"{where}: {pos} vs locator presence")
        if pos == "subsequent":
            if ref is None: errs.append(f"{where}: subsequent without refers_to")
            elif ref in cits and norm(cits[ref]["item"]) != it: errs.append(f"{where}: subsequent item differs from {ref}")
            if c.get("label") == "note":
                if ref != f"{c['locator']}:1": errs.append(f"{where}: note cross-reference must point at {c['locator']}:1")
            elif it not in seen_items: errs.append(f"{where}: subsequent but item never seen before")
            elif ref in cits and order.index(ref) > idx: errs.append(f"{where}: refers forward")
        if pos == "first":
            if it in seen_items: errs.append(f"{where}: first but item already cited")
            if ref is not None and ref in cits and order.index(ref) >= idx: errs.append(f"{where}: first refers forward")
        if c.get("label") == "note":
            if pos != "subsequent": warns.append(f"{where}: note cross-reference not subsequent")
            continue  # a cross-reference (possibly forward) does not count as citing the work
        seen_items.add(it)
    return errs, warns, notes, cits

def main(paths):
    total_err = 0
    for p in paths:
        errs, warns, notes, cits = check_file(p)
        for e in errs: print("ERROR", e)
        for w in warns: print("warn ", w)
        print(f"{p}: {len(notes)} notes, {len(cits)} citations, {len(errs)} errors, {len(warns)} warnings")
        total_err += len(errs)
    return 1 if total_err else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
