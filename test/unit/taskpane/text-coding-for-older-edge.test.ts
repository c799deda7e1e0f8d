import { installTextCoding } from '../../../src/taskpane/text-coding-for-older-edge';

const TEXT = 'Zoë Ærø – Straße ✓ 東京 😀';

describe('UTF-8 text coding for the older Edge', () => {
  it('adds an encoder and a decoder that code text as the built-in ones do', () => {
    const scope: Record<string, unknown> = {};
    installTextCoding(scope);
    const Encoder = scope.TextEncoder as typeof TextEncoder;
    const Decoder = scope.TextDecoder as typeof TextDecoder;
    const bytes = new Encoder().encode(TEXT);
    expect([...bytes]).toEqual([...new TextEncoder().encode(TEXT)]);
    const padded = new Uint8Array([60, ...bytes, 62]);
    expect(new Decoder().decode(padded.subarray(1, padded.length - 1))).toBe(TEXT);
    expect(new Decoder().decode(bytes.buffer)).toBe(TEXT);
    expect(new Decoder().decode()).toBe('');
  });

  it('leaves the ones a browser has alone', () => {
    const scope: Record<string, unknown> = { TextEncoder, TextDecoder };
    installTextCoding(scope);
    expect(scope.TextEncoder).toBe(TextEncoder);
    expect(scope.TextDecoder).toBe(TextDecoder);
  });
});
