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
