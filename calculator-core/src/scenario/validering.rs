//! Ranges and combinations serde cannot check, each message naming the field and what is
//! allowed. One function per block of the scenario.

use rust_decimal::Decimal;

use super::{
    AktivitetsersattningInput, AktivitetsstodInput, ForsorjningsstodInput, HushallInput, JobbInput,
    Person, Scenario, SjukpenningInput, MAX_INKOMST_PER_MANAD, SCHEMA_VERSION,
};
use crate::error::{InputError, InputErrors};
use crate::komponent_id::KomponentId;

type Fel = Vec<InputError>;

/// Checks ranges and combinations serde cannot; returns every problem found.
pub fn validate(s: &Scenario) -> Result<(), InputErrors> {
    let mut errs = Vec::new();
    version_och_ar(s, &mut errs);
    skattesats(s, &mut errs);
    if let Some(m) = s.month {
        range(&mut errs, &|| "month".into(), Decimal::from(m), 1, 12, "");
    }
    if s.people.is_empty() || s.people.len() > 2 {
        errs.push(InputError::new(
            "people",
            format!(
                "hushållet har {} personer; ange en eller två vuxna",
                s.people.len()
            ),
        ));
    }
    for (i, p) in s.people.iter().enumerate() {
        person(s, &mut errs, i, p);
    }
    if let Some(h) = &s.household {
        hushall(&mut errs, h);
    }
    if let Some(id) = &s.id {
        text_langd(&mut errs, &|| "id".into(), id);
    }
    for (k, alt) in s.alternatives.iter().enumerate() {
        text_langd(
            &mut errs,
            &|| format!("alternatives[{k}].label"),
            &alt.label,
        );
    }
    if let Some(p) = &s.plan {
        plan(s, &mut errs, p);
    }
    if let Some(k) = &s.karta {
        karta(s, &mut errs, k);
    }
    if s.alternatives.len() > super::MAX_ALTERNATIV {
        errs.push(InputError::new(
            "alternatives",
            format!(
                "{} alternativ; högst {} utöver i dag",
                s.alternatives.len(),
                super::MAX_ALTERNATIV
            ),
        ));
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(InputErrors(errs))
    }
}

/// The schema version and the income year.
fn version_och_ar(s: &Scenario, errs: &mut Fel) {
    if s.schema_version != SCHEMA_VERSION {
        errs.push(InputError::new(
            "schema_version",
            format!(
                "version {} stöds inte; den här versionen av beräkningen läser version {SCHEMA_VERSION}",
                s.schema_version
            ),
        ));
    }
    let years = rules::supported_years();
    if !years.contains(&s.year) {
        let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
        errs.push(InputError::new(
            "year",
            format!(
                "inkomstår {} finns inte; tillåtna år: {}",
                s.year,
                list.join(", ")
            ),
        ));
    }
}

/// A kommun or explicit rates, one of them.
fn skattesats(s: &Scenario, errs: &mut Fel) {
    match (&s.kommun, &s.skattesats) {
        (Some(_), Some(_)) => errs.push(InputError::new(
            "skattesats",
            "ange antingen kommun eller skattesats, inte båda",
        )),
        (None, None) => errs.push(InputError::new(
            "kommun",
            "kommun saknas; ange kommunens namn eller kommunkod, eller en skattesats",
        )),
        (Some(k), None) => {
            if let Ok(rs) = rules::ruleset(s.year) {
                if rs.kommuner.is_empty() {
                    errs.push(InputError::new(
                        "kommun",
                        format!(
                            "kommunernas skattesatser för {} finns inte i underlaget; ange skattesats.kommunal_procent",
                            s.year
                        ),
                    ));
                } else if rs.kommun(k).is_none() {
                    errs.push(InputError::new(
                        "kommun",
                        format!(
                            "okänd kommun \"{k}\"; ange en av Sveriges 290 kommuner med namn (t.ex. \"Göteborg\") eller fyrsiffrig kommunkod (t.ex. \"1480\")"
                        ),
                    ));
                }
            }
        }
        (None, Some(a)) => {
            range(
                errs,
                &|| "skattesats.kommunal_procent".into(),
                a.kommunal_procent,
                20,
                40,
                "procent",
            );
            if let Some(b) = a.begravningsavgift_procent {
                range(
                    errs,
                    &|| "skattesats.begravningsavgift_procent".into(),
                    b,
                    0,
                    2,
                    "procent",
                );
            }
        }
    }
}

