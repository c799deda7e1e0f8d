/** Range.conditionalFormats: colour scales, formula (custom) and cell-value highlights. */
import { qualifiedAddress } from '../address';
import { officeError } from '../errors';
import { normaliseColour } from '../model/cells';
import { addConditionalFormat, clearFormats, firstArea, FORMAT_TYPES, formatsTouching } from '../model/conditional-formats';
import type { ConditionalFormatState } from '../model/state';
import { FakeCollection, FakeObject, type LoadArgument } from './client-object';
import type { Batch, FakeRequestContext } from './context';
import { checkEditable, FakeRange, type RangeEntity } from './range';

type Locate = (batch: Batch) => ConditionalFormatState | null;

/** The format's place in the workbook, so a deleted format is noticed. */
function sheetOf(context: FakeRequestContext, format: ConditionalFormatState) {
  return context._host.state.worksheets.find((s) => s.conditionalFormats.includes(format));
}

export class FakeConditionalFormatCollection extends FakeCollection<ConditionalFormatState, FakeConditionalFormat>
  implements Pick<Excel.ConditionalFormatCollection, 'add' | 'clearAll' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _range: FakeRange) {
    super(context, path, 'ConditionalFormatCollection', (b) => {
      const range = _range._resolve(b);
      return range === null ? null : formatsTouching(range.sheet, range.rect);
    }, false);
  }

  get items(): Excel.ConditionalFormat[] {
    return this._items() as unknown as Excel.ConditionalFormat[];
  }

  protected _item(path: string, locate: Locate): FakeConditionalFormat {
    return new FakeConditionalFormat(this._context, path, locate);
  }

  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): Excel.ConditionalFormat {
    let created: ConditionalFormatState | undefined;
    const kind = String(type);
    this._queue('add', kind, (b) => {
      const range = this._range._require(b, 'ConditionalFormatCollection.add');
      checkEditable(range.sheet, 'ConditionalFormatCollection.add');
      if (!FORMAT_TYPES.includes(kind)) throw officeError('InvalidArgument', undefined, 'ConditionalFormatCollection.add');
      created = addConditionalFormat(this._state(), range.sheet, range.rect, kind);
    });
    return new FakeConditionalFormat(this._context, `${this._path}.add(${JSON.stringify(kind)})`, () => {
      if (!created) throw officeError('InvalidObjectPath', undefined, 'ConditionalFormat');
      return created;
    }) as unknown as Excel.ConditionalFormat;
  }

  clearAll(): void {
    this._queue('clearAll', null, (b) => {
      const range = this._range._require(b, 'ConditionalFormatCollection.clearAll');
      checkEditable(range.sheet, 'ConditionalFormatCollection.clearAll');
      clearFormats(range.sheet, range.rect);
    });
  }

  load(option?: LoadArgument): Excel.ConditionalFormatCollection {
    return this._load(option) as unknown as Excel.ConditionalFormatCollection;
  }
}

/** Base of a conditional format and its parts: all stand for one format and change its details. */
abstract class FakeFormatDetail extends FakeObject<ConditionalFormatState> {
  constructor(context: FakeRequestContext, path: string, type: string, locate: Locate, protected readonly _kind?: string,
    protected readonly _keys: string[] = []) {
    super(context, path, type, locate);
  }

  protected override _alive(format: ConditionalFormatState): boolean {
    return sheetOf(this._context, format) !== undefined;
  }

  /** The details object this part reads and writes, e.g. `details.format.fill`. */
  protected _details(format: ConditionalFormatState, location: string): Record<string, unknown> {
    if (this._kind && format.type !== this._kind) throw officeError('InvalidArgument', `This conditional format is ${format.type}, not ${this._kind}.`, location);
    let target = format.details;
    for (const key of this._keys) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    return target;
  }

  protected _detailReader(key: string) {
    return (format: ConditionalFormatState) => this._details(format, `${this._type}.${key}`)[key] ?? null;
  }

  protected _setDetail(key: string, value: unknown, normalise: (v: unknown, location: string) => unknown = (v) => v): void {
    const location = `${this._type}.${key}`;
    this._set(key, value, (format) => {
      const sheet = sheetOf(this._context, format);
      if (sheet) checkEditable(sheet, location);
      this._details(format, location)[key] = structuredClone(normalise(value, location));
    });
  }

