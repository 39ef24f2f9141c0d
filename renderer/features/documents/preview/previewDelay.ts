/**
 * How long the editor waits after the last keystroke before it renders the preview: long enough
 * not to render on every key, short enough that a 10-page document updates within a second
 * (checked by `npm run bench`, which reads this value).
 */
export const PREVIEW_DELAY_MS = 350
