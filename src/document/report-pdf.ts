/**
 * The report as a PDF, drawn with pdfkit: text set in the embedded DejaVu Sans (the fonts are
 * given, so this module reads no files), the charts as vector drawings, page numbers on every
 * page. Text from the workbook goes in through pdfkit's text calls only, so it stays text.
 */
import PDFDocument from 'pdfkit';
import { reportText } from '../domain/strings/en/report';
import { palette } from '../schema/palette';
import { actionColumns, planColumns, riskColumns, type ReportColumn } from '../report/report-columns';
import type { ReportModel, ReportPrinciple } from '../report/report-model';
import { PAPER_POINTS, type Paper } from './paper';

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 56;
const FOOTER_GAP = 28;
const BODY = 9.5;
const SMALL = 8;
const colour = (hex: string) => `#${hex}`;
const TEXT = colour('1F1F1F');
const MUTED = colour(palette.noteText);
const ACCENT = colour(palette.accent);
const TITLE = colour(palette.titleText);
const RULE = colour('C8C8C8');

export async function reportPdf(model: ReportModel, fonts: ReportFonts, paper: Paper): Promise<Uint8Array> {
  const [width, height] = PAPER_POINTS[paper];
  const doc = new PDFDocument({
    size: [width, height],
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: model.documentTitle, Subject: reportText.subtitle, Creator: 'Partnering Workbook' },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('Body', Buffer.from(fonts.regular));
  doc.registerFont('Bold', Buffer.from(fonts.bold));

  const page = new Page(doc);
  cover(page, model);
  doc.addPage();
  summary(page, model);
  doc.addPage();
  charts(page, model);
  doc.addPage();
  principles(page, model.principles);
  doc.addPage();
  plan(page, model);
  risks(page, model);
  actions(page, model);
  method(page, model);
  pageNumbers(doc, model);
  doc.end();
  await ended;
  return concat(chunks);
}

/** Where the next line goes, and a new page when what follows would not fit. */
class Page {
  constructor(readonly doc: Doc) {}

  get left() { return this.doc.page.margins.left; }
  get width() { return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right; }
  get bottom() { return this.doc.page.height - this.doc.page.margins.bottom; }
  get y() { return this.doc.y; }

  /** Starts a new page unless `needed` points still fit on this one. */
  room(needed: number): void {
    if (this.doc.y + needed > this.bottom) this.doc.addPage();
  }

  /** A heading is kept with at least a few lines of what follows it. */
  heading(text: string): void {
    this.room(110);
    this.doc.moveDown(0.6).font('Bold').fontSize(15).fillColor(TITLE).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  subheading(text: string): void {
    this.room(48);
    this.doc.moveDown(0.4).font('Bold').fontSize(11).fillColor(TITLE).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.15);
  }

  paragraph(text: string, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
    this.doc.font(options.bold ? 'Bold' : 'Body').fontSize(options.size ?? BODY);
    this.room(Math.min(this.doc.heightOfString(text, { width: this.width }), 40));
    this.doc.fillColor(options.colour ?? TEXT).text(text, this.left, this.doc.y, { width: this.width, paragraphGap: 3 });
  }

  /** "Label: value" with the label in bold, wrapped as one paragraph, indented by `indent` points. */
  labelled(label: string, value: string, indent = 0, colour = TEXT): void {
    const width = this.width - indent;
    this.doc.fontSize(BODY);
    this.room(this.doc.font('Body').heightOfString(`${label}: ${value}`, { width }) + 2);
    this.doc.font('Bold').fillColor(colour).text(`${label}: `, this.left + indent, this.doc.y, { width, continued: true })
      .font('Body').text(value, { paragraphGap: 2 });
  }
}

function cover(page: Page, model: ReportModel): void {
  const { doc } = page;
  doc.y = doc.page.height * 0.22;
  doc.rect(page.left, doc.y - 18, 48, 4).fill(ACCENT);
  doc.font('Bold').fontSize(24).fillColor(TITLE).text(model.title, page.left, doc.y, { width: page.width });
  doc.moveDown(0.3).font('Body').fontSize(11).fillColor(MUTED).text(reportText.subtitle, { width: page.width });
  doc.moveDown(2);
  const labelWidth = 130;
  for (const { label, value } of model.cover) {
    const y = doc.y;
    doc.font('Body').fontSize(10).fillColor(MUTED).text(label, page.left, y, { width: labelWidth });
    doc.font('Bold').fontSize(11).fillColor(TEXT).text(value, page.left + labelWidth, y, { width: page.width - labelWidth });
    doc.moveDown(0.6);
  }
  doc.moveDown(1.5).font('Body').fontSize(SMALL).fillColor(MUTED).text(reportText.cover.made(model.madeOn), page.left, doc.y, { width: page.width });
}

function summary(page: Page, model: ReportModel): void {
  const { doc } = page;
  const s = reportText.summary;
  page.heading(reportText.sections.summary);
  const figures: Array<[string, string, string]> = [
    [s.overall, model.summary.overallText, model.summary.overall === null ? s.notScored : `${model.summary.level}, ${s.outOf}`],
    [s.plan, model.summary.planText, model.summary.planCompleteness === null ? s.noPlan : ''],
    [s.openHighRisks, String(model.summary.openHighRisks), ''],
  ];
  // One band per figure, label, figure and note on one line, so they read in that order.
  const band = 40;
  for (const [label, figure, note] of figures) {
    const top = doc.y;
    const baseline = top + 25;
    doc.rect(page.left, top, page.width, band - 6).fill(colour('F3F6FA'));
    doc.font('Body').fontSize(10).fillColor(MUTED).text(label, page.left + 10, onBaseline(baseline, 10), { width: 170, lineBreak: false });
    doc.font('Bold').fontSize(20).fillColor(TITLE).text(figure, page.left + 190, onBaseline(baseline, 20), { lineBreak: false });
    const after = page.left + 190 + doc.widthOfString(figure) + 8;
    if (note) doc.font('Body').fontSize(10).fillColor(TEXT).text(note, after, onBaseline(baseline, 10), { lineBreak: false });
    doc.y = top + band;
  }
  doc.y += 6;
  page.subheading(s.largestGaps);
  for (const sentence of model.summary.gaps) page.paragraph(`•  ${sentence}`);
  if (model.summary.dashboardNote) {
    doc.moveDown(0.4);
    page.paragraph(model.summary.dashboardNote, { colour: colour(palette.overdue.font) });
  }
}

/** DejaVu Sans rises 0.93 of its size above the baseline; pdfkit places text by the top of its line. */
const onBaseline = (baseline: number, size: number) => baseline - 0.93 * size;

function charts(page: Page, model: ReportModel): void {
  const c = reportText.charts;
  page.heading(reportText.sections.charts);
  barChart(page, c.scoreAgainstTarget, c.legend, model.principles, 4, (p) => p.score, (p) => p.target, (p) => (p.score === null ? c.notScored : p.scoreText));
  const largestGap = Math.max(1, ...model.principles.map((p) => Math.ceil(p.gap ?? 0)));
  barChart(page, c.gaps, c.gapLegend, model.principles, largestGap, (p) => (p.gap === null ? null : Math.max(p.gap, 0)), () => null,
    (p) => (p.gap === null ? c.notScored : p.gap > 0 ? p.gapText : `${p.gapText} (${c.ahead})`));
  jointChart(page, model);
}

/** Two bars per principle on the 0–4 scale, Ours above Partner, each named with its figure beside it. */
function jointChart(page: Page, model: ReportModel): void {
  const c = reportText.charts;
  const rows = model.joint.principles;
  if (rows.length === 0) {
    page.subheading(c.joint);
    page.paragraph(model.joint.note ?? '', { colour: MUTED });
    return;
  }
  const { doc } = page;
  const max = 4;
  const rowHeight = 24;
  const bar = 8;
  const labelWidth = 190;
  const valueWidth = 118;
  const plotWidth = page.width - labelWidth - valueWidth;
  page.room(rows.length * rowHeight + 90);
  page.subheading(c.joint);
  const top = doc.y + 14;
  const x0 = page.left + labelWidth;
  const at = (v: number) => x0 + (Math.min(Math.max(v, 0), max) / max) * plotWidth;
  drawScale(page, at, max, top, rows.length * rowHeight);
  rows.forEach((p, i) => {
    const y = top + i * rowHeight;
    const name = `${p.ref} ${p.name}`;
    doc.font('Body').fontSize(fittingSize(doc, name, labelWidth - 8)).fillColor(TEXT).text(name, page.left, y + 7, { width: labelWidth - 8, lineBreak: false });
    const sides: Array<[number | null, string, string]> = [
      [p.ours, ACCENT, `${c.ours} ${p.oursText}`],
      [p.partner, colour(palette.secondSeries), `${c.partner} ${p.partnerText}, ${c.perceptionGap} ${p.gapText}`],
    ];
    sides.forEach(([value, fill, label], side) => {
      const barTop = y + 3 + side * (bar + 1);
      if (value !== null && value > 0) doc.rect(x0, barTop, at(value) - x0, bar).fill(fill);
      doc.font('Body').fontSize(SMALL - 1).fillColor(TEXT).text(label, x0 + plotWidth + 6, barTop, { width: valueWidth - 6, lineBreak: false });
    });
  });
  doc.y = top + rows.length * rowHeight + 6;
  doc.x = page.left;
  page.paragraph(c.jointLegend, { size: SMALL, colour: MUTED });
}

/** A chart's scale: a line at each whole number from 0 to `max`, numbered above, `height` deep from `top`. */
function drawScale(page: Page, at: (value: number) => number, max: number, top: number, height: number): void {
  const { doc } = page;
  for (let tick = 0; tick <= max; tick++) {
    doc.moveTo(at(tick), top - 4).lineTo(at(tick), top + height).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Body').fontSize(SMALL).fillColor(MUTED).text(String(tick), at(tick) - 10, top - 14, { width: 20, align: 'center' });
  }
}

/** Horizontal bars, one per principle, against a scale from 0 to `max` with a line at each whole number. */
function barChart(page: Page, title: string, legend: string, rows: ReportPrinciple[], max: number,
  value: (p: ReportPrinciple) => number | null, mark: (p: ReportPrinciple) => number | null, label: (p: ReportPrinciple) => string): void {
  const { doc } = page;
  const rowHeight = 17;
  const labelWidth = 190;
  const valueWidth = 70;
  const plotWidth = page.width - labelWidth - valueWidth;
  page.room(rows.length * rowHeight + 70);
  page.subheading(title);
  const top = doc.y + 14;
  const x0 = page.left + labelWidth;
  const at = (v: number) => x0 + (Math.min(v, max) / max) * plotWidth;
  drawScale(page, at, max, top, rows.length * rowHeight);
  rows.forEach((p, i) => {
    const y = top + i * rowHeight;
    const name = `${p.ref} ${p.name}`;
    doc.font('Body').fontSize(fittingSize(doc, name, labelWidth - 8)).fillColor(TEXT).text(name, page.left, y + 4, { width: labelWidth - 8, lineBreak: false });
    const v = value(p);
    if (v !== null && v > 0) doc.rect(x0, y + 3, at(v) - x0, rowHeight - 6).fill(ACCENT);
    const target = mark(p);
    if (target !== null) {
      doc.moveTo(at(target), y + 1).lineTo(at(target), y + rowHeight - 1).lineWidth(2).strokeColor(colour(palette.secondSeries)).stroke();
    }
    doc.font('Body').fontSize(SMALL).fillColor(TEXT).text(label(p), x0 + plotWidth + 6, y + 4, { width: valueWidth - 6, lineBreak: false });
  });
  doc.y = top + rows.length * rowHeight + 6;
  doc.x = page.left;
  page.paragraph(legend, { size: SMALL, colour: MUTED });
}

/** The largest size up to SMALL at which the text fits on one line of the width (a long principle name). */
function fittingSize(doc: Doc, text: string, width: number): number {
  let size = SMALL;
  while (size > 6 && doc.fontSize(size).widthOfString(text) > width) size -= 0.25;
  return size;
}

function principles(page: Page, rows: ReportPrinciple[]): void {
  const t = reportText.principle;
  page.heading(reportText.sections.principles);
  for (const p of rows) {
    page.room(110);
    page.subheading(`${p.ref} ${p.name}`);
    const figures = [
      `${t.score} ${p.scoreText}`, `${t.target} ${p.targetText}`, `${t.gap} ${p.gapText}`,
      `${t.level} ${p.level || reportText.none}`, `${t.rated} ${t.ratedOf(p.rated, p.criteria)}`,
    ].join('   ·   ');
    page.paragraph(figures, { colour: MUTED });
    if (p.unreadable > 0) page.paragraph(t.unreadable(p.unreadable), { colour: colour(palette.overdue.font) });
    if (!p.best) page.paragraph(t.noRating);
    for (const [label, criterion] of [[t.best, p.best], [t.worst, p.worst]] as const) {
      if (!criterion) continue;
      page.room(40);
      page.doc.moveDown(0.2);
      page.labelled(label, `${criterion.ref} ${criterion.criterion} (${t.rating(criterion.rating)})`);
      page.labelled(t.evidence, criterion.evidence === '' ? t.noEvidence : criterion.evidence, 14, MUTED);
    }
  }
}


/** A table whose rows grow with their text; the header is drawn again at the top of each page. */
function table<R>(page: Page, columns: Array<ReportColumn<R>>, rows: R[]): void {
  const { doc } = page;
  const pad = 3;
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * page.width);
  const xs = widths.map((_, i) => page.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const heightOf = (texts: string[], font: string) => Math.max(...texts.map((text, i) => doc.font(font).fontSize(SMALL).heightOfString(text || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
  const header = () => {
    const h = heightOf(columns.map((c) => c.header), 'Bold');
    const y = doc.y;
    doc.rect(page.left, y, page.width, h).fill(colour(palette.accent));
    columns.forEach((c, i) => doc.font('Bold').fontSize(SMALL).fillColor('#FFFFFF').text(c.header, xs[i] + pad, y + pad, { width: widths[i] - 2 * pad }));
    doc.y = y + h;
  };
  const first = rows.length === 0 ? 0 : heightOf(columns.map((c) => c.cell(rows[0])), 'Body');
  page.room(heightOf(columns.map((c) => c.header), 'Bold') + first);
  header();
  rows.forEach((row, r) => {
    const texts = columns.map((c) => c.cell(row));
    const h = heightOf(texts, 'Body');
    if (doc.y + h > page.bottom) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    if (r % 2 === 1) doc.rect(page.left, y, page.width, h).fill(colour('F5F5F5'));
    columns.forEach((c, i) => doc.font(c.bold?.(row) ? 'Bold' : 'Body').fontSize(SMALL).fillColor(TEXT).text(texts[i], xs[i] + pad, y + pad, { width: widths[i] - 2 * pad }));
    doc.moveTo(page.left, y + h).lineTo(page.left + page.width, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.y = y + h;
  });
  doc.x = page.left;
  doc.moveDown(0.6);
}

function plan(page: Page, model: ReportModel): void {
  page.heading(reportText.sections.plan);
  table(page, planColumns, model.plan);
}

function risks(page: Page, model: ReportModel): void {
  const t = reportText.risks;
  page.heading(reportText.sections.risks);
  if (model.risks.length === 0) {
    page.paragraph(t.none);
    return;
  }
  table(page, riskColumns, model.risks);
}

function actions(page: Page, model: ReportModel): void {
  const t = reportText.actions;
  page.heading(reportText.sections.actions);
  if (model.actions.length === 0) {
    page.paragraph(t.none);
    return;
  }
  page.paragraph(model.actionsNote, { colour: MUTED });
  page.doc.moveDown(0.3);
  table(page, actionColumns, model.actions);
}

function method(page: Page, model: ReportModel): void {
  page.heading(reportText.sections.method);
  for (const text of model.method) page.paragraph(text);
  page.subheading(reportText.scale);
  for (const { label, value } of model.scale) page.labelled(label, value);
}

/** "Page 2 of 9" at the foot of every page, written once the number of pages is known. */
function pageNumbers(doc: Doc, model: ReportModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would start a new page; the footer sits in that margin.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    const width = doc.page.width - 2 * MARGIN;
    doc.font('Body').fontSize(SMALL).fillColor(MUTED);
    doc.text(model.documentTitle, MARGIN, y, { width: width * 0.75, lineBreak: false, ellipsis: true });
    doc.text(reportText.footer(String(i - range.start + 1), String(range.count)), MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
