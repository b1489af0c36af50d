"""Reads a Rantai workbook with openpyxl (an independent xlsx reader, not exceljs) and prints what
a test checks as JSON: sheet names in order, and per sheet its header row, its frozen cell, the
notes on its header cells, its data validations and its data rows (values as openpyxl reads them).
Usage: python3 read_workbook.py FILE.xlsx"""
import datetime
import json
import sys

import openpyxl


def plain(v):
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return v


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames, "detail": {}}
    for ws in wb.worksheets:
        rows = [[plain(c) for c in row] for row in ws.iter_rows(values_only=True)]
        header = list(rows[0]) if rows else []
        while header and header[-1] is None:
            header.pop()
        out["detail"][ws.title] = {
            "freeze": ws.freeze_panes,
            "header": header,
            "notes": {c.coordinate: c.comment.text for c in (ws[1] if ws.max_row >= 1 else []) if c.comment},
            "validations": [
                {"type": dv.type, "formula1": dv.formula1, "formula2": dv.formula2, "operator": dv.operator, "sqref": str(dv.sqref)}
                for dv in ws.data_validations.dataValidation
            ],
            "rows": rows[1:] if ws.title != "README" else rows,
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
