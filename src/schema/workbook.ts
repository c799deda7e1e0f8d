/**
 * The whole workbook, declared: sheets, where each table sits, the cells around them, names,
 * conditional formats and charts. Both hosts render exactly this.
 */
import { seriousRiskFrom } from '../domain/risk-bands';
import { scaleBounds, scaleValues } from '../domain/scale';
import { content } from '../domain/strings/en';
import { actionStatuses, planStatuses, riskStatuses, workbookText } from '../domain/strings/en/workbook';
import { actionsTable } from './actions';
import { cellAddress, columnLetter, parseCell, sheetRange } from './address';
import { date, list, text } from './columns';
import type { Column } from './columns';
import { competenciesTable } from './competencies';
import { guideCells, guideSheet } from './guide';
import { historyTable } from './history';
import type {
  ChartDeclaration, ConditionalFormat, DefinedNameDeclaration, LayoutCell, PlacedTable, SheetDeclaration,
} from './layout';
import { allLists, lists, type NamedList } from './lists';
import { NARROW_MARGINS, type PageSetup } from './page-setup';
import { bandColours, palette } from './palette';
import { planTable } from './plan';
import { principlesTable } from './principles';
import { ratingsTable } from './ratings';
import { risksTable } from './risks';
import { scoresTable } from './scores';
import type { TableSchema } from './table';
import { TEMPLATE_VERSION } from './version';
import { badRating, badRiskValue, badWeight, quoteText, validWeights } from './formulas';
import { initialRows } from './rows';

const TABLE_HEADER_ROW = 4;
const LISTS_SHEET = 'Lists';
const [MIN_LEVEL, MAX_LEVEL] = scaleBounds(content.maturityLevels);
const sheetText = workbookText.sheets;
/** Wide enough for a heat-map cell's band and count, "Critical: 12". */
const HEAT_MAP_WIDTH = 13;

/** Dashboard: figures, radar and gap charts, heat map and risks by rating on the left; the scores table on the right. */
const DASHBOARD = {
  figuresRow: 3,
  labelColumn: 2,
  scoresColumn: 11,
  scoresHeaderRow: 3,
  radarAnchor: 'B8',
  gapAnchor: 'B27',
  /** Under the scores table, whose last columns it plots, so it adds nothing to the printed page. */
  jointAnchor: 'K17',
  heatMapTitleRow: 48,
  ratingTitleRow: 58,
};

/**
 * The radar and gap charts span the Dashboard from column B to the scores table, so the longest
 * principle name ("Relationship measurement and optimization") fits on one line at a spoke's end.
 */
const DASHBOARD_CHART_WIDTH = 820;

