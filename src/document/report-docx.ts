/**
 * The report as a Word document (.docx), declared with the docx library, which writes and escapes
 * the XML: every text from the workbook goes in as a run's text, so "=HYPERLINK(…)" or "<b>" stay
 * text. It runs in Node (the CLI) and in the pane alike, and returns the package's bytes.
 *
 * The charts are tables of shaded cells rather than pictures: Word and LibreOffice reflow and
 * edit them like any table, their figures stay text that search and screen readers find, and
 * nothing has to be drawn into an image in the pane or the CLI.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions, type ParagraphChild,
} from 'docx';
import { reportText } from '../domain/strings/en/report';
import { palette } from '../schema/palette';
import { actionColumns, planColumns, riskColumns, type ReportColumn } from '../report/report-columns';
import type { ReportModel, ReportPrinciple } from '../report/report-model';
import { PAPER_TWIPS, type Paper } from './paper';

const MARGIN = 1134; // 2 cm
const FONT = 'Calibri';
/** Half-points, as .docx sizes text. */
const BODY = 20;
const SMALL = 17;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8' };
const GAP: IBorderOptions = { style: BorderStyle.SINGLE, size: 16, color: 'FFFFFF' };
const PAGE = '\u0001';
const PAGES = '\u0002';
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

export async function reportDocx(model: ReportModel, paper: Paper): Promise<Uint8Array> {
  const [width, height] = PAPER_TWIPS[paper];
  const textWidth = width - 2 * MARGIN;
  const document = new Document({
    title: model.documentTitle,
    subject: reportText.subtitle,
    creator: 'Partnering Workbook',
    styles: {
      default: { document: { run: { font: FONT, size: BODY } } },
      paragraphStyles: [],
    },
    sections: [{
      properties: { page: { size: { width, height }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567 } } },
      footers: { default: footer(model) },
      children: [
        ...cover(model),
        ...summary(model),
        ...charts(model, textWidth),
        ...principles(model.principles),
        ...plan(model, textWidth),
        ...risks(model, textWidth),
        ...actions(model, textWidth),
        ...method(model),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const run = (text: string, options: { bold?: boolean; size?: number; colour?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size, color: options.colour });

const paragraph = (children: ParagraphChild[] | string, options: { after?: number; pageBreakBefore?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    spacing: { after: options.after ?? 80 },
    pageBreakBefore: options.pageBreakBefore,
    alignment: options.alignment,
  });

const heading = (text: string, pageBreakBefore = false) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, keepNext: true, spacing: { before: 240, after: 120 }, children: [run(text, { bold: true, size: 30, colour: palette.titleText })] });

const subheading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 200, after: 60 }, children: [run(text, { bold: true, size: 23, colour: palette.titleText })] });

function footer(model: ReportModel): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        run(`${model.documentTitle}    `, { size: SMALL, colour: palette.noteText }),
        // "Page N of M" with Word's own fields in the sentence's places, so the numbers follow any edit.
        ...reportText.footer(PAGE, PAGES).split(/(\u0001|\u0002)/).filter((part) => part !== '').map((part) => new TextRun({
          size: SMALL, color: palette.noteText,
          children: [part === PAGE ? PageNumber.CURRENT : part === PAGES ? PageNumber.TOTAL_PAGES : part],
        })),
      ],
    })],
  });
}

function cover(model: ReportModel): Array<Paragraph | Table> {
  return [
    paragraph('', { after: 2400 }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 120 }, children: [run(model.title, { bold: true, size: 48, colour: palette.titleText })] }),
    paragraph([run(reportText.subtitle, { size: 22, colour: palette.noteText })], { after: 480 }),
    ...model.cover.map(({ label, value }) => paragraph([run(`${label}: `, { colour: palette.noteText, size: 22 }), run(value, { bold: true, size: 22 })], { after: 120 })),
    paragraph([run(reportText.cover.made(model.madeOn), { size: SMALL, colour: palette.noteText })], { after: 0 }),
  ];
}

function summary(model: ReportModel): Array<Paragraph | Table> {
  const s = reportText.summary;
  const figure = (label: string, value: string, note: string) => [
    paragraph([run(label, { colour: palette.noteText })], { after: 0 }),
    paragraph([run(value, { bold: true, size: 44, colour: palette.titleText }), ...(note ? [run(`  ${note}`)] : [])], { after: 160 }),
  ];
  return [
    heading(reportText.sections.summary, true),
    ...figure(s.overall, model.summary.overallText, model.summary.overall === null ? s.notScored : `${model.summary.level}, ${s.outOf}`),
    ...figure(s.plan, model.summary.planText, model.summary.planCompleteness === null ? s.noPlan : ''),
    ...figure(s.openHighRisks, String(model.summary.openHighRisks), ''),
    subheading(s.largestGaps),
    ...model.summary.gaps.map((sentence) => new Paragraph({ bullet: { level: 0 }, children: [run(sentence)] })),
    ...(model.summary.dashboardNote ? [paragraph([run(model.summary.dashboardNote, { colour: palette.overdue.font })])] : []),
  ];
}

