import { describe, expect, it } from 'vitest'
import {
  centreX,
  characterCount,
  decodeEntities,
  linesContaining,
  parseBboxLayout,
} from './lib/bbox'
import { MM_PER_PT } from './lib/units'

const SAMPLE = `<doc>
  <page width="595.303937" height="841.889764">
    <flow><block xMin="1" yMin="1" xMax="2" yMax="2">
      <line xMin="79.5" yMin="200.4" xMax="520.54" yMax="221.2">
        <word xMin="79.5" yMin="200.4" xMax="520.54" yMax="221.2">为深入贯彻&amp;落实</word>
      </line>
    </block>
    <block xMin="1" yMin="1" xMax="2" yMax="2">
      <line xMin="100" yMin="100" xMax="200" yMax="120">
        <word xMin="100" yMin="100" xMax="120" yMax="120">—</word>
        <word xMin="130" yMin="100" xMax="140" yMax="120">1</word>
        <word xMin="150" yMin="100" xMax="200" yMax="120">—</word>
      </line>
    </block></flow>
  </page>
  <page width="100" height="200"><flow></flow></page>
</doc>`

describe('parseBboxLayout', () => {
  const pages = parseBboxLayout(SAMPLE)

  it('reads pages with their size in mm', () => {
    expect(pages).toHaveLength(2)
    expect(pages[0]?.width).toBeCloseTo(210, 1)
    expect(pages[0]?.height).toBeCloseTo(297, 1)
    expect(pages[1]?.number).toBe(2)
    expect(pages[1]?.lines).toEqual([])
  })

  it('reads lines top to bottom with boxes in mm and words joined by spaces', () => {
    const [first, second] = pages[0]?.lines ?? []
    expect(first?.text).toBe('— 1 —')
    expect(first?.top).toBeCloseTo(100 * MM_PER_PT, 6)
    expect(second?.text).toBe('为深入贯彻&落实')
    expect(second?.left).toBeCloseTo(28.05, 2)
    expect(second?.words).toHaveLength(1)
  })

  it('finds lines by their text and counts characters without spaces', () => {
    const page = pages[0]
    if (!page) throw new Error('no page')
    const [line] = linesContaining(page, '—1—')
    expect(line?.text).toBe('— 1 —')
    expect(line && characterCount(line)).toBe(3)
    expect(line && centreX(line)).toBeCloseTo(150 * MM_PER_PT, 6)
  })
})

describe('decodeEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&lt;a&gt; &quot;&apos; &#20013;&#x6587;')).toBe(`<a> "' 中文`)
    expect(decodeEntities('&unknown;')).toBe('&unknown;')
  })
})
