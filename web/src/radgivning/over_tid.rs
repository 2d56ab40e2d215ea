//! "Över tid": the months ahead for today and each job, from the engine's plan
//! (docs/scenario-format.md, "The plan"). Computed only when opened: 24 months of every track
//! is far more work than one month.
//!
//! The plan needs what a single month does without: the adults' birth months (age limits
//! switch in them) and the sick period's first day. The form's month gives the first, born in
//! January, which is right for one month but would move every age limit in the plan; here
//! neither is assumed. The plan is computed without them, and what the engine asks for is
//! asked for here, by the field it names.

use std::rc::Rc;

use calculator_core::karta::Karta;
use calculator_core::plan::{
    Atgard, Avstamningsstatus as Status, Bostadsbidragsutfall, PlanResultat, PlanSpar, Skatteutfall,
};
use calculator_core::scenario::{
    Huvudinkomst, Intervall, KartaSpec, PlanPerson, PlanSpec, PlanSteg,
};
use calculator_core::{InputErrors, Scenario};
use rust_decimal::Decimal;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::modell::{andring, Andra, Modell};
use super::resultat::skillnad_kort;
use crate::format;
use crate::karta::Kartan;
use crate::text::{text, RadText};
use crate::tidsdiagram::Tidsdiagram;

/// Months the view shows.
pub const MANADER: u32 = 24;

#[derive(Properties, PartialEq)]
pub struct OverTidProps {
    /// The form's scenario (today and each job), as the comparison was computed from.
    pub scenario: Rc<Scenario>,
}

/// What the view keeps in the app's model (`Modell::over_tid`), not in its own state: the
/// answer is drawn anew when the language changes (it is keyed by it), and what was typed
/// here must survive that.
#[derive(Clone, PartialEq, Default)]
pub struct OverTidLage {
    /// The months are shown.
    pub oppen: bool,
    pub uppgifter: Uppgifter,
    /// The job the map is for (alternative index), chosen here.
    pub karta_jobb: Option<usize>,
    /// The map as computed when it was opened (or computed anew), with the scenario it was
    /// computed from: it is not computed again on every keystroke in the form.
    pub karta: Option<KartaBeraknad>,
}

#[derive(Clone, PartialEq)]
pub struct KartaBeraknad {
    pub scenario: Rc<Scenario>,
    pub alternativ: usize,
    pub resultat: Result<Rc<Karta>, InputErrors>,
}

/// What the view is given by the counselling view (a context, so that `Resultat` need not
/// carry it): its part of the model and the way to change it.
#[derive(Clone, PartialEq)]
pub struct OverTidKontext {
    pub lage: OverTidLage,
    pub andra: Andra,
}

/// A callback that changes this view's part of the model with the value it is given.
fn andra<T: 'static>(k: &OverTidKontext, f: impl Fn(&mut OverTidLage, T) + 'static) -> Callback<T> {
    andring(&k.andra, move |m: &mut Modell, v: T| f(&mut m.over_tid, v))
}

/// What the plan needs of each adult beyond the form: their birth month and the sick period's
/// first day, as given here (None / empty until given).
#[derive(Clone, PartialEq, Default)]
pub struct Uppgifter {
    pub fodelsemanad: Vec<Option<u32>>,
    pub sjukdag: Vec<String>,
    /// Stepped hours of the jobs, in the order added.
    pub steg: Vec<Steg>,
    /// The main income of each adult (whose payer withholds by the table), when chosen:
    /// asked only when the year-end needs it, never assumed.
    pub huvudinkomst: Vec<Option<Huvudinkomst>>,
}

/// The choices of the main income, in the order of `OverTidText::huvudinkomst_val` (after
/// its first, "choose").
const HUVUDINKOMSTER: [Huvudinkomst; 5] = [
    Huvudinkomst::Lon,
    Huvudinkomst::Sjukpenning,
    Huvudinkomst::AnnanPensionsgrundande,
    Huvudinkomst::SjukAktivitetsersattning,
    Huvudinkomst::Pension,
];

/// From plan month `fran` (2–24) the job of alternative `alternativ` has `timmar` hours a week.
#[derive(Clone, PartialEq)]
pub struct Steg {
    pub alternativ: usize,
    pub fran: u32,
    pub timmar: String,
}

/// The adult and the hours a week of alternative `k`'s job, when it is paid by the hour (a
/// monthly salary would need its salary at each step's hours: not offered here).
pub fn jobbets_timmar(sc: &Scenario, k: usize) -> Option<(usize, Decimal)> {
    let alt = sc.alternatives.get(k)?;
    alt.people.iter().find_map(|(p, v)| {
        let job = v.get("job")?;
        if job.get("monthly_salary").is_some_and(|x| !x.is_null()) {
            return None;
        }
        let h = match job.get("hours_per_week")? {
            serde_json::Value::Number(n) => n.to_string().parse().ok()?,
            serde_json::Value::String(s) => s.parse().ok()?,
            _ => return None,
        };
        Some((p.parse().ok()?, h))
    })
}

