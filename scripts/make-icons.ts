// Draws Rapport's icon (two overlapping rings on an indigo rounded square: two people in step) as PNGs at the sizes
// the manifest names. Run `npx tsx scripts/make-icons.ts`; the output is committed under public/icons/.
import {deflateSync} from 'node:zlib';
import {writeFileSync} from 'node:fs';

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, {level: 9})), chunk('IEND', Buffer.alloc(0))]);
}

const clamp = (value: number) => Math.max(0, Math.min(1, value));

function icon(size: number): Buffer {
  const samples = 4; // supersampling per axis, for smooth edges at 16 px
  return png(size, (px, py) => {
    let bg = 0;
    let ring = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const x = (px + (sx + 0.5) / samples) / size - 0.5;
        const y = (py + (sy + 0.5) / samples) / size - 0.5;
        const corner = 0.22;
        const qx = Math.max(Math.abs(x) - (0.5 - corner), 0);
        const qy = Math.max(Math.abs(y) - (0.5 - corner), 0);
        const inSquare = Math.hypot(qx, qy) <= corner;
        if (!inSquare) continue;
        bg++;
        const onRing = (cx: number) => Math.abs(Math.hypot(x - cx, y) - 0.2) < 0.055;
        if (onRing(-0.1) || onRing(0.1)) ring++;
      }
    }
    const total = samples * samples;
    const alpha = clamp(bg / total);
    const white = bg === 0 ? 0 : ring / bg;
    const [r, g, b] = [52, 81, 178].map((channel) => Math.round(channel + (255 - channel) * white));
    return [r!, g!, b!, Math.round(alpha * 255)];
  });
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
console.info('wrote public/icons/icon-{16,32,48,128}.png');
