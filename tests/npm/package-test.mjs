// The npm package as a user gets it: tests/npm/run installs the packed tarball into a scratch
// project (target/npm-scratch/) and runs this file from there, so `import 'vad-blir-kvar-motor'`
// resolves through the installed package's "exports" like anyone's import.
//
//   node target/npm-scratch/package-test.mjs REPO KALKYL
//
// 1. Node: every acceptance case through calculate (its expected figures, the outside
//    oracle; kalkyl calculate's whole output for the same scenario), amounts, compare and
//    sweep against calculate; the bad-input table through the package (every refusal names
//    the table's field); the package's own errors; what the tarball holds.
// 2. Chromium: a page importing the installed package (an import map, no bundler) computes
//    acceptance cases and refuses a bad one.
// 3. TypeScript: tsc --noEmit on the README's example and on tests/npm/types.ts.
// 4. The README's example runs and prints what its comments say.
// Prints one line per test and, last, "N passed, N failed" (scripts/test's e2e counter).
// Figures (sizes, timings) go to target/npm/figures.txt; nothing is timed as a test.

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';

const t0 = performance.now();
const pkgModule = await import('vad-blir-kvar-motor');
const importMs = performance.now() - t0;
const { init, calculate, amounts, compare, sweep, kommuner, years, version, engineVersion } =
  pkgModule;
const { ScenarioError } = pkgModule;

const run = promisify(execFile);
const [repo, kalkyl] = process.argv.slice(2);
if (!repo || !kalkyl) throw new Error('usage: node package-test.mjs REPO KALKYL');
const scratch = dirname(fileURLToPath(import.meta.url));
const installed = join(scratch, 'node_modules', 'vad-blir-kvar-motor');

let passed = 0;
let failed = 0;
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').join('\n     ')}`);
  }
}
function check(cond, msg) {
  if (!cond) throw new Error(msg);
}
function eq(got, want, what) {
  if (!isDeepStrictEqual(got, want)) {
    throw new Error(`${what}: got ${JSON.stringify(got)?.slice(0, 400)}, want ${JSON.stringify(want)?.slice(0, 400)}`);
  }
}
// The refusal `fn` throws: a ScenarioError, else the test fails.
function refusal(fn) {
  try {
    fn();
  } catch (e) {
    check(e instanceof ScenarioError, `not a ScenarioError: ${e}`);
    check(e instanceof Error && e.name === 'ScenarioError', 'not an Error named ScenarioError');
    check(Array.isArray(e.errors) && e.errors.length > 0, 'no errors listed');
    for (const x of e.errors) {
      check(typeof x.field === 'string' && typeof x.message === 'string' && x.message, 'an error without field or message');
      check(e.message.includes(`${x.field}: ${x.message}`), `message does not name ${x.field}`);
    }
    return e;
  }
  throw new Error('accepted');
}

// ---------------------------------------------------------------------------------------------
// Before init, and loading
// ---------------------------------------------------------------------------------------------

await test('a call before init() says to call init()', () => {
  try {
    amounts({});
  } catch (e) {
    check(!(e instanceof ScenarioError) && /init\(\)/.test(e.message), `wrong error: ${e}`);
    return;
  }
  throw new Error('no error');
});

const t1 = performance.now();
await init();
const initMs = performance.now() - t1;
await init(); // a second call is harmless

await test('what the tarball holds: its files, no dependencies, one version throughout', () => {
  const pj = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const files = readdirSync(installed).sort();
  eq(files, [...pj.files, 'package.json'].sort(), 'installed files');
  check(!pj.dependencies && !pj.peerDependencies && !pj.optionalDependencies, 'runtime dependencies');
  check(pj.license === 'MIT OR Apache-2.0', `license ${pj.license}`);
  const cargo = readFileSync(join(repo, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"$/m)[1];
  eq([pj.version, version, engineVersion()], [cargo, cargo, cargo], 'package.json, version, engineVersion()');
  // The Node entry point, not the browser one, is what Node resolved.
  eq(pj.exports['.'].node, './node.js', 'exports');
});

await test('years() and kommuner(year)', () => {
  const y = years();
  check(y.includes(2026) && y.every(Number.isInteger), `years ${y}`);
  const k = kommuner(2026);
  eq(k.length, 290, 'kommuner 2026');
  const gbg = k.find((x) => x.namn === 'Göteborg');
  eq(gbg?.kod, '1480', 'Göteborg');
  check(typeof gbg.kommunal_skattesats === 'string', 'a rate that is not a decimal string');
  eq(refusal(() => kommuner(1900)).errors[0].field, 'year', 'kommuner(1900)');
  eq(refusal(() => kommuner('2026')).errors[0].field, 'year', "kommuner('2026')");
  eq(refusal(() => kommuner(2026.5)).errors[0].field, 'year', 'kommuner(2026.5)');
});

// ---------------------------------------------------------------------------------------------
// The acceptance cases
// ---------------------------------------------------------------------------------------------

function caseFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return caseFiles(p);
    return p.endsWith('.json') ? [p] : [];
  });
}

