/** Charts on a sheet: type, title, legend, size, position and series pointing at ranges. */
import { cellKey, columnCount, parseRect, qualifiedAddress, rectAddress, rowCount, splitSheet, type Rect } from '../address';
import { notModelled, officeError } from '../errors';
import { excelEnums } from '../globals';
import type { ChartColoursState, ChartSeriesState, ChartState, SheetState } from '../model/state';
import { FakeCollection, FakeObject, type LoadArgument } from './client-object';
import type { Batch, FakeRequestContext } from './context';
import { asFakeRange, type RangeEntity } from './range';
import type { FakeWorksheet } from './worksheet';

type LocateChart = (batch: Batch) => ChartState | null;

function sheetOfChart(context: FakeRequestContext, chart: ChartState): SheetState | undefined {
  return context._host.state.worksheets.find((s) => s.charts.includes(chart));
}

/** Series as Excel makes them from a source range: text in the first row names them, text in the first column gives categories. */
function seriesFrom(sheet: SheetState, rect: Rect, seriesBy: string): ChartSeriesState[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && rowCount(rect) >= columnCount(rect));
  const lines = byColumns ? columnCount(rect) : rowCount(rect);
  const length = byColumns ? rowCount(rect) : columnCount(rect);
  const at = (line: number, position: number) => {
    const [row, column] = byColumns ? [rect.top + position, rect.left + line] : [rect.top + line, rect.left + position];
    return { row, column, value: sheet.cells.get(cellKey(row, column))?.value ?? null };
  };
  const isText = (value: unknown) => typeof value === 'string' && value !== '';
  const categories = lines > 1 && Array.from({ length: length - 1 }, (_, p) => at(0, p + 1)).some((c) => isText(c.value));
  const first = categories ? 1 : 0;
  const named = length > 1 && Array.from({ length: lines - first }, (_, l) => at(l + first, 0)).some((c) => isText(c.value));
  const start = named ? 1 : 0;
  const span = (line: number): string => {
    const a = at(line, start);
    const b = at(line, length - 1);
    return qualifiedAddress(sheet.name, { top: a.row, left: a.column, bottom: b.row, right: b.column });
  };
  return Array.from({ length: lines - first }, (_, i) => ({
    name: named ? String(at(i + first, 0).value) : `Series${i + 1}`,
    values: span(i + first),
    xValues: categories ? span(0) : null,
    fill: null,
  }));
}

export class FakeChartCollection extends FakeCollection<ChartState, FakeChart>
  implements Pick<Excel.ChartCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _sheet: FakeWorksheet) {
    super(context, path, 'ChartCollection', (b) => _sheet._resolve(b)?.charts ?? null, false);
  }

  get items(): Excel.Chart[] {
    return this._items() as unknown as Excel.Chart[];
  }

  protected _item(path: string, locate: LocateChart): FakeChart {
    return new FakeChart(this._context, path, locate);
  }

  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | 'Auto' | 'Columns' | 'Rows'): Excel.Chart {
    let added: ChartState | undefined;
    const by = String(seriesBy ?? 'Auto');
    this._queue('add', { type, sourceData, seriesBy: by }, (b) => {
      const sheet = this._sheet._require(b, 'ChartCollection.add');
      const source = asFakeRange(sourceData, 'ChartCollection.add')._require(b, 'ChartCollection.add');
      if (!['Auto', 'Columns', 'Rows'].includes(by) || !Object.values(excelEnums().ChartType).includes(String(type)) || String(type) === 'Invalid') {
        throw officeError('InvalidArgument', undefined, 'ChartCollection.add');
      }
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name.toLowerCase() === `chart ${n}`)) n += 1;
      added = {
        id: this._state().nextId(), name: `Chart ${n}`, type: String(type), title: '', titleVisible: false, legendVisible: true,
        colours: { ...EXCEL_CHART_COLOURS }, showValues: false,
        width: 360, height: 216, position: null, series: seriesFrom(source.sheet, source.rect, by),
      };
      sheet.charts.push(added);
    });
    return this._item(`${this._path}.add(${JSON.stringify(type)})`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'Chart');
      return added;
    }) as unknown as Excel.Chart;
  }

  getItem(name: string): Excel.Chart {
    return this._lookup('getItem', name, (charts) => charts.find((c) => c.name.toLowerCase() === name.toLowerCase())) as unknown as Excel.Chart;
  }

  getItemOrNullObject(name: string): Excel.Chart {
    return this._lookupOrNull('getItemOrNullObject', name, (charts) => charts.find((c) => c.name.toLowerCase() === name.toLowerCase())) as unknown as Excel.Chart;
  }

  load(option?: LoadArgument): Excel.ChartCollection {
    return this._load(option) as unknown as Excel.ChartCollection;
  }
}

