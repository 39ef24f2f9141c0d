import type { Block } from './definition'

/** The blocks generators write most: a paragraph, and headings (h2 with text run in after it). */
export const p = (text: string): Block => ({ type: 'p', text })
export const h1 = (text: string): Block => ({ type: 'h1', text })
export const h2 = (text: string, run?: string): Block => ({
  type: 'h2',
  text,
  ...(run ? { run } : {}),
})