// As calculator-core/tests/acceptance.rs: `a.0.b`; a segment `name[id]` picks the element of
// the array `name` whose id is `id` and that has no person, `name[id@N]` the one of person N.
function lookup(v, path) {
  let cur = v;
  for (const part of path.split('.')) {
    if (cur === undefined || cur === null) return undefined;
    const m = part.match(/^(.+)\[([^@\]]+)(?:@(\d+))?\]$/);
    if (m) {
      const person = m[3] === undefined ? undefined : Number(m[3]);
      cur = cur[m[1]]?.find((e) => e.id === m[2] && e.person === person);
    } else {
      cur = cur[Array.isArray(cur) ? Number(part) : part];
    }
  }
  return cur;
}

// The amounts path's month against the full path's: the same components, statuses and öre.
function sameMonth(full, b, what) {
  const pick = (k) => [k.id, k.person, k.status, k.per_manad, k.i_summan];
  eq(b.komponenter.map(pick), full.komponenter.map(pick), `${what} components`);
  eq(
    [b.disponibel_inkomst, b.kvar_efter_boendekostnad, b.lon_brutto],
    [full.disponibel_inkomst, full.kvar_efter_boendekostnad, full.lon_brutto],
    `${what} totals`,
  );
}

const root = join(repo, 'tests', 'acceptance');
const cases = caseFiles(root).sort();
const kalkylOut = new Map();
{
  // kalkyl calculate on every case, two at a time (the machine has two cores).
  const queue = [...cases];
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length) {
        const f = queue.shift();
        const c = JSON.parse(readFileSync(f, 'utf8'));
        const scen = join(scratch, `kalkyl-${kalkylOut.size}-${Math.random().toString(36).slice(2)}.json`);
        writeFileSync(scen, JSON.stringify(c.scenario));
        const { stdout } = await run(kalkyl, ['calculate', '--compact', scen], { maxBuffer: 1 << 28 });
        kalkylOut.set(f, JSON.parse(stdout));
      }
    }),
  );
}
await test(`there are acceptance cases (${cases.length})`, () => check(cases.length >= 40, 'fewer than 40'));

let sweeps = 0;
let comparisons = 0;
for (const f of cases) {
  const name = f.slice(root.length + 1);
  await test(`acceptance ${name}`, () => {
    const c = JSON.parse(readFileSync(f, 'utf8'));
    const r = calculate(c.scenario);
    for (const [p, want] of Object.entries(c.expected)) eq(lookup(r, p), want, p);
    // The whole result as the CLI prints it for the same scenario: the package adds nothing
    // and loses nothing (every amount a string, the same explanations).
    eq(r, kalkylOut.get(f), 'calculate() against kalkyl calculate');
    // The same result from the scenario as JSON text.
    eq(calculate(JSON.stringify(c.scenario)), r, 'calculate(text)');
    const a = amounts(c.scenario);
    eq([a.year, a.manad], [r.year, r.manad.manad], 'year and month');
    sameMonth(r.manad, a.i_dag, 'today');
    eq((a.alternativ ?? []).length, (r.jamforelse ?? []).length, 'number of alternatives');
    (a.alternativ ?? []).forEach((x, k) => {
      sameMonth(r.jamforelse[k].manad, x.manad, `alternative ${k}`);
      eq([x.label, x.skillnad_mot_i_dag], [r.jamforelse[k].label, r.jamforelse[k].skillnad_mot_i_dag], `alternative ${k}`);
    });
    eq(a.sweep, r.sweep, 'sweep');
    const { alternatives, sweep: spec, ...today } = c.scenario;
    if (alternatives) {
      comparisons++;
      const cmp = compare(today, alternatives);
      eq(cmp, { year: a.year, manad: a.manad, i_dag: a.i_dag, alternativ: a.alternativ }, 'compare()');
      // A sweep in `today` is replaced by compare, not computed.
      check(!('sweep' in compare(c.scenario, alternatives)), 'compare() kept a sweep');
    }
    if (spec) {
      sweeps++;
      eq(sweep(today, spec), r.sweep, 'sweep()');
    }
  });
}

