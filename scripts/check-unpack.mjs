// Checks that the browser's decoder (web/unlzma.js) turns the packed module back into
// exactly the wasm: node scripts/check-unpack.mjs PACKED.js WASM. Exit 1 if not.
import { readFileSync } from 'node:fs';

const [packedPath, wasmPath] = process.argv.slice(2);
// As data: URLs, so Node reads both files as the ES modules the browser gets.
const load = (path) => import(`data:text/javascript,${encodeURIComponent(readFileSync(path, 'utf8'))}`);
const { unlzma } = await load(new URL('../web/unlzma.js', import.meta.url));
const packed = await load(packedPath);
const wasm = readFileSync(wasmPath);
const start = performance.now();
const out = unlzma(Buffer.from(packed.default, 'base64'), packed.length);
const ms = performance.now() - start;
if (!Buffer.from(out).equals(wasm)) {
  console.error(`check-unpack: web/unlzma.js does not give back ${wasmPath}`);
  process.exit(1);
}
console.log(`check-unpack: ${out.length} bytes, exact, decoded in ${ms.toFixed(0)} ms`);