/// The plan's steps: for each job with steps given, its own hours from month 1 and then each
/// step that reads (the last given for a month counts).
fn plan_steg(sc: &Scenario, steg: &[Steg]) -> Vec<PlanSteg> {
    let mut ut: Vec<PlanSteg> = Vec::new();
    for k in 0..sc.alternatives.len() {
        let Some((person, timmar)) = jobbets_timmar(sc, k) else {
            continue;
        };
        let mut egna: Vec<(u32, Decimal)> = Vec::new();
        for st in steg.iter().filter(|s| s.alternativ == k) {
            if let Ok(h) = crate::form::las_tal(&st.timmar, 2) {
                egna.retain(|(m, _)| *m != st.fran);
                egna.push((st.fran, h));
            }
        }
        if egna.is_empty() {
            continue;
        }
        egna.retain(|(m, _)| *m > 1);
        egna.sort_by_key(|(m, _)| *m);
        for (fran, h) in std::iter::once((1, timmar)).chain(egna) {
            ut.push(PlanSteg {
                alternativ: Some(k),
                person,
                fran_manad: fran,
                hours_per_week: h,
                monthly_salary: None,
            });
        }
    }
    ut
}

/// The plan scenario: the form's scenario from its month, 24 months, with what has been given
/// here and nothing assumed. The age typed in the form is the age in the start month: a birth
/// month after it means a birth year one earlier.
pub fn plan_scenario(sc: &Scenario, u: &Uppgifter) -> Scenario {
    let mut s = sc.clone();
    let start = s.month.unwrap_or(1);
    s.month = Some(start);
    s.sweep = None;
    for (i, p) in s.people.iter_mut().enumerate() {
        p.birth_month = u.fodelsemanad.get(i).copied().flatten();
        if p.birth_month.is_some_and(|m| m > start) {
            p.birth_year -= 1;
        }
    }
    let personer = (0..s.people.len())
        .map(|i| PlanPerson {
            sjukperiodens_forsta_dag: u
                .sjukdag
                .get(i)
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty()),
            sjukersattning_fran_30: None,
            huvudinkomst: u.huvudinkomst.get(i).copied().flatten(),
        })
        .collect();
    s.plan = Some(PlanSpec {
        manader: MANADER,
        steg: plan_steg(sc, &u.steg),
        personer,
        forklaringar: false,
    });
    s
}

/// The plan of `sc`, or the engine's messages.
pub fn rakna_plan(sc: &Scenario, u: &Uppgifter) -> Result<PlanResultat, InputErrors> {
    let res = calculator_core::evaluate_utan_forklaring(&plan_scenario(sc, u))?;
    Ok(res.plan.expect("a scenario with a plan has one"))
}

/// What the engine asks for, sorted: (adult, message) of the birth months and the sick
/// periods' first days, which have fields here, and the others, which are in the form.
#[derive(Default, PartialEq)]
struct Fragor {
    /// The engine's messages about the stepped hours.
    steg: Vec<String>,
    fodelsemanad: Vec<usize>,
    sjukdag: Vec<(usize, String)>,
    ovriga: Vec<String>,
}

fn fragor(e: &InputErrors) -> Fragor {
    let mut f = Fragor::default();
    let person = |rest: &str, falt: &str| -> Option<usize> {
        let (i, r) = rest.split_once(']')?;
        (r == falt).then(|| i.parse().ok()).flatten()
    };
    for x in &e.0 {
        // A plan month's own ("plan (2026-01): people[0]…") is the scenario's.
        let falt = match x.field.strip_prefix("plan (") {
            Some(r) => r.split_once("): ").map_or(x.field.as_str(), |(_, f)| f),
            None => x.field.as_str(),
        };
        // An alternative's own is today's too, asked once.
        let falt = match falt.strip_prefix("alternatives[") {
            Some(r) => r.split_once("].").map_or(falt, |(_, f)| f),
            None => falt,
        };
        let dag_i = |r: &str| person(r, ".sjukpenning.dag_i_sjukperioden");
        if falt.starts_with("plan.steg") {
            if !f.steg.contains(&x.message) {
                f.steg.push(x.message.clone());
            }
        } else if let Some(i) = falt.strip_prefix("people[").and_then(dag_i) {
            // The day of the sick period in a plan month follows from the first day given
            // here (the form sends day 1): a day the engine refuses is that date's.
            if !f.sjukdag.iter().any(|(j, _)| *j == i) {
                f.sjukdag.push((i, x.message.clone()));
            }
        } else if let Some(i) = falt
            .strip_prefix("people[")
            .and_then(|r| person(r, ".birth_month"))
        {
            if !f.fodelsemanad.contains(&i) {
                f.fodelsemanad.push(i);
            }
        } else if let Some(i) = falt
            .strip_prefix("plan.personer[")
            .and_then(|r| person(r, ".sjukperiodens_forsta_dag"))
        {
            if !f.sjukdag.iter().any(|(j, _)| *j == i) {
                f.sjukdag.push((i, x.message.clone()));
            }
        } else if !f.ovriga.contains(&x.message) {
            f.ovriga.push(x.message.clone());
        }
    }
    f
}

