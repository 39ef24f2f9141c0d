/**
 * Draws the app icon and writes it as PNG files for electron-builder:
 * build/icon.png (512×512, also used for Windows, where electron-builder makes the .ico)
 * and build/icons/<n>x<n>.png (the Linux icon set for .deb and AppImage).
 *
 * The mark is two interlocking rings (协 = working together) on a calm blue rounded square.
 * Drawn in code with 4×4 supersampling and written with node:zlib only, so the icon can be
 * rebuilt anywhere without fonts or image tools: `npx tsx scripts/make-icon.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

type Rgba = readonly [number, number, number, number]

const TOP_BLUE: Rgba = [46, 111, 191, 255] // #2E6FBF
const BOTTOM_BLUE: Rgba = [28, 76, 140, 255] // #1C4C8C
const RING_A: Rgba = [255, 255, 255, 255]
const RING_B: Rgba = [207, 230, 255, 255] // #CFE6FF
const CLEAR: Rgba = [0, 0, 0, 0]

/** The design on a 512-unit canvas. */
const DESIGN = {
  margin: 24,
  cornerRadius: 104,
  ringRadius: 104,
  ringWidth: 36,
  ringOffset: 66,
  gap: 12,
} as const

function background(y: number): Rgba {
  const t = Math.min(1, Math.max(0, y / 512))
  return [0, 1, 2, 3].map((i) =>
    Math.round((TOP_BLUE[i] ?? 0) * (1 - t) + (BOTTOM_BLUE[i] ?? 0) * t),
  ) as unknown as Rgba
}

function insideRoundedSquare(x: number, y: number): boolean {
  const { margin, cornerRadius: r } = DESIGN
  const min = margin
  const max = 512 - margin
  if (x < min || x > max || y < min || y > max) return false
  const cx = Math.min(Math.max(x, min + r), max - r)
  const cy = Math.min(Math.max(y, min + r), max - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

function onRing(x: number, y: number, cx: number, width: number): boolean {
  const distance = Math.hypot(x - cx, y - 256)
  return Math.abs(distance - DESIGN.ringRadius) <= width / 2
}

/** Colour of one sample point, in design units. */
function sample(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y)) return CLEAR
  const { ringWidth, ringOffset, gap } = DESIGN
  const ax = 256 - ringOffset
  const bx = 256 + ringOffset
  // Ring A lies over ring B in the upper crossing and under it in the lower one: interlocked.
  const [over, overX, under, underX] = y < 256 ? [RING_A, ax, RING_B, bx] : [RING_B, bx, RING_A, ax]
  if (onRing(x, y, overX, ringWidth)) return over
  if (onRing(x, y, overX, ringWidth + 2 * gap)) return background(y)
  if (onRing(x, y, underX, ringWidth)) return under
  return background(y)
}

/** Renders the icon at size×size pixels as RGBA rows. */
function render(size: number): Uint8Array {
  const samples = 4
  const pixels = new Uint8Array(size * size * 4)
  const scale = 512 / size
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = sample(
            (px + (sx + 0.5) / samples) * scale,
            (py + (sy + 0.5) / samples) * scale,
          )
          // Premultiplied, so transparent corners do not darken the edge.
          r += cr * ca
          g += cg * ca
          b += cb * ca
          a += ca
        }
      }
      const offset = (py * size + px) * 4
      pixels[offset] = a === 0 ? 0 : Math.round(r / a)
      pixels[offset + 1] = a === 0 ? 0 : Math.round(g / a)
      pixels[offset + 2] = a === 0 ? 0 : Math.round(b / a)
      pixels[offset + 3] = Math.round(a / (samples * samples))
    }
  }
  return pixels
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering, zlib-compressed). */
function encodePng(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0 // filter: none
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ])
}

const buildDir = fileURLToPath(new URL('../build/', import.meta.url))
mkdirSync(`${buildDir}icons`, { recursive: true })
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  const png = encodePng(size, render(size))
  writeFileSync(`${buildDir}icons/${size}x${size}.png`, png)
  if (size === 512) writeFileSync(`${buildDir}icon.png`, png)
}
console.log('icons written to build/icon.png and build/icons/')
