import { describe, expect, it } from 'vitest'
import { parsePpm, pixelAt } from './lib/ppm'

function ppm(header: string, pixels: number[]): Uint8Array {
  const head = new TextEncoder().encode(header)
  const bytes = new Uint8Array(head.length + pixels.length)
  bytes.set(head)
  bytes.set(pixels, head.length)
  return bytes
}

describe('parsePpm', () => {
  it('reads width, height and RGB pixels row by row', () => {
    const image = parsePpm(ppm('P6\n2 2\n255\n', [255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]))
    expect(image.width).toBe(2)
    expect(image.height).toBe(2)
    expect(pixelAt(image, 0, 0)).toEqual({ r: 255, g: 0, b: 0 })
    expect(pixelAt(image, 1, 0)).toEqual({ r: 0, g: 255, b: 0 })
    expect(pixelAt(image, 0, 1)).toEqual({ r: 0, g: 0, b: 255 })
    expect(pixelAt(image, 1, 1)).toEqual({ r: 10, g: 20, b: 30 })
  })

  it('skips comments and mixed whitespace in the header', () => {
    const image = parsePpm(ppm('P6 # made by hand\n1\t1 255\n', [1, 2, 3]))
    expect(pixelAt(image, 0, 0)).toEqual({ r: 1, g: 2, b: 3 })
  })

  it('keeps a first pixel byte that looks like whitespace (one separator only)', () => {
    const image = parsePpm(ppm('P6\n1 1\n255\n', [0x0a, 0x20, 0x09]))
    expect(pixelAt(image, 0, 0)).toEqual({ r: 0x0a, g: 0x20, b: 0x09 })
  })

  it('refuses other formats and short data', () => {
    expect(() => parsePpm(ppm('P3\n1 1\n255\n', [0, 0, 0]))).toThrow(/P6/)
    expect(() => parsePpm(ppm('P6\n1 1\n65535\n', [0, 0, 0, 0, 0, 0]))).toThrow(/8-bit/)
    expect(() => parsePpm(ppm('P6\n2 1\n255\n', [0, 0, 0]))).toThrow(/shorter/)
    expect(() => parsePpm(ppm('P6\n2', []))).toThrow(/header/)
  })
})