/** Base of a chart and its parts, which all stand for one chart. */
abstract class FakeChartPart<E> extends FakeObject<E> {
  protected _chartSheet(chart: ChartState): SheetState | undefined {
    return sheetOfChart(this._context, chart);
  }
}

export class FakeChart extends FakeChartPart<ChartState> implements Pick<Excel.Chart, 'name' | 'chartType' | 'title' | 'legend' | 'width'
  | 'height' | 'series' | 'format' | 'axes' | 'dataLabels' | 'setPosition' | 'delete' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: LocateChart) {
    super(context, path, 'Chart', locate);
  }

  protected override _alive(chart: ChartState): boolean {
    return this._chartSheet(chart) !== undefined;
  }

  protected _readers() {
    return {
      name: (c: ChartState) => c.name,
      chartType: (c: ChartState) => c.type,
      width: (c: ChartState) => c.width,
      height: (c: ChartState) => c.height,
    };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, () => unknown> = {
      title: () => this.title, legend: () => this.legend, series: () => this.series, format: () => this.format, axes: () => this.axes,
      dataLabels: () => this.dataLabels,
    };
    return parts[name]?.() as FakeObject<unknown> | undefined;
  }

  get name(): string { return this._read('name'); }

  set name(name: string) {
    this._set('name', name, (chart) => {
      if (typeof name !== 'string' || name === '') throw officeError('InvalidArgument', undefined, 'Chart.name');
      chart.name = name;
    });
  }

  get chartType(): Excel.ChartType { return this._read('chartType'); }

  set chartType(type: Excel.ChartType) {
    this._set('chartType', type, (chart) => { chart.type = String(type); });
  }

  get width(): number { return this._read('width'); }

  set width(width: number) {
    this._set('width', width, (chart) => {
      if (!(width > 0)) throw officeError('InvalidArgument', undefined, 'Chart.width');
      chart.width = width;
    });
  }

  get height(): number { return this._read('height'); }

  set height(height: number) {
    this._set('height', height, (chart) => {
      if (!(height > 0)) throw officeError('InvalidArgument', undefined, 'Chart.height');
      chart.height = height;
    });
  }

  get title(): Excel.ChartTitle {
    return this._child('title', () => new FakeChartTitle(this._context, `${this._path}.title`, 'ChartTitle', (b: Batch) => this._resolve(b))) as unknown as Excel.ChartTitle;
  }

  get legend(): Excel.ChartLegend {
    return this._child('legend', () => new FakeChartLegend(this._context, `${this._path}.legend`, 'ChartLegend', (b: Batch) => this._resolve(b))) as unknown as Excel.ChartLegend;
  }

  get format(): Excel.ChartAreaFormat {
    return this._child('format', () => new FakeChartAreaFormat(this._context, `${this._path}.format`, 'ChartAreaFormat', (b: Batch) => this._resolve(b))) as unknown as Excel.ChartAreaFormat;
  }

  get axes(): Excel.ChartAxes {
    return this._child('axes', () => new FakeChartAxes(this._context, `${this._path}.axes`, 'ChartAxes', (b: Batch) => this._resolve(b))) as unknown as Excel.ChartAxes;
  }

  get dataLabels(): Excel.ChartDataLabels {
    return this._child('dataLabels', () => new FakeChartDataLabels(this._context, `${this._path}.dataLabels`, 'ChartDataLabels', (b: Batch) => this._resolve(b))) as unknown as Excel.ChartDataLabels;
  }

  get series(): Excel.ChartSeriesCollection {
    return this._child('series', () => new FakeChartSeriesCollection(this._context, `${this._path}.series`, this)) as unknown as Excel.ChartSeriesCollection;
  }

  /** Anchors the chart at a cell (and stretches it to a second one): `A1` or a range. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this._call('setPosition', { startCell, endCell: endCell ?? null }, (chart, b) => {
      const cell = (where: Excel.Range | string) => {
        if (typeof where === 'string') return rectAddress(parseRect(splitSheet(where).address, 'Chart.setPosition'));
        return rectAddress(asFakeRange(where, 'Chart.setPosition')._require(b, 'Chart.setPosition').rect);
      };
      chart.position = { startCell: cell(startCell), ...(endCell !== undefined ? { endCell: cell(endCell) } : {}) };
    });
  }

  delete(): void {
    this._call('delete', null, (chart) => {
      const sheet = this._chartSheet(chart);
      if (sheet) sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  load(option?: LoadArgument): Excel.Chart {
    return this._load(option) as unknown as Excel.Chart;
  }
}

export class FakeChartTitle extends FakeChartPart<ChartState> implements Pick<Excel.ChartTitle, 'text' | 'visible' | 'format' | 'load'> {
  protected _readers() {
    return { text: (c: ChartState) => c.title, visible: (c: ChartState) => c.titleVisible };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format as unknown as FakeObject<unknown> : undefined;
  }

  get format(): Excel.ChartTitleFormat {
    return this._child('format', () => textFormat(this, 'ChartTitleFormat', 'title')) as unknown as Excel.ChartTitleFormat;
  }

  get text(): string { return this._read('text'); }

  /** Giving a title shows it, as in Excel. */
  set text(text: string) {
    this._set('text', text, (chart) => {
      chart.title = text;
      chart.titleVisible = text !== '';
    });
  }

  get visible(): boolean { return this._read('visible'); }

  set visible(visible: boolean) {
    this._set('visible', visible, (chart) => { chart.titleVisible = visible; });
  }

  load(option?: LoadArgument): Excel.ChartTitle {
    return this._load(option) as unknown as Excel.ChartTitle;
  }
}

