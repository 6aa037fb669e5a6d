#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Maintenance of translations/*.ts after lupdate (see docs/gui.md).

  ts_tool.py fix-contexts TS...     move core strings to the context they are looked up in
  ts_tool.py fill-english TS        English: every translation from its source text; numerus
                                    messages get a singular and a plural ("%n file(s) are"
                                    -> "%n file is" / "%n files are")
  ts_tool.py apply TS MAPPING.json  set translations from {"context|source": text or [forms]}
  ts_tool.py dump TS                print untranslated entries as JSON (for translators)
  ts_tool.py check TS...            fail when anything is unfinished or empty, or an English
                                    numerus message lacks its singular and plural

Why fix-contexts: the core translates in free functions through a local
`tr(text)` that calls QCoreApplication::translate("hoshi::Workspace", text).
lupdate cannot see that context and files those strings under "hoshi" (or the
nearest class). They are moved here to the one context the file looks up.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRANSLATE = re.compile(r'translate\(\s*"([^"]+)"')


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def contexts(tree):
    return {c.find("name").text: c for c in tree.getroot().findall("context")}


def key(context, message):
    return context + "|" + (message.find("source").text or "")


def runtime_contexts(ts_path, filename):
    path = os.path.normpath(os.path.join(os.path.dirname(ts_path), filename))
    try:
        with open(path, encoding="utf-8") as f:
            return sorted(set(TRANSLATE.findall(f.read())))
    except OSError:
        return []


def fix_contexts(paths):
    for path in paths:
        tree = load(path)
        by_name = contexts(tree)
        moved = 0

        def place(message, target_name):
            target = by_name.get(target_name)
            if target is None:
                target = ET.SubElement(tree.getroot(), "context")
                ET.SubElement(target, "name").text = target_name
                by_name[target_name] = target
            source = message.find("source").text
            existing = [m for m in target.findall("message") if m.find("source").text == source
                        and m.get("numerus") == message.get("numerus")]
            if not existing:
                target.append(message)
                return
            # The entry lupdate dropped earlier (vanished) still holds the translation: revive it
            # with the new locations.
            keep = existing[0]
            old, new = keep.find("translation"), message.find("translation")
            if old.get("type") in ("vanished", "obsolete"):
                del old.attrib["type"]
            if not (old.text or "").strip() and not len(old) and ((new.text or "").strip() or len(new)):
                keep.replace(old, new)
            for loc in keep.findall("location"):
                keep.remove(loc)
            for i, loc in enumerate(message.findall("location")):
                keep.insert(i, loc)

        for name, ctx in list(by_name.items()):
            for message in list(ctx.findall("message")):
                files = [l.get("filename", "") for l in message.findall("location")]
                if not files or not all(f.startswith("../core/") for f in files):
                    continue
                wanted = []
                for f in files:
                    for w in runtime_contexts(path, f):
                        if w not in wanted:
                            wanted.append(w)
                if not wanted or name in wanted:
                    continue
                ctx.remove(message)
                # A free-function string used by files of several contexts goes to each.
                for i, target_name in enumerate(wanted):
                    place(message if i == 0 else json_copy(message), target_name)
                moved += 1
        # What lupdate no longer finds is dropped, as -no-obsolete would (kept until now so
        # that the moves above could recover translations).
        dropped = 0
        for name, ctx in list(by_name.items()):
            for message in list(ctx.findall("message")):
                if message.find("translation").get("type") in ("vanished", "obsolete"):
                    ctx.remove(message)
                    dropped += 1
            if not ctx.findall("message"):
                tree.getroot().remove(ctx)
        # Contexts sorted by name keep diffs stable.
        root = tree.getroot()
        ctxs = sorted(root.findall("context"), key=lambda c: c.find("name").text)
        for c in root.findall("context"):
            root.remove(c)
        root.extend(ctxs)
        save(tree, path)
        print(f"{path}: moved {moved} message(s) to their run-time context, dropped {dropped} obsolete")


def json_copy(element):
    return ET.fromstring(ET.tostring(element))


# English plural forms where the rules below are not enough (a pronoun that refers back).
ENGLISH_NUMERUS = {
    "%n problem(s) block submission.": ["%n problem blocks submission.", "%n problems block submission."],
    "%1: %n device test(s) were run on older firmware than %2 (%3); run them again.": [
        "%1: %n device test was run on older firmware than %2 (%3); run it again.",
        "%1: %n device tests were run on older firmware than %2 (%3); run them again."],
    "%n stored file(s) do not have their recorded size": [
        "%n stored file does not have its recorded size", "%n stored files do not have their recorded size"],
}