  protected _part<T>(name: string, type: new (...args: ConstructorParameters<typeof FakeConditionalRangeFormat>) => T, keys: string[]): T {
    return this._child(name, () => new type(this._context, `${this._path}.${name}`, type.name.replace(/^Fake/, ''),
      (b: Batch) => this._resolve(b), this._kind, keys));
  }
}

export class FakeConditionalFormat extends FakeFormatDetail
  implements Pick<Excel.ConditionalFormat, 'type' | 'priority' | 'colorScale' | 'custom' | 'cellValue' | 'getRange' | 'delete' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: Locate) {
    super(context, path, 'ConditionalFormat', locate);
  }

  protected _readers() {
    return {
      type: (format: ConditionalFormatState) => format.type,
      priority: (format: ConditionalFormatState) => sheetOf(this._context, format)?.conditionalFormats.indexOf(format) ?? 0,
    };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, () => unknown> = { colorScale: () => this.colorScale, custom: () => this.custom, cellValue: () => this.cellValue };
    return parts[name]?.() as FakeObject<unknown> | undefined;
  }

  get type(): Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue' {
    return this._read('type');
  }

  get priority(): number { return this._read('priority'); }

  get colorScale(): Excel.ColorScaleConditionalFormat {
    return this._child('colorScale', () => new FakeColorScaleConditionalFormat(this._context, `${this._path}.colorScale`, 'ColorScaleConditionalFormat',
      (b) => this._resolve(b), 'ColorScale')) as unknown as Excel.ColorScaleConditionalFormat;
  }

  get custom(): Excel.CustomConditionalFormat {
    return this._child('custom', () => new FakeCustomConditionalFormat(this._context, `${this._path}.custom`, 'CustomConditionalFormat',
      (b) => this._resolve(b), 'Custom')) as unknown as Excel.CustomConditionalFormat;
  }

  get cellValue(): Excel.CellValueConditionalFormat {
    return this._child('cellValue', () => new FakeCellValueConditionalFormat(this._context, `${this._path}.cellValue`, 'CellValueConditionalFormat',
      (b) => this._resolve(b), 'CellValue')) as unknown as Excel.CellValueConditionalFormat;
  }

  getRange(): Excel.Range {
    return new FakeRange(this._context, `${this._path}.getRange()`, (b): RangeEntity | null => {
      const format = this._resolve(b);
      const sheet = format && sheetOf(this._context, format);
      if (!format || !sheet) return null;
      if (format.address.includes(',')) throw officeError('InvalidOperation', `The format applies to several areas (${qualifiedAddress(sheet.name, firstArea(format))} …).`, 'ConditionalFormat.getRange');
      return { sheet, rect: firstArea(format) };
    }) as unknown as Excel.Range;
  }

  delete(): void {
    this._call('delete', null, (format) => {
      const sheet = sheetOf(this._context, format);
      if (!sheet) return;
      checkEditable(sheet, 'ConditionalFormat.delete');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }

  load(option?: LoadArgument): Excel.ConditionalFormat {
    return this._load(option) as unknown as Excel.ConditionalFormat;
  }
}

export class FakeColorScaleConditionalFormat extends FakeFormatDetail implements Pick<Excel.ColorScaleConditionalFormat, 'criteria' | 'load'> {
  protected _readers() {
    return { criteria: this._detailReader('criteria') };
  }

  get criteria(): Excel.ConditionalColorScaleCriteria { return this._read('criteria'); }

  set criteria(criteria: Excel.ConditionalColorScaleCriteria) {
    this._setDetail('criteria', criteria, (value, location) => {
      const points = value as Record<string, { color?: string } | undefined>;
      if (!points.minimum || !points.maximum) throw officeError('InvalidArgument', undefined, location);
      return Object.fromEntries(Object.entries(points).map(([k, p]) => [k, p && p.color ? { ...p, color: normaliseColour(p.color, location) } : p]));
    });
  }

  load(option?: LoadArgument): Excel.ColorScaleConditionalFormat {
    return this._load(option) as unknown as Excel.ColorScaleConditionalFormat;
  }
}

export class FakeCustomConditionalFormat extends FakeFormatDetail implements Pick<Excel.CustomConditionalFormat, 'rule' | 'format' | 'load'> {
  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    if (name === 'rule') return this.rule as unknown as FakeObject<unknown>;
    if (name === 'format') return this.format as unknown as FakeObject<unknown>;
    return undefined;
  }

  get rule(): Excel.ConditionalFormatRule {
    return this._part('rule', FakeConditionalFormatRule, ['rule']) as unknown as Excel.ConditionalFormatRule;
  }

  get format(): Excel.ConditionalRangeFormat {
    return this._part('format', FakeConditionalRangeFormat, ['format']) as unknown as Excel.ConditionalRangeFormat;
  }

  load(option?: LoadArgument): Excel.CustomConditionalFormat {
    return this._load(option) as unknown as Excel.CustomConditionalFormat;
  }
}

