#!/usr/bin/env node
/**
 * The peer for `partnering new --example`: exceljs writing the same sheets, tables (with their
 * example rows and calculated formulas), validations, highlights, cells, names and column widths
 * from the same schema, without charts (exceljs writes none). Usage: exceljs-new.js OUT.xlsx
 */
'use strict';
const path = require('path');
const ExcelJS = require('exceljs');

const lib = path.join(__dirname, '..', '..', 'lib');
const { workbookSchema } = require(path.join(lib, 'schema', 'workbook'));
const { exampleEntries } = require(path.join(lib, 'schema', 'example'));
const { initialRows } = require(path.join(lib, 'schema', 'rows'));
const { validationFor } = require(path.join(lib, 'schema', 'validation'));
const { isoToSerial } = require(path.join(lib, 'schema', 'dates'));
const { cellAddress, columnLetter } = require(path.join(lib, 'schema', 'address'));

const argb = (hex) => `FF${hex}`;
const valueFor = (value, column) => {
  if (value === undefined || value === null || value === '') return null;
  if (column && column.type === 'date' && typeof value === 'string') return isoToSerial(value) ?? value;
  return value;
};

async function write(file) {
  const schema = workbookSchema;
  const example = exampleEntries('2026-03-31');
  const workbook = new ExcelJS.Workbook();
  const sheets = new Map();
  for (const sheet of schema.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: sheet.freezeRows ? [{ state: 'frozen', ySplit: sheet.freezeRows }] : [],
    });
    for (const [letter, width] of Object.entries(sheet.widths || {})) ws.getColumn(letter).width = width;
    sheets.set(sheet.name, ws);
  }
  for (const { table, headerRow, firstColumn } of schema.tables) {
    const ws = sheets.get(table.sheet);
    const rows = initialRows(table, example.rows[table.name]);
    ws.addTable({
      name: table.name, ref: cellAddress(firstColumn, headerRow), headerRow: true,
      style: { theme: table.style, showRowStripes: true },
      columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows.map((row) => table.columns.map((c) => (c.formula ? { formula: table.formulas[c.key] } : valueFor(row[c.key], c)))),
    });
    table.columns.forEach((column, i) => {
      const letter = columnLetter(firstColumn + i);
      if (column.width) ws.getColumn(letter).width = column.width;
      const rule = validationFor(column);
      for (let r = 0; r < rows.length; r++) {
        const cell = ws.getCell(`${letter}${headerRow + 1 + r}`);
        if (column.numberFormat) cell.numFmt = column.numberFormat;
        if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
        if (!rule) continue;
        cell.dataValidation = rule.type === 'list'
          ? { type: 'list', allowBlank: true, formulae: [rule.source], showErrorMessage: true, errorTitle: rule.errorTitle, error: rule.error }
          : {
            type: rule.type, operator: rule.operator, allowBlank: true, formulae: [rule.formula1, rule.formula2].filter((f) => f !== undefined),
            showInputMessage: Boolean(rule.prompt), promptTitle: rule.promptTitle, prompt: rule.prompt, showErrorMessage: true, errorTitle: rule.errorTitle, error: rule.error,
          };
      }
    });
  }
  for (const format of schema.conditionalFormats) {
    const placed = schema.tables.find((p) => p.table.name === format.target.table.name);
    const ws = sheets.get(placed.table.sheet);
    const rows = initialRows(placed.table, example.rows[placed.table.name]).length;
    const letterOf = (key) => columnLetter(placed.firstColumn + placed.table.columns.findIndex((c) => c.key === key));
    const letter = letterOf(format.target.key);
    const ref = `${letter}${placed.headerRow + 1}:${letter}${placed.headerRow + rows}`;
    const style = format.kind === 'colourScale' ? undefined : { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } }, font: { color: { argb: argb(format.font) } } };
    const rule = format.kind === 'colourScale'
      ? { type: 'colorScale', priority: 1, cfvo: format.points.map((p) => ({ type: 'num', value: p.value })), color: format.points.map((p) => ({ argb: argb(p.colour) })) }
      : format.kind === 'textEquals'
        ? { type: 'cellIs', priority: 1, operator: 'equal', formulae: [`"${format.text}"`], style }
        : { type: 'expression', priority: 1, formulae: [format.formulaAt(letterOf, placed.headerRow + 1)], style };
    ws.addConditionalFormatting({ ref, rules: [rule] });
  }
  for (const cell of schema.cells) {
    const target = sheets.get(cell.sheet).getCell(cell.cell);
    if (cell.formula) target.value = { formula: cell.formula };
    else if (cell.kind === 'input' && cell.input) target.value = valueFor(example.start[cell.input.key], cell.input);
    else if (cell.value !== undefined) target.value = cell.value;
    if (cell.kind === 'title') target.font = { bold: true, size: 16 };
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
    if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill) } };
  }
  for (const name of schema.definedNames) {
    if (name.refersTo.includes('!')) workbook.definedNames.add(name.refersTo, name.name);
  }
  await workbook.xlsx.writeFile(file);
}

write(process.argv[2]).catch((error) => {
  console.error(`exceljs-new: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
