/**
 * Writes the installable app's icons (public/icons/*.png) from app/icon.svg with sharp:
 * 192 and 512 px, and a maskable 512 px whose mark sits in the middle 60 % on the brand
 * green (the safe zone of a maskable icon is the central circle of 80 %). And
 * app/favicon.ico (16 and 32 px PNGs in an ICO container), for the browsers and tools
 * that ask for /favicon.ico whatever the page's <link rel="icon"> says.
 * Run again after changing the logo: `npx tsx scripts/generate-icons.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"));
const out = (name: string) => path.join(root, "public/icons", name);
const BRAND = "#047857";

for (const size of [192, 512]) {
  await sharp(svg, { density: 1200 })
    .resize(size, size)
    .png()
    .toFile(out(`icon-${size}.png`));
}
const inner = Math.round(512 * 0.6);
const mark = await sharp(svg, { density: 1200 }).resize(inner, inner).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: BRAND } })
  .composite([{ input: mark, gravity: "center" }])
  .png()
  .toFile(out("icon-maskable-512.png"));

// ICO: a 6-byte header, one 16-byte entry per image, then the images (PNG data is allowed).
const images = await Promise.all(
  [16, 32].map(async (size) => ({ size, png: await sharp(svg, { density: 1200 }).resize(size, size).png().toBuffer() })),
);
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map(({ size, png }) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size, 0); // width
  entry.writeUInt8(size, 1); // height
  entry.writeUInt8(0, 2); // no palette
  entry.writeUInt8(0, 3); // reserved
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png.length;
  return entry;
});
writeFileSync(path.join(root, "app/favicon.ico"), Buffer.concat([header, ...entries, ...images.map((i) => i.png)]));
console.log("icons written to public/icons and app/favicon.ico");