await test('compare and sweep are exercised by the cases, and a sweep against kalkyl', async () => {
  check(comparisons > 0, 'no case with alternatives');
  // A sweep of its own when no case has one: 0–40 hours at 135 kr for a 24-year-old on
  // aktivitetsersättning with rent, through kalkyl as a scenario's sweep.
  const scen = {
    schema_version: 1, year: 2026, month: 5, kommun: 'Göteborg',
    people: [{ birth_year: 2001, job: { hours_per_week: 10, hourly_wage: 135 },
      aktivitetsersattning: { slag: 'aktivitetsersattning', niva: 'hel' } }],
    household: { boendekostnad_per_manad: 6000 },
  };
  const spec = { over: 'hours', from: 0, to: 40, step: 2.5 };
  const p = join(scratch, 'sweep.json');
  writeFileSync(p, JSON.stringify({ ...scen, sweep: spec }));
  const { stdout } = await run(kalkyl, ['calculate', '--compact', p], { maxBuffer: 1 << 28 });
  const s = sweep(scen, spec);
  eq(s, JSON.parse(stdout).sweep, 'sweep() against kalkyl');
  eq(s.punkter.length, 17, 'points');
  eq(s.punkter[4].x, '10.0', 'x as a decimal string');
  console.log(`     (${sweeps} cases with a sweep, ${comparisons} with alternatives)`);
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

// The bad-input table, as the engine's test reads it (tests/bad-input/fall.rs): each case's
// scenario through the package; a refusal must name the table's field and say its words.
{
  const table = JSON.parse(readFileSync(join(repo, 'tests', 'bad-input', 'cases.json'), 'utf8'));
  const base = table.base;
  const textOf = (c) => {
    if (typeof c.text === 'string') return c.text;
    if (c.scenario !== undefined) return JSON.stringify(c.scenario);
    if (c.patch) return JSON.stringify({ ...base, ...c.patch });
    const g = c.generate ?? {};
    if (g.children !== undefined) {
      return JSON.stringify({ ...base, household: { children: Array.from({ length: g.children }, () => ({ age: 5 })) } });
    }
    if (g.padding_bytes !== undefined) return JSON.stringify(base).slice(0, -1) + ' '.repeat(g.padding_bytes) + '}';
    if (g.nesting !== undefined) {
      return `{"schema_version":1,"year":2026,"people":${'['.repeat(g.nesting)}${']'.repeat(g.nesting)}}`;
    }
    if (g.label_chars !== undefined) {
      return JSON.stringify({ ...base, alternatives: [{ label: 'å'.repeat(g.label_chars), people: { 0: { job: { hours_per_week: 20 } } } }] });
    }
    return undefined;
  };
  const baseResult = calculate(base);
  const engineLevel = table.cases.filter((c) => (c.levels ?? ['engine', 'cli', 'fil']).includes('engine'));
  for (const c of engineLevel) {
    await test(`bad input ${c.id}`, () => {
      const text = textOf(c);
      check(text !== undefined, 'no scenario text');
      // A patched scenario is passed as an object (positions then refer to text the caller
      // never saw and are left out); the rest as text, as read from a file.
      const input = c.patch ? JSON.parse(text) : text;
      if (c.accepted) {
        const r = calculate(input);
        if (c.som_base) eq(r, baseResult, 'read as the base scenario');
        return;
      }
      const e = refusal(() => calculate(input));
      const field = c.field ?? '';
      const says = c.says ?? [];
      const fits = e.errors.some((x) => x.field.startsWith(field) && says.every((w) => x.message.includes(w)));
      check(fits, `none of ${JSON.stringify(e.errors)} names ${JSON.stringify(field)} saying ${JSON.stringify(says)}`);
      if (c.patch) check(e.errors.every((x) => !/\(rad \d+, kolumn \d+\)$/.test(x.message)), 'a position in an object\'s error');
      // The amounts path refuses the same input with the same errors.
      eq(refusal(() => amounts(input)).errors, e.errors, 'amounts() errors');
    });
  }
  await test(`the bad-input table has cases (${engineLevel.length})`, () => check(engineLevel.length >= 60, 'fewer than 60'));
}

const good = {
  schema_version: 1, year: 2026, kommun: 'Göteborg',
  people: [{ birth_year: 1990, job: { hours_per_week: 20, hourly_wage: 150 } }],
};

await test('errors name the field: a birth year, an alternative, a sweep step', () => {
  const e = refusal(() => amounts({ ...good, people: [{ ...good.people[0], birth_year: 1066 }] }));
  eq(e.errors[0].field, 'people[0].birth_year', 'birth year');
  check(e.message.startsWith('people[0].birth_year: '), `message ${e.message}`);
  const a = refusal(() => compare(good, [{ label: 'x', people: { 0: { job: { hours_per_week: 'tjugo' } } } }]));
  eq(a.errors[0].field, 'alternatives[0].people[0].job.hours_per_week', 'alternative');
  const s = refusal(() => sweep(good, { over: 'hours', from: 0, to: 40, step: 0 }));
  eq(s.errors[0].field, 'sweep.step', 'sweep');
  const o = refusal(() => sweep(good, { over: 'dagar', from: 0, to: 40, step: 1 }));
  eq(o.errors[0].field, 'sweep.over', 'sweep axis');
  eq(refusal(() => compare(good, {})).errors[0].field, 'alternatives', 'alternatives not a list');
});

await test('input that is no scenario is named "scenario": malformed text, null, a cycle, a BigInt', () => {
  const cyclic = { ...good };
  cyclic.self = cyclic;
  for (const [what, input] of [
    ['malformed JSON text', '{"schema_version": 1,'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 5],
    ['a cycle', cyclic],
    ['a BigInt', { ...good, year: 2026n }],
  ]) {
    for (const [fn, call] of [
      ['calculate', () => calculate(input)],
      ['amounts', () => amounts(input)],
      ['compare', () => compare(input, [])],
      ['sweep', () => sweep(input, { over: 'hours', from: 0, to: 10, step: 1 })],
    ]) {
      eq(refusal(call).errors[0].field, 'scenario', `${fn}(${what})`);
    }
  }
  // A list is refused too, though the engine reads a JSON array as a struct's fields in order
  // (serde's rule), so it names the first element, "[0]", rather than "scenario".
  check(refusal(() => calculate([good])).errors.length > 0, 'a list accepted');
  // Text keeps the engine's position (it is the caller's own text); an object's error does not.
  check(/\(rad 1, kolumn \d+\)$/.test(refusal(() => amounts('{"schema_version": 1,')).errors[0].message), 'no position for text');
});

await test('amounts in, exact decimals out: strings and numbers alike, öre kept, floats refused', () => {
  const withSalary = (m) => ({ ...good, people: [{ birth_year: 1990, income_per_month: { lon: m } }] });
  const s = amounts(withSalary('12345.67'));
  eq(amounts(withSalary(12345.67)), s, 'number and string');
  eq(s.i_dag.lon_brutto, '12345.67', 'wage');
  const e = refusal(() => amounts(withSalary(0.1 + 0.2)));
  eq(e.errors[0].field, 'people[0].income_per_month.lon', 'a float with more than two decimals');
});

await test('the engine still works after a thousand refusals', () => {
  const before = amounts(good);
  for (let i = 0; i < 1000; i++) refusal(() => amounts({ ...good, year: 1800 + (i % 100) }));
  eq(amounts(good), before, 'after refusals');
});

// ---------------------------------------------------------------------------------------------
// Figures (not tests)
// ---------------------------------------------------------------------------------------------

function perCall(fn, arg, n) {
  fn(arg);
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(arg);
  return (performance.now() - t) / n;
}
const household = JSON.parse(readFileSync(join(repo, 'calculator-core', 'benches', 'household.json'), 'utf8'));
const wasmBytes = readFileSync(join(installed, 'motor_bg.wasm'));
const figures = [
  `package ${version}`,
  `motor_bg.wasm: ${wasmBytes.length} bytes, ${gzipSync(wasmBytes, { level: 9 }).length} gzip -9`,
  `import of the package: ${importMs.toFixed(1)} ms; init() (read + compile + instantiate): ${initMs.toFixed(1)} ms`,
  `calculate(one person, job): ${perCall(calculate, good, 200).toFixed(3)} ms per call`,
  `amounts(one person, job): ${perCall(amounts, good, 1000).toFixed(3)} ms per call`,
  `calculate(benches/household.json): ${perCall(calculate, household, 50).toFixed(3)} ms per call`,
  `amounts(benches/household.json): ${perCall(amounts, household, 200).toFixed(3)} ms per call`,
  `sweep(0-40 h, step 0.5, 81 points): ${perCall((s) => sweep(s, { over: 'hours', from: 0, to: 40, step: 0.5 }), good, 20).toFixed(3)} ms per call`,
];

// ---------------------------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------------------------

await test('Chromium: a page importing the installed package computes acceptance cases', async () => {
  const require = createRequire(join(repo, 'tests', 'e2e', 'package.json'));
  const { chromium } = require('playwright-core');
  const origin = process.env.NPM_TEST_ORIGIN;
  check(origin, 'NPM_TEST_ORIGIN (the scratch project served) not set');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    const requests = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    const t = performance.now();
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => document.title === 'klar' || document.title.startsWith('fel'));
    const loadMs = performance.now() - t;
    eq(await page.title(), 'klar', 'the page loaded the engine');
    const picked = cases.filter((f) => /aktivitetsersattning|bostadsbidrag|forsorjningsstod|barn/.test(f)).slice(0, 6);
    check(picked.length >= 3, 'too few cases picked');
    for (const f of picked) {
      const c = JSON.parse(readFileSync(f, 'utf8'));
      const r = await page.evaluate((s) => window.motor.calculate(s), c.scenario);
      for (const [p, want] of Object.entries(c.expected)) eq(lookup(r, p), want, `${f}: ${p}`);
      eq(r, kalkylOut.get(f), `${f}: the browser's result against kalkyl's`);
    }
    // What the page shows, computed on load: the first alternative's difference to today.
    const shown = await page.textContent('#skillnad');
    const want = compare(...JSON.parse(await page.textContent('#indata'))).alternativ[0].skillnad_mot_i_dag;
    eq(shown, want, 'the figure on the page');
    const e = await page.evaluate(() => {
      try {
        window.motor.amounts({ schema_version: 1, year: 2026, kommun: 'Göteborg', people: [{ birth_year: 1066 }] });
      } catch (e) {
        return { isError: e instanceof Error, name: e.name, isScenarioError: e instanceof window.motor.ScenarioError, field: e.errors?.[0]?.field };
      }
      return null;
    });
    eq(e, { isError: true, name: 'ScenarioError', isScenarioError: true, field: 'people[0].birth_year' }, 'an error in the browser');
    eq(problems, [], 'console errors and warnings (instantiateStreaming warns when the wasm is not application/wasm)');
    const files = [...new Set(requests.map((u) => new URL(u).pathname))].sort();
    eq(files, ['/node_modules/vad-blir-kvar-motor/core.js', '/node_modules/vad-blir-kvar-motor/index.js',
      '/node_modules/vad-blir-kvar-motor/motor.js', '/node_modules/vad-blir-kvar-motor/motor_bg.wasm',
      '/node_modules/vad-blir-kvar-motor/version.js', '/page.html'], 'requests');
    figures.push(`Chromium: page load to engine ready ${loadMs.toFixed(0)} ms (warm disk, local server)`);
  } finally {
    await browser.close();
  }
});

