#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the man pages of hoshi and hoshi-cli from their own --help texts, and the fixed page
of hoshi-pdf-render (the PDF helper hoshi starts; it has no options).

  tools/make-manpages.py [build-dir] [--out DIR]

The pages are kept in the repository (packaging/man/); run this after changing a command's
options or help text, and commit the result. The package test checks that they are current.
English pages, and a Japanese page of hoshi-cli (man -L ja hoshi-cli).
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEXT = {
    "en": {
        "name": "hoshi-cli \\- JC-STAR self-declaration workbench without a display",
        "synopsis": "SYNOPSIS", "description": "DESCRIPTION", "commands": "COMMANDS", "env": "ENVIRONMENT",
        "see": "SEE ALSO",
        "intro": "hoshi-cli records and checks JC-STAR IoT security self-declarations in a .hoshi workspace "
                 "file: organisations, products, declarations, verdicts, evidence and its files. It runs the same "
                 "submission gate and exports as the desktop application hoshi(1).",
        "envtext": [("LANG, LC_MESSAGES, LC_ALL, LANGUAGE", "choose Japanese or English messages; --lang ja|en overrides."),
                    ("HOSHI_LANG", "language when the locale is C or unset."),
                    ("HOSHI_ACTOR", "name recorded in the history (default: the login name)."),
                    ("HOSHI_KEY_PASSPHRASE", "passphrase of an encrypted signing key (export --sign).")],
    },
    "ja": {
        "name": "hoshi-cli \\- 画面を使わない JC-STAR 自己適合宣言ツール",
        "synopsis": "書式", "description": "説明", "commands": "コマンド", "env": "環境変数", "see": "関連項目",
        "intro": "hoshi-cli は JC-STAR の IoT セキュリティ自己適合宣言を .hoshi ワークスペースファイルに記録・確認します"
                 "（組織、製品、適合宣言、判定、証跡とそのファイル）。デスクトップアプリ hoshi(1) と同じ申請前チェックと"
                 "出力を使います。",
        "envtext": [("LANG, LC_MESSAGES, LC_ALL, LANGUAGE", "メッセージの言語（日本語または英語）。--lang ja|en が優先します。"),
                    ("HOSHI_LANG", "ロケールが C または未設定のときの言語。"),
                    ("HOSHI_ACTOR", "履歴に記録する名前（既定: ログイン名）。"),
                    ("HOSHI_KEY_PASSPHRASE", "暗号化された署名鍵のパスフレーズ（export --sign）。")],
    },
}


def roff(text):
    text = text.replace("\\", "\\\\").replace("-", "\\-")
    return "\n".join(("\\&" + line if line.startswith((".", "'")) else line) for line in text.split("\n"))


def run(program, args, lang):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="")
    result = subprocess.run([program] + args + ["--lang", lang], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"make-manpages: {program} {' '.join(args)} --help exited {result.returncode}: {result.stderr}")
    return result.stdout


def options_section(help_text):
    """The option lines of a QCommandLineParser help as .TP entries; the rest verbatim."""
    out = []
    for line in help_text.rstrip().split("\n"):
        m = re.match(r"^  (-\S.*?)\s{2,}(\S.*)$", line)
        if m:
            out.append(".TP\n.B " + roff(m.group(1)) + "\n" + roff(m.group(2)))
        elif re.match(r"^\s{6,}\S", line) and out and out[-1].startswith(".TP"):
            out[-1] += " " + roff(line.strip())  # a wrapped description
        elif line.strip():
            out.append(".PP\n" + roff(line.strip()) if not line.startswith("  ") else roff(line.strip()))
    return "\n".join(out)


def synopsis(line):
    """A usage line as typed: "hoshi-cli init WS", continuation lines indented."""
    if line.startswith("   "):
        return "        " + line.strip()
    return "hoshi-cli " + line.strip()