export class FakeChartLegend extends FakeChartPart<ChartState> implements Pick<Excel.ChartLegend, 'visible' | 'format' | 'load'> {
  protected _readers() {
    return { visible: (c: ChartState) => c.legendVisible };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format as unknown as FakeObject<unknown> : undefined;
  }

  get format(): Excel.ChartLegendFormat {
    return this._child('format', () => textFormat(this, 'ChartLegendFormat', 'legend')) as unknown as Excel.ChartLegendFormat;
  }

  get visible(): boolean { return this._read('visible'); }

  set visible(visible: boolean) {
    this._set('visible', visible, (chart) => { chart.legendVisible = visible; });
  }

  load(option?: LoadArgument): Excel.ChartLegend {
    return this._load(option) as unknown as Excel.ChartLegend;
  }
}

/**
 * What a chart Excel adds looks like before anything is set: the default chart style of Office
 * 2013 and later draws titles, axis labels and legends in #595959 and data labels in #404040 on a
 * white chart area.
 */
const EXCEL_CHART_COLOURS: ChartColoursState = {
  background: '#FFFFFF', title: '#595959', legend: '#595959', categoryAxis: '#595959', valueAxis: '#595959', dataLabels: '#404040',
};

type ColourKey = keyof ChartColoursState;

/** Office.js takes `#RRGGBB` or a colour name; the fake models the first only and reports it in capitals. */
function htmlColour(colour: string, location: string): string {
  if (typeof colour !== 'string') throw officeError('InvalidArgument', undefined, location);
  if (!/^#[0-9A-Fa-f]{6}$/.test(colour)) throw notModelled(`the colour "${colour}" at ${location} (give #RRGGBB)`);
  return colour.toUpperCase();
}

/** The format of a chart part that holds text: its font. */
class FakeChartTextFormat extends FakeChartPart<ChartState> {
  constructor(context: FakeRequestContext, path: string, type: string, locate: LocateChart, private readonly _key: ColourKey) {
    super(context, path, type, locate);
  }

  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'font' ? this.font as unknown as FakeObject<unknown> : undefined;
  }

  get font(): Excel.ChartFont {
    return this._child('font', () => new FakeChartFont(this._context, `${this._path}.font`, 'ChartFont', (b: Batch) => this._resolve(b), this._key)) as unknown as Excel.ChartFont;
  }

  load(option?: LoadArgument): this {
    return this._load(option);
  }
}

function textFormat(part: FakeChartPart<ChartState>, type: string, key: ColourKey): FakeChartTextFormat {
  return new FakeChartTextFormat(part.context as unknown as FakeRequestContext, `${part._path}.format`, type, (b: Batch) => part._resolve(b), key);
}

export class FakeChartFont extends FakeChartPart<ChartState> implements Pick<Excel.ChartFont, 'color' | 'load'> {
  constructor(context: FakeRequestContext, path: string, type: string, locate: LocateChart, private readonly _key: ColourKey) {
    super(context, path, type, locate);
  }