# Verbs that agree with the "%n thing(s)" before them: plural form -> singular form.
AUXILIARIES = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't",
               "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't"}
REGULAR_VERBS = {"block", "need", "remain", "match", "differ", "lack", "expire", "fail", "pass",
                 "point", "belong", "depend", "cover", "use", "refer", "exist", "look", "wait"}
VERB = re.compile(r"^([^,;:.()\u2014]*?)\b(" + "|".join(re.escape(v) for v in
                  sorted(list(AUXILIARIES) + sorted(REGULAR_VERBS), key=len, reverse=True)) + r")\b")


def singular_verb(verb):
    if verb in AUXILIARIES:
        return AUXILIARIES[verb]
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")


PLACEHOLDER = re.compile(r"%(n|\d+)")


def english_forms(source):
    """Singular and plural of a numerus source: "%n file(s) behind it do not match" gives
    "%n file behind it does not match" and "%n files behind it do not match". Only a "(s)"
    counted by %n changes (its nearest placeholder before it is %n; "%1 record(s)" keeps its
    "(s)"), and the first verb of the clause after the first one agrees with it."""
    if source in ENGLISH_NUMERUS:
        return ENGLISH_NUMERUS[source]
    marks = [m.start() for m in re.finditer(re.escape("(s)"), source)
             if [p.group(1) for p in PLACEHOLDER.finditer(source, 0, m.start())][-1:] == ["n"]]
    if not marks:
        return [source, source]
    singular, plural, at = "", "", 0
    for mark in marks:
        singular += source[at:mark]
        plural += source[at:mark] + "s"
        at = mark + 3
    tail = source[at:]
    singular_tail = tail
    # The verb after the last counted noun ("%n export(s) or approval(s) are") agrees with it.
    match = VERB.match(tail)
    if match:
        singular_tail = tail[:match.start(2)] + singular_verb(match.group(2)) + tail[match.end(2):]
    return [singular + singular_tail, plural + tail]


def fill_english(path):
    tree = load(path)
    for ctx in tree.getroot().findall("context"):
        for message in ctx.findall("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in english_forms(source):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = source
    save(tree, path)


def apply(path, mapping_path):
    with open(mapping_path, encoding="utf-8") as f:
        mapping = json.load(f)
    tree = load(path)
    applied = 0
    for name, ctx in contexts(tree).items():
        for message in ctx.findall("message"):
            source = message.find("source").text or ""
            value = mapping.get(name + "|" + source, mapping.get(source))
            if value is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            applied += 1
    save(tree, path)
    print(f"{path}: {applied} translation(s) applied")


def unfinished(tree):
    result = []
    for name, ctx in contexts(tree).items():
        for message in ctx.findall("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" else [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or any(not f for f in forms):
                result.append({"context": name, "source": message.find("source").text,
                               "numerus": message.get("numerus") == "yes"})
    return result


def english_problems(tree):
    """Numerus messages of the English catalogue without a proper singular and plural."""
    result = []
    for name, ctx in contexts(tree).items():
        for message in ctx.findall("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.find("source").text or ""
            forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
            if len(forms) != 2 or not all(forms) or forms != english_forms(source):
                result.append({"context": name, "source": source, "forms": forms,
                               "expected": english_forms(source)})
    return result


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command, paths = argv[1], argv[2:]
    if command == "fix-contexts":
        fix_contexts(paths)
    elif command == "fill-english":
        fill_english(paths[0])
    elif command == "apply":
        apply(paths[0], paths[1])
    elif command == "dump":
        print(json.dumps(unfinished(load(paths[0])), ensure_ascii=False, indent=1))
    elif command == "check":
        bad = 0
        for path in paths:
            missing = unfinished(load(path))
            for m in missing:
                print(f"{path}: unfinished [{m['context']}] {m['source']!r}")
            bad += len(missing)
            if os.path.basename(path).endswith("_en.ts"):
                wrong = english_problems(load(path))
                for m in wrong:
                    print(f"{path}: English plural forms [{m['context']}] {m['source']!r}: {m['forms']!r}, "
                          f"expected {m['expected']!r} (run fill-english)")
                bad += len(wrong)
        print(f"ts_tool: {bad} unfinished translation(s)")
        return 1 if bad else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
