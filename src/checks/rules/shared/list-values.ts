/** The values a dropdown offers: the workbook's own list, since consultants customise them, else the template's. */
import { allLists } from '../../../schema/lists';
import type { RawValue, WorkbookData } from '../../../data/workbook-data';

/** The list as the workbook has it, when it has one with any values. */
export function ownList(data: WorkbookData, listName: string): Array<string | number> | undefined {
  const key = Object.keys(data.lists).find((k) => k.toLowerCase() === listName.toLowerCase());
  const own = key === undefined ? undefined : data.lists[key];
  return own && own.length > 0 ? own : undefined;
}

export function listValues(data: WorkbookData, listName: string): Array<string | number> | undefined {
  return ownList(data, listName) ?? allLists.find((l) => l.name.toLowerCase() === listName.toLowerCase())?.values;
}

/** Excel's list validation ignores case but not spaces: " Open" is not "Open". */
export function isInList(value: RawValue, values: Array<string | number>): boolean {
  const wanted = String(value).toLowerCase();
  return values.some((v) => String(v).toLowerCase() === wanted);
}
