// End-to-end tests of the built app (dist/) in Debian's headless Chromium.
//
//   node tests/e2e/e2e.mjs http://127.0.0.1:PORT/
//
// scripts/test serves dist/ and passes the address. Prints one line per test and, last,
// "N passed, N failed"; exits non-zero when any test failed.
//
// Expected figures come from the official oracle files in tests/oracle/, read here at test
// time, never retyped.

import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = process.argv[2] || process.env.E2E_URL;
if (!base) {
  console.error('usage: node tests/e2e/e2e.mjs http://127.0.0.1:PORT/');
  process.exit(2);
}
const origin = new URL(base).origin;
const shots = path.join(root, 'target', 'e2e');
const TIMEOUT = 10_000;

// ---- oracle files -------------------------------------------------------------------------

/** RFC 4180 CSV (quoted fields may hold commas) to an array of objects keyed by the header. */
function readCsv(file) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

// The case of test (a). Stockholm 2026: kommunal 30.55 % + begravningsavgift 0.07 % = 30.62 %,
// which Skatteverket's rounding puts in table 31; column 1 is salary for someone under 66.
// These are the coordinates of the cell, not the expected amount: that is read from the file.
const CASE = { year: 2026, kommun: 'Stockholm', lonPerManad: 30000, tabell: 31, kolumn: 1 };

const tabell2026 = readCsv('tests/oracle/skattetabell_2026_manad_tab29-42_30B.csv');
const worked = readCsv('tests/oracle/worked_examples.csv');

// Skatteverket e-tjänst rows for the same person (lön 360 000 kr/year, Stockholm, under 66):
// which row of the components table each one is, and its sign there (reductions are shown
// as deductions).
const ETJ = {
  'etj-26-1': { rad: 'kommunal_skatt', tecken: 1 },
  'etj-26-2': { rad: 'jobbskatteavdrag', tecken: -1 },
  'etj-26-3': { rad: 'skattereduktion_allman_pensionsavgift', tecken: -1 },
  'etj-26-4': { rad: 'skattereduktion_forvarvsinkomst', tecken: -1 },
  'etj-26-5': { rad: 'beskattningsbar_forvarvsinkomst', tecken: 1 },
};

// ---- helpers ------------------------------------------------------------------------------

/** "−25 200 kr" / "2 345,50 kr" as shown, to a number. */
function kronor(text) {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/, '').replace('\u2212', '-').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  return Number(s);
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

let passed = 0;
let failed = 0;
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
  }
}

async function setLon(page, value) {
  await page.fill('#lon', value);
}

async function chooseKommun(page, name) {
  await page.fill('#kommun', name);
  await page.press('#kommun', 'Enter');
}

// ---- the run ------------------------------------------------------------------------------

