// The page's Content-Security-Policy forbids every fetch (connect-src 'none'), the app's
// own files included, so the wasm comes inside a script module, which script-src 'self'
// allows, instead of as a .wasm file to fetch: deflated, then base64-encoded (see
// scripts/pack-wasm). Decompressing a stream of local bytes connects nowhere.
import init from './web.js';
import packed from './web_bg.wasm.js';

const deflated = Uint8Array.fromBase64
  ? Uint8Array.fromBase64(packed)
  : Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
const wasm = await new Response(
  new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
).arrayBuffer();
await init({ module_or_path: wasm });
