// Draws the extension's toolbar/store icons (no image tools needed): three lines of "text", aligned
// right like Arabic, one of them highlighted. Writes icon-<size>.png into the directory given.
//   node scripts/make-icons.mjs dist/extension/icons
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [124, 58, 6], INK = [255, 253, 248], MARK = [253, 224, 71];

function pixel(x, y) { // x, y in 0..1; returns [r, g, b, a]
  const r = 0.2, cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0]; // rounded corners
  const lines = [[0.26, 0.16], [0.46, 0.34], [0.66, 0.22]]; // [y, left end] of each line (right-aligned at 0.84)
  for (const [i, [ly, left]] of lines.entries()) {
    if (Math.abs(y - ly) < 0.055 && x > left && x < 0.84) return [...(i === 1 ? MARK : INK), 255];
  }
  return [...BG, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling: smooth edges at 16 px.
      const acc = [0, 0, 0, 0];
      for (let s = 0; s < 16; s++) {
        const p = pixel((x + (s % 4 + 0.5) / 4) / size, (y + (Math.floor(s / 4) + 0.5) / 4) / size);
        for (let c = 0; c < 3; c++) acc[c] += p[c] * p[3];
        acc[3] += p[3];
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = acc[3] ? Math.round(acc[c] / acc[3]) : 0;
      raw[o + 3] = Math.round(acc[3] / 16);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = process.argv[2];
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`${dir}/icon-${size}.png`, png(size));