const profile = mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
} catch (e) {
  console.log(`FAIL launch chromium: ${e.message.split('\n')[0]}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
context.setDefaultTimeout(TIMEOUT);

const page = context.pages()[0] || (await context.newPage());
const requests = [];
const consoleErrors = [];
let loaded = false;
page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));

let started = false;
await test('load: the app renders', async () => {
  const t0 = Date.now();
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForSelector('#lon');
  await page.waitForLoadState('networkidle');
  loaded = true;
  started = true;
  console.log(`     (load to interactive ${Date.now() - t0} ms)`);
});

if (started) {
  await test(`(a) ${CASE.year} ${CASE.kommun} ${CASE.lonPerManad} kr: preliminärskatt = Skatteverkets tabell ${CASE.tabell}, kolumn ${CASE.kolumn}`, async () => {
    await setLon(page, String(CASE.lonPerManad));
    await chooseKommun(page, CASE.kommun);
    assert(await page.inputValue('#ar') === String(CASE.year), `income year is ${await page.inputValue('#ar')}, not ${CASE.year}`);
    assert(await page.isChecked('#alder-under-66'), 'age group under 66 not chosen');
    await page.waitForSelector('#preliminarskatt');
    const rows = tabell2026.filter((r) => Number(r.tabellnr) === CASE.tabell
      && Number(r.inkomst_from) <= CASE.lonPerManad && CASE.lonPerManad <= Number(r.inkomst_tom));
    assert(rows.length === 1, `expected one table row, found ${rows.length}`);
    const expected = Number(rows[0][`kolumn${CASE.kolumn}`]);
    const shown = kronor(await page.textContent('#preliminarskatt'));
    assert(shown === expected, `shown ${shown}, Skatteverket's cell ${expected}`);
    const text = await page.textContent('#preliminar-forklaring');
    assert(text.includes(`skattetabell ${CASE.tabell}, kolumn ${CASE.kolumn}`), `page names another table: ${text}`);
    const netto = kronor(await page.textContent('#netto-preliminar'));
    assert(netto === CASE.lonPerManad - expected, `net after preliminary tax shown ${netto}, expected ${CASE.lonPerManad - expected}`);
  });

  for (const [id, { rad, tecken }] of Object.entries(ETJ)) {
    const ex = worked.find((r) => r.id === id);
    await test(`(a) ${id} ${ex ? ex.quantity : '?'} per år = Skatteverkets e-tjänst`, async () => {
      assert(ex, `${id} missing from worked_examples.csv`);
      // Guards the mapping: the row must be about this very person.
      assert(Number(ex.year) === CASE.year, `${id} is for ${ex.year}`);
      assert(ex.inputs.includes(`lön ${CASE.lonPerManad * 12}`), `${id} is about another income: ${ex.inputs}`);
      assert(!/Stockholm|Göteborg|Malmö/.test(ex.inputs) || ex.inputs.includes(CASE.kommun), `${id} is about another kommun`);
      const shown = kronor(await page.textContent(`#rad-${rad} .ar`));
      const expected = tecken * Number(ex.expected);
      assert(shown === expected, `shown ${shown}, Skatteverket ${expected}`);
    });
  }

  await test('(b) the kommun search filters, and the keyboard selects', async () => {
    await page.fill('#kommun', '');
    await page.type('#kommun', 'göt');
    await page.waitForSelector('#kommun-lista:not([hidden])');
    const options = await page.$$eval('#kommun-lista [role=option]', (els) => els.map((e) => e.textContent.trim()));
    assert(options.length > 0 && options.length < 290, `${options.length} options for "göt"`);
    assert(options.every((o) => o.toLowerCase().includes('göt')), `an option without "göt": ${options.join(', ')}`);
    assert(options.includes('Göteborg'), 'Göteborg not offered');
    assert(await page.getAttribute('#kommun', 'aria-expanded') === 'true', 'combobox not marked expanded');
    await page.press('#kommun', 'ArrowDown');
    const active = await page.getAttribute('#kommun', 'aria-activedescendant');
    assert(active, 'ArrowDown highlights no option');
    const activeText = (await page.textContent(`#${active}`)).trim();
    await page.press('#kommun', 'Enter');
    assert(await page.inputValue('#kommun') === activeText, `Enter chose ${await page.inputValue('#kommun')}, highlighted was ${activeText}`);
    await page.waitForSelector('#kommun-lista', { state: 'hidden' });
    await page.waitForFunction((k) => document.querySelector('#sammanfattning')?.textContent.includes(`${k}:`), activeText);
    // A name that is no kommun: no options, and after leaving the field a message and no result.
    await page.fill('#kommun', 'Atlantis');
    const none = await page.$$eval('#kommun-lista [role=option]', (els) => els.length);
    assert(none === 0, `${none} options for "Atlantis"`);
    await page.press('#kommun', 'Tab');
    await page.waitForSelector('#kommun-fel');
    assert(await page.locator('#netto-preliminar').count() === 0, 'a result is shown for an unknown kommun');
    await chooseKommun(page, CASE.kommun);
    await page.waitForSelector('#netto-preliminar');
  });

  for (const [what, value] of [['negative', '-5000'], ['absurd', '2000000'], ['non-numeric', 'trettio']]) {
    await test(`(c) ${what} salary "${value}": Swedish message beside the field, no result`, async () => {
      await setLon(page, value);
      const fel = page.locator('#lon-fel');
      await fel.waitFor();
      const msg = (await fel.textContent()).trim();
      assert(msg.length > 10, `message too short: ${msg}`);
      // Swedish, and about what was typed: the engine's messages name the value and the range.
      assert(/[åäö]|tal|belopp/i.test(msg), `message does not look Swedish: ${msg}`);
      if (what !== 'non-numeric') assert(msg.includes(value), `message does not name ${value}: ${msg}`);
      assert(await page.getAttribute('#lon', 'aria-invalid') === 'true', 'field not marked invalid');
      const described = (await page.getAttribute('#lon', 'aria-describedby')) || '';
      assert(described.split(' ').includes('lon-fel'), 'message not tied to the field');
      assert(await page.locator('#netto-preliminar').count() === 0, 'a result is still shown');
      assert(await page.locator('#komponenter').count() === 0, 'the components table is still shown');
    });
  }

  await test('(f) screenshots at 1280 px and 360 px, no sideways scrolling at 360 px', async () => {
    mkdirSync(shots, { recursive: true });
    await setLon(page, String(CASE.lonPerManad));
    await page.waitForSelector('#netto-preliminar');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(shots, 'app-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: path.join(shots, 'app-360.png'), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 360, `page is ${wide} px wide at a 360 px viewport`);
    const table = await page.evaluate(() => {
      const r = document.querySelector('.tabellram');
      return { scroll: r.scrollWidth, client: r.clientWidth };
    });
    assert(table.scroll <= table.client, `the components table needs ${table.scroll} px, has ${table.client}`);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test('(d) no requests after load, and none to another origin', async () => {
    const own = requests.filter((r) => new URL(r.url).origin === origin);
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('data:'));
    const late = requests.filter((r) => r.afterLoad);
    assert(own.length > 0, 'no requests recorded at all: the recorder is broken');
    assert(foreign.length === 0, `requests to other origins: ${foreign.map((r) => r.url).join(', ')}`);
    assert(late.length === 0, `requests after load: ${late.map((r) => r.url).join(', ')}`);
  });

  await test('(d) nothing stored on the device: no cookies, web storage or IndexedDB', async () => {
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    }));
    assert(stored.cookie === '' && stored.local === 0 && stored.session === 0 && stored.idb === 0,
      `found ${JSON.stringify(stored)}`);
    assert((await context.cookies()).length === 0, 'the browser holds cookies for the page');
  });

  await test('(e) no console errors or page errors', async () => {
    assert(consoleErrors.length === 0, consoleErrors.join(' | '));
  });

  await test('(d) the Content-Security-Policy blocks any fetch from the page', async () => {
    const probe = await context.newPage();
    const probeRequests = [];
    probe.on('request', (r) => probeRequests.push(r.url()));
    await probe.goto(base, { waitUntil: 'load' });
    await probe.waitForSelector('#lon');
    const n = probeRequests.length;
    const outcome = await probe.evaluate(() => fetch(location.href).then(() => 'allowed', () => 'blocked'));
    assert(outcome === 'blocked', `fetch from the page was ${outcome}`);
    assert(probeRequests.length === n, `the blocked fetch still reached the network: ${probeRequests.slice(n).join(', ')}`);
    await probe.close();
  });
}

await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
