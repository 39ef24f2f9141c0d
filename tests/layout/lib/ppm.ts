/**
 * A reader for binary PPM (P6) images as written by `pdftoppm -ppm`. Parsed by hand so that the
 * tests need no image library: the format is a short ASCII header then raw RGB bytes.
 */

export interface RgbImage {
  readonly width: number
  readonly height: number
  /** RGB triplets, row by row, 8 bits a channel. */
  readonly data: Uint8Array
}

export interface Rgb {
  readonly r: number
  readonly g: number
  readonly b: number
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
}

/** Parses a P6 image; throws on anything else (P3, 16-bit) because pdftoppm never writes it. */
export function parsePpm(bytes: Uint8Array): RgbImage {
  let position = 0
  const tokens: string[] = []
  // The header is four tokens (magic, width, height, maxval); '#' starts a comment to line end.
  while (tokens.length < 4) {
    while (position < bytes.length && isSpace(bytes[position] ?? 0)) position++
    if (bytes[position] === 0x23) {
      while (position < bytes.length && bytes[position] !== 0x0a) position++
      continue
    }
    const start = position
    while (position < bytes.length && !isSpace(bytes[position] ?? 0)) position++
    if (start === position) throw new Error('PPM: header ends early')
    tokens.push(new TextDecoder().decode(bytes.subarray(start, position)))
  }
  // Exactly one whitespace byte separates the header from the pixels.
  position++
  const [magic, widthText, heightText, maxText] = tokens as [string, string, string, string]
  if (magic !== 'P6') throw new Error(`PPM: expected P6, found ${magic}`)
  const width = Number(widthText)
  const height = Number(heightText)
  if (Number(maxText) !== 255)
    throw new Error(`PPM: only 8-bit images are read (maxval ${maxText})`)
  const size = width * height * 3
  if (bytes.length - position < size)
    throw new Error('PPM: pixel data is shorter than the header says')
  return { width, height, data: bytes.subarray(position, position + size) }
}

export function pixelAt(image: RgbImage, x: number, y: number): Rgb {
  const offset = (y * image.width + x) * 3
  return {
    r: image.data[offset] ?? 0,
    g: image.data[offset + 1] ?? 0,
    b: image.data[offset + 2] ?? 0,
  }
}