function charts(model: ReportModel, textWidth: number): Array<Paragraph | Table> {
  const c = reportText.charts;
  const largestGap = Math.max(1, ...model.principles.map((p) => Math.ceil(p.gap ?? 0)));
  const named = (p: ReportPrinciple) => `${p.ref} ${p.name}`;
  return [
    heading(reportText.sections.charts, true),
    subheading(c.scoreAgainstTarget),
    barTable(model.principles.map((p) => ({
      name: named(p), value: p.score, mark: p.target, label: p.score === null ? c.notScored : p.scoreText, fill: palette.accent,
    })), textWidth, 4),
    paragraph([run(c.legend, { size: SMALL, colour: palette.noteText })]),
    subheading(c.gaps),
    barTable(model.principles.map((p) => ({
      name: named(p), value: p.gap === null ? null : Math.max(p.gap, 0), mark: null, fill: palette.accent,
      label: p.gap === null ? c.notScored : p.gap > 0 ? p.gapText : `${p.gapText} (${c.ahead})`,
    })), textWidth, largestGap),
    paragraph([run(c.gapLegend, { size: SMALL, colour: palette.noteText })]),
    ...jointChart(model, textWidth),
  ];
}

/** Ours against Partner: two bars per principle, Ours above Partner, or the sentence that there are no ratings. */
function jointChart(model: ReportModel, textWidth: number): Array<Paragraph | Table> {
  const c = reportText.charts;
  const rows = model.joint.principles;
  if (rows.length === 0) return [subheading(c.joint), paragraph([run(model.joint.note ?? '', { colour: palette.noteText })])];
  return [
    subheading(c.joint),
    // The name spans both bars and the pair stays on one page; the figures' column holds
    // "Partner 3.00, gap +1.00" on one line, so both bars are as high.
    barTable(rows.flatMap((p) => [
      { name: `${p.ref} ${p.name}`, nameRows: 2, keepWithNext: true, value: p.ours, mark: null, label: `${c.ours} ${p.oursText}`, fill: palette.accent },
      { name: '', nameRows: 0, value: p.partner, mark: null, label: `${c.partner} ${p.partnerText}, ${c.perceptionGap} ${p.gapText}`, fill: palette.secondSeries },
    ]), textWidth, 4, { label: 0.36, value: 0.27 }),
    paragraph([run(c.jointLegend, { size: SMALL, colour: palette.noteText })]),
  ];
}

/** One bar of a chart table: the row's name, the bar's length and colour, a mark (the target) and the figure. */
interface BarRow {
  name: string;
  value: number | null;
  mark: number | null;
  label: string;
  fill: string;
  /** Rows the name spans (default 1); 0 where the row above's name spans this one. */
  nameRows?: number;
  /** Kept on one page with the row below it. */
  keepWithNext?: boolean;
}

/** Tenths of the scale: a bar is that many shaded cells, the target a line on a cell's edge. */
const STEPS = 10;

/**
 * One row per principle: its name, a bar of shaded grid columns (STEPS to a scale point) with the
 * mark drawn as the left edge of the cell where it falls, and the figure.
 */
function barTable(rows: BarRow[], textWidth: number, max: number, shares = { label: 0.42, value: 0.13 }): Table {
  const units = max * STEPS;
  const labelWidth = Math.round(textWidth * shares.label);
  const valueWidth = Math.round(textWidth * shares.value);
  const unitWidth = Math.floor((textWidth - labelWidth - valueWidth) / units);
  const markBorder: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: palette.secondSeries };
  const small = (text: string, keepNext?: boolean) => new Paragraph({ keepNext, children: [run(text, { size: SMALL })] });
  const empty = (keepNext?: boolean) => new Paragraph({ keepNext, children: [run('', { size: 4 })] });
  const cellMargins = { top: 20, bottom: 20, left: 0, right: 0 };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: labelWidth + valueWidth + unitWidth * units, type: WidthType.DXA },
    columnWidths: [labelWidth, ...Array.from({ length: units }, () => unitWidth), valueWidth],
    borders: { ...noBorders, insideHorizontal: NONE, insideVertical: NONE },
    rows: rows.map((p) => {
      const filled = Math.round(Math.min(Math.max(p.value ?? 0, 0), max) * STEPS);
      const target = p.mark;
      const at = target === null ? undefined : Math.round(Math.min(Math.max(target, 0), max) * STEPS);
      const edges = [...new Set([0, filled, ...(at === undefined ? [] : [at]), units])].filter((e) => e >= 0 && e <= units).sort((a, b) => a - b);
      const segments = edges.slice(0, -1).map((start, i) => ({ start, span: edges[i + 1] - start }));
      return new TableRow({
        cantSplit: true,
        children: [
          ...(p.nameRows === 0 ? [] : [new TableCell({
            borders: noBorders, margins: { ...cellMargins, right: 80 }, width: { size: labelWidth, type: WidthType.DXA },
            rowSpan: p.nameRows, children: [small(p.name, p.keepWithNext)],
          })]),
          ...segments.map(({ start, span }) => new TableCell({
            columnSpan: span,
            width: { size: span * unitWidth, type: WidthType.DXA },
            margins: cellMargins,
            shading: start < filled ? { type: ShadingType.CLEAR, color: 'auto', fill: p.fill } : undefined,
            borders: {
              // White edges above and below keep one principle's bar apart from the next.
              top: GAP, bottom: GAP,
              left: at !== undefined && start === at && at < units ? markBorder : NONE,
              right: at !== undefined && at === units && start + span === units ? markBorder : NONE,
            },
            children: [empty(p.keepWithNext)],
          })),
          new TableCell({ borders: noBorders, margins: { ...cellMargins, left: 80 }, width: { size: valueWidth, type: WidthType.DXA }, children: [small(p.label, p.keepWithNext)] }),
        ],
      });
    }),
  });
}

