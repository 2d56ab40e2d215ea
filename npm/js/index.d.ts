// Types of vad-blir-kvar-motor, written by hand after the engine's Rust types
// (calculator-core/src/scenario/ for the input, evaluate.rs, belopp.rs, jamforelse.rs and
// manad/ for the results). The field names are the engine's own (Swedish), as in
// docs/scenario-format.md, so a scenario file, the CLI's output and these objects are the same.

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/**
 * An exact decimal in a result, as a string: "13524.42", "0", "-2706.58". Never a JS number,
 * which could not hold every öre exactly; convert with Number() for display or charts only.
 */
export type Decimal = string;

/**
 * A decimal in a scenario: a number (12000, 37.5) or a string ("12000.50"). Both are read as
 * exact decimals; amounts in kronor have at most two decimals (0.1 + 0.2 as a JS number is
 * 0.30000000000000004 and is refused, so compute amounts in öre or pass strings).
 */
export type DecimalInput = number | string;

// ---------------------------------------------------------------------------------------------
// The scenario (input)
// ---------------------------------------------------------------------------------------------

/** Income by kind, kronor per month. */
export interface IncomePerMonth {
  /** Lön, arvoden and sjuklön from the employer (arbetsinkomst). */
  lon?: DecimalInput;
  sjukpenning?: DecimalInput;
  /** Other pensionable benefits: a-kassa, föräldrapenning. */
  annan_pensionsgrundande?: DecimalInput;
  sjuk_aktivitetsersattning?: DecimalInput;
  pension?: DecimalInput;
}

/** A job: hours per week and either an hourly wage or a monthly salary. */
export interface Job {
  hours_per_week: DecimalInput;
  hourly_wage?: DecimalInput;
  monthly_salary?: DecimalInput;
  semesterersattning_procent?: DecimalInput;
  full_time_hours?: DecimalInput;
}

export type Omfattning = 'hel' | 'tre_fjardedelar' | 'halv' | 'en_fjardedel';

export interface Sjukpenning {
  /** SGI, kronor per year. */
  sgi?: DecimalInput;
  forvantad_arsinkomst?: DecimalInput;
  omfattning?: Omfattning;
  normal_arbetstid?: DecimalInput;
  dag_i_sjukperioden?: number;
  arbetslos?: boolean;
  sarskilda_fall?: boolean;
}

export interface Vilande {
  manader_med_ersattning_fore?: number;
  manader_vilande_hittills?: number;
  beslutad_andel?: Omfattning;
  behallen_25_procent?: boolean;
}

export interface Aktivitetsersattning {
  slag: 'aktivitetsersattning' | 'sjukersattning';
  niva: Omfattning;
  inkomstrelaterad_per_manad?: DecimalInput;
  antagandeinkomst?: DecimalInput;
  forsakringstid_ar?: number;
  vilande?: Vilande;
  steglos_avrakning?: boolean;
}

export interface Aktivitetsstod {
  form:
    | 'grundbelopp'
    | 'inkomstbaserat'
    | 'utvecklingsersattning_gymnasieexamen'
    | 'utvecklingsersattning_ovriga';
  belopp_per_dag?: DecimalInput;
  aldre_regler_vid_ikrafttradandet?: boolean;
  /** Share of full time, 0–1 (default 1). */
  omfattning?: DecimalInput;
  ersattningsdagar?: number;
}

/** One adult of the household. */
export interface Person {
  name?: string;
  birth_year: number;
  birth_month?: number;
  kyrkoavgift_procent?: DecimalInput | null;
  income_per_month?: IncomePerMonth;
  job?: Job;
  sjukpenning?: Sjukpenning;
  aktivitetsersattning?: Aktivitetsersattning;
  aktivitetsstod?: Aktivitetsstod;
  /** Amounts from a decision letter, kronor per month. */
  overrides?: Partial<
    Record<'sjukpenning' | 'aktivitetsersattning' | 'aktivitetsstod' | 'bostadstillagg', DecimalInput>
  >;
}