/// One person: birth year and month, church fee, the incomes typed, and each benefit block.
fn person(s: &Scenario, errs: &mut Fel, i: usize, p: &Person) {
    let years = rules::supported_years();
    let year_ok = years.contains(&s.year);
    let f = |name: &str| format!("people[{i}].{name}");
    if let Some(namn) = &p.name {
        text_langd(errs, &|| f("name"), namn);
    }
    // Checked only against a supported year (the year error says the rest), which also
    // keeps the arithmetic far from overflow.
    if year_ok && (p.birth_year > s.year || p.birth_year < s.year - 120) {
        errs.push(InputError::new(
            f("birth_year"),
            format!(
                "födelseår {} är inte rimligt för inkomstår {}; tillåtet: {}–{}",
                p.birth_year,
                s.year,
                s.year - 120,
                s.year
            ),
        ));
    }
    if let Some(k) = p.kyrkoavgift_procent {
        range(errs, &|| f("kyrkoavgift_procent"), k, 0, 3, "procent");
    }
    for (name, amount) in p.income_per_month.fields() {
        range(
            errs,
            &|| f(&format!("income_per_month.{name}")),
            amount,
            0,
            MAX_INKOMST_PER_MANAD,
            "kr per månad",
        );
        if amount.scale() > 2 && amount.normalize().scale() > 2 {
            errs.push(InputError::new(
                f(&format!("income_per_month.{name}")),
                "högst två decimaler (öre)",
            ));
        }
    }
    if let Some(m) = p.birth_month {
        range(errs, &|| f("birth_month"), Decimal::from(m), 1, 12, "");
    }
    if let Some(j) = &p.job {
        jobb(errs, i, j);
    }
    if let Some(sj) = &p.sjukpenning {
        sjukpenning(errs, i, p, sj);
    }
    if let Some(a) = &p.aktivitetsersattning {
        aktivitetsersattning(errs, i, p, a);
    }
    if let Some(a) = &p.aktivitetsstod {
        aktivitetsstod(errs, i, a);
    }
    beslutsbelopp(
        errs,
        &|| f("overrides"),
        &p.overrides,
        &Person::BESLUTSBELOPP,
    );
}

/// The job: hours, the wage, semesterersättning and full time.
fn jobb(errs: &mut Fel, i: usize, j: &JobbInput) {
    let f = |name: &str| format!("people[{i}].{name}");
    range(
        errs,
        &|| f("job.hours_per_week"),
        j.hours_per_week,
        0,
        80,
        "timmar i veckan",
    );
    // A monthly salary's hourly wage is the salary over the hours: a near-zero number of hours
    // (0.000…1) would overflow that division (found by fuzzing, docs/fuzzing.md).
    hogst_tva_decimaler(errs, &|| f("job.hours_per_week"), j.hours_per_week);
    match (j.hourly_wage, j.monthly_salary) {
        (Some(_), Some(_)) => errs.push(InputError::new(
            f("job"),
            "ange antingen hourly_wage (timlön) eller monthly_salary (månadslön), inte båda",
        )),
        (None, None) => errs.push(InputError::new(
            f("job"),
            "ange hourly_wage (timlön) eller monthly_salary (månadslön)",
        )),
        (Some(t), None) => range(errs, &|| f("job.hourly_wage"), t, 0, 2000, "kr i timmen"),
        (None, Some(m)) => range(
            errs,
            &|| f("job.monthly_salary"),
            m,
            0,
            MAX_INKOMST_PER_MANAD,
            "kr per månad",
        ),
    }
    if let Some(x) = j.semesterersattning_procent {
        range(
            errs,
            &|| f("job.semesterersattning_procent"),
            x,
            0,
            30,
            "procent",
        );
    }
    if let Some(x) = j.full_time_hours {
        range(
            errs,
            &|| f("job.full_time_hours"),
            x,
            1,
            80,
            "timmar i veckan",
        );
    }
}

