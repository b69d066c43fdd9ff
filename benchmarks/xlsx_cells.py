#!/usr/bin/python3
"""Prints every cell of an .xlsx as `sheet!A1<TAB>value<TAB>note`, one per line, plus each sheet's
merged ranges, tables, hyperlinks and data validations, so two workbooks can be compared with diff:
used to check that a change to the matrix writer leaves its output equivalent.
Needs Debian's python3-openpyxl.   xlsx_cells.py before.xlsx > a.txt; xlsx_cells.py after.xlsx > b.txt; diff a.txt b.txt"""
import sys

import openpyxl


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    print("sheets", wb.sheetnames)
    for name, value in sorted(wb.defined_names.items()) if hasattr(wb.defined_names, "items") else []:
        print("name", name, value.attr_text)
    for ws in wb.worksheets:
        print(f"{ws.title} dims={ws.dimensions} freeze={ws.freeze_panes} merged={sorted(str(r) for r in ws.merged_cells.ranges)}")
        for table in ws.tables.values():
            print(f"{ws.title} table {table.name} {table.ref} {[c.name for c in table.tableColumns]}")
        for dv in ws.data_validations.dataValidation:
            print(f"{ws.title} validation {dv.sqref} {dv.type} {dv.formula1}")
        for key, dim in sorted(ws.column_dimensions.items()):
            print(f"{ws.title} column {key} width={dim.width}")
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and cell.comment is None and cell.hyperlink is None:
                    continue
                note = cell.comment.text if cell.comment else ""
                link = cell.hyperlink.target if cell.hyperlink else ""
                style = f"{cell.font.b}/{cell.font.color.rgb if cell.font.color else ''}/{cell.fill.fgColor.rgb}/{cell.number_format}/{cell.alignment.wrap_text}"
                print(f"{ws.title}!{cell.coordinate}\t{cell.value!r}\t{note!r}\t{link}\t{style}")
        for idx, dim in sorted(ws.row_dimensions.items()):
            if dim.height:
                print(f"{ws.title} row {idx} height={dim.height}")


if __name__ == "__main__":
    main()