  protected _readers() {
    return { color: (c: ChartState) => c.colours[this._key] };
  }

  get color(): string { return this._read('color'); }

  set color(color: string) {
    this._set('color', color, (chart) => { chart.colours[this._key] = htmlColour(color, 'ChartFont.color'); });
  }

  load(option?: LoadArgument): Excel.ChartFont {
    return this._load(option) as unknown as Excel.ChartFont;
  }
}

/** Chart.format: the chart area, whose fill is the background of every text on the chart. */
export class FakeChartAreaFormat extends FakeChartPart<ChartState> implements Pick<Excel.ChartAreaFormat, 'fill' | 'load'> {
  protected _readers() {
    return {};
  }

  get fill(): Excel.ChartFill {
    return this._child('fill', () => new FakeChartFill(this._context, `${this._path}.fill`, 'ChartFill', (b: Batch) => this._resolve(b))) as unknown as Excel.ChartFill;
  }

  load(option?: LoadArgument): Excel.ChartAreaFormat {
    return this._load(option) as unknown as Excel.ChartAreaFormat;
  }
}

export class FakeChartFill extends FakeChartPart<ChartState> implements Pick<Excel.ChartFill, 'setSolidColor'> {
  protected _readers() {
    return {};
  }

  setSolidColor(color: string): void {
    this._call('setSolidColor', color, (chart) => { chart.colours.background = htmlColour(color, 'ChartFill.setSolidColor'); });
  }
}

export class FakeChartAxes extends FakeChartPart<ChartState> implements Pick<Excel.ChartAxes, 'categoryAxis' | 'valueAxis' | 'load'> {
  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const axes: Record<string, () => unknown> = { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis };
    return axes[name]?.() as FakeObject<unknown> | undefined;
  }

  get categoryAxis(): Excel.ChartAxis {
    return this._child('categoryAxis', () => new FakeChartAxis(this._context, `${this._path}.categoryAxis`, 'ChartAxis', (b: Batch) => this._resolve(b), 'categoryAxis')) as unknown as Excel.ChartAxis;
  }

  get valueAxis(): Excel.ChartAxis {
    return this._child('valueAxis', () => new FakeChartAxis(this._context, `${this._path}.valueAxis`, 'ChartAxis', (b: Batch) => this._resolve(b), 'valueAxis')) as unknown as Excel.ChartAxis;
  }

  load(option?: LoadArgument): Excel.ChartAxes {
    return this._load(option) as unknown as Excel.ChartAxes;
  }
}

export class FakeChartAxis extends FakeChartPart<ChartState> implements Pick<Excel.ChartAxis, 'format' | 'load'> {
  constructor(context: FakeRequestContext, path: string, type: string, locate: LocateChart, private readonly _key: ColourKey) {
    super(context, path, type, locate);
  }

  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format as unknown as FakeObject<unknown> : undefined;
  }

  get format(): Excel.ChartAxisFormat {
    return this._child('format', () => textFormat(this, 'ChartAxisFormat', this._key)) as unknown as Excel.ChartAxisFormat;
  }

  load(option?: LoadArgument): Excel.ChartAxis {
    return this._load(option) as unknown as Excel.ChartAxis;
  }
}

export class FakeChartDataLabels extends FakeChartPart<ChartState> implements Pick<Excel.ChartDataLabels, 'showValue' | 'format' | 'load'> {
  protected _readers() {
    return { showValue: (c: ChartState) => c.showValues };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format as unknown as FakeObject<unknown> : undefined;
  }

  get showValue(): boolean { return this._read('showValue'); }

  set showValue(show: boolean) {
    this._set('showValue', show, (chart) => {
      if (typeof show !== 'boolean') throw officeError('InvalidArgument', undefined, 'ChartDataLabels.showValue');
      chart.showValues = show;
    });
  }

  get format(): Excel.ChartDataLabelFormat {
    return this._child('format', () => textFormat(this, 'ChartDataLabelFormat', 'dataLabels')) as unknown as Excel.ChartDataLabelFormat;
  }

  load(option?: LoadArgument): Excel.ChartDataLabels {
    return this._load(option) as unknown as Excel.ChartDataLabels;
  }
}

type LocateSeries = (batch: Batch) => ChartSeriesState | null;

