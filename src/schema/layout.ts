/** Host-neutral description of everything in the workbook besides the tables' own columns. */
import type { Column } from './columns';
import type { PageSetup } from './page-setup';
import type { TableSchema } from './table';

export interface PlacedTable {
  table: TableSchema;
  /** Row of the header (1-based); data starts on the next row. */
  headerRow: number;
  /** First column (1-based). */
  firstColumn: number;
}

export type CellKind = 'label' | 'title' | 'heading' | 'note' | 'figure' | 'input';

/** What a cell is for: typing into, or filled by a formula or the add-in. */
export type CellRole = 'input' | 'computed';

/** A single cell outside the tables: a title, a label, an input or a figure. */
export interface LayoutCell {
  sheet: string;
  cell: string;
  kind: CellKind;
  /** Text or number written as a value (never as a formula). */
  value?: string | number;
  /** Formula in file form without '='. */
  formula?: string;
  /** Defined name pointing at this cell. */
  name?: string;
  /** For inputs: the column-like declaration that gives its validation. */
  input?: Column;
  numberFormat?: string;
  /** Fill colour for heat-map style cells (RRGGBB). */
  fill?: string;
  fontColour?: string;
  /** A label drawn as an input or a computed cell (the samples of the legend on Start), or an input filled in for the reader. */
  look?: CellRole;
  /** Wrap the text within the column's width, top-aligned (the row is made tall enough for it). */
  wrap?: boolean;
}

export interface ChartSeries {
  /** Range holding the series name, e.g. `'Dashboard'!$N$3`. */
  name: string;
  /** The same name as text, for hosts that take a literal series name. */
  label: string;
  values: string;
}

export interface ChartDeclaration {
  sheet: string;
  /** Top-left cell the chart is anchored at. */
  anchor: string;
  kind: 'radar' | 'bar' | 'column' | 'line';
  title: string;
  categories: string;
  series: ChartSeries[];
  width: number;
  height: number;
  /** Fixed value axis, e.g. the maturity scale 0–4 on the radar. */
  axis?: { min: number; max: number; step: number };
  /** The name the live host gives the chart, when it is not the one made from its kind and anchor (a chart that moved). */
  name?: string;
}

/** Where a conditional format applies: the data cells of one table column, however many rows it has. */
export interface FormatTarget {
  table: TableSchema;
  key: string;
}

export type ConditionalFormat =
  | { kind: 'colourScale'; target: FormatTarget; points: Array<{ value: number; colour: string }> }
  | { kind: 'textEquals'; target: FormatTarget; text: string; fill: string; font: string }
  /** Formula relative to the first data cell of the column, true where the format applies. */
  | {
    kind: 'formula'; target: FormatTarget; formula: string; fill: string; font: string;
    /** The same formula for the columns where they stand now (a person may have moved them). */
    formulaAt(letterOf: (key: string) => string, firstRow: number): string;
  };

export interface SheetDeclaration {
  name: string;
  hidden?: boolean;
  /** Rows to keep in view when scrolling (the table header). */
  freezeRows?: number;
  /** How the sheet prints; every visible sheet has one. */
  page?: PageSetup;
  /** Column widths for columns not set by a table. */
  widths?: Record<string, number>;
  /** Heights in points of rows outside the tables, by row number, where wrapped text needs more than one line. */
  rowHeights?: Record<number, number>;
}

export interface DefinedNameDeclaration {
  name: string;
  /** What it refers to, e.g. `'Dashboard'!$C$3` or `"1.0.0"`. */
  refersTo: string;
  comment?: string;
}
