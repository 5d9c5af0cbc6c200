#!/usr/bin/env node
/**
 * Draws LedgerBridge's icons as PNGs with a tiny encoder (node:zlib, no image
 * library): the app icon and the tray states ok / working / attention / setup at
 * 16, 32 and 256 px. Run: node build/make-icons.mjs (outputs next to this file).
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** RGBA pixels (Uint8Array, size*size*4) → PNG bytes. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const COLORS = {
  ok: [30, 123, 75],
  working: [31, 95, 168],
  attention: [196, 50, 40],
  /** Not set up yet: nothing is synced, so no state colour of the running app. */
  setup: [110, 119, 130],
  app: [22, 33, 46],
};

/**
 * The mark: a rounded square with two "ledger" bars joined by a bridge arc.
 * Coverage is supersampled 4×4 per pixel so small sizes stay crisp.
 */
function draw(size, [r, g, b], badge) {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      let dot = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          const inside = roundedSquare(u, v, 0.06, 0.2);
          if (!inside) continue;
          cover++;
          if (mark(u, v)) white++;
          if (badge && Math.hypot(u - 0.78, v - 0.78) < 0.17) dot++;
        }
      }
      const i = (y * size + x) * 4;
      const n = S * S;
      const fw = white / Math.max(cover, 1);
      px[i] = Math.round(r + (255 - r) * fw);
      px[i + 1] = Math.round(g + (255 - g) * fw);
      px[i + 2] = Math.round(b + (255 - b) * fw);
      px[i + 3] = Math.round((255 * cover) / n);
      if (dot > 0) {
        const fd = dot / n;
        px[i] = Math.round(px[i] * (1 - fd) + 255 * fd);
        px[i + 1] = Math.round(px[i + 1] * (1 - fd) + 196 * fd);
        px[i + 2] = Math.round(px[i + 2] * (1 - fd) + 0 * fd);
        px[i + 3] = Math.max(px[i + 3], Math.round(255 * fd));
      }
    }
  }
  return px;
}
function roundedSquare(u, v, margin, radius) {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const dx = Math.max(lo - u, 0, u - hi);
  const dy = Math.max(lo - v, 0, v - hi);
  return u >= margin && u <= 1 - margin && v >= margin && v <= 1 - margin && Math.hypot(dx, dy) <= radius;
}
function mark(u, v) {
  const leftBar = u > 0.24 && u < 0.36 && v > 0.3 && v < 0.76;
  const rightBar = u > 0.64 && u < 0.76 && v > 0.3 && v < 0.76;
  const d = Math.hypot(u - 0.5, v - 0.62);
  const arc = d > 0.2 && d < 0.3 && v < 0.62 && u > 0.24 && u < 0.76;
  const deck = v > 0.58 && v < 0.66 && u > 0.24 && u < 0.76;
  return leftBar || rightBar || arc || deck;
}

function write(path, size, color, badge = false) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodePng(size, draw(size, color, badge)));
}

// electron-builder: build/icon.png (≥512) for all platforms, build/icons/<n>x<n>.png for Linux.
write(join(here, 'icon.png'), 512, COLORS.app);
for (const size of [16, 32, 48, 64, 128, 256, 512]) write(join(here, 'icons', `${size}x${size}.png`), size, COLORS.app);
// Tray: tray-<state>.png (16 px) + @2x (32 px) picked by Electron on HiDPI; 256 px for docs and notifications.
for (const state of ['ok', 'working', 'attention', 'setup']) {
  const color = COLORS[state];
  write(join(here, 'tray', `tray-${state}.png`), 16, color, state === 'attention');
  write(join(here, 'tray', `tray-${state}@2x.png`), 32, color, state === 'attention');
  write(join(here, 'tray', `tray-${state}-256.png`), 256, color, state === 'attention');
}
console.log('icons written to', here);