export class FakeChartSeriesCollection extends FakeCollection<ChartSeriesState, FakeChartSeries>
  implements Pick<Excel.ChartSeriesCollection, 'add' | 'getItemAt' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _chart: FakeChart) {
    super(context, path, 'ChartSeriesCollection', (b) => _chart._resolve(b)?.series ?? null, false);
  }

  get items(): Excel.ChartSeries[] {
    return this._items() as unknown as Excel.ChartSeries[];
  }

  protected _item(path: string, locate: LocateSeries): FakeChartSeries {
    return new FakeChartSeries(this._context, path, 'ChartSeries', locate);
  }

  add(name?: string, index?: number): Excel.ChartSeries {
    let added: ChartSeriesState | undefined;
    this._queue('add', { name: name ?? null, index: index ?? null }, (b) => {
      const chart = this._chart._require(b, 'ChartSeriesCollection.add');
      const at = index ?? chart.series.length;
      if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw officeError('InvalidArgument', undefined, 'ChartSeriesCollection.add');
      added = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null, fill: null };
      chart.series.splice(at, 0, added);
    });
    return this._item(`${this._path}.add()`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'ChartSeries');
      return added;
    }) as unknown as Excel.ChartSeries;
  }

  getItemAt(index: number): Excel.ChartSeries {
    return this._lookup('getItemAt', String(index), (series) => series[index]) as unknown as Excel.ChartSeries;
  }

  load(option?: LoadArgument): Excel.ChartSeriesCollection {
    return this._load(option) as unknown as Excel.ChartSeriesCollection;
  }
}

export class FakeChartSeries extends FakeObject<ChartSeriesState>
  implements Pick<Excel.ChartSeries, 'name' | 'format' | 'setValues' | 'setXAxisValues' | 'delete' | 'load'> {
  protected override _alive(series: ChartSeriesState): boolean {
    return this._state().worksheets.some((s) => s.charts.some((c) => c.series.includes(series)));
  }

  protected _readers() {
    return { name: (s: ChartSeriesState) => s.name };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format as unknown as FakeObject<unknown> : undefined;
  }

  get format(): Excel.ChartSeriesFormat {
    return this._child('format', () => new FakeChartSeriesFormat(this._context, `${this._path}.format`, 'ChartSeriesFormat',
      (b: Batch) => this._resolve(b))) as unknown as Excel.ChartSeriesFormat;
  }

  get name(): string { return this._read('name'); }

  set name(name: string) {
    this._set('name', name, (series) => { series.name = name; });
  }

  setValues(sourceData: Excel.Range): void {
    this._call('setValues', sourceData, (series, b) => { series.values = this._address(sourceData, b, 'ChartSeries.setValues'); });
  }

  setXAxisValues(sourceData: Excel.Range): void {
    this._call('setXAxisValues', sourceData, (series, b) => { series.xValues = this._address(sourceData, b, 'ChartSeries.setXAxisValues'); });
  }

  private _address(range: Excel.Range, batch: Batch, location: string): string {
    const { sheet, rect }: RangeEntity = asFakeRange(range, location)._require(batch, location);
    return qualifiedAddress(sheet.name, rect);
  }

  delete(): void {
    this._call('delete', null, (series) => {
      for (const sheet of this._state().worksheets) {
        for (const chart of sheet.charts) chart.series = chart.series.filter((s) => s !== series);
      }
    });
  }

  load(option?: LoadArgument): Excel.ChartSeries {
    return this._load(option) as unknown as Excel.ChartSeries;
  }
}

/** ChartSeries.format: the series' fill, the colour its bars are drawn in. */
export class FakeChartSeriesFormat extends FakeObject<ChartSeriesState> implements Pick<Excel.ChartSeriesFormat, 'fill' | 'load'> {
  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'fill' ? this.fill as unknown as FakeObject<unknown> : undefined;
  }

  get fill(): Excel.ChartFill {
    return this._child('fill', () => new FakeChartSeriesFill(this._context, `${this._path}.fill`, 'ChartFill',
      (b: Batch) => this._resolve(b))) as unknown as Excel.ChartFill;
  }

  load(option?: LoadArgument): Excel.ChartSeriesFormat {
    return this._load(option) as unknown as Excel.ChartSeriesFormat;
  }
}

export class FakeChartSeriesFill extends FakeObject<ChartSeriesState> implements Pick<Excel.ChartFill, 'setSolidColor'> {
  protected _readers() {
    return {};
  }

  setSolidColor(color: string): void {
    this._call('setSolidColor', color, (series) => { series.fill = htmlColour(color, 'ChartFill.setSolidColor'); });
  }
}
