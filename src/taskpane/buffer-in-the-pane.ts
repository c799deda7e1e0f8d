/**
 * What the file reader (src/xlsx) uses of Node's Buffer, for the pane, which reads returned rater
 * forms in the browser: webpack and the pane's type check put this module where the reader
 * imports 'buffer'. Bytes over the same memory, compared as Buffer.compare does, and joined.
 */
export type Buffer = Uint8Array & {
  /** As Node's: -1, 0 or 1 comparing this[sourceStart, sourceEnd) with target[targetStart, targetEnd). */
  compare(target: Uint8Array, targetStart: number, targetEnd: number, sourceStart: number, sourceEnd: number): number;
};

function compare(this: Uint8Array, target: Uint8Array, targetStart: number, targetEnd: number, sourceStart: number, sourceEnd: number): number {
  const length = Math.min(sourceEnd - sourceStart, targetEnd - targetStart);
  for (let i = 0; i < length; i++) {
    const a = this[sourceStart + i];
    const b = target[targetStart + i];
    if (a !== b) return a < b ? -1 : 1;
  }
  const a = sourceEnd - sourceStart;
  const b = targetEnd - targetStart;
  return a === b ? 0 : a < b ? -1 : 1;
}

export const Buffer = {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Buffer {
    return Object.assign(new Uint8Array(buffer, byteOffset, length), { compare });
  },
  concat(list: readonly Uint8Array[]): Buffer {
    const joined = new Uint8Array(list.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of list) {
      joined.set(part, at);
      at += part.length;
    }
    return Object.assign(joined, { compare });
  },
};