/// Sjukpenning: SGI or income, the normal working time, the day of the sick period.
fn sjukpenning(errs: &mut Fel, i: usize, p: &Person, sj: &SjukpenningInput) {
    let f = |name: &str| format!("people[{i}].{name}");
    let d = Decimal::from;
    if let Some(x) = sj.sgi {
        range(
            errs,
            &|| f("sjukpenning.sgi"),
            x,
            0,
            10_000_000,
            "kr per år",
        );
    }
    if let Some(x) = sj.forvantad_arsinkomst {
        range(
            errs,
            &|| f("sjukpenning.forvantad_arsinkomst"),
            x,
            0,
            10_000_000,
            "kr per år",
        );
    }
    if let Some(x) = sj.normal_arbetstid {
        range(
            errs,
            &|| f("sjukpenning.normal_arbetstid"),
            x,
            1,
            80,
            "timmar i veckan",
        );
    }
    range(
        errs,
        &|| f("sjukpenning.dag_i_sjukperioden"),
        d(sj.dag_i_sjukperioden),
        1,
        3650,
        "",
    );
    if !p.income_per_month.sjukpenning.is_zero() {
        errs.push(InputError::new(
                f("sjukpenning"),
                "sjukpenning står både som belopp i income_per_month och som uppgifter att beräkna; ange det ena",
            ));
    }
}

/// Aktivitets- or sjukersättning: the inkomstrelaterad part and försäkringstid.
fn aktivitetsersattning(errs: &mut Fel, i: usize, p: &Person, a: &AktivitetsersattningInput) {
    let f = |name: &str| format!("people[{i}].{name}");
    let d = Decimal::from;
    if a.inkomstrelaterad_per_manad.is_some() && a.antagandeinkomst.is_some() {
        errs.push(InputError::new(
            f("aktivitetsersattning"),
            "ange antingen inkomstrelaterad_per_manad eller antagandeinkomst, inte båda",
        ));
    }
    if let Some(x) = a.inkomstrelaterad_per_manad {
        range(
            errs,
            &|| f("aktivitetsersattning.inkomstrelaterad_per_manad"),
            x,
            0,
            50_000,
            "kr per månad",
        );
    }
    if let Some(x) = a.antagandeinkomst {
        range(
            errs,
            &|| f("aktivitetsersattning.antagandeinkomst"),
            x,
            0,
            2_000_000,
            "kr per år",
        );
    }
    if let Some(x) = a.forsakringstid_ar {
        range(
            errs,
            &|| f("aktivitetsersattning.forsakringstid_ar"),
            d(x),
            0,
            40,
            "år",
        );
    }
    if !p.income_per_month.sjuk_aktivitetsersattning.is_zero() {
        errs.push(InputError::new(
                f("aktivitetsersattning"),
                "sjuk-/aktivitetsersättning står både som belopp i income_per_month och som uppgifter att beräkna; ange det ena",
            ));
    }
}

/// Aktivitetsstöd: the extent, the daily amount of the inkomstbaserat form, the days.
fn aktivitetsstod(errs: &mut Fel, i: usize, a: &AktivitetsstodInput) {
    let f = |name: &str| format!("people[{i}].{name}");
    let d = Decimal::from;
    range(
        errs,
        &|| f("aktivitetsstod.omfattning"),
        a.omfattning,
        0,
        1,
        "(andel av heltid)",
    );
    match (a.form, a.belopp_per_dag) {
        (super::AktivitetsstodForm::Inkomstbaserat, None) => errs.push(InputError::new(
            f("aktivitetsstod.belopp_per_dag"),
            "inkomstbaserat aktivitetsstöd behöver dagbeloppet från Försäkringskassans beslut",
        )),
        (super::AktivitetsstodForm::Inkomstbaserat, Some(b)) => range(
            errs,
            &|| f("aktivitetsstod.belopp_per_dag"),
            b,
            0,
            2000,
            "kr per dag",
        ),
        (_, Some(_)) => errs.push(InputError::new(
            f("aktivitetsstod.belopp_per_dag"),
            "dagbelopp anges bara för inkomstbaserat aktivitetsstöd",
        )),
        _ => {}
    }
    if let Some(x) = a.ersattningsdagar {
        range(
            errs,
            &|| f("aktivitetsstod.ersattningsdagar"),
            d(x),
            0,
            23,
            "dagar",
        );
    }
}