def cli_page(cli, lang, version):
    t = TEXT[lang]
    usage = run(cli, ["--help"], lang).rstrip().split("\n")[1:]
    # The usage text: the synopsis lines (indented), then a heading with one indented line a
    # command ("name  summary"), and unindented notes.
    first = next((i for i, line in enumerate(usage) if not line.startswith("  ")), len(usage))
    rest = usage[first:]
    summaries = [line.strip().split(None, 1) for line in rest if line.startswith("  ")]
    notes = [line for i, line in enumerate(rest)
             if not line.startswith("  ") and not (i + 1 < len(rest) and rest[i + 1].startswith("  "))]
    page = [f'.TH HOSHI-CLI 1 "" "hoshi {version}" "Hoshi"', ".SH NAME", t["name"], f'.SH {t["synopsis"]}',
            ".nf", roff("\n".join(synopsis(line) for line in usage[:first])), ".fi",
            f'.SH {t["description"]}', roff(t["intro"]), ".PP", roff("\n".join(notes))]
    for name, summary in summaries:
        page += [".TP", ".B " + roff(name), roff(summary)]
    page.append(f'.SH {t["commands"]}')
    # Every command and verb with its own --help, from hoshi-cli's command registry.
    for command in run(cli, ["--list-commands"], lang).split("\n"):
        if not command.strip():
            continue
        text = run(cli, command.split() + ["--help"], lang)
        # The first lines are "Usage: hoshi-cli COMMAND [options] ..." and the description line.
        lines = text.rstrip().split("\n")
        page += [f".SS {command}", ".nf", roff(lines[0].split(": ", 1)[-1]), ".fi", options_section("\n".join(lines[2:]))]
    page.append(f'.SH {t["env"]}')
    for name, what in t["envtext"]:
        page += [".TP", ".B " + roff(name), roff(what)]
    page += [f'.SH {t["see"]}', "hoshi(1)"]
    return "\n".join(page) + "\n"


def gui_page(gui, version):
    text = run(gui, ["--help"], "en")
    lines = text.rstrip().split("\n")
    page = ['.TH HOSHI 1 "" "hoshi %s" "Hoshi"' % version, ".SH NAME",
            "hoshi \\- JC-STAR self-declaration workbench", ".SH SYNOPSIS", ".B hoshi",
            "[\\fIoptions\\fR] [\\fIworkspace.hoshi\\fR | \\fIarchive.zip\\fR]", ".SH DESCRIPTION",
            roff("Hoshi walks an IoT vendor through the JC-STAR criteria: a verdict for every item, document-review "
                 "and device-test evidence with its files, justifications for items that do not apply. It blocks "
                 "submission while anything fails, exports the application package and writes a retained evidence "
                 "archive that auditors can verify. Given an evidence archive (.zip) it opens it in the auditor mode."),
            ".SH OPTIONS", options_section("\n".join(l for l in lines[1:] if l.startswith("   ") or l.startswith("  -")))]
    page += [".SH SEE ALSO", "hoshi-cli(1)"]
    return "\n".join(page) + "\n"


def pdf_render_page(version):
    """hoshi-pdf-render has no options of its own: the page says what it is and who starts it."""
    page = ['.TH HOSHI-PDF-RENDER 1 "" "hoshi %s" "Hoshi"' % version, ".SH NAME",
            "hoshi-pdf-render \\- render PDF evidence for hoshi in a separate, limited process",
            ".SH SYNOPSIS", ".B hoshi-pdf-render", ".SH DESCRIPTION",
            roff("hoshi-pdf-render is started by the desktop application hoshi(1) to show and search PDF evidence "
                 "files. It reads one untrusted PDF and then render and text requests on its standard input and "
                 "answers on its standard output, in a private binary protocol; it is not meant to be run by hand. "
                 "It limits its own memory and processor time (and, where available, the system calls it may make), "
                 "so a PDF that crashes or exhausts it takes down only this process, and hoshi shows a message "
                 "instead."),
            ".SH ENVIRONMENT", ".TP", ".B HOSHI_PDF_RENDER_MAX_MB",
            roff("memory limit in MiB (default 2048)."), ".TP", ".B HOSHI_PDF_RENDER_MAX_CPU",
            roff("processor time limit in seconds (default 60)."),
            ".SH EXIT STATUS", roff("0 when its input ends or it is asked to quit; 1 for a PDF that cannot be opened or an answer that "
                 "cannot be written; 2 when the PDF or its password does not arrive whole."),
            ".SH SEE ALSO", "hoshi(1), hoshi-cli(1)"]
    return "\n".join(page) + "\n"


def main():
    args = sys.argv[1:]
    out = os.path.join(ROOT, "packaging/man")
    if "--out" in args:
        out = args[args.index("--out") + 1]
        del args[args.index("--out"):args.index("--out") + 2]
    build = args[0] if args else "build"
    cli = os.path.join(build, "app/cli/hoshi-cli")
    gui = os.path.join(build, "app/gui/hoshi")
    version = run(cli, ["--version"], "en").split()[-1]
    pages = {"hoshi-cli.1": cli_page(cli, "en", version), "ja/hoshi-cli.1": cli_page(cli, "ja", version)}
    if os.path.exists(gui):
        pages["hoshi.1"] = gui_page(gui, version)
    pages["hoshi-pdf-render.1"] = pdf_render_page(version)
    for name, text in pages.items():
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("make-manpages: wrote", path)


if __name__ == "__main__":
    main()