export interface Child {
  age: number;
  birth_month?: number;
  boende?: 'hemmavarande' | 'vaxelvis' | 'umgange';
  skolgang?: 'ingen' | 'forlangt_barnbidrag' | 'studiehjalp';
  barnbidrag?: 'hela' | 'delat';
  lunch_utanfor_hemmet?: boolean;
}

export interface Forsorjningsstod {
  kostnader?: Partial<
    Record<
      | 'boende'
      | 'hushallsel'
      | 'arbetsresor'
      | 'hemforsakring'
      | 'fack_och_akassa'
      | 'barnomsorg'
      | 'ovrigt',
      DecimalInput
    >
  >;
  jobbstimulans?: { manader_med_fs_i_folj?: number; manader_sedan_start?: number };
  underhall_per_manad?: DecimalInput;
  ovriga_inkomster_per_manad?: DecimalInput;
  hushallsgemenskap_medlemmar?: number;
}

/** What the household shares. */
export interface Household {
  boendekostnad_per_manad?: DecimalInput;
  bostadsyta_kvm?: DecimalInput;
  formogenhet?: DecimalInput;
  children?: Child[];
  forsorjningsstod?: Forsorjningsstod;
  jobbpremie?: { fs_varje_manad_juli_december_2025?: boolean; manader_med_jobbpremie?: number };
  overrides?: Partial<Record<'bostadsbidrag' | 'barnbidrag' | 'forsorjningsstod', DecimalInput>>;
}

/** A JSON merge patch (RFC 7396): what is given replaces, null removes. */
export type MergePatch<T> = { [K in keyof T]?: (T[K] extends object ? MergePatch<T[K]> : T[K]) | null };

/** One alternative to compare with today: changes to people (by index "0", "1") and household. */
export interface Alternative {
  label: string;
  people?: { [index: string]: MergePatch<Person> };
  household?: MergePatch<Household>;
}

/** A sweep over working hours (0–80 a week) or monthly salary (0–200 000 kr). */
export interface SweepSpec {
  over: 'hours' | 'monthly_salary';
  /** Index of the person whose job varies (default 0). */
  person?: number;
  from: DecimalInput;
  to: DecimalInput;
  step: DecimalInput;
}

/** A household in one income year (docs/scenario-format.md). Give `kommun` or `skattesats`. */
export interface Scenario {
  schema_version: 1;
  year: number;
  /** Month computed, 1–12 (default 1). */
  month?: number;
  /** A kommun by name (any case) or four-digit kommunkod. */
  kommun?: string;
  skattesats?: { kommunal_procent: DecimalInput; begravningsavgift_procent?: DecimalInput };
  /** One adult, or two who are married or sambor. */
  people: Person[];
  household?: Household;
  alternatives?: Alternative[];
  sweep?: SweepSpec;
  /** The months ahead (docs/scenario-format.md, "The plan"); `month` is required with it. */
  plan?: PlanSpec;
  /** Hours × hourly wage against today for one alternative ("The map"). */
  karta?: MapSpec;
  /** The web app's language when saved ("sv", "sv-lattlast", "en"); computes nothing. */
  language?: string;
}

/** The months ahead: 12–36 months from the scenario's year and month. */
export interface PlanSpec {
  manader: number;
  /** A stepped job: from plan month `fran_manad` the person's job in the track (`alternativ`;
   * absent = today) has these hours. Before a track's first step the person has no job. */
  steg?: {
    alternativ?: number;
    person?: number;
    fran_manad: number;
    hours_per_week: DecimalInput;
    monthly_salary?: DecimalInput;
  }[];
  /** Per person: the sick period's first day (required with sjukpenning), the sjukersättning
   * decided from 30. */
  personer?: {
    sjukperiodens_forsta_dag?: string;
    sjukersattning_fran_30?: 'hel' | 'tre_fjardedelar' | 'halv' | 'en_fjardedel';
    /** Which payer has the main income (withholds by the monthly table; the others 30 %).
     * Needed for the year-end when a year has more than one payer. */
    huvudinkomst?: IncomeKind;
  }[];
  /** false: months without explanation steps (much faster, much smaller). Default true. */
  forklaringar?: boolean;
}

