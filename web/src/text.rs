//! Every word the app shows, in one table per language, so that a translation is one new
//! table and never a hunt through the components. Swedish here; lättläst and English in
//! `text_lattlast.rs` and `text_engelska.rs`.
//!
//! Messages that come from the engine (`calculator_core::InputErrors`, the trace's labels and
//! formulas) are already Swedish and are shown as they are.

use calculator_core::hushall::AktivitetsstodForm;
use calculator_core::orsak::Skattepost;
use calculator_core::KomponentId;
use rules::formaner::aktivitetsersattning::Niva;
use rules::formaner::barnbidrag::Skolgang;
use rules::formaner::bostadsbidrag::Boende;
use rules::formaner::Manad;
use rules::formaner::Status;

/// The app's texts. Plain strings where nothing varies; functions where a number or name must
/// go inside the sentence (word order differs between languages).
pub struct Text {
    pub lang: &'static str,
    pub sidtitel: &'static str,
    pub ingress: &'static str,
    pub uppgifter_rubrik: &'static str,

    pub lon_etikett: &'static str,
    pub lon_hjalp: &'static str,
    pub lon_saknas: &'static str,

    pub kommun_etikett: &'static str,
    pub kommun_hjalp: &'static str,
    pub kommun_lista_etikett: &'static str,
    pub kommun_saknas: &'static str,
    pub kommun_ingen_traff: &'static str,
    pub kommun_traffar: fn(usize) -> String,

    pub alder_legend: &'static str,
    pub alder_under_66: &'static str,
    pub alder_66: &'static str,
    pub alder_hjalp: &'static str,

    pub ar_etikett: &'static str,

    pub kyrka_etikett: &'static str,
    pub kyrkoavgift_etikett: &'static str,
    pub kyrkoavgift_hjalp: &'static str,
    pub kyrkoavgift_saknas: &'static str,

    pub ej_tal: &'static str,
    pub for_manga_decimaler: fn(u32) -> String,
    pub ej_heltal: &'static str,
    pub for_stort: fn(&str) -> String,
    pub fel_rubrik: &'static str,

    pub resultat_rubrik: &'static str,
    pub resultat_vantar: &'static str,
    pub resultat_rattas: &'static str,
    pub kvar_efter_skatt: &'static str,
    pub i_manaden: &'static str,
    pub utbetalt: &'static str,
    /// (table, column); the amount follows.
    pub preliminarskatt_enligt: fn(u32, u32) -> String,
    pub preliminarskatt_saknas: &'static str,
    pub efter_slutlig_skatt: &'static str,
    pub kvar_efter_slutlig_skatt: &'static str,
    /// The final tax per month follows.
    pub slutlig_skatt_forklaring: &'static str,
    /// (kommun, kommunal rate, begravningsavgift rate)
    pub skattesatser: fn(&str, &str, &str) -> String,

    pub komponenter_rubrik: &'static str,
    pub kolumn_post: &'static str,
    pub kolumn_manad: &'static str,
    pub kolumn_ar: &'static str,
    pub manad_fotnot: &'static str,
    pub grupp_inkomst: &'static str,
    pub grupp_skatter: &'static str,
    pub grupp_reduktioner: &'static str,
    pub grupp_summa: &'static str,
    pub rad_brutto: &'static str,
    pub rad_grundavdrag: &'static str,
    pub rad_beskattningsbar: &'static str,
    pub rad_kommunal: fn(&str) -> String,
    pub rad_statlig: &'static str,
    pub rad_begravning: fn(&str) -> String,
    pub rad_kyrka: &'static str,
    pub rad_public_service: &'static str,
    pub rad_pensionsavgift: &'static str,
    pub rad_red_pensionsavgift: &'static str,
    pub rad_jobbskatteavdrag: &'static str,
    pub rad_red_sjuk_aktivitet: &'static str,
    pub rad_red_forvarvsinkomst: &'static str,
    pub rad_total_skatt: &'static str,
    pub rad_netto: &'static str,

    pub visa_utrakningen: &'static str,
    pub utrakning_formel: &'static str,
    pub utrakning_lagrum: &'static str,
    pub utrakning_avrundning: &'static str,

    /// (year, status, verified_on)
    pub regelverk: fn(i32, &str, &str) -> String,
    pub forbehall: &'static str,
    pub integritet: &'static str,

    pub om_appen_rubrik: &'static str,
    /// (the income years offered, the last month their rules are verified through)
    pub om_appen_regler: fn(&[i32], Option<Manad>) -> String,
    pub om_appen_offline: &'static str,
    pub spara_appen: &'static str,
    pub spara_appen_hjalp: &'static str,

    pub kronor: &'static str,
    /// A count of children in an explanation ("2 barn").
    pub enhet_barn: &'static str,
    /// A count of days in an explanation ("22 dagar").
    pub enhet_dagar: &'static str,
    pub procent: &'static str,
    pub minus: &'static str,
    pub decimaltecken: char,
    pub tusentalsavgransare: char,

    pub vy_etikett: &'static str,
    pub vy_radgivning: &'static str,
    pub vy_skatt: &'static str,
    pub radgivning_ingress: &'static str,
    pub radgivning: RadText,
}

/// The counselling view's texts.
pub struct RadText {
    pub situation_rubrik: &'static str,
    pub steg_etikett: &'static str,
    pub steg_nar: &'static str,
    pub steg_hushall: &'static str,
    pub steg_i_dag: &'static str,
    pub steg_jobb: &'static str,
    pub nasta: &'static str,
    pub tillbaka: &'static str,