export const placedTables: PlacedTable[] = [
  { table: principlesTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
  { table: ratingsTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
  { table: planTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
  { table: competenciesTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
  { table: risksTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
  { table: scoresTable, headerRow: DASHBOARD.scoresHeaderRow, firstColumn: DASHBOARD.scoresColumn },
  { table: historyTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
  { table: actionsTable, headerRow: TABLE_HEADER_ROW, firstColumn: 1 },
];

/** Number of data rows a table is created with. */
export function initialRowCount(table: TableSchema): number {
  return initialRows(table).length;
}

/** Column number of a table column in the layout as created. */
export function columnOf(placed: PlacedTable, key: string): number {
  return placed.firstColumn + placed.table.columns.findIndex((c) => c.key === key);
}

/** The data cells of one column as created, e.g. `'Dashboard'!$M$4:$M$15`. */
export function dataRange(placed: PlacedTable, key: string): string {
  const column = columnOf(placed, key);
  return sheetRange(placed.table.sheet, [column, placed.headerRow + 1], [column, placed.headerRow + initialRowCount(placed.table)]);
}

export function placed(table: TableSchema): PlacedTable {
  const found = placedTables.find((p) => p.table === table);
  if (!found) throw new Error(`${table.name} is not placed in the workbook.`);
  return found;
}

const risks = risksTable.refs;
const notClosed = `${risks.column('status')},${quoteText(`<>${riskStatuses.closed}`)}`;

const scoreWeights = `${validWeights(scoresTable.refs.column('weight'))},${scoresTable.refs.column('weight')}`;
const scoredWeight = `SUMPRODUCT(--ISNUMBER(${scoresTable.refs.column('score')}),${scoreWeights})`;

export const figures = {
  /** Only a weight from 0 counts; the score is an argument of its own, so a blank score counts as zero. */
  overall: `IF(${scoredWeight}=0,"",SUMPRODUCT(${scoreWeights},${scoresTable.refs.column('score')})/${scoredWeight})`,
  planCompleteness: (() => {
    const elements = `${planTable.refs.column('element')},"<>"`;
    const done = [planStatuses.agreed, planStatuses.notApplicable]
      .map((s) => `COUNTIFS(${elements},${planTable.refs.column('status')},${quoteText(s)})`).join('+');
    return `IF(COUNTIFS(${elements})=0,"",(${done})/COUNTIFS(${elements}))`;
  })(),
  openHighRisks: `COUNTIFS(${risks.column('score')},">=${seriousRiskFrom}",${notClosed})`,
};

const labelCell = (sheet: string, cell: string, value: string, kind: LayoutCell['kind'] = 'label'): LayoutCell => ({ sheet, cell, kind, value });

/** A detail on the Start sheet: the defined name of its cell and the column-like declaration of what it takes. */
export interface StartInput {
  name: string;
  input: Column;
  /** The task pane asks for it before it creates the workbook; the rest are filled in on the sheet. */
  askedAtCreate: boolean;
}

const d = workbookText.details;
const askedAtCreate = true;

export const startInputs: StartInput[] = [
  { name: 'Organisation', input: text('organisation', d.organisation), askedAtCreate },
  { name: 'Partners', input: text('partners', d.partners), askedAtCreate },
  { name: 'Relationship', input: text('relationship', d.relationship), askedAtCreate },
  { name: 'CollaborationModel', input: list('collaborationModel', d.collaborationModel, lists.model.name), askedAtCreate },
  { name: 'LifecycleStage', input: list('lifecycleStage', d.lifecycleStage, lists.stage.name), askedAtCreate },
  { name: 'Assessor', input: text('assessor', d.assessor), askedAtCreate: false },
  { name: 'AssessmentDate', input: date('assessmentDate', d.assessmentDate), askedAtCreate: false },
  { name: 'Scope', input: text('scope', d.scope), askedAtCreate: false },
];

function startCells(): LayoutCell[] {
  const s = sheetText.start;
  const inputs = startInputs;
  const cells: LayoutCell[] = [
    labelCell('Start', 'A1', s.title, 'title'),
    labelCell('Start', 'A2', s.intro, 'note'),
    labelCell('Start', 'A4', s.details, 'heading'),
  ];
  inputs.forEach(({ name, input }, i) => {
    cells.push(labelCell('Start', `A${5 + i}`, input.header));
    cells.push({ sheet: 'Start', cell: `B${5 + i}`, kind: 'input', name, input, numberFormat: input.numberFormat });
  });
  const samplesRow = 5 + inputs.length + 1;
  cells.push(labelCell('Start', `A${samplesRow}`, s.cellsLegend, 'heading'));
  const samples: Array<[readonly [string, string], Partial<LayoutCell>]> = [
    [s.cellSamples.input, { look: 'input' }], [s.cellSamples.computed, { look: 'computed' }],
    [s.cellSamples.notCounted, { fill: palette.notCounted.fill, fontColour: palette.notCounted.font }],
  ];
  samples.forEach(([[sample, meaning], look], i) => {
    cells.push({ ...labelCell('Start', `A${samplesRow + 1 + i}`, sample), ...look });
    cells.push(labelCell('Start', `B${samplesRow + 1 + i}`, meaning, 'note'));
  });
  const legendRow = samplesRow + samples.length + 2;
  cells.push(labelCell('Start', `A${legendRow}`, s.legend, 'heading'));
  [...content.maturityLevels.map((l) => [l.value, l.name, l.descriptor] as const),
    [content.notApplicable.code, content.notApplicable.name, content.notApplicable.descriptor] as const,
  ].forEach(([value, name, descriptor], i) => {
    cells.push({ sheet: 'Start', cell: `A${legendRow + 1 + i}`, kind: 'label', value });
    cells.push(labelCell('Start', `B${legendRow + 1 + i}`, name));
    cells.push(labelCell('Start', `D${legendRow + 1 + i}`, descriptor, 'note'));
  });
  const howToRow = legendRow + content.maturityLevels.length + 3;
  cells.push(labelCell('Start', `A${howToRow}`, s.howTo, 'heading'));
  s.steps.forEach((step, i) => cells.push(labelCell('Start', `A${howToRow + 1 + i}`, step, 'note')));
  cells.push(labelCell('Start', `A${howToRow + s.steps.length + 2}`, content.provenance, 'note'));
  return cells;
}

function tableSheetCells(): LayoutCell[] {
  const intro: Array<[string, { title: string; intro?: string }]> = [
    [principlesTable.sheet, sheetText.principles], [planTable.sheet, sheetText.plan],
    [competenciesTable.sheet, sheetText.competencies], [risksTable.sheet, sheetText.risks],
    [historyTable.sheet, sheetText.history], [actionsTable.sheet, sheetText.actions],
    [ratingsTable.sheet, sheetText.ratings],
  ];
  return intro.flatMap(([sheet, t]) => [
    labelCell(sheet, 'A1', t.title, 'title'),
    ...(t.intro ? [labelCell(sheet, 'A2', t.intro, 'note')] : []),
  ]);
}

/** The 5×5 heat map: rows Likelihood 5 (top) to 1, columns Impact 1 to 5; named RiskHeatMap. */
export const heatMap = (() => {
  const top = DASHBOARD.heatMapTitleRow + 2;
  const left = DASHBOARD.labelColumn + 1;
  const likelihoods = scaleValues(content.likelihood, 'descending');
  const impacts = scaleValues(content.impact);
  return { top, left, likelihoods, impacts };
})();

/** A table sheet prints landscape with its header row on every page. */
const tablePage = (more: Partial<PageSetup> = {}): PageSetup => ({
  orientation: 'landscape', pagesWide: 1, titleRows: [TABLE_HEADER_ROW, TABLE_HEADER_ROW], margins: NARROW_MARGINS, ...more,
});

/**
 * The Dashboard repeats no rows: its charts sit under the scores table's header row, and a repeated
 * header would print over them. The widest registers print two pages across, their first columns
 * (what names a row) repeated, so the text stays at a readable size.
 */
export const sheets: SheetDeclaration[] = [
  { name: 'Start', widths: { A: 24, B: 48, C: 16, D: 70 }, page: { orientation: 'landscape', pagesWide: 1, margins: NARROW_MARGINS } },
  guideSheet,
  { name: principlesTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage({ pagesWide: 2, titleColumns: ['A', 'A'] }) },
  { name: ratingsTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage() },
  { name: planTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage() },
  { name: competenciesTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage() },
  { name: risksTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage({ pagesWide: 2, titleColumns: ['A', 'B'] }) },
  {
    name: scoresTable.sheet, widths: {
      A: 2, B: 30,
      ...Object.fromEntries(heatMap.impacts.map((_, i) => [columnLetter(heatMap.left + i), HEAT_MAP_WIDTH])),
    },
    page: { orientation: 'landscape', pagesWide: 1, margins: NARROW_MARGINS },
  },
  { name: historyTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage() },
  { name: actionsTable.sheet, freezeRows: TABLE_HEADER_ROW, page: tablePage() },
  { name: LISTS_SHEET, hidden: true },
];

/** A count shown after its band's name, `"High: "0`; the cell's value stays the number. */
export const bandFormat = (band: string) => `"${band.replace(/"/g, '')}: "0`;

const bandFor = (score: number) => content.riskBands.find((b) => score >= b.min && score <= b.max);

function dashboardCells(): LayoutCell[] {
  const t = sheetText.dashboard;
  const sheet = scoresTable.sheet;
  const label = DASHBOARD.labelColumn;
  const row = DASHBOARD.figuresRow;
  const cells: LayoutCell[] = [
    labelCell(sheet, 'B1', t.title, 'title'),
    labelCell(sheet, cellAddress(label, row), t.overall),
    { sheet, cell: cellAddress(label + 1, row), kind: 'figure', name: 'OverallMaturity', formula: figures.overall, numberFormat: '0.00' },
    labelCell(sheet, cellAddress(label, row + 1), t.plan),
    { sheet, cell: cellAddress(label + 1, row + 1), kind: 'figure', name: 'PlanCompleteness', formula: figures.planCompleteness, numberFormat: '0%' },
    labelCell(sheet, cellAddress(label, row + 2), t.openHighRisks),
    { sheet, cell: cellAddress(label + 1, row + 2), kind: 'figure', name: 'OpenHighRisks', formula: figures.openHighRisks, numberFormat: '0' },
    labelCell(sheet, cellAddress(columnOf(placed(scoresTable), 'ours'), DASHBOARD.scoresHeaderRow - 1), t.jointNote, 'heading'),
    labelCell(sheet, cellAddress(label, DASHBOARD.heatMapTitleRow), t.heatMap, 'heading'),
    labelCell(sheet, cellAddress(label, heatMap.top - 1), `${t.likelihood} ↓  ${t.impact} →`),
  ];
  heatMap.impacts.forEach((impact, i) => {
    const name = content.impact.find((p) => p.value === impact)?.name ?? '';
    cells.push({ sheet, cell: cellAddress(heatMap.left + i, heatMap.top - 1), kind: 'label', value: `${impact} ${name}` });
  });
  heatMap.likelihoods.forEach((likelihood, r) => {
    const name = content.likelihood.find((p) => p.value === likelihood)?.name ?? '';
    cells.push(labelCell(sheet, cellAddress(label, heatMap.top + r), `${likelihood} ${name}`));
    heatMap.impacts.forEach((impact, c) => {
      const band = bandFor(likelihood * impact);
      const colours = band ? bandColours(band.name) : undefined;
      cells.push({
        // The band is written beside the count ("High: 2"), so the map does not rest on colour alone.
        sheet, cell: cellAddress(heatMap.left + c, heatMap.top + r), kind: 'figure',
        numberFormat: band ? bandFormat(band.name) : '0',
        // A Score only where both are whole numbers on the scale, so pasted text such as "3" is not counted.
        formula: `COUNTIFS(${risks.column('score')},">0",${risks.column('likelihood')},${likelihood},${risks.column('impact')},${impact},${notClosed})`,
        fill: colours?.fill, fontColour: colours?.font,
      });
    });
  });
  const ratingRow = DASHBOARD.ratingTitleRow;
  cells.push(labelCell(sheet, cellAddress(label, ratingRow), t.risksByRating, 'heading'));
  content.riskBands.forEach((band, i) => {
    const colours = bandColours(band.name);
    cells.push({ sheet, cell: cellAddress(label, ratingRow + 1 + i), kind: 'label', value: band.name, fill: colours.fill, fontColour: colours.font });
    cells.push({
      sheet, cell: cellAddress(label + 1, ratingRow + 1 + i), kind: 'figure', numberFormat: '0',
      formula: `COUNTIFS(${risks.column('rating')},${quoteText(band.name)},${notClosed})`,
    });
  });
  return cells;
}

function listCells(listsToWrite: NamedList[]): LayoutCell[] {
  return listsToWrite.flatMap((l, i) => [
    labelCell(LISTS_SHEET, cellAddress(i + 1, 1), l.header, 'heading'),
    ...l.values.map((value, r) => ({ sheet: LISTS_SHEET, cell: cellAddress(i + 1, r + 2), kind: 'label' as const, value })),
  ]);
}

export const cells: LayoutCell[] = [...startCells(), ...guideCells, ...tableSheetCells(), ...dashboardCells(), ...listCells(allLists)];

export const definedNames: DefinedNameDeclaration[] = [
  ...listNames(allLists),
  ...cells.filter((c) => c.name).map((c) => {
    const { column, row } = parseCell(c.cell);
    return { name: c.name as string, refersTo: sheetRange(c.sheet, [column, row]) };
  }),
  {
    name: 'RiskHeatMap',
    refersTo: sheetRange(scoresTable.sheet, [heatMap.left, heatMap.top],
      [heatMap.left + heatMap.impacts.length - 1, heatMap.top + heatMap.likelihoods.length - 1]),
  },
  { name: 'TemplateVersion', refersTo: quoteText(TEMPLATE_VERSION) },
];

const scores = placed(scoresTable);
const scoreHeader = (key: string) => sheetRange(scoresTable.sheet, [columnOf(scores, key), scores.headerRow]);

const history = placed(historyTable);

export const charts: ChartDeclaration[] = [
  {
    // Over the whole table columns, so Excel extends the line as snapshots are added.
    sheet: historyTable.sheet, anchor: `${columnLetter(history.firstColumn + historyTable.columns.length + 1)}${history.headerRow}`,
    kind: 'line', title: sheetText.history.trendTitle,
    categories: dataRange(history, 'date'),
    series: [{ name: sheetRange(historyTable.sheet, [columnOf(history, 'overall'), history.headerRow]), label: historyTable.col('overall').header, values: dataRange(history, 'overall') }],
    width: 560, height: 300, axis: { min: MIN_LEVEL, max: MAX_LEVEL, step: 1 },
  },
  {
    sheet: scoresTable.sheet, anchor: DASHBOARD.radarAnchor, kind: 'radar', title: sheetText.dashboard.radarTitle,
    // The principles' names at the spokes' ends: the chart is wide enough for them beside the circle.
    categories: dataRange(scores, 'principle'),
    series: [
      { name: scoreHeader('score'), label: scoresTable.col('score').header, values: dataRange(scores, 'score') },
      { name: scoreHeader('target'), label: scoresTable.col('target').header, values: dataRange(scores, 'target') },
      { name: scoreHeader('previous'), label: scoresTable.col('previous').header, values: dataRange(scores, 'previous') },
    ],
    width: DASHBOARD_CHART_WIDTH, height: 360,
    axis: { min: MIN_LEVEL, max: MAX_LEVEL, step: 1 },
  },
  {
    sheet: scoresTable.sheet, anchor: DASHBOARD.gapAnchor, kind: 'bar', title: sheetText.dashboard.gapTitle,
    categories: dataRange(scores, 'principle'),
    series: [{ name: scoreHeader('gap'), label: scoresTable.col('gap').header, values: dataRange(scores, 'gap') }],
    width: DASHBOARD_CHART_WIDTH, height: 360,
  },
  {
    // Beside the heat map rather than below the rating table, so the whole Dashboard prints on one page;
    // the live host's name for it is still the one of its first place, so Repair knows it.
    sheet: scoresTable.sheet, anchor: cellAddress(heatMap.left + heatMap.impacts.length + 1, DASHBOARD.heatMapTitleRow), kind: 'column',
    name: 'Partnering column E58',
    title: sheetText.dashboard.ratingChartTitle,
    categories: sheetRange(scoresTable.sheet, [DASHBOARD.labelColumn, DASHBOARD.ratingTitleRow + 1], [DASHBOARD.labelColumn, DASHBOARD.ratingTitleRow + content.riskBands.length]),
    series: [{
      name: sheetRange(scoresTable.sheet, [DASHBOARD.labelColumn, DASHBOARD.ratingTitleRow]),
      label: sheetText.dashboard.risksByRating,
      values: sheetRange(scoresTable.sheet, [DASHBOARD.labelColumn + 1, DASHBOARD.ratingTitleRow + 1], [DASHBOARD.labelColumn + 1, DASHBOARD.ratingTitleRow + content.riskBands.length]),
    }],
    width: 420, height: 260,
  },
  {
    // The two sides' views side by side, each bar labelled with its value, on the maturity scale.
    sheet: scoresTable.sheet, anchor: DASHBOARD.jointAnchor, kind: 'bar', title: sheetText.dashboard.jointTitle,
    categories: dataRange(scores, 'principle'),
    series: (['ours', 'partner'] as const).map((key) => ({ name: scoreHeader(key), label: scoresTable.col(key).header, values: dataRange(scores, key) })),
    width: DASHBOARD_CHART_WIDTH, height: 480,
    axis: { min: MIN_LEVEL, max: MAX_LEVEL, step: 1 },
  },
];

function overdueFormat(table: TableSchema, dateKey: string, statusKey: string, doneStatus: string): ConditionalFormat {
  const p = placed(table);
  const formulaAt = (letterOf: (key: string) => string, first: number) => {
    const dateCell = `${letterOf(dateKey)}${first}`;
    return `AND(ISNUMBER(${dateCell}),${dateCell}<TODAY(),$${letterOf(statusKey)}${first}<>${quoteText(doneStatus)})`;
  };
  return {
    kind: 'formula', target: { table, key: dateKey },
    formula: formulaAt((key) => columnLetter(columnOf(p, key)), p.headerRow + 1),
    formulaAt,
    ...palette.overdue,
  };
}

/** Highlights a filled cell that the scores leave out; `test` is true for such a cell. */
function notCountedFormat(table: TableSchema, key: string, test: (cell: string) => string): ConditionalFormat {
  const p = placed(table);
  const formulaAt = (letterOf: (key: string) => string, first: number) => test(`${letterOf(key)}${first}`);
  return {
    kind: 'formula', target: { table, key },
    formula: formulaAt((k) => columnLetter(columnOf(p, k)), p.headerRow + 1),
    formulaAt,
    ...palette.notCounted,
  };
}

/** Red at the lowest level, amber halfway, green at the highest. */
const maturityScale = (table: TableSchema, key: string): ConditionalFormat => ({
  kind: 'colourScale', target: { table, key },
  points: [
    { value: MIN_LEVEL, colour: palette.maturity.low },
    { value: (MIN_LEVEL + MAX_LEVEL) / 2, colour: palette.maturity.mid },
    { value: MAX_LEVEL, colour: palette.maturity.high },
  ],
});

/** The highlights of entries the scores leave out come first, so their fill wins over the maturity colour scale. */
export const conditionalFormats: ConditionalFormat[] = [
  notCountedFormat(principlesTable, 'rating', badRating),
  notCountedFormat(principlesTable, 'weight', badWeight),
  notCountedFormat(ratingsTable, 'rating', badRating),
  notCountedFormat(scoresTable, 'weight', badWeight),
  ...['likelihood', 'impact', 'residualLikelihood', 'residualImpact'].map((key) => notCountedFormat(risksTable, key, badRiskValue)),
  maturityScale(principlesTable, 'rating'),
  maturityScale(scoresTable, 'score'),
  ...['rating', 'residualRating'].flatMap((key) => content.riskBands.map((band): ConditionalFormat => ({
    kind: 'textEquals', target: { table: risksTable, key }, text: band.name, ...bandColours(band.name),
  }))),
  overdueFormat(principlesTable, 'due', 'status', actionStatuses.done),
  overdueFormat(planTable, 'nextReview', 'status', planStatuses.notApplicable),
  overdueFormat(risksTable, 'nextReview', 'status', riskStatuses.closed),
  overdueFormat(actionsTable, 'due', 'status', actionStatuses.done),
];

export const workbookSchema = {
  version: TEMPLATE_VERSION,
  sheets,
  tables: placedTables,
  cells,
  definedNames,
  charts,
  conditionalFormats,
};

export type WorkbookSchema = typeof workbookSchema & {
  /** The custom properties that carry the version and the id; the assessment's own when not given (the rater form has others). */
  properties?: { version: string; workbookId: string };
  /** The document's title and subject; the assessment's when not given. */
  title?: string;
  subject?: string;
};

function listNames(listsToName: NamedList[]): DefinedNameDeclaration[] {
  return listsToName.map((l, i) => ({ name: l.name, refersTo: sheetRange(LISTS_SHEET, [i + 1, 2], [i + 1, Math.max(l.values.length, 1) + 1]) }));
}

/**
 * The same workbook with other dropdown values (a consultant's customised lists, carried into a
 * new-client copy or an upgrade). Lists not given keep the template's values.
 */
export function withLists(schema: WorkbookSchema, values: Record<string, Array<string | number>>): WorkbookSchema {
  const customised = allLists.map((l) => (values[l.name] && values[l.name].length > 0 ? { ...l, values: values[l.name] } : l));
  const listNameSet = new Set(allLists.map((l) => l.name));
  return {
    ...schema,
    cells: [...schema.cells.filter((c) => c.sheet !== LISTS_SHEET), ...listCells(customised)],
    definedNames: [...listNames(customised), ...schema.definedNames.filter((n) => !listNameSet.has(n.name))],
  };
}
