// Entry point for browsers (and any runtime with fetch): the wasm beside this file is fetched
// relative to import.meta.url, so the package works from a plain <script type="module"> with
// no bundler. Node takes node.js instead (package.json's "exports").
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
 * URL, a Response, its bytes or a compiled WebAssembly.Module (e.g. when a page's CSP allows no
 * fetch); by default `motor_bg.wasm` next to this file.
 */
export function init(source) {
  return initWith(() =>
    instantiate({ module_or_path: source ?? new URL('./motor_bg.wasm', import.meta.url) }),
  );
}
