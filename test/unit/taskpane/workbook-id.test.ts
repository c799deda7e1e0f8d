import { webcrypto } from 'crypto';
import { newWorkbookId } from '../../../src/taskpane/workbook-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a new workbook id', () => {
  it('is a version 4 UUID where the browser has crypto.randomUUID', () => {
    expect(newWorkbookId(webcrypto)).toMatch(UUID_V4);
  });

  it('is still a version 4 UUID, and a new one each time, where the browser has only getRandomValues', () => {
    const older = { getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array) };
    const ids = Array.from({ length: 50 }, () => newWorkbookId(older));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    const all = (value: number) => ({ getRandomValues: (array: Uint8Array) => array.fill(value) });
    expect(newWorkbookId(all(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newWorkbookId(all(0x00))).toBe('00000000-0000-4000-8000-000000000000');
  });
});