// ---------------------------------------------------------------------------------------------
// The README's example and the types
// ---------------------------------------------------------------------------------------------

const readme = readFileSync(join(installed, 'README.md'), 'utf8');
const example = readme.match(/```js\n([\s\S]*?)```/)?.[1];

await test('README: the example is about ten lines and prints what its comments say', async () => {
  check(example, 'no ```js block in the README');
  const lines = example.trimEnd().split('\n');
  check(lines.length <= 12, `${lines.length} lines`);
  writeFileSync(join(scratch, 'readme-example.mjs'), example);
  const { stdout } = await run(process.execPath, [join(scratch, 'readme-example.mjs')]);
  const said = lines.filter((l) => l.includes('console.log')).map((l) => l.split('// ').pop().trim());
  eq(stdout.trim().split('\n'), said, 'output');
});

await test('TypeScript: tsc --noEmit on the README example and tests/npm/types.ts', async () => {
  const tsc = join(repo, 'tests', 'npm', 'node_modules', 'typescript', 'bin', 'tsc');
  writeFileSync(join(scratch, 'readme-example.ts'), example);
  try {
    await run(process.execPath, [tsc, '--noEmit', '-p', join(scratch, 'tsconfig.json')]);
  } catch (e) {
    throw new Error(`tsc:\n${e.stdout}${e.stderr}`);
  }
});

writeFileSync(join(repo, 'target', 'npm', 'figures.txt'), figures.join('\n') + '\n');
console.log(`figures (target/npm/figures.txt):\n  ${figures.join('\n  ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