    pub ar_etikett: &'static str,
    pub manad_etikett: &'static str,
    pub manader: [&'static str; 12],
    pub kommun_hjalp: &'static str,

    pub vuxna_etikett: &'static str,
    pub vuxna_en: &'static str,
    pub vuxna_tva: &'static str,
    /// Adult index 0/1.
    pub alder_etikett: fn(usize) -> &'static str,
    pub kyrka_etikett: fn(usize) -> &'static str,
    pub kyrkoavgift_etikett: fn(usize) -> &'static str,
    pub kyrkoavgift_hjalp: &'static str,
    pub alder_hjalp: &'static str,
    pub boende_etikett: &'static str,
    pub boende_hjalp: &'static str,
    pub barn_etikett: &'static str,
    pub barn_hjalp: &'static str,
    pub barn_alder: fn(usize) -> String,
    pub barn_alder_hjalp: &'static str,
    pub lagg_till_barn: &'static str,
    pub ta_bort_barn: fn(usize) -> String,
    /// Child number (1-based).
    pub barn_boende_etikett: fn(usize) -> String,
    pub barn_boende: fn(Boende) -> &'static str,
    /// Child number (1-based).
    pub barn_skola_etikett: fn(usize) -> String,
    pub barn_skola: fn(Skolgang) -> &'static str,
    /// Child number (1-based).
    pub barn_manad_etikett: fn(usize) -> String,
    pub valj_manad: &'static str,
    pub barn_manad_saknas: &'static str,
    pub barn_delat_etikett: &'static str,
    pub barn_lunch_etikett: &'static str,
    pub jobb_resor_etikett: &'static str,
    pub jobb_barnomsorg_etikett: &'static str,
    pub jobb_kostnad_hjalp: &'static str,
    pub formogenhet_etikett: &'static str,
    pub underhall_etikett: &'static str,
    pub underhall_hjalp: &'static str,
    pub yta_etikett: &'static str,
    pub yta_hjalp: &'static str,
    pub formogenhet_hjalp: &'static str,

    pub har_etikett: fn(usize) -> String,
    pub har_hjalp: &'static str,
    pub har_inget: &'static str,
    pub har_sjukpenning: &'static str,
    pub har_ae: &'static str,
    pub har_se: &'static str,
    pub har_fs: &'static str,
    pub har_akt: &'static str,
    pub lon_i_dag_etikett: fn(usize) -> &'static str,
    pub lon_i_dag_hjalp: &'static str,
    pub akassa_etikett: &'static str,
    pub akassa_hjalp: &'static str,
    /// Aktivitetsstöd in a few words, for labels.
    pub akt_kort: &'static str,
    pub akt_form_etikett: &'static str,
    pub akt_ocksa_etikett: &'static str,
    pub akt_form: fn(AktivitetsstodForm) -> &'static str,
    pub akt_dagbelopp_etikett: &'static str,
    pub akt_dagbelopp_hjalp: &'static str,
    pub akt_omfattning_etikett: &'static str,
    pub akt_omfattning_hjalp: &'static str,
    pub manader_vilande_etikett: &'static str,
    pub manader_vilande_hjalp: &'static str,
    pub beslut_rubrik: &'static str,
    pub beslut_hjalp: &'static str,
    pub beslut_belopp_etikett: fn(&str) -> String,
    pub beslut_bt_etikett: &'static str,
    pub beslut_bb_etikett: &'static str,
    pub beslut_fs_etikett: &'static str,
    pub beslut_falt_hjalp: &'static str,
    pub fs_kostnader_rubrik: &'static str,
    pub fs_el_etikett: &'static str,
    pub fs_forsakring_etikett: &'static str,
    pub fs_resor_etikett: &'static str,
    pub fs_fack_etikett: &'static str,
    pub fs_barnomsorg_etikett: &'static str,
    pub fs_kostnad_hjalp: &'static str,
    pub sjukpenning_niva: &'static str,
    pub ersattning_niva: &'static str,
    /// A level of sjukpenning or of aktivitets-/sjukersättning.
    pub niva: fn(Niva) -> &'static str,
    pub sgi_etikett: &'static str,
    pub sgi_hjalp: &'static str,
    /// Adult index 0/1.
    pub arbetstid_etikett: fn(usize) -> &'static str,
    pub arbetstid_hjalp: &'static str,
    /// The sjukpenning level with a job, from the engine's step (1, 0.75, 0.5, 0.25 or 0).
    pub sjukskriven_med_jobbet: fn(rust_decimal::Decimal) -> String,
    pub inkomstrelaterad_etikett: &'static str,
    pub inkomstrelaterad_hjalp: &'static str,
    pub manader_ersattning_etikett: &'static str,
    pub manader_ersattning_hjalp: &'static str,
    pub fs_kostnader_etikett: &'static str,
    pub fs_kostnader_hjalp: &'static str,
    pub fs_manader_etikett: &'static str,
    pub fs_manader_hjalp: &'static str,

    pub jobb_hjalp: &'static str,
    pub jobb_etikett: fn(usize) -> String,
    /// (hours, wage as typed, whether the wage is per month)
    pub jobb_beskrivning: fn(&str, &str, bool) -> String,
    pub med_vilande: &'static str,
    pub med_vilande_25: &'static str,
    pub vem_etikett: &'static str,
    pub vem_namn: fn(usize) -> &'static str,
    pub timmar_etikett: &'static str,
    pub timmar_hjalp: &'static str,
    pub per_manad_etikett: &'static str,
    pub timlon_etikett: &'static str,
    pub timlon_hjalp: &'static str,
    pub manadslon_etikett: &'static str,
    pub manadslon_hjalp: &'static str,
    pub vilande_etikett: &'static str,
    pub vilande_hjalp: &'static str,
    pub behall25_etikett: &'static str,
    pub behall25_hjalp: &'static str,
    /// The percentage, formatted.
    pub semester_etikett: fn(&str) -> String,
    pub semester_hjalp: &'static str,
    pub med_semester: &'static str,
    pub lagg_till_jobb: &'static str,
    pub ta_bort_jobb: fn(usize) -> String,

    pub fyll_i: &'static str,
    pub for_stort: &'static str,

    pub jamforelse_rubrik: &'static str,
    pub vantar: &'static str,
    pub vantar_kommun: &'static str,
    /// The steps (1-based) with a field to correct.
    pub ratta_i_steg: fn(&[usize]) -> String,
    pub i_dag: &'static str,
    pub att_leva_pa: &'static str,
    /// What is left of it when the housing cost is paid.
    pub kvar_efter_boende: &'static str,
    /// (the best job's label, its gain per month)
    pub basta_alternativ: fn(&str, &str) -> String,
    pub inget_alternativ_battre: &'static str,
    /// (the chart's job, its hours, kronor kept of the next 100 kr of wage)
    pub nasta_hundra: fn(&str, &str, rust_decimal::Decimal) -> String,
    /// (difference, its absolute amount formatted)
    pub skillnad_mening: fn(rust_decimal::Decimal, &str) -> String,
    pub sammanfattning_i_dag: fn(&str) -> String,
    /// The alternatives in short, as rows: its name for screen readers, and the heads of its
    /// columns (the alternative, its money to live on, its difference to today).
    pub oversikt_rubrik: &'static str,
    pub oversikt_per_manad: &'static str,
    pub oversikt_skillnad: &'static str,
    /// (label, amount, difference)
    pub sammanfattning_alt: fn(&str, &str, &str) -> String,
    pub komponenter_rubrik: &'static str,
    pub kolumn_del: &'static str,
    pub kolumn_status: &'static str,
    pub kolumn_belopp: &'static str,
    pub status_utbetalas: &'static str,
    /// The tax's status: taken from the income, not paid out.
    pub status_dras: &'static str,
    pub status_noll: &'static str,
    pub status_ej_ratt: &'static str,
    pub status_behover_uppgift: &'static str,
    pub status_ej_beraknat: &'static str,
    pub person_namn: fn(usize) -> &'static str,
    pub uppskattning: &'static str,
    /// The word that marks an estimate, lower case, as it appears in labels.
    pub uppskattning_ord: &'static str,
    pub uppskattning_text: &'static str,
    pub uppskattning_fotnot: &'static str,
    /// Above the cards when some rules are used past the date they are verified until.
    pub regelnotis_rubrik: &'static str,
    pub regelnotis_inledning: &'static str,
    pub ej_i_summan: &'static str,
    /// The heading of the components that apply in none of the options.
    pub inte_aktuellt: &'static str,
    pub varfor: &'static str,
    pub forklaring_rubrik: fn(&str) -> String,
    pub saknas: &'static str,
    pub modellerat: &'static str,
    pub for_handledaren: &'static str,
    pub parameter: &'static str,

    pub diagram_del_rubrik: &'static str,
    pub diagram_rubrik: fn(&str) -> String,
    /// (at 0 hours, the last x, at the last x)
    pub diagram_beskrivning: fn(&str, &str, &str) -> String,
    /// (number, hours, amount)
    pub diagram_markering: fn(usize, &str, &str) -> String,
    pub diagram_x_axel: &'static str,
    pub diagram_markerade: &'static str,
    pub diagram_markerade_utanfor: &'static str,
    pub diagram_som_tabell: &'static str,
    pub diagram_tabell_rubrik: &'static str,
    pub diagram_fel: &'static str,
    pub diagram_behover_timlon: &'static str,
    pub disponibel_kort: &'static str,
    pub diagram_visning: &'static str,
    pub visa_niva: &'static str,
    pub visa_marginal: &'static str,
    /// The hourly wage as typed.
    pub marginal_rubrik: fn(&str) -> String,
    pub marginal_forklaring: &'static str,
    /// (least kept without sign, whether that is a loss, its hours, most kept, its hours)
    pub marginal_beskrivning: fn(&str, bool, &str, &str, &str) -> String,
    pub marginal_tabell_rubrik: &'static str,
    pub behall_kort: &'static str,
    pub diagram_instruktion: &'static str,
    /// (hours, money to live on, the components)
    pub avlasning_niva: fn(&str, &str, &str) -> String,
    /// (from hours, to hours, what is kept as an amount without sign, whether it is a loss,
    /// where the rest goes)
    pub avlasning_marginal: fn(&str, &str, &str, bool, &str) -> String,
    pub diagram_valj_jobb: &'static str,
    /// A sweep component id in words.
    pub komponent_namn: fn(KomponentId) -> &'static str,
    /// A benefit's name in the definite form, inside a sentence ("bostadstillägget").
    pub komponent_bestamd: fn(KomponentId) -> &'static str,
    /// Heading of the thresholds of the charted job (`crate::trosklar`).
    pub trosklar_rubrik: &'static str,
    /// (hours from, hours to, benefit, amount): a benefit that falls by a step.
    pub troskel_steg: fn(&str, &str, &str, &str) -> String,
    /// (hours from, hours to, benefits): benefits that end.
    pub troskel_upphor: fn(&str, &str, &str) -> String,
    /// (hours from, amount): the money to live on falls across the step.
    pub troskel_mindre_kvar: fn(&str, &str) -> String,
    /// What may avoid a step of aktivitets- or sjukersättning.
    pub troskel_vilande: &'static str,
    /// " och " between the last two of a list.
    pub och: &'static str,

    pub atgard_rubrik: &'static str,
    pub atgard_inget: &'static str,
    pub atgard: fn(crate::att_gora::Atgard) -> &'static str,

    pub skriv_ut: &'static str,
    /// "Varför?" in plain words, the thresholds near a job's hours and the printout's name
    /// and note.
    pub vf: VarforText,
    pub utskrift_situation: &'static str,
    /// (date printed)
    pub utskriven: fn(&str) -> String,
    /// (year, verified on)
    pub utskrift_regler: fn(i32, &str) -> String,
    pub myndigheterna_beslutar: &'static str,
    pub sammanfattning_vuxna: fn(usize) -> &'static str,
    pub sammanfattning_alder: fn(usize, &str) -> String,
    pub sammanfattning_boende: fn(&str) -> String,
    pub sammanfattning_barn: fn(&str) -> String,
    /// (who, what, level or "")
    pub sammanfattning_har: fn(usize, &str, &str) -> String,
    /// (adult, today's wage formatted)
    pub sammanfattning_lon: fn(usize, &str) -> String,

    pub spara_rubrik: &'static str,
    pub spara_hjalp: &'static str,
    pub spara_fil: &'static str,
    pub filnamn: &'static str,
    pub oppna_fil: &'static str,
    pub fil_oppnad: &'static str,
    /// (the engine's or the reader's message)
    pub fil_fel: fn(&str) -> String,
    pub fil_ej_last: &'static str,
    pub dela_lank: &'static str,
    pub dela_lank_etikett: &'static str,
    pub dela_hjalp: &'static str,
    pub lank_fel: fn(&str) -> String,
    pub lank_trasig: &'static str,
    /// A file with parts the form does not have (their JSON paths).
    pub fil_har_mer: fn(&str) -> String,
    /// The months ahead ("Över tid").
    pub over_tid: OverTidText,
}

/// The plain sentence of "Varför?" (the engine's `calculator_core::orsak`), the tax in short,
/// the thresholds in a job's card and the printout's name and note. Amounts arrive formatted.
pub struct VarforText {
    /// (the component in the definite form, capitalised; the month's amount): the sentence's
    /// start, "Bostadstillägget blir 4 137 kr i månaden".
    pub blir: fn(&str, &str) -> String,
    /// Why a component is not paid, after `blir` (its own reason follows).
    pub status: fn(rules::formaner::Status) -> &'static str,
    pub angivet: &'static str,
    /// (the modelled amount)
    pub enligt_beslut: fn(&str) -> String,
    /// (hours a week, hourly wage)
    pub lon_timmar: fn(&str, &str) -> String,
    /// (a day, the level with the job as a percentage if any)
    pub sjukpenning: fn(&str, Option<&str>) -> String,
    /// (granted a year)
    pub ersattning: fn(&str) -> String,
    /// (resting a year, of it kept a year if any)
    pub ersattning_vilande: fn(&str, Option<&str>) -> String,
    /// (reduction a year for work)
    pub ersattning_minskning: fn(&str) -> String,
    /// (tax for a year, income for a year)
    pub skatt: fn(&str, &str) -> String,
    /// (housing cost that counts a month, deduction for income a year if any)
    pub bostadstillagg: fn(&str, Option<&str>) -> String,
    /// (a year before the income test, reduction a year if any)
    pub bostadsbidrag: fn(&str, Option<&str>) -> String,
    /// (a child, flerbarnstillägg if any)
    pub barnbidrag: fn(&str, Option<&str>) -> String,
    /// (days, a day)
    pub aktivitetsstod: fn(&str, &str) -> String,
    /// (need, income counted, the wage left out by the jobbstimulans if any)
    pub forsorjningsstod: fn(&str, &str, Option<&str>) -> String,
    /// Heading of the tax in short.
    pub skatt_i_korthet: &'static str,
    pub skattepost: fn(calculator_core::orsak::Skattepost) -> &'static str,
    /// The disclosure of every step of the tax.
    pub skatt_alla_steg: &'static str,
    /// A parameter's source, as a link's text.
    pub kalla: &'static str,
    /// Heading of the thresholds in a job's card; (the job's hours).
    pub nara_timmar: fn(&str) -> String,
    pub namn_etikett: &'static str,
    pub anteckning_etikett: &'static str,
    /// Under the fields: kept on this device only while the page is open.
    pub namn_hjalp: &'static str,
    /// (field's name, the most characters, characters now)
    pub for_lang: fn(&str, usize, usize) -> String,
    pub utskrift_for: &'static str,
    pub utskrift_anteckning: &'static str,
    pub utskrift_rubrik: &'static str,
}

/// The texts of the months ahead ("Över tid", `crate::radgivning::over_tid`).
pub struct OverTidText {
    /// The year-end (`calculator_core::plan::Arsavstamning`): heading and lead.
    pub ar_rubrik: &'static str,
    pub ar_ingress: &'static str,
    /// Whose line it is (adult i), said when there are two adults.
    pub ar_vem: fn(usize) -> &'static str,
    /// A year the plan does not cover whole.
    pub ar_del_av_ar: fn(i32) -> String,
    /// Tax: (year, kronor).
    pub ar_kvarskatt: fn(i32, &str) -> String,
    pub ar_aterbetalning: fn(i32, &str) -> String,
    pub ar_skatt_lika: fn(i32) -> String,
    pub ar_skatt_behover: fn(i32) -> String,
    pub ar_skatt_ej: fn(i32) -> String,
    /// What avoids kvarskatt (kronor per month).
    pub ar_hogre_avdrag: fn(&str) -> String,
    pub ar_jamkning: fn(&str) -> String,
    /// Bostadsbidrag: (year, kronor).
    pub ar_bb_tillbaka: fn(i32, &str) -> String,
    pub ar_bb_mer: fn(i32, &str) -> String,
    pub ar_bb_inget: fn(i32) -> String,
    pub ar_bb_ej: fn(i32) -> String,
    pub ar_bb_behover: fn(i32) -> String,
    /// Report the new income to Försäkringskassan from (month name).
    pub ar_bb_anmal: fn(&str) -> String,
    /// The main income of adult i: label, help, the choices (as `Huvudinkomst`'s order).
    pub huvudinkomst_etikett: fn(usize) -> &'static str,
    pub huvudinkomst_hjalp: &'static str,
    pub huvudinkomst_val: [&'static str; 6],
    pub rubrik: &'static str,
    pub ingress: &'static str,
    pub visa: &'static str,
    pub dolj: &'static str,
    /// Above the fields the plan needs and the form does not ask.
    pub behovs: &'static str,
    /// Birth month of adult i.
    pub fodelsemanad_etikett: fn(usize) -> &'static str,
    pub fodelsemanad_hjalp: &'static str,
    pub valj_manad: &'static str,
    /// The sick period's first day of adult i.
    pub sjukdag_etikett: fn(usize) -> &'static str,
    pub sjukdag_hjalp: &'static str,
    /// A date the engine refuses: its message follows.
    pub sjukdag_fel: fn(&str) -> String,
    /// A first day after the start month's first (that first day, `YYYY-MM-DD`).
    pub sjukdag_senast: fn(&str) -> String,
    /// An input the plan needs that is in the form above (the engine's message follows).
    pub fyll_i_formularet: fn(&str) -> String,
    /// The caption of a track's table ("I dag", "Jobb 1").
    pub tabell_rubrik: fn(&str) -> String,
    pub kolumn_manad: &'static str,
    pub kolumn_disponibel: &'static str,
    pub kolumn_skillnad: &'static str,
    pub ej_beraknad: &'static str,
    pub handelser_rubrik: fn(&str) -> String,
    pub inga_handelser: &'static str,
    pub notiser_rubrik: &'static str,
    /// The paragraph beside an event ("SFB 27 kap. 48 §").
    pub paragraf: fn(&str) -> String,
    /// Said when the events are in Swedish and the page is not (None in Swedish).
    pub pa_svenska: Option<&'static str>,
    pub fotnot: &'static str,
    /// Stepped hours of a job: the heading (the job's name).
    pub steg_rubrik: fn(&str) -> String,
    pub steg_hjalp: &'static str,
    pub steg_lagg_till: &'static str,
    pub steg_fran: &'static str,
    pub steg_timmar: &'static str,
    pub steg_ta_bort: &'static str,
    /// "Skriv ut månaderna": prints this view alone.
    pub skriv_ut: &'static str,
    /// The printout's compact table of every track.
    pub utskrift_tabell_rubrik: &'static str,
    /// The chart of the months (`crate::tidsdiagram`).
    pub diagram_rubrik: &'static str,
    pub diagram_x_axel: &'static str,
    /// The chart in words: (first month, last month), then each track.
    pub diagram_beskrivning: fn(&str, &str) -> String,
    /// One track in words: (name, the first month's amount, the last month's).
    pub diagram_spar: fn(&str, &str, &str) -> String,
    /// The legend's entry for the numbered event lines.
    pub diagram_handelse: &'static str,
    pub diagram_handelser_rubrik: &'static str,
    /// One event in the chart's list: (track, the engine's text).
    pub diagram_handelse_rad: fn(&str, &str) -> String,
    pub diagram_tabell_hjalp: &'static str,
    /// The hours × wage map (`crate::karta`).
    pub karta_rubrik: &'static str,
    pub karta_ingress: &'static str,
    pub karta_inget_jobb: &'static str,
    pub karta_jobb: &'static str,
    pub karta_visa: &'static str,
    pub karta_dolj: &'static str,
    /// The form has changed since the map was computed.
    pub karta_gammal: &'static str,
    pub karta_rakna_om: &'static str,
    /// The map's heading (the job's name).
    pub karta_diagram_rubrik: fn(&str) -> String,
    /// The map in words: (job, fewest hours, most hours, lowest wage, highest wage, cliffs).
    pub karta_beskrivning: fn(&str, &str, &str, &str, &str, usize) -> String,
    pub karta_x_axel: &'static str,
    /// Under the map: what the rows are.
    pub karta_y_axel: &'static str,
    /// "150 kr/tim".
    pub karta_kr_timme: fn(&str) -> String,
    /// The scale's steps, from much worse than today to much better (`crate::karta::SKALA`).
    pub karta_skala: [&'static str; 7],
    pub karta_klippa: &'static str,
    pub karta_jobbet: &'static str,
    pub karta_klippor_rubrik: &'static str,
    pub karta_inga_klippor: &'static str,
    /// A step of hours where one more hour gives less: (the hourly wages, as "90–140" or a
    /// list; from hours; to hours; the most it costs a month).
    pub karta_klippa_text: fn(&str, &str, &str, &str) -> String,
    pub karta_som_tabell: &'static str,
    pub karta_tabell_rubrik: fn(&str) -> String,
    pub karta_kolumn_timmar: &'static str,
    /// In a table cell where one more hour gives less.
    pub karta_mindre: &'static str,
}

/// The three ways the app speaks. Swedish first; lättläst and English are tables of their own
/// (`crate::text_lattlast`, `crate::text_engelska`) with every field of [`Text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sprak {
    #[default]
    Svenska,
    Lattlast,
    Engelska,
}

impl Sprak {
    pub const ALLA: [Sprak; 3] = [Sprak::Svenska, Sprak::Lattlast, Sprak::Engelska];

