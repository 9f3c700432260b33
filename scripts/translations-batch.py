#!/usr/bin/env python3
"""Moves untranslated messages of translations/nervescope_LANG.ts out to JSON and back.

Qt Linguist is the tool for reviewing; this is for filling many messages at once.

  translations-batch.py export LANG OUT.json   # messages without a translation
  translations-batch.py import LANG IN.json    # fills them, after checking each one
  translations-batch.py check LANG             # checks every translation in the file

Imported translations keep type="unfinished", so Linguist shows them as not yet reviewed;
lrelease still ships them (it drops only empty ones). The check refuses a translation whose
placeholders (%1, %L1, %n), HTML tags, line breaks or keyboard accelerator differ from its
source, since any of those breaks the program's text at run time."""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"
PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)[^\s&]")


def ts_path(lang):
    return ROOT / f"nervescope_{lang}.ts"


def key(context, msg):
    return f"{context}\u241f{msg.findtext('source')}\u241f{msg.findtext('comment') or ''}"


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def forms(msg):
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


def problems(source, translation):
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        # %n may be dropped in a singular form of some languages, but not in ours.
        found.append("placeholders differ")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        found.append("HTML tags differ")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(translation)):
        found.append("keyboard accelerator (&) missing or added")
    if not translation.strip() and source.strip():
        found.append("empty")
    return found


def export(lang, out):
    tree = ET.parse(ts_path(lang))
    items = []
    for context, msg in messages(tree):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("obsolete", "vanished") or any(forms(msg)):
            continue
        items.append({
            "key": key(context, msg),
            "context": context,
            "source": msg.findtext("source"),
            "comment": msg.findtext("comment") or msg.findtext("extracomment") or "",
            "numerus_forms": len(forms(msg)) if msg.get("numerus") == "yes" else 0,
            "translation": [] if msg.get("numerus") == "yes" else "",
        })
    Path(out).write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} messages to translate written to {out}")


def fill(lang, src):
    items = {i["key"]: i for i in json.loads(Path(src).read_text(encoding="utf-8"))}
    tree = ET.parse(ts_path(lang))
    filled, refused = 0, 0
    for context, msg in messages(tree):
        item = items.get(key(context, msg))
        if item is None or not item.get("translation"):
            continue
        tr = msg.find("translation")
        source = msg.findtext("source")
        texts = item["translation"] if msg.get("numerus") == "yes" else [item["translation"]]
        numerus = list(tr.iter("numerusform"))
        if msg.get("numerus") == "yes" and len(texts) != len(numerus):
            print(f"refused ({len(texts)} plural forms, the file has {len(numerus)}): {source!r}")
            refused += 1
            continue
        bad = [p for t in texts for p in problems(source, t)]
        if bad:
            print(f"refused ({', '.join(sorted(set(bad)))}): {source!r} -> {texts!r}")
            refused += 1
            continue
        if numerus:
            for f, t in zip(numerus, texts):
                f.text = t
        else:
            tr.text = texts[0]
        tr.set("type", "unfinished")
        filled += 1
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    print(f"{ts_path(lang).name}: {filled} filled, {refused} refused")
    return refused == 0


def check(lang):
    tree = ET.parse(ts_path(lang))
    bad, done, total = 0, 0, 0
    for _, msg in messages(tree):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("obsolete", "vanished"):
            continue
        total += 1
        texts = [t for t in forms(msg) if t]
        if not texts:
            continue
        done += 1
        found = [p for t in texts for p in problems(msg.findtext("source"), t)]
        if found:
            bad += 1
            print(f"{', '.join(sorted(set(found)))}: {msg.findtext('source')!r} -> {texts!r}")
    print(f"{ts_path(lang).name}: {done} of {total} translated, {bad} with problems")
    return bad == 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("export", "import", "check"):
        sys.exit(__doc__)
    verb, lang = sys.argv[1], sys.argv[2]
    if verb == "export":
        export(lang, sys.argv[3])
    elif verb == "import":
        sys.exit(0 if fill(lang, sys.argv[3]) else 1)
    else:
        sys.exit(0 if check(lang) else 1)
