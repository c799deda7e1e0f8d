/** Workbook names: ranges such as `=Dashboard!$C$3` and constants such as `="1.0.0"`. */
import { parseRect, qualifiedAddress, splitSheet } from '../address';
import { officeError } from '../errors';
import { checkNewIdentifier, classifyReference, namedValue } from '../model/names';
import { sameName, type FakeWorkbookState, type NamedItemState } from '../model/state';
import { FakeCollection, FakeObject, type LoadArgument } from './client-object';
import type { Batch, FakeRequestContext } from './context';
import { asFakeRange, FakeRange, type RangeEntity } from './range';

type LocateName = (batch: Batch) => NamedItemState | null;

export class FakeNamedItem extends FakeObject<NamedItemState> implements Pick<Excel.NamedItem, 'name' | 'type' | 'value' | 'formula'
  | 'comment' | 'visible' | 'getRange' | 'getRangeOrNullObject' | 'delete' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: LocateName) {
    super(context, path, 'NamedItem', locate);
  }

  protected override _alive(item: NamedItemState): boolean {
    return this._state().names.includes(item);
  }

  protected _readers() {
    return {
      name: (n: NamedItemState) => n.name,
      type: (n: NamedItemState) => n.type,
      value: (n: NamedItemState) => namedValue(n.type, n.formula),
      formula: (n: NamedItemState) => n.formula,
      comment: (n: NamedItemState) => n.comment,
      visible: (n: NamedItemState) => n.visible,
    };
  }

  get name(): string { return this._read('name'); }
  get type(): Excel.NamedItemType | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Range' | 'Error' | 'Array' { return this._read('type'); }
  get value(): any { return this._read('value'); } // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
  get formula(): any { return this._read('formula'); } // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so

  set formula(formula: any) { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    this._set('formula', formula, (item) => {
      const { type, formula: stored } = classifyReference(String(formula), 'NamedItem.formula');
      item.type = type;
      item.formula = stored;
    });
  }

  get comment(): string { return this._read('comment'); }

  set comment(comment: string) {
    this._set('comment', comment, (item) => { item.comment = comment; });
  }

  get visible(): boolean { return this._read('visible'); }

  set visible(visible: boolean) {
    this._set('visible', visible, (item) => { item.visible = visible; });
  }

  private _target(batch: Batch, orNull: boolean): RangeEntity | null {
    const item = this._resolve(batch);
    if (item === null) return null;
    const { sheet: name, address } = splitSheet(item.formula);
    const sheet = item.type === 'Range' && name !== undefined ? this._state().findSheet(name) : undefined;
    if (!sheet) {
      if (orNull) return null;
      throw officeError('InvalidArgument', `The name ${item.name} does not refer to a range.`, 'NamedItem.getRange');
    }
    return { sheet, rect: parseRect(address, 'NamedItem.getRange') };
  }

  getRange(): Excel.Range {
    return new FakeRange(this._context, `${this._path}.getRange()`, (b) => this._target(b, false)) as unknown as Excel.Range;
  }

  getRangeOrNullObject(): Excel.Range {
    const range = new FakeRange(this._context, `${this._path}.getRangeOrNullObject()`, (b) => this._target(b, true));
    range._queueLookup();
    return range as unknown as Excel.Range;
  }

  delete(): void {
    this._call('delete', null, (item) => {
      const state = this._state();
      state.names = state.names.filter((n) => n !== item);
    });
  }

  load(option?: LoadArgument): Excel.NamedItem {
    return this._load(option) as unknown as Excel.NamedItem;
  }
}

export class FakeNamedItemCollection extends FakeCollection<NamedItemState, FakeNamedItem>
  implements Pick<Excel.NamedItemCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: (batch: Batch) => FakeWorkbookState | null) {
    super(context, path, 'NamedItemCollection', (b) => locate(b)?.names ?? null, false);
  }

  get items(): Excel.NamedItem[] {
    return this._items() as unknown as Excel.NamedItem[];
  }

  protected _item(path: string, locate: LocateName): FakeNamedItem {
    return new FakeNamedItem(this._context, path, locate);
  }

  /** A name for a range, or for a formula given as text (`=Sheet!$A$1`, `="text"`). */
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    let added: NamedItemState | undefined;
    this._queue('add', { name, reference, comment: comment ?? null }, (b) => {
      const state = this._state();
      checkNewIdentifier(state, name, 'NamedItemCollection.add');
      const refersTo = typeof reference === 'string' ? reference : (() => {
        const { sheet, rect } = asFakeRange(reference, 'NamedItemCollection.add')._require(b, 'NamedItemCollection.add');
        return `=${qualifiedAddress(sheet.name, rect, true)}`;
      })();
      const { type, formula } = classifyReference(refersTo, 'NamedItemCollection.add');
      added = { name, type, formula, comment: comment ?? '', visible: true };
      state.names.push(added);
    });
    return this._item(`${this._path}.add(${JSON.stringify(name)})`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'NamedItem');
      return added;
    }) as unknown as Excel.NamedItem;
  }

  getItem(name: string): Excel.NamedItem {
    return this._lookup('getItem', name, (names) => names.find((n) => sameName(n.name, name))) as unknown as Excel.NamedItem;
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return this._lookupOrNull('getItemOrNullObject', name, (names) => names.find((n) => sameName(n.name, name))) as unknown as Excel.NamedItem;
  }

  load(option?: LoadArgument): Excel.NamedItemCollection {
    return this._load(option) as unknown as Excel.NamedItemCollection;
  }
}
