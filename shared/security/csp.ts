/**
 * The one Content-Security-Policy of the renderer: nothing remote, no eval. Styles may be inline
 * because MUI (emotion) injects <style> tags at run time; blob: images are the pages of the
 * document preview.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ')
