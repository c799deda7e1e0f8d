#!/usr/bin/python3
"""Prints the structure of an .xlsx workbook as JSON, as openpyxl reads it.

usage: /usr/bin/python3 test/support/inspect-workbook.py BOOK.xlsx

A reader that shares no code with ours, so a test can see what another program finds in the
files we write: sheets, tables and their columns, defined names, data validations, conditional
formats and charts. Whatever openpyxl could not read (it warns and drops the part) is listed
under "warnings", so a test can insist on none.
Exit codes: 0 printed, 2 usage, 3 the workbook could not be read. Needs the Debian package
python3-openpyxl.
"""
import json
import sys
import warnings

try:
    import openpyxl
except ImportError:
    sys.stderr.write("inspect-workbook: openpyxl is missing. Install the Debian package: apt-get install -y python3-openpyxl\n")
    sys.exit(2)


def reference(data_source):
    """The range a chart's values or categories come from, or None."""
    if data_source is None:
        return None
    for kind in ("numRef", "strRef", "multiLvlStrRef"):
        ref = getattr(data_source, kind, None)
        if ref is not None and ref.f:
            return ref.f
    return None


def series_name(series):
    tx = series.tx
    if tx is not None and tx.strRef is not None:
        return tx.strRef.f
    return tx.v if tx is not None else None


def chart(sheet, found):
    # openpyxl returns a chart's first plot; a combined chart keeps the others in _charts.
    plots = getattr(found, "_charts", None) or [found]
    return {
        "sheet": sheet.title,
        "plots": [{
            "type": plot.tagname,
            "barDirection": getattr(plot, "barDir", None),
            "series": [{"name": series_name(s), "values": reference(s.val), "categories": reference(s.cat)} for s in plot.series],
        } for plot in plots],
    }


def inspect(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        book = openpyxl.load_workbook(path)
    result = {
        "sheets": [],
        "tables": [],
        "definedNames": [{"name": d.name, "value": d.attr_text, "localSheet": d.localSheetId} for d in book.defined_names.definedName],
        "validations": [],
        "conditionalFormats": [],
        "charts": [],
        "warnings": [str(w.message) for w in caught],
    }
    for sheet in book.worksheets:
        result["sheets"].append({"name": sheet.title, "state": sheet.sheet_state, "frozen": sheet.freeze_panes})
        for table in sheet.tables.values():
            result["tables"].append({
                "sheet": sheet.title, "name": table.name, "ref": table.ref,
                "columns": [c.name for c in table.tableColumns],
                "calculated": {c.name: c.calculatedColumnFormula.attr_text for c in table.tableColumns if c.calculatedColumnFormula is not None},
            })
        for rule in sheet.data_validations.dataValidation:
            result["validations"].append({
                "sheet": sheet.title, "range": str(rule.sqref), "type": rule.type, "operator": rule.operator,
                "formula1": rule.formula1, "formula2": rule.formula2, "allowBlank": bool(rule.allow_blank),
                "promptTitle": rule.promptTitle, "errorTitle": rule.errorTitle, "error": rule.error,
            })
        for formatting in sheet.conditional_formatting:
            result["conditionalFormats"].append({
                "sheet": sheet.title, "range": str(formatting.sqref),
                "rules": [{"type": r.type, "operator": r.operator, "text": r.text, "formulas": list(r.formula or []),
                           "colourScale": r.colorScale is not None} for r in formatting.rules],
            })
        for found in sheet._charts:
            result["charts"].append(chart(sheet, found))
    return result


def main(argv):
    if len(argv) != 1 or argv[0].startswith("-"):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    try:
        result = inspect(argv[0])
    except Exception as error:  # openpyxl raises many kinds for a damaged file; all mean "unreadable".
        sys.stderr.write("inspect-workbook: %s could not be read: %s: %s\n" % (argv[0], type(error).__name__, error))
        return 3
    json.dump(result, sys.stdout, indent=1, default=str)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
