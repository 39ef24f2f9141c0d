/**
 * Full-width ASCII (Ａ–Ｚ, ０–９, －, （）… U+FF01–U+FF5E) and the ideographic space as their half-width
 * forms. A Chinese IME left in full-width mode types codes and phone numbers this way; they look
 * right and are the same characters to the user.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
}
