/**
 * Draws the demo lead images: calm editorial illustrations made from SVG shapes and rendered
 * to JPEG with sharp, so the demo needs no downloaded photos.
 */
import sharp from "sharp";
import type { ImageMotif } from "./types";

export const demoImageWidth = 1600;
export const demoImageHeight = 900;

const hsl = (h: number, s: number, l: number) => `hsl(${((h % 360) + 360) % 360} ${s}% ${l}%)`;

function motifShapes(motif: ImageMotif, hue: number, seed: number): string {
  const accent = hsl(hue + 40, 55, 70);
  const deep = hsl(hue, 45, 22);
  const soft = hsl(hue - 20, 35, 85);
  const r = (n: number) => (Math.sin(seed * 9301 + n * 49297) + 1) / 2;
  switch (motif) {
    case "skyline":
      return Array.from({ length: 14 }, (_, i) => {
        const w = 80 + r(i) * 70;
        const h = 180 + r(i + 50) * 420;
        const x = i * 118 - 20;
        return `<rect x="${x}" y="${900 - h}" width="${w}" height="${h}" fill="${i % 3 ? deep : accent}" opacity="${0.55 + r(i + 9) * 0.4}"/>`;
      }).join("");
    case "waves":
      return Array.from({ length: 6 }, (_, i) => {
        const y = 420 + i * 80;
        return `<path d="M0 ${y} C 400 ${y - 120}, 800 ${y + 120}, 1600 ${y - 40} L1600 900 L0 900 Z" fill="${i % 2 ? deep : accent}" opacity="${0.25 + i * 0.1}"/>`;
      }).join("");
    case "chart":
      return (
        Array.from({ length: 10 }, (_, i) => {
          const h = 120 + r(i) * 500;
          return `<rect x="${170 + i * 130}" y="${780 - h}" width="80" height="${h}" rx="6" fill="${i === 7 ? accent : deep}" opacity="0.85"/>`;
        }).join("") + `<line x1="120" y1="780" x2="1500" y2="780" stroke="${soft}" stroke-width="6"/>`
      );
    case "leaf":
      return Array.from({ length: 7 }, (_, i) => {
        const cx = 200 + i * 210;
        const cy = 450 + (r(i) - 0.5) * 300;
        return `<ellipse cx="${cx}" cy="${cy}" rx="90" ry="220" transform="rotate(${-40 + r(i + 3) * 80} ${cx} ${cy})" fill="${i % 2 ? accent : deep}" opacity="0.8"/>`;
      }).join("");
    case "circuit":
      return Array.from({ length: 16 }, (_, i) => {
        const y = 100 + i * 48;
        const x = 100 + r(i) * 600;
        return `<path d="M${x} ${y} H${x + 300 + r(i + 7) * 500} V${y + 60}" stroke="${i % 4 ? soft : accent}" stroke-width="8" fill="none" opacity="0.7"/><circle cx="${x}" cy="${y}" r="14" fill="${accent}"/>`;
      }).join("");
    case "columns":
      return (
        `<polygon points="200,260 800,110 1400,260" fill="${soft}" opacity="0.9"/>` +
        Array.from(
          { length: 7 },
          (_, i) => `<rect x="${250 + i * 170}" y="300" width="90" height="480" fill="${soft}" opacity="0.85"/>`,
        ).join("") +
        `<rect x="180" y="780" width="1240" height="50" fill="${soft}"/>`
      );
    case "globe":
      return (
        `<circle cx="800" cy="450" r="330" fill="${deep}" opacity="0.8"/>` +
        Array.from(
          { length: 5 },
          (_, i) =>
            `<ellipse cx="800" cy="450" rx="${60 + i * 70}" ry="330" fill="none" stroke="${accent}" stroke-width="5"/>`,
        ).join("") +
        Array.from(
          { length: 5 },
          (_, i) =>
            `<line x1="${470 + Math.abs(i - 2) * 40}" y1="${190 + i * 130}" x2="${1130 - Math.abs(i - 2) * 40}" y2="${190 + i * 130}" stroke="${accent}" stroke-width="5"/>`,
        ).join("")
      );
    case "sun":
      return (
        `<circle cx="1150" cy="300" r="170" fill="${accent}"/>` +
        Array.from({ length: 12 }, (_, i) => {
          const a = (i * Math.PI) / 6;
          return `<line x1="${1150 + Math.cos(a) * 210}" y1="${300 + Math.sin(a) * 210}" x2="${1150 + Math.cos(a) * 290}" y2="${300 + Math.sin(a) * 290}" stroke="${accent}" stroke-width="14" stroke-linecap="round"/>`;
        }).join("") +
        `<path d="M0 700 Q 500 520 1000 680 T 1600 640 V900 H0 Z" fill="${deep}"/>`
      );
  }
}

/** A JPEG illustration for a story; `seed` varies the composition between stories. */
export async function drawDemoImage(motif: ImageMotif, hue: number, seed: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${demoImageWidth}" height="${demoImageHeight}" viewBox="0 0 1600 900">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${hsl(hue, 40, 46)}"/><stop offset="1" stop-color="${hsl(hue + 30, 45, 28)}"/>
  </linearGradient></defs>
  <rect width="1600" height="900" fill="url(#bg)"/>
  ${motifShapes(motif, hue, seed)}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** A calm illustrated portrait (head-and-shoulders silhouette) for a demo author. */
export async function drawDemoPortrait(hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${hsl(hue, 35, 78)}"/><stop offset="1" stop-color="${hsl(hue, 40, 62)}"/>
  </linearGradient></defs>
  <rect width="480" height="480" fill="url(#bg)"/>
  <ellipse cx="240" cy="470" rx="190" ry="150" fill="${hsl(hue + 180, 25, 28)}"/>
  <rect x="212" y="265" width="56" height="60" rx="20" fill="${hsl(25, 45, 62)}"/>
  <circle cx="240" cy="200" r="92" fill="${hsl(25, 45, 68)}"/>
  <path d="M148 196 C 150 110, 330 100, 334 190 C 320 150, 180 140, 148 196 Z" fill="${hsl(hue + 20, 30, 22)}"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}
