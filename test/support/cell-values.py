"""Prints, as JSON, the values openpyxl reads from cells of a workbook: dates as ISO days.

Usage: cell-values.py BOOK.xlsx 'Sheet!A1' ['Other sheet!B2' ...]
openpyxl turns a date-formatted serial into a date by the workbook's own epoch (1900 or 1904),
so it is an independent reader of which day a stored serial means.
"""
import datetime
import json
import sys

import openpyxl


def value_of(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: cell-values.py BOOK.xlsx 'Sheet!A1' ...\n")
        return 2
    book = openpyxl.load_workbook(argv[0])
    result = {"epoch1904": book.epoch.year == 1904, "cells": {}}
    for where in argv[1:]:
        sheet, address = where.rsplit("!", 1)
        result["cells"][where] = value_of(book[sheet][address].value)
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