    /// The code a saved file or share link holds (the scenario's `language`).
    pub fn kod(self) -> &'static str {
        match self {
            Sprak::Svenska => "sv",
            Sprak::Lattlast => "sv-lattlast",
            Sprak::Engelska => "en",
        }
    }

    /// The language of a code from a file or link; None for one this app does not know (the
    /// file then opens in the language already chosen).
    pub fn fran_kod(kod: &str) -> Option<Sprak> {
        Sprak::ALLA.into_iter().find(|s| s.kod() == kod)
    }
}

thread_local! {
    /// The language chosen: set by the app (`crate::sprak`), read by every `text()`. One
    /// place, so no component needs it passed down; never stored anywhere else.
    static SPRAK: std::cell::Cell<Sprak> = const { std::cell::Cell::new(Sprak::Svenska) };
}

/// The language the app speaks now.
pub fn sprak() -> Sprak {
    SPRAK.with(|s| s.get())
}

/// Sets the language `text()` answers in; the app re-renders after (`crate::sprak`).
pub fn satt_sprak(s: Sprak) {
    SPRAK.with(|c| c.set(s));
}

/// The table of the language the app speaks now.
pub fn text() -> &'static Text {
    text_pa(sprak())
}

/// The table of language `s`.
pub fn text_pa(s: Sprak) -> &'static Text {
    match s {
        Sprak::Svenska => &SV,
        Sprak::Lattlast => &crate::text_lattlast::LL,
        Sprak::Engelska => &crate::text_engelska::EN,
    }
}

