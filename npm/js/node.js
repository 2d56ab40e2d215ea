// Entry point for Node (package.json's "exports" condition "node"): Node's fetch does not
// read file: URLs, so the wasm is read from disk. Everything else is core.js, as in browsers.
import { readFile } from 'node:fs/promises';
import instantiate from './motor.js';
import { initWith } from './core.js';

export {
  ScenarioError,
  calculate,
  amounts,
  compare,
  sweep,
  kommuner,
  years,
  engineVersion,
} from './core.js';
export { version } from './version.js';

/**
 * Loads the engine; call (and await) it once before anything else. `source` may be the wasm's
 * bytes or a compiled WebAssembly.Module; by default `motor_bg.wasm` next to this file.
 */
export function init(source) {
  return initWith(async () =>
    instantiate({
      module_or_path: source ?? (await readFile(new URL('./motor_bg.wasm', import.meta.url))),
    }),
  );
}
