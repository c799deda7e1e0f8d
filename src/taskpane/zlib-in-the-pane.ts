/**
 * The one function of Node's zlib that the file reader (src/xlsx/read.ts) calls, for the pane,
 * which reads returned rater forms in the browser: webpack and the pane's type check put this
 * module where the reader imports 'zlib'. The same contract: a raw deflate stream inflated in one
 * go, stopping with ERR_BUFFER_TOO_LARGE as soon as the output passes maxOutputLength.
 */
import { Inflate } from 'fflate';

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number; chunkSize?: number } = {}): Uint8Array {
  const max = options.maxOutputLength ?? Number.MAX_SAFE_INTEGER;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw Object.assign(new RangeError(`Inflated data passes ${max} bytes.`), { code: 'ERR_BUFFER_TOO_LARGE' });
    chunks.push(chunk);
  });
  inflate.push(data, true);
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
