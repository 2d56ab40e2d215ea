// The package's functions, shared by its two entry points (index.js for browsers, node.js for
// Node); they differ only in how init() gets the wasm. Objects go to the engine as JSON text
// and come back from JSON text: the engine's own parser checks them and names the field of
// every error, and amounts stay exact decimal strings both ways.
import * as motor from './motor.js';

/** The scenario (or a spec, or a year) was refused; `errors` lists each field and why. */
export class ScenarioError extends Error {
  constructor(errors) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
    this.name = 'ScenarioError';
    this.errors = errors;
  }
}

let loaded = false;
let pending = null;

// Runs `instantiate` once; a failed load may be retried by calling init() again.
export function initWith(instantiate) {
  if (loaded) return Promise.resolve();
  pending ??= instantiate().then(
    () => {
      loaded = true;
    },
    (e) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

function ready() {
  if (!loaded) {
    throw new Error('vad-blir-kvar-motor: call `await init()` before using the engine');
  }
}

// A JS value as the JSON text the engine reads. A string is taken to be JSON text already
// (a scenario file as read from disk).
function text(value, field) {
  if (typeof value === 'string') return value;
  let t;
  try {
    t = JSON.stringify(value);
  } catch (e) {
    // A cycle or a BigInt: no JSON can be written, so there is nothing for the engine to read.
    throw new ScenarioError([{ field, message: `kan inte skrivas som JSON: ${e.message}` }]);
  }
  if (t === undefined) {
    throw new ScenarioError([{ field, message: 'saknas; ange ett objekt' }]);
  }
  return t;
}

// The engine's messages end with the line and column in the text it read. When that text was
// written here (from an object, or a scenario put together by compare or sweep), the caller
// never saw it, so the position would only mislead; the field path says where.
const POSITION = / \(rad \d+, kolumn \d+\)$/;

function call(fn, args, ownText) {
  ready();
  let out;
  try {
    out = fn(...args);
  } catch (e) {
    // The engine's refusals arrive as a JSON array of {field, message}; anything else (a
    // trap in the wasm) is passed on as it is.
    if (typeof e !== 'string') throw e;
    let errors = JSON.parse(e);
    if (ownText) errors = errors.map((x) => ({ ...x, message: x.message.replace(POSITION, '') }));
    throw new ScenarioError(errors);
  }
  return JSON.parse(out);
}

export function calculate(scenario) {
  return call(motor.calculate, [text(scenario, 'scenario')], typeof scenario !== 'string');
}

export function amounts(scenario) {
  return call(motor.amounts, [text(scenario, 'scenario')], typeof scenario !== 'string');
}

export function compare(today, alternatives) {
  return call(motor.compare, [text(today, 'scenario'), text(alternatives, 'alternatives')], true);
}

export function sweep(scenario, spec) {
  return call(motor.sweep, [text(scenario, 'scenario'), text(spec, 'sweep')], true);
}

export function kommuner(year) {
  // The engine takes a 32-bit integer; anything else would be silently converted on the way.
  if (!Number.isInteger(year) || Math.abs(year) > 1e6) {
    throw new ScenarioError([{ field: 'year', message: `${String(year)} är inget år; ange t.ex. 2026` }]);
  }
  return call(motor.kommuner, [year], false);
}

export function years() {
  ready();
  return JSON.parse(motor.years());
}

/** The engine's own version (the same as `version` when the package is whole). */
export function engineVersion() {
  ready();
  return motor.version();
}
