// The page's Content-Security-Policy forbids every fetch (connect-src 'none'), the app's
// own files included, so the wasm comes base64-encoded inside a script module, which
// script-src 'self' allows, instead of as a .wasm file to fetch.
import init from './web.js';
import wasm from './web_bg.wasm.js';

const bytes = Uint8Array.fromBase64
  ? Uint8Array.fromBase64(wasm)
  : Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0));
await init({ module_or_path: bytes });