export interface MapSpec {
  alternativ?: number;
  person?: number;
  timmar: { fran: DecimalInput; till: DecimalInput; steg: DecimalInput };
  timlon: { fran: DecimalInput; till: DecimalInput; steg: DecimalInput };
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/** Which amount of the month a component is. */
export type ComponentId =
  | 'lon'
  | 'ovrig_lon'
  | 'ovrig_sjukpenning'
  | 'ovrig_pensionsgrundande'
  | 'ovrig_sjuk_aktivitetsersattning'
  | 'ovrig_pension'
  | 'sjukpenning'
  | 'aktivitetsersattning'
  | 'aktivitetsstod'
  | 'skatt'
  | 'bostadstillagg'
  | 'bostadsbidrag'
  | 'barnbidrag'
  | 'till_ungdomen'
  | 'underhall'
  | 'ovrig_inkomst'
  | 'forsorjningsstod'
  | 'jobbpremie';

/** How an amount stands: paid, 0 kr though eligible, not eligible, input missing, not modelled. */
export type Status = 'utbetalas' | 'noll_kronor' | 'ej_ratt' | 'behover_uppgift' | 'ej_modellerad';

/** One amount of the month on the amounts path. */
export interface AmountItem {
  id: ComponentId;
  /** The person it belongs to; absent for the household's. */
  person?: number;
  status: Status;
  /** Signed contribution to disposable income per month (the tax is negative). */
  per_manad: Decimal;
  /** False for information only (jobbpremie): not in the totals. */
  i_summan: boolean;
}

/** One month's figures on the amounts path. */
export interface MonthAmounts {
  /** What the household has to live on per month. */
  disponibel_inkomst: Decimal;
  /** Disposable income less the housing cost; absent without a housing cost. */
  kvar_efter_boendekostnad?: Decimal;
  lon_brutto: Decimal;
  komponenter: AmountItem[];
}

export interface AlternativeAmounts {
  label: string;
  skillnad_mot_i_dag: Decimal;
  manad: MonthAmounts;
}

/** What `amounts` returns: today, each alternative and the sweep, without explanations. */
export interface Amounts {
  year: number;
  /** The month computed, "YYYY-MM". */
  manad: string;
  i_dag: MonthAmounts;
  alternativ?: AlternativeAmounts[];
  sweep?: SweepResult;
}

/** What `compare` returns. */
export interface Comparison {
  year: number;
  manad: string;
  i_dag: MonthAmounts;
  alternativ: AlternativeAmounts[];
}

export interface SweepPoint {
  /** Hours per week or monthly salary. */
  x: Decimal;
  lon_brutto: Decimal;
  disponibel_inkomst: Decimal;
  komponenter: Partial<Record<ComponentId, Decimal>>;
}

/** The effective marginal rate of one step, split by component (the parts add up to total). */
export interface MarginalEffect {
  from_x: Decimal;
  to_x: Decimal;
  total: Decimal;
  delar: Partial<Record<ComponentId, Decimal>>;
}

/** Where a step of work leaves less money to live on, a benefit steps down by more than the
 * extra wage, or a benefit ends, between two points of the sweep. */
export interface Threshold {
  fran_x: Decimal;
  till_x: Decimal;
  disponibel_forandring: Decimal;
  mindre_kvar: boolean;
  steg_ner?: { komponent: ComponentId; forandring: Decimal }[];
  upphor?: ComponentId[];
}

/** What `sweep` returns. */
export interface SweepResult {
  over: 'hours' | 'monthly_salary';
  punkter: SweepPoint[];
  marginaleffekter: MarginalEffect[];
  /** Absent when there is none. */
  trosklar?: Threshold[];
}

/** One step of an explanation: an amount, its formula with the numbers, and the paragraph. */
export interface Step {
  id: string;
  label: string;
  amount: Decimal;
  unit?: 'barn' | 'dagar' | 'andel';
  formula: string;
  inputs: { name: string; value: Decimal }[];
  params: {
    key: string;
    name: string;
    value: string;
    reference: string;
    source: string;
    verified_on: string;
  }[];
  reference: string;
  rounding?: string;
}

/** One amount of the month with its explanation (the full path). */
export interface Component extends AmountItem {
  label: string;
  skattepliktig: boolean;
  /** True for försörjningsstöd: an estimate the authority decides with judgement. */
  uppskattning?: boolean;
  /** Why, in Swedish, for every status but a plain payment. */
  skal?: string;
  /** The inputs needed (with status behover_uppgift). */
  saknas?: string[];
  /** The modelled amount when a decision letter's amount replaced it. */
  modellerat_per_manad?: Decimal;
  /** Sjukpenning with a job: the level its hours leave (1, 0.75, 0.5, 0.25 or 0). */
  niva_med_arbete?: Decimal;
  /** Försörjningsstöd: the wages not counted under the jobbstimulans, when it applies. */
  jobbstimulans_per_manad?: Decimal;
  steps: Step[];
}

/** A rule used past the date it is verified until. */
export interface RuleNotice {
  omrade: string;
  komponenter: ComponentId[];
  kontrollerad_till: string;
  parametrar: string[];
  text: string;
}

export interface Month {
  manad: string;
  komponenter: Component[];
  disponibel_inkomst: Decimal;
  kvar_efter_boendekostnad?: Decimal;
  lon_brutto: Decimal;
  regelnotiser?: RuleNotice[];
}

export interface Kommun {
  kod: string;
  namn: string;
  kommunal_skattesats: Decimal;
  begravningsavgift: Decimal;
}

/** The final tax of one person for the whole year, kronor. */
export interface FinalTax {
  bruttoinkomst: Decimal;
  faststalld_forvarvsinkomst: Decimal;
  grundavdrag: Decimal;
  beskattningsbar_forvarvsinkomst: Decimal;
  kommunal_skatt: Decimal;
  statlig_skatt: Decimal;
  begravningsavgift: Decimal;
  kyrkoavgift: Decimal;
  public_service_avgift: Decimal;
  allman_pensionsavgift: Decimal;
  skattereduktion_allman_pensionsavgift: Decimal;
  jobbskatteavdrag: Decimal;
  skattereduktion_sjuk_aktivitetsersattning: Decimal;
  skattereduktion_forvarvsinkomst: Decimal;
  jobbskatteavdrag_berattigat: Decimal;
  skattereduktion_sjuk_aktivitetsersattning_berattigad: Decimal;
  skattereduktion_forvarvsinkomst_berattigad: Decimal;
  total_skatt: Decimal;
  nettoinkomst: Decimal;
}

export interface PersonResult {
  name?: string;
  alder_vid_arets_ingang: number;
  income_per_month: Required<{ [K in keyof IncomePerMonth]: Decimal }>;
  per_manad: {
    brutto: Decimal;
    slutlig_skatt: Decimal;
    netto_efter_slutlig_skatt: Decimal;
    /** null when some payer's withholding is not modelled. */
    preliminar_skatt: Decimal | null;
    netto_efter_preliminar_skatt: Decimal | null;
  };
  preliminar_skatt: {
    inkomstslag: string;
    belopp_per_manad: Decimal;
    status: 'beraknad' | 'ej_modellerad';
    skatteavdrag?: Decimal;
    tabell?: number;
    kolumn?: number;
    forklaring: string;
  }[];
  slutlig_skatt_ar: FinalTax;
  trace: Step[];
}

/** One alternative against today, with its whole month. */
export interface AlternativeResult {
  label: string;
  disponibel_inkomst: Decimal;
  skillnad_mot_i_dag: Decimal;
  komponenter: {
    id: ComponentId;
    label: string;
    person?: number;
    i_dag: Decimal;
    alternativ: Decimal;
    skillnad: Decimal;
  }[];
  manad: Month;
}

/** What `calculate` returns: `kalkyl calculate`'s JSON (docs/scenario-format.md, "The result"). */
export interface Result {
  schema_version: number;
  year: number;
  ruleset: {
    year: number;
    /** verified: the year's parameters reproduce Skatteverket's official tables. */
    status: 'verified' | 'unverified' | 'preliminary';
    verified_on: string;
    note: string;
  };
  skattesats: { kommun?: Kommun; kommunal_procent: Decimal; begravningsavgift_procent: Decimal };
  people: PersonResult[];
  household: {
    brutto_per_manad: Decimal;
    slutlig_skatt_per_manad: Decimal;
    netto_per_manad: Decimal;
  };
  manad: Month;
  jamforelse?: AlternativeResult[];
  sweep?: SweepResult;
  plan?: PlanResult;
  karta?: MapResult;
}

/** A dated change in the months ahead, in words, with the paragraph. */
export interface PlanEvent {
  nummer: number;
  manad: string;
  orsak: string;
  person?: number;
  barn?: number;
  text: string;
  paragraf: string;
  komponent?: ComponentId;
  skillnad?: Decimal;
  disponibel_skillnad?: Decimal;
  andringar: {
    id: ComponentId;
    person?: number;
    fore: Decimal;
    efter: Decimal;
    skillnad: Decimal;
    status_fore?: Status;
    status_efter?: Status;
  }[];
}

/** The income kinds the tax separates, each with its payer. */
export type IncomeKind =
  | 'lon'
  | 'sjukpenning'
  | 'annan_pensionsgrundande'
  | 'sjuk_aktivitetsersattning'
  | 'pension';

/** Whether a year-end settlement was computed. */
export type SettlementStatus =
  | 'beraknad'
  | 'del_av_ar'
  | 'behover_uppgift'
  | 'ej_modellerad'
  | 'ej_aktuell';

/** Something to do about a settlement, as data for the UI to word. */
export type SettlementAction =
  | { atgard: 'hogre_skatteavdrag'; inkomstslag: IncomeKind; per_manad: Decimal }
  | { atgard: 'jamkning'; per_manad: Decimal }
  | { atgard: 'anmal_andrad_inkomst'; manad: string };

/** One calendar year of a track, settled (docs/pipeline.md, "The year-end"). */
export interface YearEnd {
  ar: number;
  manader: string[];
  hela_aret: boolean;
  /** Months of the year outside the plan: then nothing is computed for the year. */
  saknade_manader?: string[];
  /** Per person: the final tax against what the payers withheld. */
  skatt: {
    person: number;
    status: SettlementStatus;
    skal?: string;
    saknas?: string[];
    utbetalare?: {
      inkomstslag: IncomeKind;
      vem: string;
      huvudinkomst: boolean;
      inkomst_ar: Decimal;
      metod: 'skattetabell' | 'sidoinkomst30' | 'ej_modellerad';
      tabell?: number;
      kolumn?: number;
      avdragen_skatt?: Decimal;
      skal?: string;
    }[];
    avdragen_skatt?: Decimal;
    slutlig_skatt?: Decimal;
    /** Final less withheld: above 0 kvarskatt, below 0 återbetalning. */
    skillnad?: Decimal;
    utfall?: 'kvarskatt' | 'aterbetalning' | 'ingen_skillnad';
    /** Whole kronor, to pay or to get back. */
    belopp?: Decimal;
    kvarskatt_over_30000?: boolean;
    atgarder?: SettlementAction[];
    antaganden?: string[];
    steps?: Step[];
  }[];
  /** The household's final bostadsbidrag against the preliminary paid. */
  bostadsbidrag: {
    status: SettlementStatus;
    skal?: string;
    saknas?: string[];
    preliminart?: Decimal;
    bidragsgrundande_inkomst?: Decimal[];
    slutligt?: Decimal;
    /** Final less preliminary: below 0 to pay back. */
    skillnad?: Decimal;
    /** The preliminary had the year's actual income been the estimate from January. */
    preliminart_med_arets_inkomst?: Decimal;
    utfall?: 'aterbetalning' | 'efterbetalning' | 'under_beloppsgrans' | 'ingen_skillnad';
    belopp?: Decimal;
    atgarder?: SettlementAction[];
    steps?: Step[];
  };
}

/** The plan's result: a track for today, then one per alternative. */
export interface PlanResult {
  start: string;
  manader: number;
  spar: {
    label: string;
    alternativ?: number;
    manader: {
      nummer: number;
      manad: string;
      /** The state carried into the month (ages, hours, sick-period days, months vilande, …). */
      tillstand: Record<string, unknown>;
      status: 'beraknad' | 'regler_saknas';
      skal?: string;
      disponibel_inkomst?: Decimal;
      skillnad_mot_i_dag?: Decimal;
      resultat?: Month;
    }[];
    handelser: PlanEvent[];
    /** The year-end of each calendar year the track touches. */
    ar: YearEnd[];
  }[];
  /** Dated notices that change no modelled amount (day 181 and 366 of sick leave, rules missing). */
  notiser: { nummer: number; manad: string; slag: string; person?: number; text: string; paragraf?: string }[];
}

/** The map: better off than today by, per hourly wage (rows) and hours (columns). */
export interface MapResult {
  alternativ: number;
  person: number;
  timmar: Decimal[];
  timloner: Decimal[];
  i_dag: Decimal;
  battre_an_i_dag: Decimal[][];
  klippor: { timlon: Decimal; fran_timmar: Decimal; till_timmar: Decimal; forlust: Decimal }[];
}

// ---------------------------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------------------------

/** One refused field: its JSON path (`people[0].birth_year`) and, in Swedish, why. */
export interface FieldError {
  field: string;
  message: string;
}

/** Thrown when the input is refused; `message` lists every `field: message`. */
export class ScenarioError extends Error {
  readonly name: 'ScenarioError';
  readonly errors: FieldError[];
}

/**
 * Loads the engine; await it once before any other call. In Node the wasm is read from the
 * package's folder; in browsers it is fetched next to the module. Pass the wasm's URL, bytes
 * or a compiled module to load it from elsewhere.
 */
export function init(source?: WasmSource): Promise<void>;

/**
 * Where init() gets the wasm: its URL (a string or URL), its bytes, a fetch Response or a compiled
 * WebAssembly.Module (the URL, Response and Module typed as `object`, so that these types need neither the DOM
 * lib nor @types/node).
 */
export type WasmSource = string | ArrayBuffer | ArrayBufferView | object;

/** A scenario (object, or JSON text) evaluated with every explanation. */
export function calculate(scenario: Scenario | string): Result;

/** A scenario's amounts and statuses only: the same figures as `calculate`, many times faster. */
export function amounts(scenario: Scenario | string): Amounts;

/**
 * Today against up to four alternatives (merge patches of today's people and household). Any
 * `alternatives` or `sweep` in `today` are replaced. Errors in an alternative are named
 * `alternatives[i]....`.
 */
export function compare(today: Scenario | string, alternatives: Alternative[] | string): Comparison;

/**
 * Disposable income and each component over working hours or monthly salary (at most 401
 * points), with the marginal effect of each step. Errors in the spec are named `sweep....`.
 */
export function sweep(scenario: Scenario | string, spec: SweepSpec | string): SweepResult;

/** The kommuner of an income year with their rates, sorted by name. */
export function kommuner(year: number): Kommun[];

/** The income years the engine has rules for. */
export function years(): number[];

/** The version of the wasm engine loaded (equal to `version` in a whole package). */
export function engineVersion(): string;

/** The package's version. */
export const version: string;
