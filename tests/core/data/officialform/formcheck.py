#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Second opinion on a filled checklist workbook, for tests/core/testofficialform.cpp.

  formcheck.py values FILE 'Sheet!A1' ...      JSON {ref: value} as openpyxl reads them
  formcheck.py xmldiff TEMPLATE FILLED PART    JSON {"cells": [refs whose <c> differ],
                                               "other": [differences outside those cells]}
  formcheck.py features FILE                   JSON per sheet: merged ranges, data validations,
                                               protection (compare template and filled)
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def values(path, refs):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ref in refs:
        sheet, cell = ref.rsplit("!", 1)
        if sheet.startswith("'"):
            sheet = sheet[1:-1].replace("''", "'")
        v = wb[sheet][cell].value
        out[ref] = "" if v is None else str(v)
    return out


def cells_of(root):
    """Every <c> by its reference, and the document with the cells taken out."""
    cells = {}
    for row in root.iter(NS + "row"):
        for c in list(row.findall(NS + "c")):
            cells[c.get("r")] = ET.tostring(c)
            row.remove(c)
    return cells, ET.tostring(root)


def xmldiff(template, filled, part):
    with zipfile.ZipFile(template) as a, zipfile.ZipFile(filled) as b:
        ta, tb = ET.fromstring(a.read(part)), ET.fromstring(b.read(part))
    ca, rest_a = cells_of(ta)
    cb, rest_b = cells_of(tb)
    changed = sorted(r for r in set(ca) | set(cb) if ca.get(r) != cb.get(r))
    other = [] if rest_a == rest_b else ["the worksheet differs outside its cells"]
    return {"cells": changed, "other": other}


def features(path):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = {
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "validations": sorted(f"{dv.type}|{dv.operator}|{dv.formula1}|{dv.sqref}" for dv in ws.data_validations.dataValidation),
            "protected": bool(ws.protection.sheet),
            "columns": sorted(f"{k}:{v.width}" for k, v in ws.column_dimensions.items() if v.customWidth),
        }
    return out


def main():
    command = sys.argv[1]
    if command == "values":
        result = values(sys.argv[2], sys.argv[3:])
    elif command == "xmldiff":
        result = xmldiff(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "features":
        result = features(sys.argv[2])
    else:
        sys.exit(f"unknown command {command}")
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
