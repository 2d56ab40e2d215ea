// The page's Content-Security-Policy forbids every fetch (connect-src 'none'), the app's
// own files included, so the wasm comes inside a script module, which script-src 'self'
// allows, instead of as a .wasm file to fetch: LZMA-compressed, then base64-encoded (see
// scripts/pack-wasm), and decoded here in plain JavaScript (web/unlzma.js).
import init from './web.js';
import packed, { length } from './web_bg.wasm.js';
import { unlzma } from './unlzma.js';

const lzma = Uint8Array.fromBase64
  ? Uint8Array.fromBase64(packed)
  : Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
await init({ module_or_path: unlzma(lzma, length) });

// The single-file copy ends here.

// After the app runs: the service worker (web/sw.js) keeps the app's own files, so that it
// opens with no network the next time. Where there is none to be had (a file opened from
// disk, a browser that forbids them, private windows in some), the app works as before:
// a failed registration is ignored.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