/// The household: housing, children, försörjningsstöd and decision-letter amounts.
fn hushall(errs: &mut Fel, h: &HushallInput) {
    let d = Decimal::from;
    if let Some(x) = h.boendekostnad_per_manad {
        range(
            errs,
            &|| "household.boendekostnad_per_manad".into(),
            x,
            0,
            50_000,
            "kr per månad",
        );
    }
    if let Some(x) = h.bostadsyta_kvm {
        range(errs, &|| "household.bostadsyta_kvm".into(), x, 1, 500, "m²");
    }
    range(
        errs,
        &|| "household.formogenhet".into(),
        h.formogenhet,
        0,
        100_000_000,
        "kr",
    );
    if h.children.len() > 12 {
        errs.push(InputError::new("household.children", "högst 12 barn"));
    }
    for (i, c) in h.children.iter().enumerate() {
        range(
            errs,
            &|| format!("household.children[{i}].age"),
            d(c.age),
            0,
            20,
            "år",
        );
        if let Some(m) = c.birth_month {
            range(
                errs,
                &|| format!("household.children[{i}].birth_month"),
                d(m),
                1,
                12,
                "",
            );
        }
    }
    range(
        errs,
        &|| "household.underhall_per_manad".into(),
        h.underhall_per_manad,
        0,
        100_000,
        "kr per månad",
    );
    if let Some(fs) = &h.forsorjningsstod {
        forsorjningsstod(errs, fs);
        // The same money in two places would count twice.
        if !h.underhall_per_manad.is_zero() && !fs.underhall_per_manad.is_zero() {
            errs.push(InputError::new(
                "household.forsorjningsstod.underhall_per_manad",
                "underhållsstödet är redan angivet i household.underhall_per_manad; ange det bara där",
            ));
        }
    }
    beslutsbelopp(
        errs,
        &|| "household.overrides".into(),
        &h.overrides,
        &HushallInput::BESLUTSBELOPP,
    );
}

/// Försörjningsstöd: the costs, incomes, months in a row and household size.
fn forsorjningsstod(errs: &mut Fel, fs: &ForsorjningsstodInput) {
    let d = Decimal::from;
    let k = &fs.kostnader;
    for (name, v) in [
        ("boende", k.boende),
        ("hushallsel", k.hushallsel),
        ("arbetsresor", k.arbetsresor),
        ("hemforsakring", k.hemforsakring),
        ("fack_och_akassa", k.fack_och_akassa),
        ("barnomsorg", k.barnomsorg),
        ("ovrigt", k.ovrigt),
    ] {
        range(
            errs,
            &|| format!("household.forsorjningsstod.kostnader.{name}"),
            v,
            0,
            100_000,
            "kr per månad",
        );
    }
    range(
        errs,
        &|| "household.forsorjningsstod.underhall_per_manad".into(),
        fs.underhall_per_manad,
        0,
        100_000,
        "kr per månad",
    );
    range(
        errs,
        &|| "household.forsorjningsstod.ovriga_inkomster_per_manad".into(),
        fs.ovriga_inkomster_per_manad,
        0,
        1_000_000,
        "kr per månad",
    );
    if let Some(n) = fs.jobbstimulans.manader_med_fs_i_folj {
        range(
            errs,
            &|| "household.forsorjningsstod.jobbstimulans.manader_med_fs_i_folj".into(),
            d(n),
            0,
            600,
            "månader",
        );
    }
    if let Some(n) = fs.hushallsgemenskap_medlemmar {
        range(
            errs,
            &|| "household.forsorjningsstod.hushallsgemenskap_medlemmar".into(),
            d(n),
            2,
            20,
            "personer",
        );
    }
}

/// A number of hours with at most two decimals (12,25 timmar), as the form takes them.
fn hogst_tva_decimaler(errs: &mut Fel, field: &dyn Fn() -> String, v: Decimal) {
    if v.scale() > 2 && v.normalize().scale() > 2 {
        errs.push(InputError::new(
            field(),
            format!(
                "{v} har fler än två decimaler; ange timmar med högst två decimaler, t.ex. 12,25"
            ),
        ));
    }
}

