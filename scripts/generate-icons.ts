/**
 * Writes the installable app's icons (public/icons/*.png) from app/icon.svg with sharp:
 * 192 and 512 px, and a maskable 512 px whose mark sits in the middle 60 % on the brand
 * green (the safe zone of a maskable icon is the central circle of 80 %).
 * Run again after changing the logo: `npx tsx scripts/generate-icons.ts`.
 */
import { readFileSync } from "node:fs";
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
console.log("icons written to public/icons");