pub static SV: Text = Text {
    lang: "sv",
    sidtitel: "Vad blir kvar av lönen?",
    ingress:
        "Fyll i lönen före skatt, kommun och ålder. Du ser direkt vad som blir kvar efter skatt.",
    uppgifter_rubrik: "Uppgifter",

    lon_etikett: "Lön före skatt (kr/månad)",
    lon_hjalp: "Bruttolön per månad, t.ex. 30 000.",
    lon_saknas: "Fyll i lönen i kronor per månad, t.ex. 30 000.",

    kommun_etikett: "Kommun",
    kommun_hjalp: "Skriv för att söka. Välj med pil upp/ner och Enter.",
    kommun_lista_etikett: "Kommuner",
    kommun_saknas: "Välj en kommun i listan.",
    kommun_ingen_traff: "Ingen kommun matchar.",
    kommun_traffar: |n| match n {
        1 => "1 kommun matchar.".to_string(),
        n => format!("{n} kommuner matchar."),
    },

    alder_legend: "Ålder",
    alder_under_66: "Under 66 år",
    alder_66: "66 år eller äldre",
    alder_hjalp: "Den ålder man hade fyllt när inkomståret började.",

    ar_etikett: "Inkomstår",

    kyrka_etikett: "Medlem i Svenska kyrkan",
    kyrkoavgift_etikett: "Kyrkoavgift (procent)",
    kyrkoavgift_hjalp: "Församlingens kyrkoavgift, t.ex. 1,00.",
    kyrkoavgift_saknas: "Fyll i kyrkoavgiften i procent, t.ex. 1,00.",

    ej_tal: "Skriv ett tal med siffror, t.ex. 30 000 eller 30 000,50.",
    for_manga_decimaler: |n| format!("Högst {n} decimaler."),
    ej_heltal: "Skriv ett helt tal, 0 eller mer, t.ex. 24.",
    for_stort: |max| format!("Talet är för stort; högst {max}."),
    fel_rubrik: "Kontrollera uppgifterna",

    resultat_rubrik: "Resultat",
    resultat_vantar: "Fyll i lön och kommun så visas resultatet här.",
    resultat_rattas: "Rätta de markerade uppgifterna så visas resultatet.",
    kvar_efter_skatt: "Kvar efter skatt:",
    i_manaden: "i månaden",
    utbetalt: "Det är vad som betalas ut varje månad.",
    preliminarskatt_enligt: |tabell, kolumn| {
        format!("Arbetsgivaren drar preliminärskatt enligt Skatteverkets skattetabell {tabell}, kolumn {kolumn}:")
    },
    preliminarskatt_saknas: "Preliminärskatten kan inte räknas ut här:",
    efter_slutlig_skatt: "Efter slutlig skatt:",
    kvar_efter_slutlig_skatt: "Kvar efter slutlig skatt:",
    slutlig_skatt_forklaring: "Årets slutliga skatt delad på tolv månader:",
    skattesatser: |kommun, kommunal, begrav| {
        format!("{kommun}: kommunalskatt {kommunal}, begravningsavgift {begrav}.")
    },

    komponenter_rubrik: "Så räknas skatten ut",
    kolumn_post: "Post",
    kolumn_manad: "Per månad",
    kolumn_ar: "Per år",
    manad_fotnot: "Per månad är årets belopp delat med tolv. Lagen räknar på helår.",
    grupp_inkomst: "Inkomst",
    grupp_skatter: "Skatter och avgifter",
    grupp_reduktioner: "Skattereduktioner (dras av från skatten)",
    grupp_summa: "Summa",
    rad_brutto: "Bruttolön",
    rad_grundavdrag: "Grundavdrag",
    rad_beskattningsbar: "Beskattningsbar inkomst",
    rad_kommunal: |sats| format!("Kommunal skatt ({sats})"),
    rad_statlig: "Statlig skatt",
    rad_begravning: |sats| format!("Begravningsavgift ({sats})"),
    rad_kyrka: "Kyrkoavgift",
    rad_public_service: "Public service-avgift",
    rad_pensionsavgift: "Allmän pensionsavgift",
    rad_red_pensionsavgift: "Skattereduktion för allmän pensionsavgift",
    rad_jobbskatteavdrag: "Jobbskatteavdrag",
    rad_red_sjuk_aktivitet: "Skattereduktion för sjuk- och aktivitetsersättning",
    rad_red_forvarvsinkomst: "Skattereduktion för förvärvsinkomst",
    rad_total_skatt: "Total skatt (slutlig skatt)",
    rad_netto: "Netto efter slutlig skatt",

    visa_utrakningen: "Visa uträkningen",
    utrakning_formel: "Uträkning",
    utrakning_lagrum: "Lagrum",
    utrakning_avrundning: "Avrundning",

    regelverk: |ar, status, datum| {
        let status = match status {
            "verified" => "stämmer med Skatteverkets skattetabeller",
            _ => "ännu inte kontrollerade mot Skatteverkets tabeller",
        };
        format!("Reglerna för inkomstår {ar} {status} (kontrollerat {datum}).")
    },
    forbehall:
        "Beräkningen är en uppskattning. Det är Skatteverket som beslutar om den slutliga skatten.",
    integritet: "Allt räknas ut i din webbläsare. Inget du skriver skickas någonstans, och det sparas bara om du själv väljer att spara en fil.",

    om_appen_rubrik: "Om appen",
    om_appen_regler: |ar, till| {
        let ar = match ar {
            [] => String::new(),
            [a] => format!("inkomståret {a}"),
            [forsta @ .., sista] => {
                let forsta: Vec<String> = forsta.iter().map(i32::to_string).collect();
                format!("inkomståren {} och {sista}", forsta.join(", "))
            }
        };
        const MANADER: [&str; 12] = [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december",
        ];
        match till {
            Some(m) => format!(
                "Appen har reglerna för {ar}. De är kontrollerade till och med {}\u{a0}{} {}. Räknar du på en senare månad står det i resultatet vilka regler som inte är kontrollerade för den.",
                m.dagar(),
                MANADER[(m.month as usize).saturating_sub(1) % 12],
                m.year
            ),
            None => format!("Appen har reglerna för {ar}."),
        }
    },
    om_appen_offline: "När sidan har öppnats en gång fungerar den i den här webbläsaren också utan internet.",
    spara_appen: "Spara appen på datorn",
    spara_appen_hjalp: "Du får hela appen som en enda fil. Öppna filen i webbläsaren, så fungerar den utan internet, också på en dator utan nätverk. Inget du skriver skickas någonstans där heller.",

    kronor: "kr",
    enhet_barn: "barn",
    enhet_dagar: "dagar",
    procent: "%",
    minus: "−",
    decimaltecken: ',',
    tusentalsavgransare: '\u{a0}',

    vy_etikett: "Välj verktyg",
    vy_radgivning: "Jämför jobb och ersättning",
    vy_skatt: "Bara skatten på en lön",
    radgivning_ingress:
        "Fyll i hur det ser ut i dag och pröva ett jobb. Du ser vad du får att leva på varje månad.",
    radgivning: RadText {
        situation_rubrik: "Din situation",
        steg_etikett: "Steg",
        steg_nar: "När och var",
        steg_hushall: "Hushållet",
        steg_i_dag: "Det här har ni i dag",
        steg_jobb: "Jobb att pröva",
        nasta: "Nästa",
        tillbaka: "Tillbaka",

        ar_etikett: "År",
        manad_etikett: "Månad",
        manader: [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december",
        ],
        kommun_hjalp: "Kommunen du bor i. Skriv för att söka, välj med pil upp/ner och Enter.",

        vuxna_etikett: "Vuxna i hushållet",
        vuxna_en: "En vuxen",
        vuxna_tva: "Två vuxna (sambor eller gifta)",
        alder_etikett: |i| if i == 0 { "Din ålder (år)" } else { "Sambons ålder (år)" },
        kyrka_etikett: |i| {
            if i == 0 {
                "Du är medlem i Svenska kyrkan"
            } else {
                "Sambon är medlem i Svenska kyrkan"
            }
        },
        kyrkoavgift_etikett: |i| {
            if i == 0 {
                "Kyrkoavgiften i din församling (%)"
            } else {
                "Kyrkoavgiften i sambons församling (%)"
            }
        },
        kyrkoavgift_hjalp: "Den står i Skatteverkets lista över skattesatser och på slutskattebeskedet, oftast mellan 0,6 och 1,5 procent. Den dras tillsammans med skatten.",
        alder_hjalp: "Ålder i hela år den månad du räknar på.",
        boende_etikett: "Hyra eller boendekostnad (kr/månad)",
        boende_hjalp: "Hyran per månad, t.ex. 6 000. Lämna tomt om du inte vet.",
        barn_etikett: "Barn som bor hos er",
        barn_hjalp: "Lägg till ett barn i taget med barnets ålder.",
        barn_alder: |n| format!("Barn {n}: ålder (år)"),
        barn_alder_hjalp: "Barnets ålder i hela år.",
        lagg_till_barn: "Lägg till ett barn",
        ta_bort_barn: |n| format!("Ta bort barn {n}"),
        barn_boende_etikett: |n| format!("Barn {n}: bor"),
        barn_boende: |b| match b {
            Boende::Hemmavarande => "Hos er hela tiden",
            Boende::Vaxelvis => "Växelvis, lika mycket hos båda föräldrarna",
            Boende::Umgange => "Hos er ibland (umgänge)",
        },
        barn_skola_etikett: |n| format!("Barn {n}: går i skolan?"),
        barn_skola: |k| match k {
            Skolgang::Studiehjalp => "Ja, gymnasiet",
            Skolgang::ForlangtBarnbidrag => "Ja, grundskola, anpassad skola eller specialskola",
            Skolgang::Ingen => "Nej",
        },
        barn_manad_etikett: |n| format!("Barn {n}: födelsemånad"),
        valj_manad: "Välj månad",
        barn_manad_saknas: "Välj födelsemånad. Vid den här åldern beror barnbidraget på vilken månad barnet är fött.",
        barn_delat_etikett: "Barnbidraget delas med den andra föräldern",
        barn_lunch_etikett: "Äter lunch i förskolan på vardagar",
        jobb_resor_etikett: "Resor till jobbet (kr/månad)",
        jobb_barnomsorg_etikett: "Förskola eller fritids för att kunna jobba (kr/månad)",
        jobb_kostnad_hjalp: "Kostnader som jobbet ger och som socialtjänsten räknar med. Lämna tomt om det inte finns.",
        formogenhet_etikett: "Sparade pengar och annan förmögenhet (kr)",
        underhall_etikett: "Underhållsstöd eller underhållsbidrag för barnen (kr/månad)",
        underhall_hjalp: "Pengar du får från Försäkringskassan eller från barnens andra förälder. Lämna tomt om du inte får något. Beloppet ändras inte av ett jobb.",
        yta_etikett: "Bostadens storlek (kvadratmeter)",
        yta_hjalp: "Behövs för bostadsbidrag om bostaden är stor. Lämna tomt om du inte vet; då räknar vi med att den inte är för stor.",
        formogenhet_hjalp: "Påverkar bostadstillägg och bostadsbidrag. Lämna tomt om ni inte har några större sparpengar.",

        har_etikett: |i| if i == 0 { "Det här har du i dag".into() } else { "Det här har sambon i dag".into() },
        har_hjalp: "Välj det som betalas ut i dag, utan jobb.",
        har_inget: "Ingen ersättning",
        har_sjukpenning: "Sjukpenning",
        har_ae: "Aktivitetsersättning",
        har_se: "Sjukersättning",
        har_fs: "Försörjningsstöd (ekonomiskt bistånd)",
        har_akt: "Aktivitetsstöd eller utvecklingsersättning (Arbetsförmedlingen)",
        lon_i_dag_etikett: |i| {
            if i == 0 {
                "Lön från ett jobb du redan har (kr/månad före skatt)"
            } else {
                "Lön från ett jobb sambon redan har (kr/månad före skatt)"
            }
        },
        lon_i_dag_hjalp: "Lämna tomt om du inte jobbar i dag. Jobben du prövar kommer till utöver den här lönen.",
        akassa_etikett: "A-kassa eller annan skattepliktig ersättning (kr/månad före skatt)",
        akassa_hjalp: "T.ex. ersättning från a-kassan eller föräldrapenning. Lämna tomt om du inte har någon.",
        akt_kort: "Aktivitetsstöd",
        akt_form_etikett: "Vilken ersättning",
        akt_ocksa_etikett: "Deltar också i ett program hos Arbetsförmedlingen (aktivitetsstöd) på den tid ersättningen inte gäller",
        akt_form: |f| match f {
            AktivitetsstodForm::Grundbelopp => "Aktivitetsstöd, grundnivå",
            AktivitetsstodForm::Inkomstbaserat => "Aktivitetsstöd, inkomstbaserat",
            AktivitetsstodForm::UtvecklingsersattningGymnasieexamen => {
                "Utvecklingsersättning, med gymnasieexamen"
            }
            AktivitetsstodForm::UtvecklingsersattningOvriga => {
                "Utvecklingsersättning, utan gymnasieexamen"
            }
        },
        akt_dagbelopp_etikett: "Belopp per dag (kr)",
        akt_dagbelopp_hjalp: "Står i Försäkringskassans beslut, t.ex. 720.",
        akt_omfattning_etikett: "Programmets omfattning (% av heltid)",
        akt_omfattning_hjalp: "100 om du deltar på heltid, t.ex. 50 på halvtid.",
        manader_vilande_etikett: "Månader som ersättningen redan har varit vilande",
        manader_vilande_hjalp: "0 om den inte har varit vilande. Räknas för hur länge 25 % kan behållas.",
        beslut_rubrik: "Har du ett beslut med belopp?",
        beslut_hjalp: "Skriv beloppet från beslutet så används det för i dag i stället för det vi räknar fram. För jobben räknar vi fram beloppet, eftersom det ändras när inkomsten ändras.",
        beslut_belopp_etikett: |vad| format!("{vad} enligt beslutet (kr/månad)"),
        beslut_bt_etikett: "Bostadstillägg enligt beslutet (kr/månad)",
        beslut_bb_etikett: "Bostadsbidrag enligt beslutet (kr/månad)",
        beslut_fs_etikett: "Försörjningsstöd enligt beslutet (kr/månad)",
        beslut_falt_hjalp: "Lämna tomt så räknar vi fram det.",
        fs_kostnader_rubrik: "Kostnader som socialtjänsten godkänner (kr/månad)",
        fs_el_etikett: "Hushållsel",
        fs_forsakring_etikett: "Hemförsäkring",
        fs_resor_etikett: "Resor till arbete eller aktivitet",
        fs_fack_etikett: "Fackavgift och a-kassa",
        fs_barnomsorg_etikett: "Förskola och fritids",
        fs_kostnad_hjalp: "Lämna tomt om det inte finns.",
        sjukpenning_niva: "Hur mycket sjukskriven i dag",
        ersattning_niva: "Hur stor ersättning",
        niva: |n| match n {
            Niva::Hel => "Hel",
            Niva::TreFjardedelar => "Tre fjärdedelar",
            Niva::Halv => "Halv",
            Niva::EnFjardedel => "En fjärdedel",
        },
        arbetstid_etikett: |i| {
            if i == 0 {
                "Din normala arbetstid, timmar i veckan"
            } else {
                "Sambons normala arbetstid, timmar i veckan"
            }
        },
        arbetstid_hjalp: "Den arbetstid som sjukskrivningen räknas mot, t.ex. 40 vid heltid.",
        sjukskriven_med_jobbet: |niva| {
            let procent = (niva * rust_decimal::Decimal::ONE_HUNDRED).round();
            match procent.to_string().as_str() {
                "0" => "Ingen sjukpenning med de här timmarna".to_string(),
                "25" => "Sjukskriven 25 % (en fjärdedels sjukpenning)".to_string(),
                "50" => "Sjukskriven 50 % (halv sjukpenning)".to_string(),
                "75" => "Sjukskriven 75 % (tre fjärdedels sjukpenning)".to_string(),
                "100" => "Sjukskriven 100 % (hel sjukpenning)".to_string(),
                p => format!("Sjukskriven {p} %"),
            }
        },
        sgi_etikett: "SGI (kr/år)",
        sgi_hjalp: "Sjukpenninggrundande inkomst från Försäkringskassans beslut, t.ex. 250 000.",
        inkomstrelaterad_etikett: "Inkomstrelaterad ersättning (kr/månad)",
        inkomstrelaterad_hjalp: "Står i beslutet om du har den. Lämna tomt om du bara har garantiersättning.",
        manader_ersattning_etikett: "Månader med ersättningen hittills",
        manader_ersattning_hjalp: "Behövs för vilande ersättning (minst 12 månader).",
        fs_kostnader_etikett: "Andra godkända kostnader",
        fs_kostnader_hjalp: "T.ex. tandvård eller glasögon som socialtjänsten har godkänt. Hyran räknas redan.",
        fs_manader_etikett: "Månader i rad med försörjningsstöd före den här månaden",
        fs_manader_hjalp: "Skriv 0 om ni inte fick försörjningsstöd förra månaden. Efter sex månader i rad räknas en fjärdedel av lönen efter skatt inte som inkomst (jobbstimulans).",

        jobb_hjalp: "Pröva upp till fyra jobb. Varje jobb jämförs med i dag.",
        jobb_etikett: |n| format!("Jobb {n}"),
        jobb_beskrivning: |timmar, lon, per_manad| {
            if per_manad {
                format!("{timmar} timmar i veckan, {lon} kr i månaden")
            } else {
                format!("{timmar} timmar i veckan, {lon} kr i timmen")
            }
        },
        med_vilande: ", ersättningen vilande",
        med_vilande_25: ", ersättningen vilande (25 % behålls)",
        vem_etikett: "Vem får jobbet",
        vem_namn: |p| if p == 0 { "Du" } else { "Sambon" },
        timmar_etikett: "Timmar per vecka",
        timmar_hjalp: "T.ex. 10. Heltid är 40.",
        per_manad_etikett: "Lönen är en månadslön",
        timlon_etikett: "Timlön (kr)",
        timlon_hjalp: "Lön per timme före skatt, t.ex. 135.",
        manadslon_etikett: "Månadslön (kr)",
        manadslon_hjalp: "Lön per månad före skatt, t.ex. 12 000.",
        vilande_etikett: "Ersättningen görs vilande",
        vilande_hjalp: "Du kan ansöka om att ersättningen vilar medan du prövar att jobba.",
        behall25_etikett: "Räkna med att du får behålla 25 % av den vilande delen",
        behall25_hjalp: "Försäkringskassan kan besluta om det. Det är ett antagande.",
        semester_etikett: |pct| format!("Semesterersättning {pct} % betalas ut ovanpå timlönen"),
        semester_hjalp: "Vanligt när man får timlön och inte har betald semester. Står i anställningsavtalet.",
        med_semester: ", med semesterersättning",
        lagg_till_jobb: "Pröva ett jobb till",
        ta_bort_jobb: |n| format!("Ta bort jobb {n}"),

        fyll_i: "Fyll i ett tal.",
        for_stort: "Talet är för stort.",

        jamforelse_rubrik: "Så mycket får du att leva på",
        vantar: "Fyll i uppgifterna så visas resultatet här. Det här behöver rättas:",
        vantar_kommun: "Välj kommun i steg 1 så visas resultatet här.",
        ratta_i_steg: |steg| {
            let lista: Vec<String> = steg.iter().map(|s| s.to_string()).collect();
            let ord = if steg.len() == 1 { "steg" } else { "stegen" };
            format!("Rätta det som är markerat i {ord} {} så visas resultatet.", lista.join(" och "))
        },
        i_dag: "I dag",
        att_leva_pa: "Att leva på:",
        kvar_efter_boende: "Kvar när boendet är betalt:",
        basta_alternativ: |namn, x| format!("Bäst av det ni provat: {namn}, {x} mer i månaden än i dag."),
        inget_alternativ_battre: "Inget av jobben ni provat ger mer pengar i månaden än i dag.",
        nasta_hundra: |namn, timmar, behall| {
            use rust_decimal::Decimal;
            if behall >= Decimal::ZERO {
                format!("{namn} vid {timmar} timmar i veckan: av nästa 100 kr i lön får du behålla {behall} kr.")
            } else {
                format!(
                    "{namn} vid {timmar} timmar i veckan: nästa 100 kr i lön ger {} kr mindre att leva på, eftersom en ersättning minskar mer än lönen ökar. Diagrammet nedan visar var.",
                    -behall
                )
            }
        },
        skillnad_mening: |x, belopp| {
            if x > rust_decimal::Decimal::ZERO {
                format!("Du får {belopp} mer per månad än i dag.")
            } else if x < rust_decimal::Decimal::ZERO {
                format!("Du får {belopp} mindre per månad än i dag.")
            } else {
                "Du får lika mycket som i dag.".to_string()
            }
        },
        sammanfattning_i_dag: |x| format!("I dag: {x} i månaden."),
        oversikt_rubrik: "I korthet",
        oversikt_per_manad: "Per månad",
        oversikt_skillnad: "Mot i dag",
        sammanfattning_alt: |namn, x, skillnad| format!("{namn}: {x} i månaden ({skillnad})."),
        komponenter_rubrik: "Pengarna består av",
        kolumn_del: "Del",
        kolumn_status: "Status",
        kolumn_belopp: "Per månad",
        status_utbetalas: "utbetalas",
        status_dras: "dras av",
        status_noll: "0 kr",
        status_ej_ratt: "ej rätt",
        status_behover_uppgift: "behöver uppgift",
        status_ej_beraknat: "ej beräknat",
        person_namn: |p| if p == 0 { "du" } else { "sambon" },
        uppskattning: "(uppskattning)",
        uppskattning_ord: "uppskattning",
        uppskattning_text: "Det här är en uppskattning. Socialtjänsten gör sin egen bedömning.",
        uppskattning_fotnot: "Försörjningsstöd är alltid en uppskattning. Tryck på ett belopp för att se varför det blir så.",
        regelnotis_rubrik: "Alla belopp för den här månaden är inte kända ännu",
        regelnotis_inledning: "Vi räknar med de senaste regler och belopp vi har kontrollerat. Siffrorna kan ändras när de nya beloppen publiceras. Det gäller:",
        ej_i_summan: "(ingår inte i summan)",
        inte_aktuellt: "Inte aktuellt, varken i dag eller med jobben",
        varfor: "Varför?",
        forklaring_rubrik: |namn| format!("Varför: {namn}"),
        saknas: "Det här behövs:",
        modellerat: "Uträknat belopp:",
        for_handledaren: "Uträkningen steg för steg:",
        parameter: "Värde",

        diagram_del_rubrik: "Om du jobbar fler eller färre timmar",
        diagram_rubrik: |timlon| format!("Att leva på per månad vid 0–40 timmar i veckan (timlön {timlon} kr)"),
        diagram_beskrivning: |noll, sista, vid_sista| {
            format!("Vid 0 timmar: {noll} i månaden. Vid {sista} timmar: {vid_sista} i månaden. ")
        },
        diagram_markering: |n, h, x| format!("Jobb {n} ({h} timmar): {x}. "),
        diagram_x_axel: "Timmar per vecka",
        diagram_markerade: "Jobben du prövar (nummer)",
        diagram_markerade_utanfor: "Jobb med annan lön, vilande eller andra kostnader: deras egna belopp",
        diagram_som_tabell: "Visa diagrammet som tabell",
        diagram_tabell_rubrik: "Per månad vid olika antal timmar i veckan",
        diagram_fel: "Diagrammet kan inte visas:",
        diagram_behover_timlon: "Diagrammet visas när ett jobb har timlön.",
        disponibel_kort: "Att leva på",
        diagram_visning: "Vad diagrammet visar",
        visa_niva: "Att leva på",
        visa_marginal: "Av nästa 100 kr",
        marginal_rubrik: |timlon| format!("Av 100 kr mer i lön: så mycket behåller du, och vart resten går (timlön {timlon} kr)"),
        marginal_forklaring: "Om du tjänar 100 kr mer före skatt, hur mycket får du behålla? Resten går till skatt eller till att en ersättning blir mindre. Varje stapel är en timme mer i veckan.",
        marginal_beskrivning: |minst, forlust, h_minst, mest, h_mest| {
            if forlust {
                format!("Mellan {h_minst} timmar i veckan får du {minst} mindre att leva på för varje 100 kr mer i lön. Som mest behåller du {mest} av 100 kr, mellan {h_mest} timmar.")
            } else {
                format!("Du behåller minst {minst} av 100 kr, mellan {h_minst} timmar i veckan, och mest {mest}, mellan {h_mest} timmar.")
            }
        },
        marginal_tabell_rubrik: "Av 100 kr mer i lön, per timme mer i veckan",
        behall_kort: "Behåller",
        diagram_instruktion: "Peka i diagrammet, eller klicka i det och använd piltangenterna, så visas siffrorna här under.",
        avlasning_niva: |h, kvar, delar| format!("Vid {h} timmar i veckan: {kvar} att leva på. {delar}."),
        avlasning_marginal: |fran, till, belopp, forlust, delar| {
            let forsta = if forlust {
                format!("Från {fran} till {till} timmar i veckan: för varje 100 kr mer i lön får du {belopp} mindre att leva på.")
            } else {
                format!("Från {fran} till {till} timmar i veckan: av 100 kr mer i lön behåller du {belopp}.")
            };
            if delar.is_empty() { forsta } else { format!("{forsta} Det beror på: {delar}.") }
        },
        diagram_valj_jobb: "Diagrammet följer",
        komponent_namn: |id| match id {
            KomponentId::Lon => "Lön",
            KomponentId::OvrigInkomst => "Övrig inkomst",
            KomponentId::Sjukpenning => "Sjukpenning",
            KomponentId::Aktivitetsersattning => "Aktivitets- eller sjukersättning",
            KomponentId::Aktivitetsstod => "Aktivitetsstöd",
            KomponentId::Skatt => "Skatt",
            KomponentId::Bostadstillagg => "Bostadstillägg",
            KomponentId::Bostadsbidrag => "Bostadsbidrag",
            KomponentId::Barnbidrag => "Barnbidrag",
            KomponentId::TillUngdomen => "Studiebidrag till ungdomen",
            KomponentId::Forsorjningsstod => "Försörjningsstöd",
            KomponentId::Jobbpremie => "Jobbpremie",
            KomponentId::OvrigLon => "Lön du redan har",
            KomponentId::OvrigPensionsgrundande => "A-kassa eller annan ersättning",
            KomponentId::OvrigSjukpenning => "Sjukpenning (angiven)",
            KomponentId::OvrigSjukAktivitetsersattning => "Sjuk- eller aktivitetsersättning (angiven)",
            KomponentId::OvrigPension => "Pension",
            KomponentId::Underhall => "Underhållsstöd",
        },
        komponent_bestamd: |id| match id {
            KomponentId::Sjukpenning | KomponentId::OvrigSjukpenning => "sjukpenningen",
            KomponentId::Aktivitetsersattning | KomponentId::OvrigSjukAktivitetsersattning => "ersättningen",
            KomponentId::Aktivitetsstod => "aktivitetsstödet",
            KomponentId::Bostadstillagg => "bostadstillägget",
            KomponentId::Bostadsbidrag => "bostadsbidraget",
            KomponentId::Barnbidrag => "barnbidraget",
            KomponentId::TillUngdomen => "studiebidraget",
            KomponentId::Forsorjningsstod => "försörjningsstödet",
            KomponentId::Jobbpremie => "jobbpremien",
            KomponentId::Underhall => "underhållsstödet",
            KomponentId::Lon | KomponentId::OvrigLon => "lönen",
            KomponentId::Skatt => "skatten",
            KomponentId::OvrigInkomst => "den övriga inkomsten",
            KomponentId::OvrigPensionsgrundande => "a-kassan",
            KomponentId::OvrigPension => "pensionen",
        },
        trosklar_rubrik: "Där fler timmar kan ge mindre",
        troskel_steg: |fran, till, vad, belopp| {
            format!("Mellan {fran} och {till} timmar i veckan minskar {vad} med {belopp} i månaden.")
        },
        troskel_upphor: |fran, till, vad| {
            format!("Mellan {fran} och {till} timmar i veckan upphör {vad}.")
        },
        troskel_mindre_kvar: |fran, belopp| {
            format!("Då får du {belopp} mindre att leva på, fast du jobbar mer. Med {fran} timmar får du mer kvar.")
        },
        troskel_vilande: "Om ersättningen görs vilande i stället behåller du rätten till den, och ibland en del av den. Pröva det under jobbet (vilande ersättning) och jämför.",
        och: " och ",

        atgard_rubrik: "Det här behöver du göra",
        atgard_inget: "Inget särskilt att anmäla eller ansöka om utifrån det ni fyllt i.",
        atgard: |a| {
            use crate::att_gora::Atgard;
            match a {
                Atgard::AnsokVilande { sjukersattning: false } => {
                    "Ansök om vilande aktivitetsersättning hos Försäkringskassan innan du börjar arbeta."
                }
                Atgard::AnsokVilande { sjukersattning: true } => {
                    "Ansök om vilande sjukersättning hos Försäkringskassan innan du börjar arbeta."
                }
                Atgard::MeddelaArbeteErsattning => {
                    "Meddela Försäkringskassan att du arbetar; ersättningen minskas."
                }
                Atgard::MeddelaArbeteAktivitetsstod => {
                    "Berätta för Arbetsförmedlingen om jobbet och skriv de arbetade timmarna i tidrapporten till Försäkringskassan."
                }
                Atgard::PrataOmSjukskrivning => {
                    "Prata med din läkare och med Försäkringskassan innan du börjar jobba: sjukskrivningen ändras efter hur många timmar du jobbar."
                }
                Atgard::MeddelaBostadstillagg => {
                    "Meddela Försäkringskassan ändrad inkomst för bostadstillägget."
                }
                Atgard::MeddelaBostadsbidrag => {
                    "Meddela Försäkringskassan ändrad inkomst för bostadsbidraget."
                }
                Atgard::KontaktaSocialtjansten { jobbstimulans: false } => {
                    "Kontakta socialtjänsten: lönen räknas som inkomst."
                }
                Atgard::KontaktaSocialtjansten { jobbstimulans: true } => {
                    "Kontakta socialtjänsten: lönen räknas som inkomst; fråga om jobbstimulans."
                }
            }
        },

        skriv_ut: "Skriv ut",
        vf: VarforText {
            blir: |namn, belopp| format!("{namn} blir {belopp} i månaden"),
            status: |s| match s {
                Status::Utbetalas => "det betalas ut med de uppgifter som finns",
                Status::NollKronor => "rätten finns, men med de här inkomsterna blir det inget",
                Status::EjRatt => "med de här uppgifterna finns ingen rätt till det",
                Status::BehoverUppgift => "en uppgift saknas för att räkna ut det",
                Status::EjModellerad => "appen räknar inte ut det här beloppet",
            },
            angivet: "det är beloppet du har skrivit in",
            enligt_beslut: |b| format!("det är beloppet i beslutet (appen räknade fram {b})"),
            lon_timmar: |h, kr| format!("{h} timmar i veckan à {kr} i timmen"),
            sjukpenning: |dag, niva| match niva {
                Some(n) => format!("{dag} om dagen, och med jobbet är du sjukskriven på {n}"),
                None => format!("{dag} om dagen"),
            },
            ersattning: |ar| format!("den beviljade ersättningen är {ar} om året, delad på tolv månader"),
            ersattning_vilande: |ar, kvar| match kvar {
                Some(k) => format!("{ar} om året vilar medan du jobbar, och av den delen får du ändå {k} om året (25 %)"),
                None => format!("{ar} om året vilar medan du jobbar"),
            },
            ersattning_minskning: |ar| format!("den minskar med {ar} om året för att du jobbar och ersättningen inte är vilande"),
            skatt: |skatt, inkomst| format!("skatten för ett år är {skatt} på inkomster på {inkomst} om året, delad på tolv månader"),
            bostadstillagg: |kostnad, avdrag| match avdrag {
                Some(a) => format!("{kostnad} av boendekostnaden räknas, minus {a} om året för inkomsterna"),
                None => format!("{kostnad} av boendekostnaden räknas, och inkomsterna minskar det inte"),
            },
            bostadsbidrag: |ar, minus| match minus {
                Some(m) => format!("{ar} om året innan inkomsterna prövas, minus {m} om året för inkomsterna"),
                None => format!("{ar} om året, och inkomsterna minskar det inte"),
            },
            barnbidrag: |barn, fler| match fler {
                Some(f) => format!("{barn} för varje barn och {f} i flerbarnstillägg"),
                None => format!("{barn} för varje barn"),
            },
            aktivitetsstod: |dagar, dag| format!("{dagar} dagar à {dag} om dagen"),
            forsorjningsstod: |behov, ink, stim| match stim {
                Some(s) => format!("hushållets behov är {behov} och inkomster på {ink} räknas; {s} av lönen räknas inte (jobbstimulans)"),
                None => format!("hushållets behov är {behov} och inkomster på {ink} räknas"),
            },
            skatt_i_korthet: "Skatten i korthet, för ett år",
            skattepost: |p| match p {
                Skattepost::Inkomst => "Inkomster under året",
                Skattepost::Grundavdrag => "Grundavdrag",
                Skattepost::KommunalSkatt => "Kommunal skatt",
                Skattepost::StatligSkatt => "Statlig skatt",
                Skattepost::Avgifter => "Avgifter (begravning, public service, pension)",
                Skattepost::Jobbskatteavdrag => "Jobbskatteavdrag",
                Skattepost::AndraReduktioner => "Andra skattereduktioner",
                Skattepost::SkattAr => "Skatt att betala för året",
            },
            skatt_alla_steg: "Alla steg i skatten",
            kalla: "källa",
            nara_timmar: |h| format!("Nära {h} timmar i veckan"),
            namn_etikett: "Förnamn (för utskriften)",
            anteckning_etikett: "Anteckning (för utskriften)",
            namn_hjalp: "Finns bara på den här enheten medan sidan är öppen. Kommer inte med i länken eller filen.",
            for_lang: |falt, max, nu| format!("{falt}: högst {max} tecken. Nu är det {nu}. Korta texten, så kommer den med på utskriften."),
            utskrift_for: "För",
            utskrift_anteckning: "Anteckning",
            utskrift_rubrik: "Namn och anteckning",
        },
        utskrift_situation: "Situationen",
        utskriven: |datum| format!("Utskrivet {datum}."),
        utskrift_regler: |ar, datum| format!("Reglerna för {ar}, kontrollerade {datum}."),
        myndigheterna_beslutar: "Det här är en uppskattning. Det är Försäkringskassan, socialtjänsten och Skatteverket som beslutar.",
        sammanfattning_vuxna: |n| if n > 1 { "Två vuxna." } else { "En vuxen." },
        sammanfattning_alder: |i, a| if i == 0 { format!("Du är {a} år.") } else { format!("Sambon är {a} år.") },
        sammanfattning_boende: |x| format!("Boendekostnad {x} i månaden."),
        sammanfattning_barn: |alder| format!("Barn: {alder} år."),
        sammanfattning_lon: |i, lon| {
            if i == 0 { format!("Du har lön {lon} i månaden.") } else { format!("Sambon har lön {lon} i månaden.") }
        },
        sammanfattning_har: |i, vad, niva| {
            let vem = if i == 0 { "Du har" } else { "Sambon har" };
            if niva.is_empty() {
                format!("{vem} i dag: {}.", vad.to_lowercase())
            } else {
                format!("{vem} i dag: {} ({}).", vad.to_lowercase(), niva.to_lowercase())
            }
        },

        spara_rubrik: "Spara eller dela",
        spara_hjalp: "Uppgifterna sparas bara där du själv väljer. Inget skickas härifrån.",
        spara_fil: "Spara som fil",
        filnamn: "situation.json",
        oppna_fil: "Öppna en sparad fil",
        fil_oppnad: "Uppgifterna från filen visas nu.",
        fil_fel: |msg| format!("Filen kunde inte läsas: {msg}"),
        fil_ej_last: "filen gick inte att öppna.",
        dela_lank: "Skapa en länk att dela",
        dela_lank_etikett: "Länk med uppgifterna",
        dela_hjalp: "Uppgifterna finns i själva länken, efter #. De skickas inte till någon server. Dela länken bara med den det gäller.",
        lank_fel: |msg| format!("Länken kunde inte läsas: {msg}"),
        lank_trasig: "länken är ofullständig.",
        fil_har_mer: |falt| {
            format!(
                "den har uppgifter som formuläret inte har och som därför inte skulle räknas med: \
                 {falt}. Räkna på den med kommandoraden (kalkyl calculate) eller ta bort uppgifterna."
            )
        },
        over_tid: OverTidText {
            ar_rubrik: "När året är slut: skatt och bostadsbidrag",
            ar_ingress: "Efter året räknas skatten och bostadsbidraget ihop för hela året. Här ser du vad det kan bli, för varje hel kalenderår i planen.",
            ar_vem: |i| if i == 0 { "Du: " } else { "Sambon: " },
            ar_del_av_ar: |ar| format!("{ar}: räknas inte ihop här, eftersom månaderna ovan inte täcker hela året."),
            ar_kvarskatt: |ar, kr| format!("Skatten för {ar}: det blir kvarskatt, ungefär {kr}."),
            ar_aterbetalning: |ar, kr| format!("Skatten för {ar}: du får tillbaka ungefär {kr}."),
            ar_skatt_lika: |ar| format!("Skatten för {ar}: ingen skillnad att vänta."),
            ar_skatt_behover: |ar| format!("Skatten för {ar}: välj huvudinkomst ovan, så räknas den ut."),
            ar_skatt_ej: |ar| format!("Skatten för {ar}: kan inte räknas ut här, eftersom en del av skatten dras på ett sätt som inte finns med."),
            ar_hogre_avdrag: |kr| format!("Det går att undvika: be den som betalar sidoinkomsten att dra mer skatt, ungefär {kr} mer i månaden."),
            ar_jamkning: |kr| format!("Det går att ändra: ansök om jämkning hos Skatteverket, ungefär {kr} i månaden."),
            ar_bb_tillbaka: |ar, kr| format!("Bostadsbidraget för {ar}: det kan bli ungefär {kr} att betala tillbaka."),
            ar_bb_mer: |ar, kr| format!("Bostadsbidraget för {ar}: det kan bli ungefär {kr} till."),
            ar_bb_inget: |ar| format!("Bostadsbidraget för {ar}: inget att betala tillbaka."),
            ar_bb_ej: |ar| format!("Bostadsbidraget för {ar}: räknas inte ihop här, eftersom reglerna för {ar} inte finns med."),
            ar_bb_behover: |ar| format!("Bostadsbidraget för {ar}: en uppgift saknas för att räkna ihop året."),
            ar_bb_anmal: |manad| format!("Anmäl den nya inkomsten till Försäkringskassan från {manad}, så blir det mindre att betala tillbaka."),
            huvudinkomst_etikett: |i| {
                if i == 0 {
                    "Din huvudinkomst"
                } else {
                    "Sambons huvudinkomst"
                }
            },
            huvudinkomst_hjalp: "Den som betalar ut huvudinkomsten drar skatt enligt skattetabellen. Andra som betalar ut pengar drar 30 procent. Du bestämmer själv vilken som är huvudinkomsten.",
            huvudinkomst_val: ["Välj", "Lönen", "Sjukpenningen", "A-kassan eller aktivitetsstödet", "Aktivitets- eller sjukersättningen", "Pensionen"],
            rubrik: "Över tid: de kommande 24 månaderna",
            ingress: "Månad för månad från den månad som räknas: vad som finns att leva på i dag och med varje jobb, och när något ändrar beloppen, till exempel en åldersgräns eller en tidsgräns i sjukförsäkringen.",
            visa: "Visa de kommande 24 månaderna",
            dolj: "Dölj månaderna",
            behovs: "För att räkna månaderna framåt behövs några uppgifter till:",
            fodelsemanad_etikett: |i| {
                if i == 0 {
                    "Din födelsemånad"
                } else {
                    "Sambons födelsemånad"
                }
            },
            fodelsemanad_hjalp: "Åldersgränser gäller från födelsemånaden, så den ändrar beloppen under de kommande månaderna.",
            valj_manad: "Välj månad",
            sjukdag_etikett: |i| {
                if i == 0 {
                    "Sjukperiodens första dag"
                } else {
                    "Sambons första dag i sjukperioden"
                }
            },
            sjukdag_hjalp: "Som ÅÅÅÅ-MM-DD, t.ex. 2025-09-01. Hur länge man varit sjuk avgör sjukpenningen efter ett år och när arbetsförmågan prövas (dag 180 och 365).",
            sjukdag_fel: |msg| format!("Datumet går inte att räkna med: {msg}"),
            sjukdag_senast: |d| format!("Sjukperioden behöver ha börjat senast {d}, den första dagen i den månad som räknas."),
            fyll_i_formularet: |msg| format!("Fyll i det här i formuläret ovan: {msg}"),
            tabell_rubrik: |namn| format!("{namn}: månad för månad"),
            kolumn_manad: "Månad",
            kolumn_disponibel: "Att leva på",
            kolumn_skillnad: "Mot i dag",
            ej_beraknad: "Inte beräknad",
            handelser_rubrik: |namn| format!("Det här ändras: {namn}"),
            inga_handelser: "Inget ändrar beloppen under de här månaderna.",
            notiser_rubrik: "Bra att veta under månaderna",
            paragraf: |p| format!("({p})"),
            pa_svenska: None,
            fotnot: "Beräkningen antar att allt annat är som i dag: samma lön, hyra och beslut, med de regler som är kända. Myndigheterna beslutar om de verkliga beloppen.",
            steg_rubrik: |namn| format!("Timmarna ändras: {namn}"),
            steg_hjalp: "Jobbet börjar med timmarna ovan. Lägg till en månad då timmarna ändras, till exempel fler timmar efter en tid.",
            steg_lagg_till: "Lägg till ändrade timmar",
            steg_fran: "Från månad",
            steg_timmar: "Timmar i veckan",
            steg_ta_bort: "Ta bort",
            skriv_ut: "Skriv ut månaderna",
            utskrift_tabell_rubrik: "Att leva på, månad för månad (skillnaden mot i dag inom parentes)",
            diagram_rubrik: "Att leva på, månad för månad",
            diagram_x_axel: "Månad",
            diagram_beskrivning: |fran, till| format!("Diagram över vad som finns att leva på varje månad från {fran} till {till}. "),
            diagram_spar: |namn, forsta, sista| format!("{namn}: {forsta} första månaden, {sista} sista månaden. "),
            diagram_handelse: "Streckad linje med nummer: något ändras den månaden (se listan)",
            diagram_handelser_rubrik: "Det här ändras (numren finns i diagrammet)",
            diagram_handelse_rad: |namn, text| format!("{namn}: {text}"),
            diagram_tabell_hjalp: "Samma siffror finns i tabellerna under diagrammet.",
            karta_rubrik: "Timmar och timlön",
            karta_ingress: "Hur mycket mer eller mindre det blir att leva på än i dag, för olika antal timmar i veckan och olika timlöner. Allt annat är som i formuläret.",
            karta_inget_jobb: "Kartan behöver ett jobb med timlön. Fyll i timmar och timlön för ett jobb ovan.",
            karta_jobb: "Jobbet som kartan visar",
            karta_visa: "Visa kartan",
            karta_dolj: "Dölj kartan",
            karta_gammal: "Uppgifterna har ändrats sedan kartan räknades.",
            karta_rakna_om: "Räkna om kartan",
            karta_diagram_rubrik: |namn| format!("{namn}: mer eller mindre än i dag per månad"),
            karta_beskrivning: |namn, h0, h1, w0, w1, klippor| {
                let k = match klippor {
                    0 => "Ingenstans ger en timme till mindre att leva på.".to_string(),
                    1 => "På ett ställe ger en timme till mindre att leva på (se listan).".to_string(),
                    n => format!("På {n} ställen ger en timme till mindre att leva på (se listan)."),
                };
                format!("Karta för {namn}: från {h0} till {h1} timmar i veckan och från {w0} till {w1}. Blått är mer än i dag, orange och randigt mindre. {k}")
            },
            karta_x_axel: "Timmar i veckan",
            karta_y_axel: "Raderna är timlönen i kronor, lägst längst ner.",
            karta_kr_timme: |w| format!("{w} kr/tim"),
            karta_skala: [
                "1 000 kr mindre eller mer",
                "Upp till 1 000 kr mindre",
                "Som i dag",
                "Upp till 2 000 kr mer",
                "2 000–4 000 kr mer",
                "4 000–6 000 kr mer",
                "6 000 kr mer eller mer",
            ],
            karta_klippa: "Svart streck: en timme till ger mindre att leva på",
            karta_jobbet: "Ring: jobbet som det är i formuläret",
            karta_klippor_rubrik: "Där fler timmar ger mindre",
            karta_inga_klippor: "Ingenstans på kartan ger en timme till mindre att leva på.",
            karta_klippa_text: |w, h0, h1, kr| format!("Från {h0} till {h1} timmar i veckan, med {w} kr i timmen: upp till {kr} mindre i månaden."),
            karta_som_tabell: "Kartan som tabell",
            karta_tabell_rubrik: |namn| format!("{namn}: mer (+) eller mindre (−) än i dag per månad, efter timmar i veckan och timlön"),
            karta_kolumn_timmar: "Timmar i veckan",
            karta_mindre: "(mindre än med en timme färre)",
        },
    },
};
