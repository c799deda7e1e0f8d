/**
 * TextEncoder and TextDecoder for UTF-8, where the older Edge (EdgeHTML), in which some Excel
 * builds with ExcelApi 1.9 still show add-ins, has neither (they came to Edge with Chromium, 79).
 * The file reader the Raters tab runs on returned forms makes one of each as it loads, so this
 * goes in first (excel-gateway.ts). fflate decodes without them when they are missing.
 */
import { strFromU8, strToU8 } from 'fflate';

class Utf8Encoder {
  readonly encoding = 'utf-8';

  encode(text = ''): Uint8Array {
    return strToU8(text);
  }
}

class Utf8Decoder {
  readonly encoding = 'utf-8';

  decode(bytes?: ArrayBuffer | ArrayBufferView): string {
    if (bytes === undefined) return '';
    const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return strFromU8(view);
  }
}

/** Adds each of the two that `scope` (the window) lacks; one it has is left as it is. */
export function installTextCoding(scope: object = window): void {
  const has = scope as Record<string, unknown>;
  if (typeof has.TextEncoder !== 'function') has.TextEncoder = Utf8Encoder;
  if (typeof has.TextDecoder !== 'function') has.TextDecoder = Utf8Decoder;
}
