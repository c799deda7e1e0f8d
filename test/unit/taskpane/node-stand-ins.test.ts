import { Buffer as NodeBuffer } from 'buffer';
import { deflateRawSync, inflateRawSync as nodeInflate } from 'zlib';
import { Buffer as PaneBuffer } from '../../../src/taskpane/buffer-in-the-pane';
import { inflateRawSync } from '../../../src/taskpane/zlib-in-the-pane';

const text = new TextEncoder().encode('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(2000));

describe('the pane\'s stand-ins for what the file reader uses of Node', () => {
  it('inflates what zlib deflated to the same bytes', () => {
    expect(inflateRawSync(deflateRawSync(text))).toEqual(new Uint8Array(nodeInflate(deflateRawSync(text))));
  });

  it('stops past maxOutputLength with the code zlib gives', () => {
    expect(() => inflateRawSync(deflateRawSync(text), { maxOutputLength: 1000 })).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
    expect(() => nodeInflate(deflateRawSync(text), { maxOutputLength: 1000 })).toThrow(expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }));
  });

  it('refuses a damaged stream', () => {
    expect(() => inflateRawSync(deflateRawSync(text).subarray(0, 40))).toThrow();
  });

  it('compares and joins bytes as Buffer does', () => {
    const bytes = new TextEncoder().encode('abcabdabc');
    const ours = PaneBuffer.from(bytes.buffer, 0, bytes.length);
    const node = NodeBuffer.from(bytes.buffer, 0, bytes.length);
    for (const [a, b, c, d] of [[0, 3, 6, 9], [0, 3, 3, 6], [3, 6, 0, 3], [0, 2, 0, 3], [0, 3, 0, 2]]) {
      expect(ours.compare(ours, a, b, c, d)).toBe(node.compare(node, a, b, c, d));
    }
    expect([...PaneBuffer.concat([bytes.subarray(0, 3), bytes.subarray(6)])]).toEqual([...NodeBuffer.concat([bytes.subarray(0, 3), bytes.subarray(6)])]);
  });
});