fn range(
    errs: &mut Vec<InputError>,
    field: &dyn Fn() -> String,
    v: Decimal,
    min: u32,
    max: u32,
    unit: &str,
) {
    if v < Decimal::from(min) || v > Decimal::from(max) {
        errs.push(InputError::new(
            field(),
            format!("{v} är utanför det tillåtna intervallet {min}–{max} {unit}"),
        ));
    } else if unit.starts_with("kr") && v.normalize().scale() > 2 {
        // Nothing is paid in parts of an öre; such a figure is a typing or unit error.
        errs.push(InputError::new(
            field(),
            format!("{v} har fler än två decimaler; ange kronor med högst två decimaler (öre)"),
        ));
    }
}

/// The longest name or label shown, in characters.
const MAX_TEXT_TECKEN: usize = 200;

/// A name or label the app shows: at most [`MAX_TEXT_TECKEN`] characters.
fn text_langd(errs: &mut Fel, field: &dyn Fn() -> String, text: &str) {
    let n = text.chars().count();
    if n > MAX_TEXT_TECKEN {
        errs.push(InputError::new(
            field(),
            format!("{n} tecken; högst {MAX_TEXT_TECKEN}"),
        ));
    }
}

/// The message for a key of `overrides` (at `falt`) that is no component at all: serde's lists
/// every component, but only the decision amounts of that place may be given.
pub(crate) fn okant_beslutsbelopp(falt: &str, e: &serde_json::Error) -> Option<String> {
    let text = e.to_string();
    let okant = text.strip_prefix("unknown variant ")?.split(',').next()?;
    let tillatna: &[KomponentId] = if falt.starts_with("household.overrides.") {
        &HushallInput::BESLUTSBELOPP
    } else if falt.contains(".overrides.") {
        &Person::BESLUTSBELOPP
    } else {
        return None;
    };
    let namn: Vec<&str> = tillatna.iter().map(|t| t.as_str()).collect();
    Some(format!(
        "{okant} är inget belopp som kan anges; tillåtna: {}",
        namn.join(", ")
    ))
}

/// Amounts from decision letters (`falt`): only those `tillatna` may replace, each 0–100 000 kr
/// a month.
fn beslutsbelopp(
    errs: &mut Fel,
    falt: &dyn Fn() -> String,
    belopp: &std::collections::BTreeMap<KomponentId, Decimal>,
    tillatna: &[KomponentId],
) {
    for (k, v) in belopp {
        let f = || format!("{}.{k}", falt());
        if !tillatna.contains(k) {
            let namn: Vec<&str> = tillatna.iter().map(|t| t.as_str()).collect();
            errs.push(InputError::new(
                f(),
                format!(
                    "kan inte ersättas med ett belopp; tillåtna: {}",
                    namn.join(", ")
                ),
            ));
        }
        range(errs, &f, *v, 0, 100_000, "kr per månad");
    }
}

/// The plan: its length, the start month, each step and the per-person dates. What depends on
/// today's or an alternative's scenario (a job for each step, the inputs the months ahead
/// need) is checked by the plan itself (`crate::plan`).
fn plan(s: &Scenario, errs: &mut Fel, p: &super::PlanSpec) {
    let d = Decimal::from;
    range(
        errs,
        &|| "plan.manader".into(),
        d(p.manader),
        super::MIN_PLAN_MANADER,
        super::MAX_PLAN_MANADER,
        "månader",
    );
    if s.month.is_none() {
        errs.push(InputError::new(
            "month",
            "behövs för planen: planen börjar i month (1–12) år year; ange startmånaden",
        ));
    }
    if p.steg.len() > super::MAX_PLAN_STEG {
        errs.push(InputError::new(
            "plan.steg",
            format!("{} steg; högst {}", p.steg.len(), super::MAX_PLAN_STEG),
        ));
    }
    for (j, st) in p.steg.iter().enumerate() {
        let f = |x: &str| format!("plan.steg[{j}].{x}");
        if let Some(k) = st.alternativ {
            if k >= s.alternatives.len() {
                errs.push(InputError::new(
                    f("alternativ"),
                    format!(
                        "alternativ {k} finns inte; scenariot har {} alternativ (ange 0–{}, eller \
                         utelämna för i dag)",
                        s.alternatives.len(),
                        s.alternatives.len().saturating_sub(1)
                    ),
                ));
            }
        }
        if st.person >= s.people.len() {
            errs.push(InputError::new(
                f("person"),
                format!(
                    "person {} finns inte; tillåtet: 0–{}",
                    st.person,
                    s.people.len().saturating_sub(1)
                ),
            ));
        }
        range(
            errs,
            &|| f("fran_manad"),
            d(st.fran_manad),
            1,
            p.manader.clamp(1, super::MAX_PLAN_MANADER),
            "(planens månad, 1 = startmånaden)",
        );
        range(
            errs,
            &|| f("hours_per_week"),
            st.hours_per_week,
            0,
            80,
            "timmar i veckan",
        );
        hogst_tva_decimaler(errs, &|| f("hours_per_week"), st.hours_per_week);
        if let Some(m) = st.monthly_salary {
            range(
                errs,
                &|| f("monthly_salary"),
                m,
                0,
                MAX_INKOMST_PER_MANAD,
                "kr per månad",
            );
        }
    }
    if p.personer.len() > s.people.len() {
        errs.push(InputError::new(
            "plan.personer",
            format!(
                "{} personer i planen men {} i people; ange högst en per person, i samma ordning",
                p.personer.len(),
                s.people.len()
            ),
        ));
    }
    for (i, pp) in p.personer.iter().enumerate() {
        if let Some(dag) = &pp.sjukperiodens_forsta_dag {
            if super::las_datum(dag).is_none() {
                errs.push(InputError::new(
                    format!("plan.personer[{i}].sjukperiodens_forsta_dag"),
                    format!("\"{dag}\" är inget datum; ange ÅÅÅÅ-MM-DD, t.ex. 2025-09-01"),
                ));
            }
        }
    }
}

