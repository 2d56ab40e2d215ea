// Checked by tsc --noEmit (tests/npm/run), never run: the package's types describe what the
// functions take and return precisely enough to catch mistakes. Each @ts-expect-error must
// meet an error, so types that were `any` would fail the check.
import {
  init, calculate, amounts, compare, sweep, kommuner, years, version, engineVersion,
  ScenarioError,
  type Scenario, type Result, type Amounts, type Comparison, type SweepResult, type Kommun,
  type Decimal, type FieldError,
} from 'vad-blir-kvar-motor';

await init();
const s: Scenario = {
  schema_version: 1, year: 2026, kommun: 'Göteborg', month: 5,
  people: [{ birth_year: 1990, job: { hours_per_week: '20', hourly_wage: 150 },
    sjukpenning: { sgi: 300000, omfattning: 'halv' } }],
  household: { boendekostnad_per_manad: 6000, children: [{ age: 4, boende: 'vaxelvis' }],
    forsorjningsstod: { kostnader: { hushallsel: 400 } }, overrides: { barnbidrag: 1250 } },
};
const r: Result = calculate(s);
const tax: Decimal = r.people[0].slutlig_skatt_ar.total_skatt;
const preliminary: Decimal | null = r.people[0].per_manad.preliminar_skatt;
const why: string | undefined = r.manad.komponenter[0].skal;
const paragraph: string = r.manad.komponenter[0].steps[0].reference;
const a: Amounts = amounts(JSON.stringify(s));
const left: Decimal | undefined = a.i_dag.kvar_efter_boendekostnad;
const c: Comparison = compare(s, [{ label: '30 h', people: { 0: { job: { hours_per_week: 30 } } },
  household: { forsorjningsstod: null } }]);
const diff: Decimal = c.alternativ[0].skillnad_mot_i_dag;
const sw: SweepResult = sweep(s, { over: 'monthly_salary', from: 0, to: 30000, step: 1000 });
const skatt: Decimal | undefined = sw.punkter[0].komponenter.skatt;
const k: Kommun[] = kommuner(2026);
const y: number[] = years();
const v: string = version + engineVersion();
try {
  amounts(s);
} catch (e) {
  if (e instanceof ScenarioError) {
    const f: FieldError[] = e.errors;
    const m: string = e.message;
    void [f, m];
  }
}
void [tax, preliminary, why, paragraph, left, diff, skatt, k, y, v];

// Amounts in results are strings, not numbers.
// @ts-expect-error
const n: number = r.manad.disponibel_inkomst;
// A value outside a field's choices.
// @ts-expect-error
const bad1: Scenario = { schema_version: 1, year: 2026, people: [{ birth_year: 1990, sjukpenning: { omfattning: 'full' } }] };
// A misspelt field.
// @ts-expect-error
const bad2: Scenario = { schema_version: 1, year: 2026, people: [{ birth_year: 1990, income_per_month: { lön: 5 } }] };
// A required field missing.
// @ts-expect-error
const bad3: Scenario = { schema_version: 1, year: 2026, people: [{ name: 'Sara' }] };
// Another schema version.
// @ts-expect-error
const bad4: Scenario = { schema_version: 2, year: 2026, people: [{ birth_year: 1990 }] };
// A sweep axis that does not exist.
// @ts-expect-error
sweep(s, { over: 'dagar', from: 0, to: 40, step: 1 });
// An override the engine does not take.
// @ts-expect-error
compare(s, [{ label: 'x', household: { overrides: { lon: 5 } } }]);
// Status is one of five words.
// @ts-expect-error
const st: 'betalas' = a.i_dag.komponenter[0].status;
// The months ahead and the map.
const planned: Result = calculate({ ...s, plan: { manader: 24, steg: [{ alternativ: 0, fran_manad: 4, hours_per_week: 20 }],
  personer: [{ sjukperiodens_forsta_dag: '2026-01-10' }], forklaringar: false },
  karta: { timmar: { fran: 0, till: 40, steg: 1 }, timlon: { fran: 120, till: 200, steg: 10 } } });
const event: string | undefined = planned.plan?.spar[1].handelser[0]?.text;
const better: Decimal | undefined = planned.karta?.battre_an_i_dag[0][0];
// The year-end: kvarskatt or återbetalning, bostadsbidrag's settlement.
const kvar: 'kvarskatt' | 'aterbetalning' | 'ingen_skillnad' | undefined = planned.plan?.spar[0].ar[0].skatt[0].utfall;
const bbAr: Decimal | undefined = planned.plan?.spar[0].ar[0].bostadsbidrag.belopp;
// The main payer is one of the income kinds.
// @ts-expect-error
const bad6: Scenario = { ...s, plan: { manader: 12, personer: [{ huvudinkomst: 'jobbet' }] } };
// A plan step's month is a number.
// @ts-expect-error
const bad5: Scenario = { ...s, plan: { manader: 12, steg: [{ fran_manad: 'april', hours_per_week: 10 }] } };
void [n, bad1, bad2, bad3, bad4, bad5, bad6, st, event, better, kvar, bbAr];