/// "januari 2027" of the engine's `YYYY-MM`.
fn manadsnamn(r: &RadText, m: &str) -> String {
    let (ar, manad) = m.split_once('-').unwrap_or((m, "1"));
    let i = manad.parse::<usize>().unwrap_or(1).clamp(1, 12) - 1;
    format!("{} {ar}", r.manader[i])
}

/// The jobs paid by the hour, with their hourly wage: those the map can vary.
fn jobbets_timlon(sc: &Scenario, k: usize) -> Option<(usize, Decimal, Decimal)> {
    let (person, timmar) = jobbets_timmar(sc, k)?;
    let job = sc.alternatives[k]
        .people
        .get(&person.to_string())?
        .get("job")?;
    let w = match job.get("hourly_wage")? {
        serde_json::Value::Number(n) => n.to_string().parse().ok()?,
        serde_json::Value::String(s) => s.parse().ok()?,
        _ => return None,
    };
    Some((person, timmar, w))
}

/// The map's grid for a job at hourly wage `w`: 0–40 hours a week by the hour, and eleven
/// hourly wages 10 kr apart around `w` (rounded to tens; from 0 kr for a wage under 50 kr). A
/// choice of what to show, not an input: every cell is the engine's for its hours and wage.
pub fn karta_spec(alternativ: usize, person: usize, w: Decimal) -> KartaSpec {
    let tio = Decimal::from(10);
    let mitt = (w / tio)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        * tio;
    let fran = (mitt - Decimal::from(50)).max(Decimal::ZERO);
    KartaSpec {
        alternativ,
        person,
        timmar: Intervall {
            fran: Decimal::ZERO,
            till: Decimal::from(40),
            steg: Decimal::ONE,
        },
        timlon: Intervall {
            fran,
            till: fran + Decimal::from(100),
            steg: tio,
        },
    }
}

/// The map of alternative `k` of `sc`, or the engine's messages.
pub fn rakna_karta(sc: &Scenario, k: usize) -> Result<Karta, InputErrors> {
    let Some((person, _, w)) = jobbets_timlon(sc, k) else {
        return Err(calculator_core::InputError::new(
            "karta.alternativ",
            "jobbet har ingen timlön".to_string(),
        )
        .into());
    };
    let mut s = sc.clone();
    s.sweep = None;
    s.plan = None;
    let spec = karta_spec(k, person, w);
    s.karta = Some(spec.clone());
    calculator_core::scenario::validate(&s)?;
    calculator_core::karta::karta(&s, &spec)
}

#[function_component(OverTid)]
pub fn over_tid(p: &OverTidProps) -> Html {
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    // Outside the counselling view (a test's own mount), a state of its own.
    let egen = use_reducer(|| super::modell::startmodell(crate::klocka::Klocka::default()));
    let k = use_context::<OverTidKontext>().unwrap_or_else(|| OverTidKontext {
        lage: egen.over_tid.clone(),
        andra: egen.dispatcher(),
    });
    let lage = &k.lage;
    let oppen = lage.oppen;
    let plan = use_memo(
        (p.scenario.clone(), lage.uppgifter.clone(), oppen),
        |(sc, u, oppen)| oppen.then(|| rakna_plan(sc, u).map(Rc::new)),
    );
    let vaxla = andra(&k, |l, _: MouseEvent| l.oppen = !l.oppen);
    let innehall = match &*plan {
        None => Html::default(),
        Some(res) => {
            let fragor = match res {
                Ok(_) => Fragor::default(),
                Err(e) => fragor(e),
            };
            html! {
                <div id="over-tid-innehall">
                    { uppgiftsfalt(&p.scenario, &k, &fragor) }
                    { stegfalt(&p.scenario, &k, &fragor.steg) }
                    if let Ok(plan) = res {
                        { planen(plan) }
                        { arsskiftet(plan, &p.scenario, &k) }
                    }
                </div>
            }
        }
    };
    html! {
        <section id="over-tid" class="resultat over-tid" aria-labelledby="over-tid-rubrik">
            <h2 id="over-tid-rubrik">{ o.rubrik }</h2>
            <p>{ o.ingress }</p>
            <div class="knapprad">
                <button id="over-tid-visa" type="button" class="sekundar" onclick={vaxla}
                    aria-expanded={if oppen { "true" } else { "false" }} aria-controls="over-tid-innehall">
                    { if oppen { o.dolj } else { o.visa } }
                </button>
                if matches!(&*plan, Some(Ok(_))) {
                    <button id="over-tid-skriv-ut" type="button" class="sekundar" onclick={skriv_ut()}>
                        { o.skriv_ut }
                    </button>
                }
            </div>
            { innehall }
            { kartdel(&p.scenario, &k) }
        </section>
    }
}