function principles(rows: ReportPrinciple[]): Array<Paragraph | Table> {
  const t = reportText.principle;
  const labelled = (label: string, value: string) => paragraph([run(`${label}: `, { bold: true }), run(value)], { after: 40 });
  return [
    heading(reportText.sections.principles, true),
    ...rows.flatMap((p) => [
      subheading(`${p.ref} ${p.name}`),
      paragraph([run([
        `${t.score} ${p.scoreText}`, `${t.target} ${p.targetText}`, `${t.gap} ${p.gapText}`,
        `${t.level} ${p.level || reportText.none}`, `${t.rated} ${t.ratedOf(p.rated, p.criteria)}`,
      ].join('   ·   '), { colour: palette.noteText })]),
      ...(p.unreadable > 0 ? [paragraph([run(t.unreadable(p.unreadable), { colour: palette.overdue.font })])] : []),
      ...(p.best ? [] : [paragraph(t.noRating)]),
      ...([[t.best, p.best], [t.worst, p.worst]] as const).flatMap(([label, criterion]) => (criterion ? [
        labelled(label, `${criterion.ref} ${criterion.criterion} (${t.rating(criterion.rating)})`),
        labelled(t.evidence, criterion.evidence === '' ? t.noEvidence : criterion.evidence),
      ] : [])),
    ]),
  ];
}


/** A table with its header row repeated on every page. */
function table<R>(columns: Array<ReportColumn<R>>, rows: R[], textWidth: number): Table {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => Math.floor((c.share / total) * textWidth));
  const margins = { top: 40, bottom: 40, left: 60, right: 60 };
  const borders = { top: RULE, bottom: RULE, left: NONE, right: NONE };
  const cell = (text: string, width: number, options: { bold?: boolean; header?: boolean }) => new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins,
    borders,
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: palette.accent } : undefined,
    children: [new Paragraph({ children: [run(text, { size: SMALL, bold: options.bold || options.header, colour: options.header ? 'FFFFFF' : undefined })] })],
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { ...noBorders, insideHorizontal: RULE, insideVertical: NONE, top: RULE, bottom: RULE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i], { header: true })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(c.cell(row), widths[i], { bold: c.bold?.(row) })) })),
    ],
  });
}

function plan(model: ReportModel, textWidth: number): Array<Paragraph | Table> {
  return [
    heading(reportText.sections.plan, true),
    table(planColumns, model.plan, textWidth),
  ];
}

function risks(model: ReportModel, textWidth: number): Array<Paragraph | Table> {
  const t = reportText.risks;
  if (model.risks.length === 0) return [heading(reportText.sections.risks), paragraph(t.none)];
  return [
    heading(reportText.sections.risks),
    table(riskColumns, model.risks, textWidth),
  ];
}

function actions(model: ReportModel, textWidth: number): Array<Paragraph | Table> {
  const t = reportText.actions;
  if (model.actions.length === 0) return [heading(reportText.sections.actions), paragraph(t.none)];
  return [
    heading(reportText.sections.actions),
    new Paragraph({ keepNext: true, spacing: { after: 80 }, children: [run(model.actionsNote, { colour: palette.noteText })] }),
    table(actionColumns, model.actions, textWidth),
  ];
}

function method(model: ReportModel): Paragraph[] {
  return [
    heading(reportText.sections.method),
    ...model.method.map((text) => paragraph(text, { after: 120 })),
    subheading(reportText.scale),
    ...model.scale.map(({ label, value }) => paragraph([run(`${label}: `, { bold: true }), run(value)], { after: 40 })),
  ];
}