export class FakeCellValueConditionalFormat extends FakeFormatDetail implements Pick<Excel.CellValueConditionalFormat, 'rule' | 'format' | 'load'> {
  protected _readers() {
    return { rule: this._detailReader('rule') };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format as unknown as FakeObject<unknown> : undefined;
  }

  get rule(): Excel.ConditionalCellValueRule { return this._read('rule'); }

  set rule(rule: Excel.ConditionalCellValueRule) {
    this._setDetail('rule', rule, (value, location) => {
      const r = value as Excel.ConditionalCellValueRule;
      const operators = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
      if (!r || !operators.includes(String(r.operator)) || !r.formula1) throw officeError('InvalidArgument', undefined, location);
      return r;
    });
  }

  get format(): Excel.ConditionalRangeFormat {
    return this._part('format', FakeConditionalRangeFormat, ['format']) as unknown as Excel.ConditionalRangeFormat;
  }

  load(option?: LoadArgument): Excel.CellValueConditionalFormat {
    return this._load(option) as unknown as Excel.CellValueConditionalFormat;
  }
}

export class FakeConditionalFormatRule extends FakeFormatDetail implements Pick<Excel.ConditionalFormatRule, 'formula' | 'load'> {
  protected _readers() {
    return { formula: this._detailReader('formula') };
  }

  get formula(): string { return this._read('formula'); }

  set formula(formula: string) {
    this._setDetail('formula', formula, (value, location) => {
      if (typeof value !== 'string' || value === '') throw officeError('InvalidArgument', undefined, location);
      return value;
    });
  }

  load(option?: LoadArgument): Excel.ConditionalFormatRule {
    return this._load(option) as unknown as Excel.ConditionalFormatRule;
  }
}

export class FakeConditionalRangeFormat extends FakeFormatDetail implements Pick<Excel.ConditionalRangeFormat, 'fill' | 'font' | 'load'> {
  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    if (name === 'fill') return this.fill as unknown as FakeObject<unknown>;
    if (name === 'font') return this.font as unknown as FakeObject<unknown>;
    return undefined;
  }

  get fill(): Excel.ConditionalRangeFill {
    return this._part('fill', FakeConditionalRangeFill, [...this._keys, 'fill']) as unknown as Excel.ConditionalRangeFill;
  }

  get font(): Excel.ConditionalRangeFont {
    return this._part('font', FakeConditionalRangeFont, [...this._keys, 'font']) as unknown as Excel.ConditionalRangeFont;
  }

  load(option?: LoadArgument): Excel.ConditionalRangeFormat {
    return this._load(option) as unknown as Excel.ConditionalRangeFormat;
  }
}

export class FakeConditionalRangeFill extends FakeFormatDetail implements Pick<Excel.ConditionalRangeFill, 'color' | 'load'> {
  protected _readers() {
    return { color: this._detailReader('color') };
  }

  get color(): string { return this._read('color'); }
  set color(colour: string) { this._setDetail('color', colour, normaliseColour); }

  load(option?: LoadArgument): Excel.ConditionalRangeFill {
    return this._load(option) as unknown as Excel.ConditionalRangeFill;
  }
}

export class FakeConditionalRangeFont extends FakeFormatDetail implements Pick<Excel.ConditionalRangeFont, 'color' | 'bold' | 'italic' | 'load'> {
  protected _readers() {
    return { color: this._detailReader('color'), bold: this._detailReader('bold'), italic: this._detailReader('italic') };
  }

  get color(): string { return this._read('color'); }
  set color(colour: string) { this._setDetail('color', colour, normaliseColour); }
  get bold(): boolean { return this._read('bold'); }
  set bold(bold: boolean) { this._setDetail('bold', bold); }
  get italic(): boolean { return this._read('italic'); }
  set italic(italic: boolean) { this._setDetail('italic', italic); }

  load(option?: LoadArgument): Excel.ConditionalRangeFont {
    return this._load(option) as unknown as Excel.ConditionalRangeFont;
  }
}