/// The map: the alternative and person, the hours and wages, and the number of cells.
fn karta(s: &Scenario, errs: &mut Fel, k: &super::KartaSpec) {
    if k.alternativ >= s.alternatives.len() {
        errs.push(InputError::new(
            "karta.alternativ",
            if s.alternatives.is_empty() {
                "kartan jämför ett alternativ med i dag; ange alternatives".to_string()
            } else {
                format!(
                    "alternativ {} finns inte; tillåtet: 0–{}",
                    k.alternativ,
                    s.alternatives.len() - 1
                )
            },
        ));
    }
    if k.person >= s.people.len() {
        errs.push(InputError::new(
            "karta.person",
            format!(
                "person {} finns inte; tillåtet: 0–{}",
                k.person,
                s.people.len().saturating_sub(1)
            ),
        ));
    }
    let mut antal = [0usize; 2];
    for (n, (namn, iv, max, min_steg, enhet)) in [
        (
            "timmar",
            &k.timmar,
            80u32,
            Decimal::new(5, 1),
            "timmar i veckan",
        ),
        ("timlon", &k.timlon, 2000u32, Decimal::ONE, "kr i timmen"),
    ]
    .into_iter()
    .enumerate()
    {
        let f = |x: &str| format!("karta.{namn}.{x}");
        let fore = errs.len();
        range(errs, &|| f("fran"), iv.fran, 0, max, enhet);
        range(errs, &|| f("till"), iv.till, 0, max, enhet);
        hogst_tva_decimaler(errs, &|| f("fran"), iv.fran);
        hogst_tva_decimaler(errs, &|| f("steg"), iv.steg);
        if iv.steg < min_steg || iv.steg > Decimal::from(max) {
            errs.push(InputError::new(
                f("steg"),
                format!(
                    "{} är utanför det tillåtna intervallet {min_steg}–{max} {enhet}",
                    iv.steg
                ),
            ));
        }
        if iv.fran > iv.till {
            errs.push(InputError::new(
                f("fran"),
                format!("fran ({}) är större än till ({})", iv.fran, iv.till),
            ));
        }
        if errs.len() == fore {
            let n_punkter = ((iv.till - iv.fran) / iv.steg).floor() + Decimal::ONE;
            antal[n] = usize::try_from(n_punkter.mantissa() / 10i128.pow(n_punkter.scale()))
                .unwrap_or(usize::MAX);
        }
    }
    let rutor = antal[0].saturating_mul(antal[1]);
    if rutor > super::MAX_KARTA_RUTOR {
        errs.push(InputError::new(
            "karta",
            format!(
                "{} timmar × {} timlöner = {rutor} rutor; högst {}",
                antal[0],
                antal[1],
                super::MAX_KARTA_RUTOR
            ),
        ));
    }
}