/// "Skriv ut månaderna": the page printed with only this view (style.css, `data-utskrift` on
/// the root element while the browser prints).
fn skriv_ut() -> Callback<MouseEvent> {
    Callback::from(|_: MouseEvent| {
        let Some(w) = web_sys::window() else { return };
        let rot = w.document().and_then(|d| d.document_element());
        if let Some(rot) = &rot {
            let _ = rot.set_attribute("data-utskrift", "over-tid");
        }
        // print() returns when the dialog closes (it blocks in Chromium and Firefox).
        let _ = w.print();
        if let Some(rot) = &rot {
            let _ = rot.remove_attribute("data-utskrift");
        }
    })
}

/// The hours × wage map of one job: computed when opened, and again only when asked once the
/// form has changed.
fn kartdel(sc: &Rc<Scenario>, k: &OverTidKontext) -> Html {
    let t = text();
    let o = &t.radgivning.over_tid;
    let jobb: Vec<usize> = (0..sc.alternatives.len())
        .filter(|j| jobbets_timlon(sc, *j).is_some())
        .collect();
    let valt = k
        .lage
        .karta_jobb
        .filter(|j| jobb.contains(j))
        .or(jobb.first().copied());
    let berakna = |sc: &Rc<Scenario>, j: usize| KartaBeraknad {
        scenario: sc.clone(),
        alternativ: j,
        resultat: rakna_karta(sc, j).map(Rc::new),
    };
    let vaxla = {
        let sc = sc.clone();
        andra(k, move |l, _: MouseEvent| {
            l.karta = match (&l.karta, valt) {
                (Some(_), _) | (None, None) => None,
                (None, Some(j)) => Some(berakna(&sc, j)),
            };
        })
    };
    let rakna_om = {
        let sc = sc.clone();
        andra(k, move |l, _: MouseEvent| {
            if let Some(j) = valt {
                l.karta = Some(berakna(&sc, j));
            }
        })
    };
    let valj = {
        let sc = sc.clone();
        andra(k, move |l, v: String| {
            if let Ok(j) = v.parse::<usize>() {
                l.karta_jobb = Some(j);
                if l.karta.is_some() {
                    l.karta = Some(berakna(&sc, j));
                }
            }
        })
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value())
    };
    let oppen = k.lage.karta.as_ref();
    let namn = |j: usize| sc.alternatives[j].label.clone();
    html! {
        <div id="karta-del" class="karta-del">
            <h3 id="karta-rubrik">{ o.karta_rubrik }</h3>
            <p>{ o.karta_ingress }</p>
            if jobb.is_empty() {
                <p id="karta-inget-jobb">{ o.karta_inget_jobb }</p>
            } else {
                if jobb.len() > 1 {
                    <div class="falt">
                        <label for="karta-jobb">{ o.karta_jobb }</label>
                        <select id="karta-jobb" onchange={valj}>
                            { for jobb.iter().map(|&j| html! {
                                <option value={j.to_string()} selected={valt == Some(j)}>{ namn(j) }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="knapprad">
                    <button id="karta-visa" type="button" class="sekundar" onclick={vaxla}
                        aria-expanded={if oppen.is_some() { "true" } else { "false" }} aria-controls="karta-innehall">
                        { if oppen.is_some() { o.karta_dolj } else { o.karta_visa } }
                    </button>
                </div>
                if let Some(kb) = oppen {
                    <div id="karta-innehall">
                        if *kb.scenario != **sc || Some(kb.alternativ) != valt {
                            <p id="karta-gammal" class="hjalp">{ o.karta_gammal }</p>
                            <button id="karta-rakna-om" type="button" class="sekundar" onclick={rakna_om}>
                                { o.karta_rakna_om }
                            </button>
                        }
                        { match &kb.resultat {
                            Ok(karta) => html! {
                                <Kartan karta={karta.clone()} namn={kb.scenario.alternatives[kb.alternativ].label.clone()}
                                    jobbet={jobbets_timlon(&kb.scenario, kb.alternativ).map(|(_, h, w)| (h, w))} />
                            },
                            Err(e) => html! {
                                <ul id="karta-fel" class="fel">
                                    { for e.0.iter().map(|x| html! { <li>{ (o.fyll_i_formularet)(&x.message) }</li> }) }
                                </ul>
                            },
                        } }
                    </div>
                }
            }
        </div>
    }
}

/// The fields for what the engine asks for and the form does not have, and its other
/// messages. A field stays once given, so that it does not vanish while it is edited.
fn uppgiftsfalt(sc: &Scenario, k: &OverTidKontext, f: &Fragor) -> Html {
    let u = &k.lage.uppgifter;
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    let n = sc.people.len();
    let manader: Vec<usize> = (0..n)
        .filter(|i| {
            f.fodelsemanad.contains(i) || u.fodelsemanad.get(*i).copied().flatten().is_some()
        })
        .collect();
    let sjukdagar: Vec<usize> = (0..n)
        .filter(|i| {
            f.sjukdag.iter().any(|(j, _)| j == i)
                || u.sjukdag.get(*i).is_some_and(|d| !d.trim().is_empty())
        })
        .collect();
    if manader.is_empty() && sjukdagar.is_empty() && f.ovriga.is_empty() {
        return Html::default();
    }
    let start = sc.month.unwrap_or(1);
    let max = format!("{}-{:02}-01", sc.year, start);
    let manadsfalt = |i: usize| {
        let id = format!("over-tid-fodelsemanad-{i}");
        let varde = u.fodelsemanad.get(i).copied().flatten();
        let onchange = andra(k, move |l, v: String| {
            let ny = &mut l.uppgifter;
            ny.fodelsemanad.resize(n.max(ny.fodelsemanad.len()), None);
            ny.fodelsemanad[i] = v.parse().ok();
        })
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
        let saknas = f.fodelsemanad.contains(&i);
        html! {
            <div class="falt">
                <label for={id.clone()}>{ (o.fodelsemanad_etikett)(i) }</label>
                <select id={id.clone()} {onchange} aria-describedby={format!("{id}-hjalp")}
                    aria-invalid={saknas.then_some("true")}>
                    <option value="" selected={varde.is_none()}>{ o.valj_manad }</option>
                    { for (1..=12u32).map(|m| html! {
                        <option value={m.to_string()} selected={varde == Some(m)}>
                            { r.manader[(m - 1) as usize] }
                        </option>
                    }) }
                </select>
                <p id={format!("{id}-hjalp")} class="hjalp">{ o.fodelsemanad_hjalp }</p>
            </div>
        }
    };
    let datumfalt = |i: usize| {
        let id = format!("over-tid-sjukdag-{i}");
        let varde = u.sjukdag.get(i).cloned().unwrap_or_default();
        let fel = f
            .sjukdag
            .iter()
            .find(|(j, _)| *j == i)
            .and_then(|(_, msg)| {
                // Not yet given: the label and help say what is asked. A date after the start
                // month's first, in words of its own (ISO dates compare as text); any other
                // refused, the engine's reason.
                let d = varde.trim();
                (!d.is_empty()).then(|| {
                    if d.len() == max.len() && d > max.as_str() {
                        (o.sjukdag_senast)(&max)
                    } else {
                        (o.sjukdag_fel)(msg)
                    }
                })
            });
        let oninput = andra(k, move |l, v: String| {
            let ny = &mut l.uppgifter;
            ny.sjukdag.resize(n.max(ny.sjukdag.len()), String::new());
            ny.sjukdag[i] = v;
        })
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        let hjalp_id = format!("{id}-hjalp");
        let fel_id = format!("{id}-fel");
        let beskrivs = if fel.is_some() {
            format!("{hjalp_id} {fel_id}")
        } else {
            hjalp_id.clone()
        };
        let saknas = f.sjukdag.iter().any(|(j, _)| *j == i);
        html! {
            <div class="falt">
                <label for={id.clone()}>{ (o.sjukdag_etikett)(i) }</label>
                <input id={id.clone()} type="date" max={max.clone()} value={varde} {oninput}
                    aria-describedby={beskrivs} aria-invalid={saknas.then_some("true")} />
                <p id={hjalp_id} class="hjalp">{ o.sjukdag_hjalp }</p>
                if let Some(fel) = fel {
                    <p id={fel_id} class="fel">{ fel }</p>
                }
            </div>
        }
    };
    html! {
        <div id="over-tid-fragor" class="over-tid-fragor">
            if !f.fodelsemanad.is_empty() || !f.sjukdag.is_empty() || !f.ovriga.is_empty() {
                <p id="over-tid-behovs">{ o.behovs }</p>
            }
            { for manader.into_iter().map(manadsfalt) }
            { for sjukdagar.into_iter().map(datumfalt) }
            if !f.ovriga.is_empty() {
                <ul id="over-tid-fel" class="fel">
                    { for f.ovriga.iter().map(|m| html! { <li>{ (o.fyll_i_formularet)(m) }</li> }) }
                </ul>
            }
        </div>
    }
}

/// "januari 2026" of plan month `n` (1 = the start month) of `sc`.
fn plan_manadsnamn(r: &RadText, sc: &Scenario, n: u32) -> String {
    let i = sc.year * 12 + sc.month.unwrap_or(1) as i32 - 1 + n as i32 - 1;
    format!(
        "{} {}",
        r.manader[i.rem_euclid(12) as usize],
        i.div_euclid(12)
    )
}

/// The stepped hours of each job paid by the hour: "från månad N: H timmar", a row each.
fn stegfalt(sc: &Scenario, k: &OverTidKontext, fel: &[String]) -> Html {
    let u = &k.lage.uppgifter;
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    let jobb = (0..sc.alternatives.len()).filter(|k| jobbets_timmar(sc, *k).is_some());
    let rad = |j: usize, st: &Steg| {
        let manad_id = format!("over-tid-steg-manad-{j}");
        let timmar_id = format!("over-tid-steg-timmar-{j}");
        let fel = match crate::form::las_tal(&st.timmar, 2) {
            Ok(_) => None,
            Err(crate::form::Lasfel::Tomt) => Some(r.fyll_i),
            Err(_) => Some(t.ej_tal),
        };
        let valj = andra(k, move |l, v: String| {
            if let (Some(s), Ok(m)) = (l.uppgifter.steg.get_mut(j), v.parse()) {
                s.fran = m;
            }
        })
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
        let skriv = andra(k, move |l, v: String| {
            if let Some(s) = l.uppgifter.steg.get_mut(j) {
                s.timmar = v;
            }
        })
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        let ta_bort = andra(k, move |l, _: MouseEvent| {
            if j < l.uppgifter.steg.len() {
                l.uppgifter.steg.remove(j);
            }
        });
        html! {
            <div class="over-tid-steg-rad">
                <div class="falt">
                    <label for={manad_id.clone()}>{ o.steg_fran }</label>
                    <select id={manad_id} onchange={valj}>
                        { for (2..=MANADER).map(|n| html! {
                            <option value={n.to_string()} selected={st.fran == n}>
                                { plan_manadsnamn(r, sc, n) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="falt">
                    <label for={timmar_id.clone()}>{ o.steg_timmar }</label>
                    <input id={timmar_id.clone()} type="text" inputmode="decimal" autocomplete="off"
                        class="kort" value={st.timmar.clone()} oninput={skriv}
                        aria-invalid={fel.is_some().then_some("true")}
                        aria-describedby={fel.is_some().then(|| format!("{timmar_id}-fel"))} />
                    if let Some(fel) = fel {
                        <p id={format!("{timmar_id}-fel")} class="fel">{ fel }</p>
                    }
                </div>
                <button id={format!("over-tid-steg-ta-bort-{j}")} type="button" class="sekundar"
                    onclick={ta_bort}>{ o.steg_ta_bort }</button>
            </div>
        }
    };
    html! {
        <div id="over-tid-stegen">
            { for jobb.map(|alt| {
                let namn = sc.alternatives[alt].label.clone();
                let lagg_till = andra(k, move |l, _: MouseEvent| {
                    l.uppgifter.steg.push(Steg { alternativ: alt, fran: 2, timmar: String::new() });
                });
                html! {
                    <fieldset class="over-tid-steg" id={format!("over-tid-steg-{alt}")}>
                        <legend>{ (o.steg_rubrik)(&namn) }</legend>
                        <p class="hjalp">{ o.steg_hjalp }</p>
                        { for u.steg.iter().enumerate().filter(|(_, s)| s.alternativ == alt).map(|(j, s)| rad(j, s)) }
                        <button id={format!("over-tid-steg-lagg-till-{alt}")} type="button" class="sekundar"
                            onclick={lagg_till}>{ o.steg_lagg_till }</button>
                    </fieldset>
                }
            }) }
            if !fel.is_empty() {
                <ul id="over-tid-steg-fel" class="fel">
                    { for fel.iter().map(|m| html! { <li>{ m }</li> }) }
                </ul>
            }
        </div>
    }
}

/// Each track's name as shown: "I dag" in the page's language, the jobs by their names.
fn sparnamn(r: &RadText, plan: &PlanResultat) -> Vec<String> {
    (plan.spar.iter())
        .map(|spar| match spar.alternativ {
            None => r.i_dag.to_string(),
            Some(_) => spar.label.clone(),
        })
        .collect()
}

/// The months in one compact table, a column per track: what the printout has in place of
/// the tables per track (style.css, `data-utskrift`).
fn samlad_tabell(plan: &PlanResultat, namn: &[String]) -> Html {
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    let manader = plan.spar.first().map_or(&[][..], |s| &s.manader[..]);
    html! {
        <div class="endast-utskrift">
            <table id="over-tid-samlad" class="over-tid-samlad">
                <caption>{ o.utskrift_tabell_rubrik }</caption>
                <thead><tr>
                    <th scope="col">{ o.kolumn_manad }</th>
                    { for namn.iter().map(|n| html! { <th scope="col" class="tal">{ n.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { for manader.iter().enumerate().map(|(i, m)| html! {
                        <tr>
                            <th scope="row">{ manadsnamn(r, &m.manad) }</th>
                            { for plan.spar.iter().map(|spar| {
                                let pm = spar.manader.get(i);
                                let d = pm.and_then(|m| m.disponibel_inkomst);
                                let skillnad = pm.and_then(|m| m.skillnad_mot_i_dag);
                                html! {
                                    <td class="tal">
                                        { d.map_or(o.ej_beraknad.to_string(), |d| format::hela_kronor(t, format::hela(d))) }
                                        if let Some(x) = skillnad {
                                            { " (" }{ skillnad_kort(t, x) }{ ")" }
                                        }
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The plan: the chart, a table per track, its events under it, and the notices.
fn planen(plan: &Rc<PlanResultat>) -> Html {
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    let alla_namn = sparnamn(r, plan);
    let spar = plan.spar.iter().enumerate().map(|(s, spar)| {
        let namn = alla_namn[s].clone();
        let alternativ = spar.alternativ.is_some();
        let rader = spar.manader.iter().map(|m| {
            let belopp = |x: Option<Decimal>| x.map(|x| format::hela_kronor(t, format::hela(x)));
            html! {
                <tr>
                    <th scope="row">{ manadsnamn(r, &m.manad) }</th>
                    if let Some(d) = belopp(m.disponibel_inkomst) {
                        <td class="tal over-tid-disponibel">{ d }</td>
                        if alternativ {
                            <td class="tal over-tid-skillnad">
                                { m.skillnad_mot_i_dag.map(|x| skillnad_kort(t, x)).unwrap_or_default() }
                            </td>
                        }
                    } else {
                        <td colspan={if alternativ { "2" } else { "1" }} title={m.skal.clone()}>
                            { o.ej_beraknad }
                        </td>
                    }
                </tr>
            }
        });
        html! {
            <div class="over-tid-spar">
                <h3 id={format!("over-tid-rubrik-{s}")}>{ &namn }</h3>
                <table id={format!("over-tid-spar-{s}")} class="over-tid-tabell">
                    <caption>{ (o.tabell_rubrik)(&namn) }</caption>
                    <thead><tr>
                        <th scope="col">{ o.kolumn_manad }</th>
                        <th scope="col" class="tal">{ o.kolumn_disponibel }</th>
                        if alternativ {
                            <th scope="col" class="tal">{ o.kolumn_skillnad }</th>
                        }
                    </tr></thead>
                    <tbody>{ for rader }</tbody>
                </table>
                <h4>{ (o.handelser_rubrik)(&namn) }</h4>
                if spar.handelser.is_empty() {
                    <p id={format!("over-tid-handelser-{s}")}>{ o.inga_handelser }</p>
                } else {
                    <ul id={format!("over-tid-handelser-{s}")} class="over-tid-handelser">
                        { for spar.handelser.iter().map(|h| html! {
                            <li>
                                <span class="handelse-text">{ &h.text }</span>
                                if let Some(p) = h.paragraf {
                                    { " " }<span class="paragraf">{ (o.paragraf)(p) }</span>
                                }
                            </li>
                        }) }
                    </ul>
                }
            </div>
        }
    });
    html! {
        <>
        if let Some(pa_svenska) = o.pa_svenska {
            <p class="hjalp">{ pa_svenska }</p>
        }
        <Tidsdiagram plan={plan.clone()} namn={alla_namn.clone()} />
        { samlad_tabell(plan, &alla_namn) }
        <div class="over-tid-sparen">{ for spar }</div>
        if !plan.notiser.is_empty() {
            <h3>{ o.notiser_rubrik }</h3>
            <ul id="over-tid-notiser">
                { for plan.notiser.iter().map(|n| html! {
                    <li>
                        <span class="handelse-text">{ &n.text }</span>
                        if let Some(p) = n.paragraf {
                                    { " " }<span class="paragraf">{ (o.paragraf)(p) }</span>
                                }
                    </li>
                }) }
            </ul>
        }
        <p class="fotnot">{ o.fotnot }</p>
        </>
    }
}

/// The year-end of one track in words, a line each: per whole calendar year, each adult's tax
/// (kvarskatt or refund, and what avoids it) and the household's bostadsbidrag (repayment, and
/// from when to report the new income). All figures are the engine's
/// (`calculator_core::plan::Arsavstamning`); a year the plan does not cover whole is said to
/// be so, not left out.
pub fn arsrader(r: &RadText, spar: &PlanSpar, vuxna: usize) -> Vec<String> {
    let t = text();
    let o = &r.over_tid;
    let kr = |d: Decimal| format::hela_kronor(t, format::hela(d));
    let mut v = Vec::new();
    for a in &spar.ar {
        if !a.hela_aret {
            v.push((o.ar_del_av_ar)(a.ar));
            continue;
        }
        for sk in &a.skatt {
            let vem = if vuxna > 1 { (o.ar_vem)(sk.person) } else { "" };
            let rad = match (sk.status, sk.utfall, sk.belopp) {
                (Status::Beraknad, Some(Skatteutfall::Kvarskatt), Some(b)) => {
                    (o.ar_kvarskatt)(a.ar, &kr(b))
                }
                (Status::Beraknad, Some(Skatteutfall::Aterbetalning), Some(b)) => {
                    (o.ar_aterbetalning)(a.ar, &kr(b))
                }
                (Status::Beraknad, _, _) => (o.ar_skatt_lika)(a.ar),
                (Status::BehoverUppgift, _, _) => (o.ar_skatt_behover)(a.ar),
                (Status::EjModellerad, _, _) => (o.ar_skatt_ej)(a.ar),
                (Status::DelAvAr | Status::EjAktuell, _, _) => continue,
            };
            v.push(format!("{vem}{rad}"));
            for atg in &sk.atgarder {
                match atg {
                    Atgard::HogreSkatteavdrag { per_manad, .. } => {
                        v.push(format!("{vem}{}", (o.ar_hogre_avdrag)(&kr(*per_manad))))
                    }
                    Atgard::Jamkning { per_manad } => {
                        v.push(format!("{vem}{}", (o.ar_jamkning)(&kr(*per_manad))))
                    }
                    Atgard::AnmalAndradInkomst { .. } => {}
                }
            }
        }
        let bb = &a.bostadsbidrag;
        let rad = match (bb.status, bb.utfall, bb.belopp) {
            (Status::Beraknad, Some(Bostadsbidragsutfall::Aterbetalning), Some(b)) => {
                Some((o.ar_bb_tillbaka)(a.ar, &kr(b)))
            }
            (Status::Beraknad, Some(Bostadsbidragsutfall::Efterbetalning), Some(b)) => {
                Some((o.ar_bb_mer)(a.ar, &kr(b)))
            }
            (Status::Beraknad, _, _) => Some((o.ar_bb_inget)(a.ar)),
            (Status::EjModellerad, _, _) => Some((o.ar_bb_ej)(a.ar)),
            (Status::BehoverUppgift, _, _) => Some((o.ar_bb_behover)(a.ar)),
            (Status::DelAvAr | Status::EjAktuell, _, _) => None,
        };
        v.extend(rad);
        let aterbetalning = bb.utfall == Some(Bostadsbidragsutfall::Aterbetalning);
        if let Some(Atgard::AnmalAndradInkomst { manad }) = bb.atgarder.first() {
            if aterbetalning {
                v.push((o.ar_bb_anmal)(&manadsnamn(r, manad)));
            }
        }
    }
    v
}

/// The adults whose year-end tax needs their main income in some track and year (or who have
/// chosen one: the field stays while it is edited).
fn behover_huvudinkomst(plan: &PlanResultat, u: &Uppgifter, n: usize) -> Vec<usize> {
    (0..n)
        .filter(|i| {
            u.huvudinkomst.get(*i).copied().flatten().is_some()
                || plan.spar.iter().flat_map(|s| &s.ar).any(|a| {
                    a.skatt
                        .iter()
                        .any(|sk| sk.person == *i && sk.status == Status::BehoverUppgift)
                })
        })
        .collect()
}

/// "När året är slut": the main-income fields the year-end asks for, then each track's lines.
fn arsskiftet(plan: &Rc<PlanResultat>, sc: &Scenario, k: &OverTidKontext) -> Html {
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    let n = sc.people.len();
    if plan.spar.iter().all(|s| s.ar.is_empty()) {
        return Html::default();
    }
    let u = &k.lage.uppgifter;
    let falt = behover_huvudinkomst(plan, u, n).into_iter().map(|i| {
        let id = format!("over-tid-huvudinkomst-{i}");
        let varde = u.huvudinkomst.get(i).copied().flatten();
        let onchange = andra(k, move |l, v: String| {
            let ny = &mut l.uppgifter;
            ny.huvudinkomst.resize(n.max(ny.huvudinkomst.len()), None);
            ny.huvudinkomst[i] = v
                .parse::<usize>()
                .ok()
                .and_then(|x| HUVUDINKOMSTER.get(x).copied());
        })
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
        html! {
            <div class="falt">
                <label for={id.clone()}>{ (o.huvudinkomst_etikett)(i) }</label>
                <select id={id.clone()} {onchange} aria-describedby={format!("{id}-hjalp")}
                    aria-invalid={varde.is_none().then_some("true")}>
                    <option value="" selected={varde.is_none()}>{ o.huvudinkomst_val[0] }</option>
                    { for HUVUDINKOMSTER.iter().enumerate().map(|(x, h)| html! {
                        <option value={x.to_string()} selected={varde == Some(*h)}>
                            { o.huvudinkomst_val[x + 1] }
                        </option>
                    }) }
                </select>
                <p id={format!("{id}-hjalp")} class="hjalp">{ o.huvudinkomst_hjalp }</p>
            </div>
        }
    });
    let namn = sparnamn(r, plan);
    let spar = plan.spar.iter().enumerate().map(|(s, spar)| {
        let rader = arsrader(r, spar, n);
        html! {
            <>
                <h4>{ &namn[s] }</h4>
                <ul id={format!("over-tid-ar-{s}")} class="over-tid-ar">
                    { for rader.into_iter().map(|x| html! { <li>{ x }</li> }) }
                </ul>
            </>
        }
    });
    html! {
        <div id="over-tid-arsskifte">
            <h3>{ o.ar_rubrik }</h3>
            <p>{ o.ar_ingress }</p>
            { for falt }
            { for spar }
        </div>
    }
}
