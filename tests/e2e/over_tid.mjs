// "Över tid" and the hours × wage map through the UI (web/src/radgivning/over_tid.rs,
// web/src/tidsdiagram.rs, web/src/karta.rs): a stepped job's month against the engine's plan
// for the same scenario (`kalkyl calculate`), the chart and its events, the printout on one
// A4 page, the map against the engine's map, axe in all three languages, the keyboard alone,
// and how long the map takes to appear (a figure, nothing asserted about time).
//
// Used by e2e.mjs: `await overTidTester({ test, assert, kronor, engine, deltagareScenario,
// session, axeViolations, extraPage, tabTo, shots, startAr, ms, median })`.

import path from 'node:path';
import { hela } from './deltagare.mjs';

export async function overTidTester(h) {
  const { test, assert, kronor, engine, deltagareScenario, session, axeViolations, extraPage, tabTo, shots, startAr, ms, median } = h;
  const year = startAr;
  const steg = (fran, timmar) => ({ alternativ: 0, person: 0, fran_manad: fran, hours_per_week: timmar });
  /** The engine's plan for the participant with Jobb 1 at 10 hours, from month 4 at 20. */
  const planen = () => {
    const sc = deltagareScenario(year);
    sc.plan = { manader: 24, steg: [steg(1, 10), steg(4, 20)], personer: [], forklaringar: false };
    return engine(sc).plan;
  };

  const p = await extraPage();
  try {
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.goto(h.base);
    await session(p, { year, alder: 24, hyra: '6000', timlon: 135 });

    await test('(över tid) stepped hours through the UI: month 4 of Jobb 1 at 20 h is the engine\'s plan for the same scenario; the chart has a line per track and the engine\'s event months', async () => {
      await p.click('#over-tid-visa');
      await p.selectOption('#over-tid-fodelsemanad-0', '1');
      await p.waitForSelector('#over-tid-spar-1');
      await p.click('#over-tid-steg-lagg-till-0');
      await p.selectOption('#over-tid-steg-manad-0', '4');
      await p.fill('#over-tid-steg-timmar-0', '20');
      const plan = planen();
      const want = hela(Number(plan.spar[1].manader[3].disponibel_inkomst));
      const cell = '#over-tid-spar-1 tbody tr:nth-child(4) .over-tid-disponibel';
      await p.waitForFunction(([sel, w]) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const s = el.textContent.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/, '').replace('\u2212', '-');
        return Number(s) === w;
      }, [cell, want], { timeout: 3000 }).catch(() => {});
      const shown = kronor(await p.textContent(cell));
      assert(shown === want, `month 4 shows ${shown}, the engine's plan ${want}`);
      const idag = hela(Number(plan.spar[0].manader[3].disponibel_inkomst));
      assert(kronor(await p.textContent('#over-tid-spar-0 tbody tr:nth-child(4) .over-tid-disponibel')) === idag, 'today\'s month 4 differs from the engine');
      assert(await p.locator('#tidsdiagram .spar').count() === plan.spar.length, 'not one line per track');
      const manader = new Set(plan.spar.flatMap((s) => s.handelser.map((e) => e.nummer)));
      assert(await p.locator('#tidsdiagram .handelse').count() === manader.size, `the chart marks ${await p.locator('#tidsdiagram .handelse').count()} event months, the engine has ${manader.size}`);
      if (manader.size) assert(await p.locator('#tidsdiagram-handelser > li').count() === manader.size, 'the event list differs from the chart');
      await p.screenshot({ path: path.join(shots, 'over-tid-1280.png'), fullPage: true });
    });

    await test('(över tid) print: "Skriv ut månaderna" prints the view alone on one A4 page: the chart, the events, the compact table; not the form, the cards or the map', async () => {
      await p.evaluate(() => { window.__attr = null; window.print = () => { window.__attr = document.documentElement.getAttribute('data-utskrift'); }; });
      await p.click('#over-tid-skriv-ut');
      assert(await p.evaluate(() => window.__attr) === 'over-tid', 'print() was not called with the view marked for printing');
      assert(await p.evaluate(() => document.documentElement.getAttribute('data-utskrift')) === null, 'the mark stays after printing');
      await p.evaluate(() => document.documentElement.setAttribute('data-utskrift', 'over-tid'));
      await p.emulateMedia({ media: 'print' });
      try {
        for (const sel of ['#tidsdiagram', '#over-tid-samlad']) assert(await p.isVisible(sel), `${sel} is not printed`);
        for (const sel of ['.formular', '#scen-0', '#diagram', '#over-tid-spar-0', '#over-tid-stegen', '#karta-del']) {
          assert(!(await p.isVisible(sel)), `${sel} is printed`);
        }
        assert(await p.locator('#over-tid-samlad tbody tr').count() === 24, 'the compact table has not 24 months');
        const pdf = await p.pdf({ path: path.join(shots, 'over-tid-utskrift.pdf'), format: 'A4', preferCSSPageSize: true, printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        assert(pages === 1, `the printout is ${pages} pages`);
      } finally {
        await p.emulateMedia({ media: 'screen' });
        await p.evaluate(() => document.documentElement.removeAttribute('data-utskrift'));
      }
      // The main printout still leaves Över tid out.
      await p.emulateMedia({ media: 'print' });
      try {
        assert(!(await p.isVisible('#over-tid')), 'the main printout has Över tid');
      } finally {
        await p.emulateMedia({ media: 'screen' });
      }
    });

    const tider = [];
    await test('(över tid) the map through the UI: computed when opened, the engine\'s figure in the table, the cliffs listed; time to appear printed', async () => {
      const sc = deltagareScenario(year);
      sc.karta = { alternativ: 0, person: 0, timmar: { fran: 0, till: 40, steg: 1 }, timlon: { fran: 90, till: 190, steg: 10 } };
      const karta = engine(sc).karta;
      assert(await p.locator('#karta').count() === 0, 'the map is there before it is opened');
      for (let i = 0; i < 5; i++) {
        const t0 = Date.now();
        await p.click('#karta-visa');
        await p.waitForSelector('#karta');
        tider.push(Date.now() - t0);
        if (i < 4) { await p.click('#karta-visa'); await p.waitForSelector('#karta', { state: 'detached' }); }
      }
      // One line for each step of hours with a cliff at some wage.
      const steg = new Set(karta.klippor.map((c) => `${c.fran_timmar}-${c.till_timmar}`)).size;
      const listed = await p.locator('#karta-klippor li').count();
      assert(listed === steg, `${listed} lines of cliffs, the engine has cliffs at ${steg} steps of hours`);
      assert(await p.locator('#karta .klippa').count() === karta.klippor.length, 'not every cliff of the engine is drawn');
      await p.click('#karta-tabell-ram summary');
      await p.waitForSelector('#karta-tabell');
      // 20 hours at 140 kr (the job's 135 kr rounded to tens is the middle row, the sixth).
      const want = hela(Number(karta.battre_an_i_dag[5][20]));
      const text = await p.textContent('#karta-tabell tbody tr:nth-child(21) td:nth-of-type(6)');
      const shown = kronor(text.split('(')[0].replace(/^\+/, '').trim());
      assert(shown === want, `20 h at 140 kr shows ${shown}, the engine ${want}`);
      console.log(`bench: the map (451 household months) from the click until drawn, median ${ms(median(tider))} (5 opens: ${tider.join(', ')} ms)`);
      await p.screenshot({ path: path.join(shots, 'karta-1280.png'), fullPage: true });
    });

    for (const sprak of ['sv', 'sv-lattlast', 'en']) {
      await test(`(över tid) axe, WCAG 2.1 A/AA and best practice, the months and the map open: ${sprak}`, async () => {
        await p.selectOption('#sprak', sprak);
        await p.waitForSelector('#tidsdiagram');
        await p.waitForSelector('#karta');
        // Kept across the change of language (the model, not the view).
        assert(await p.inputValue('#over-tid-steg-timmar-0') === '20', 'the stepped hours were lost');
        const v = await axeViolations(p);
        assert(v.length === 0, `${v.length} violations: ${v.join('; ')}`);
      });
    }
    await p.selectOption('#sprak', 'sv');
  } finally {
    await p.close();
  }

  await test('(över tid) 360 px, the keyboard alone: open the months, give the birth month, open the map and its table; axe clean', async () => {
    const q = await extraPage();
    try {
      await q.setViewportSize({ width: 360, height: 780 });
      await q.goto(h.base);
      await session(q, { year, alder: 24, hyra: '6000', timlon: 135 });
      await tabTo(q, '#over-tid-visa', { max: 200 });
      await q.keyboard.press('Enter');
      await tabTo(q, '#over-tid-fodelsemanad-0', { max: 40 });
      // A select is changed from the keyboard by typing (the list need not open).
      await q.keyboard.press('ArrowDown');
      await q.waitForSelector('#tidsdiagram');
      await tabTo(q, '#karta-visa', { max: 200 });
      await q.keyboard.press('Enter');
      await q.waitForSelector('#karta');
      await tabTo(q, '#karta-tabell-ram summary', { max: 40 });
      await q.keyboard.press('Enter');
      await q.waitForSelector('#karta-tabell');
      const wide = await q.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 360, `the page is ${wide} px wide at 360 px`);
      await q.screenshot({ path: path.join(shots, 'over-tid-360.png'), fullPage: true });
      const v = await axeViolations(q);
      assert(v.length === 0, `${v.length} violations: ${v.join('; ')}`);
    } finally {
      await q.close();
    }
  });

  // Four jobs (issue 10 item 6): five tracks, 24 months, the events and the year-end lines of
  // each track ("När året är slut", with the main income given) still print on one A4 page.
  await test('(över tid) print with four jobs and a rent: the chart, the events, the compact table and the year-end lines of all five tracks on one A4 page', async () => {
    const q = await extraPage();
    try {
      await q.setViewportSize({ width: 1280, height: 900 });
      await q.goto(h.base);
      await session(q, { year, alder: 24, hyra: '6000', timlon: 135 });
      await q.click('#steg-3');
      for (const i of [2, 3]) {
        await q.click('#lagg-till-jobb');
        await q.waitForSelector(`#scen-${i + 1} .disponibel`);
      }
      await q.click('#over-tid-visa');
      await q.selectOption('#over-tid-fodelsemanad-0', '1');
      await q.waitForSelector('#over-tid-spar-4');
      await q.waitForSelector('#over-tid-arsskifte');
      // The main income, when the year-end asks for it: her aktivitetsersättning (the form never assumes one).
      if (await q.locator('select#over-tid-huvudinkomst-0').count()) await q.selectOption('#over-tid-huvudinkomst-0', '3');
      await q.waitForSelector('#over-tid-ar-4 li');
      await q.evaluate(() => document.documentElement.setAttribute('data-utskrift', 'over-tid'));
      await q.emulateMedia({ media: 'print' });
      try {
        for (const sel of ['#tidsdiagram', '#over-tid-samlad', '#over-tid-arsskifte']) assert(await q.isVisible(sel), `${sel} is not printed`);
        for (const s of [0, 1, 2, 3, 4]) assert(await q.isVisible(`#over-tid-ar-${s}`), `the year-end lines of track ${s} are not printed`);
        assert(await q.locator('#over-tid-samlad tbody tr').count() === 24, 'the compact table has not 24 months');
        const pdf = await q.pdf({ path: path.join(shots, 'over-tid-utskrift-fyra-jobb.pdf'), format: 'A4', preferCSSPageSize: true, printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        assert(pages === 1, `the printout with four jobs is ${pages} pages`);
      } finally {
        await q.emulateMedia({ media: 'screen' });
      }
    } finally {
      await q.close();
    }
  });
}
