#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that every sheet of a checklist workbook prints and reads well (used by
testchecklistxlsx): A4 landscape, one page wide, the header row repeated on every page and
frozen, and every row holding wrapped text given a height that fits its lines."""
import math
import sys

import openpyxl


def width_units(text):
    return sum(1.7 if ord(c) >= 0x2E80 else 1.0 for c in text)


def check_sheet(ws):
    problems = []
    setup = ws.page_setup
    if setup.orientation != "landscape":
        problems.append(f"{ws.title}: orientation {setup.orientation}")
    if str(setup.paperSize) != "9":
        problems.append(f"{ws.title}: paper {setup.paperSize}, not A4")
    if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
        problems.append(f"{ws.title}: not fit to page")
    # OOXML's default for fitToWidth (and fitToHeight) is 1: an absent attribute means 1.
    wide = 1 if setup.fitToWidth is None else int(setup.fitToWidth)
    tall = 1 if setup.fitToHeight is None else int(setup.fitToHeight)
    if wide != 1 or tall != 0:
        problems.append(f"{ws.title}: fit {wide} wide x {tall} tall")
    if (ws.print_title_rows or "").replace("$", "") != "1:1":
        problems.append(f"{ws.title}: print title rows {ws.print_title_rows!r}")
    if ws.freeze_panes not in ("A2", "B2"):
        problems.append(f"{ws.title}: frozen at {ws.freeze_panes!r}")
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        r = row[0].row
        wrapped = [c for c in row if c.value and c.alignment and c.alignment.wrap_text]
        if not wrapped:
            continue
        height = ws.row_dimensions[r].height
        if height is None:
            problems.append(f"{ws.title}: row {r} wraps text but has no height")
            continue
        for c in wrapped:
            width = ws.column_dimensions[c.column_letter].width or 8.43
            lines = sum(max(1, math.ceil(width_units(line) / max(1.0, width - 1)))
                        for line in str(c.value).split("\n"))
            if height < lines * 14:
                problems.append(f"{ws.title}: row {r} is {height} pt for {lines} line(s) in {c.coordinate}")
    return problems


def main(path):
    book = openpyxl.load_workbook(path)
    problems = []
    for ws in book.worksheets:
        problems += check_sheet(ws)
    print(f"sheets: {', '.join(book.sheetnames)}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
