#!/usr/bin/env node
/**
 * Draws the add-in's icons (our own artwork) and writes them to assets/ as PNG.
 * Run it after changing the drawing: `node scripts/make-icons.js`.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ACCENT = [15, 108, 189];
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/** Coverage of the shapes at a point in a unit square, as a colour and an alpha. */
function partnering(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const ring = (cx, cy) => Math.abs(Math.hypot(x - cx, y - cy) - 0.2) < 0.055;
  return ring(0.38, 0.5) || ring(0.62, 0.5) ? WHITE : ACCENT;
}

function checkMark(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const nearSegment = (ax, ay, bx, by) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < 0.07;
  };
  return nearSegment(0.26, 0.52, 0.43, 0.69) || nearSegment(0.43, 0.69, 0.75, 0.33) ? WHITE : ACCENT;
}

function insideRoundedSquare(x, y) {
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function render(shape, size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a); rgba[i + 1] = Math.round(g / a); rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return encodePng(size, size, rgba);
}

function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32 ? zlib.crc32(body) : crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), render(partnering, size));
}
for (const size of [16, 32, 80]) {
  fs.writeFileSync(path.join(out, `check-${size}.png`), render(checkMark, size));
}
console.log(`Icons written to ${path.relative(process.cwd(), out) || '.'}`);
