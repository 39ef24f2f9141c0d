/** A file the import cannot read, with a Chinese message that says why and what to do. */
export class SheetReadError extends Error {
  override readonly name = 'SheetReadError'
}
