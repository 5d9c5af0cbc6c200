/**
 * The Content Security Policy the renderer runs under, whichever transport serves
 * it (app:// in Electron, the dev bridge in a browser). No 'unsafe-eval': pdf.js
 * runs with isEvalSupported:false and its worker is bundled, so 'self' covers
 * scripts and workers. index.html carries the same policy as a meta tag.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');
