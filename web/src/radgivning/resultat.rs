//! The answer: the alternatives side by side as cards (every amount with its reason), the
//! chart over hours, and the printout's head and foot.

use calculator_core::hushall::{Komponent, Manadsresultat};
use calculator_core::jamforelse::SweepResultat;
use calculator_core::KomponentId;
use calculator_core::{InputErrors, ScenarioResult};
use rules::formaner::Status;
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::over_tid::OverTid;
use super::steg_i_dag::har_text;
use super::svar::{Forklarare, SvarRef};
use crate::att_gora::{att_gora, Atgard};
use crate::diagram::{Diagram, Markering};
use crate::format;
use crate::klocka::Klocka;
use crate::situation::{self, Har, Jobb, Situation};
use crate::text::{text, RadText, Text};

#[derive(Properties, PartialEq)]
pub struct ResultatProps {
    pub svar: SvarRef,
    pub jobb: Vec<Jobb>,
    pub tva_vuxna: bool,
    /// What each adult has today.
    pub har: Vec<Har>,
    /// The situation in a few sentences, for the printout.
    pub situation_text: String,
    /// For the printout's date.
    pub klocka: Klocka,
    pub hinder: Option<String>,
    /// The engine's messages that belong to no field of the form.
    pub ovriga: Vec<String>,
    /// The alternative the chart follows.
    pub diagram_jobb: Option<usize>,
    pub valj_diagram_jobb: Callback<usize>,
    /// The participant's first name and a note, for the printout (None: none, or too long).
    #[prop_or_default]
    pub utskrift_namn: Option<AttrValue>,
    #[prop_or_default]
    pub utskrift_anteckning: Option<AttrValue>,
}

/// The situation as typed, in a few sentences for the printout.
pub fn situation_text(t: &Text, s: &Situation) -> String {
    let r = &t.radgivning;
    let mut v = vec![format!(
        "{}, {} {}.",
        s.kommun.trim(),
        r.manader[(s.month.clamp(1, 12) - 1) as usize],
        s.year
    )];
    v.push((r.sammanfattning_vuxna)(s.vuxna.len()).to_string());
    for (i, x) in s.vuxna.iter().enumerate() {
        v.push((r.sammanfattning_alder)(i, x.alder.trim()));
        let niva = match x.har {
            Har::Sjukpenning | Har::Aktivitetsersattning | Har::Sjukersattning => (r.niva)(x.niva),
            Har::Inget | Har::Aktivitetsstod | Har::Forsorjningsstod => "",
        };
        let vad = har_text(r, x.har);
        v.push((r.sammanfattning_har)(i, vad, niva));
        if let Ok(lon) = crate::form::las_tal(&x.lon_i_dag, 2) {
            v.push((r.sammanfattning_lon)(i, &format::hela_kronor(t, lon)));
        }
    }
    if let Ok(b) = crate::form::las_tal(&s.boende, 2) {
        v.push((r.sammanfattning_boende)(&format::hela_kronor(t, b)));
    }
    if !s.barn.is_empty() {
        let alder: Vec<&str> = s.barn.iter().map(|b| b.alder.trim()).collect();
        v.push((r.sammanfattning_barn)(&alder.join(", ")));
    }
    v.join(" ")
}

/// Today's date in words, for the printout ("22 november 2026").
fn idag(r: &RadText, klocka: Klocka) -> String {
    let d = klocka.idag();
    format!(
        "{} {} {}",
        d.dag,
        r.manader[(d.manad.clamp(1, 12) - 1) as usize],
        d.ar
    )
}

/// The status in the words the counsellor uses.
pub fn status_text(r: &RadText, k: &Komponent) -> &'static str {
    match k.status {
        // The tax is not paid out to anyone; it is taken from the income.
        Status::Utbetalas if k.id == KomponentId::Skatt => r.status_dras,
        Status::Utbetalas => r.status_utbetalas,
        Status::NollKronor => r.status_noll,
        Status::EjRatt => r.status_ej_ratt,
        Status::BehoverUppgift => r.status_behover_uppgift,
        Status::EjModellerad => r.status_ej_beraknat,
    }
}

/// "+2 340 kr i månaden", "−500 kr i månaden".
pub fn skillnad_text(t: &Text, x: Decimal) -> String {
    let x = format::hela(x);
    let tecken = if x > Decimal::ZERO { "+" } else { "" };
    format!("{tecken}{} {}", format::hela_kronor(t, x), t.i_manaden)
}

/// The answer, or what stops it.
#[function_component(Resultat)]
pub fn resultat(p: &ResultatProps) -> Html {
    let t = text();
    let r = &t.radgivning;
    if let Some(h) = &p.hinder {
        return html! {
            <section id="jamforelse" class="resultat" aria-labelledby="jamforelse-rubrik">
                <h2 id="jamforelse-rubrik">{ r.jamforelse_rubrik }</h2>
                <div id="rad-sammanfattning" aria-live="polite">
                    <p id="rad-vantar" class="vantar">{ h }</p>
                </div>
            </section>
        };
    }
    let res = match &p.svar.0.jamforelse {
        Ok(res) => res,
        Err(e) => return motorfel(r, &p.ovriga, e),
    };
    html! {
        <>
        { oversikt(t, res) }
        <section id="utskrift-huvud" class="endast-utskrift">
            <h2>{ r.utskrift_situation }</h2>
            <p id="utskrift-situation">{ &p.situation_text }</p>
            <p id="utskrift-datum">{ (r.utskriven)(&idag(r, p.klocka)) }</p>
        </section>
        { jamforelse(t, p, res) }
        { diagramdel(t, p, res) }
        <OverTid scenario={p.svar.0.scenario.clone()} />
        <section id="utskrift-fot" class="fotnot">
            <p id="utskrift-regler">{ (r.utskrift_regler)(res.ruleset.year, &res.ruleset.verified_on) }</p>
            <p id="utskrift-forbehall">{ r.myndigheterna_beslutar }</p>
        </section>
        </>
    }
}

/// The engine's messages when it gives no figures: those with no field of their own here
/// (the others stand beside their fields), or all of them.
fn motorfel(r: &RadText, ovriga: &[String], e: &InputErrors) -> Html {
    html! {
        <section id="jamforelse" class="resultat" aria-labelledby="jamforelse-rubrik">
            <h2 id="jamforelse-rubrik">{ r.jamforelse_rubrik }</h2>
            <div id="rad-sammanfattning" aria-live="polite">
                <p class="vantar">{ r.vantar }</p>
                <ul id="motor-fel" class="fel">
                    { for ovriga.iter().map(|f| html! { <li>{ f }</li> }) }
                    if ovriga.is_empty() {
                        { for e.0.iter().map(|f| html! { <li>{ &f.message }</li> }) }
                    }
                </ul>
            </div>
        </section>
    }
}

/// The answer in one or two sentences above the cards: the best of the jobs tried against
/// today, and for the job the chart follows how much of the next 100 kr of wage is kept at its
/// hours (the engine's marginal effect for the hour step the job is in).
fn toppmening(t: &Text, p: &ResultatProps, res: &ScenarioResult) -> Option<Html> {
    let r = &t.radgivning;
    let basta = res.jamforelse.iter().max_by_key(|a| a.skillnad_mot_i_dag)?;
    let forst = match format::hela(basta.skillnad_mot_i_dag) {
        x if x > Decimal::ZERO => (r.basta_alternativ)(&basta.label, &format::hela_kronor(t, x)),
        _ => r.inget_alternativ_battre.to_string(),
    };
    let nasta = p.diagram_jobb.and_then(|i| {
        let timmar = crate::form::las_tal(&p.jobb.get(i)?.timmar, 2).ok()?;
        let svep = p.svar.0.svep.as_ref()?.as_ref().ok()?.sweep.as_ref()?;
        // Only inside the chart: at its end (40 h) the next hour is not computed, and the last
        // hour's share is no answer to "the next 100 kr".
        let m = (svep.marginaleffekter.iter()).find(|m| m.from_x <= timmar && timmar < m.to_x)?;
        let (behall, _) = crate::diagram::per_hundra(m);
        let namn = res.jamforelse.get(i).map_or("", |a| a.label.as_str());
        Some((r.nasta_hundra)(namn, &format::tal(t, timmar, 1), behall))
    });
    Some(html! {
        <div id="toppmening" class="toppmening">
            <p id="basta-alternativ">{ forst }</p>
            if let Some(n) = nasta {
                <p id="nasta-hundra">{ n }</p>
            }
        </div>
    })
}

/// A difference to today in short, for the overview: "+2 085 kr", "−500 kr", "0 kr".
pub(super) fn skillnad_kort(t: &Text, x: Decimal) -> String {
    let x = format::hela(x);
    let tecken = if x > Decimal::ZERO { "+" } else { "" };
    format!("{tecken}{}", format::hela_kronor(t, x))
}

/// The alternatives in short, as rows: each one's money to live on and its difference to
/// today (the engine's figures, in whole kronor), the name leading to its card. On a wide
/// screen it heads the answer beside the form; on a narrower one it stays at the foot of the
/// screen while the form above it is edited (style.css). Not a live region: the summary for
/// screen readers (`#rad-sammanfattning`) already says the same once per change.
fn oversikt(t: &Text, res: &ScenarioResult) -> Html {
    let r = &t.radgivning;
    let rad = |i: usize, namn: &str, m: &Manadsresultat, skillnad: Option<Decimal>| {
        html! {
            <tr id={format!("oversikt-{i}")}>
                <th scope="row"><a href={format!("#scen-{i}")}>{ namn.to_string() }</a></th>
                <td class="tal oversikt-tal">{ format::hela_kronor(t, m.disponibel_inkomst) }</td>
                <td class="tal oversikt-skillnad">{ skillnad.map(|x| skillnad_kort(t, x)).unwrap_or_default() }</td>
            </tr>
        }
    };
    html! {
        <section id="oversikt" class={classes!("oversikt", format!("rader-{}", res.jamforelse.len() + 1))}
            aria-label={r.oversikt_rubrik}>
            <table>
                <thead><tr>
                    <th scope="col">{ r.oversikt_per_manad }</th>
                    <th scope="col" class="tal">{ r.disponibel_kort }</th>
                    <th scope="col" class="tal">{ r.oversikt_skillnad }</th>
                </tr></thead>
                <tbody>
                    { rad(0, r.i_dag, &res.manad, None) }
                    { for res.jamforelse.iter().enumerate().map(|(i, a)| {
                        rad(i + 1, &a.label, &a.manad, Some(a.skillnad_mot_i_dag))
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// The figures in a few sentences, for screen readers (the cards show the same).
fn sammanfattning(t: &Text, res: &ScenarioResult) -> String {
    let r = &t.radgivning;
    let mut s = (r.sammanfattning_i_dag)(&format::hela_kronor(t, res.manad.disponibel_inkomst));
    for a in &res.jamforelse {
        s.push(' ');
        s.push_str(&(r.sammanfattning_alt)(
            &a.label,
            &format::hela_kronor(t, a.disponibel_inkomst),
            &skillnad_text(t, a.skillnad_mot_i_dag),
        ));
    }
    s
}

/// "Jämförelse": the rules' notices, and a card for today and for each job.
fn jamforelse(t: &Text, p: &ResultatProps, res: &ScenarioResult) -> Html {
    let r = &t.radgivning;
    let i_dag = &res.manad;
    let tysta = inte_aktuella(res);
    let skriv_ut = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            // Ignored on failure: a browser without printing just does nothing.
            let _ = w.print();
        }
    });
    let alternativ = res.jamforelse.iter().enumerate().map(|(i, a)| {
        let jobb = p.jobb.get(i);
        let atgarder = jobb.map(|j| {
            let har =
                (p.har.get(if p.tva_vuxna { j.person } else { 0 }).copied()).unwrap_or(Har::Inget);
            att_gora(har, j, i_dag, &a.manad)
        });
        let beskrivning = jobb.map(|j| jobbeskrivning(t, j, p.tva_vuxna, &p.har));
        let id = format!("scen-{}", i + 1);
        let skillnad = Some(a.skillnad_mot_i_dag);
        let nara = kort_trosklar(t, p, i, &id);
        kort(
            t,
            &id,
            &a.label,
            beskrivning,
            &a.manad,
            skillnad,
            p.tva_vuxna,
            atgarder,
            &tysta,
            forklarare(p, Some(i)),
            nara,
        )
    });
    html! {
        <section id="jamforelse" class="resultat" aria-labelledby="jamforelse-rubrik">
            <div class="rubrikrad">
                <h2 id="jamforelse-rubrik">{ r.jamforelse_rubrik }</h2>
                <button id="skriv-ut" type="button" class="sekundar" onclick={skriv_ut}>{ r.skriv_ut }</button>
            </div>
            if p.utskrift_namn.is_some() || p.utskrift_anteckning.is_some() {
                <div id="namn-anteckning" class="namn-anteckning">
                    if let Some(n) = &p.utskrift_namn {
                        <p id="utskrift-namn">{ r.vf.utskrift_for }{ ": " }<strong>{ n }</strong></p>
                    }
                    if let Some(a) = &p.utskrift_anteckning {
                        <p id="utskrift-anteckning">{ r.vf.utskrift_anteckning }{ ": " }{ a }</p>
                    }
                </div>
            }
            { for toppmening(t, p, res) }
            if !i_dag.regelnotiser.is_empty() {
                <div id="regelnotiser" class="regelnotis" role="note" aria-labelledby="regelnotis-rubrik">
                    <p id="regelnotis-rubrik" class="regelnotis-rubrik">{ r.regelnotis_rubrik }</p>
                    <p>{ r.regelnotis_inledning }</p>
                    <ul>
                        { for i_dag.regelnotiser.iter().map(|n| html! {
                            <li data-omrade={n.omrade}>{ &n.text }</li>
                        }) }
                    </ul>
                </div>
            }
            // For screen readers, which announce it after each change; the cards show the same figures.
            <p id="rad-sammanfattning" class="sr-sammanfattning visuellt-dold" aria-live="polite" aria-atomic="true">
                { sammanfattning(t, res) }
            </p>
            <div class="kortrad">
                { kort(t, "scen-0", r.i_dag, None, i_dag, None, p.tva_vuxna, None, &tysta, forklarare(p, None), None) }
                { for alternativ }
            </div>
            <p class="fotnot">{ r.uppskattning_fotnot }</p>
        </section>
    }
}

/// The jobs the chart marks: every hourly-paid job of the charted adult, at its own hours and
/// money to live on.
fn markeringar(p: &ResultatProps, res: &ScenarioResult) -> Vec<Markering> {
    let svep_i = p.diagram_jobb;
    // Only the jobs of the adult whose hours the chart varies lie on its curve.
    let vem = |j: &Jobb| if p.tva_vuxna { j.person } else { 0 };
    let svept = svep_i.map(|i| vem(&p.jobb[i]));
    p.jobb
        .iter()
        .zip(&res.jamforelse)
        .enumerate()
        .filter(|(_, (j, _))| !j.per_manad && Some(vem(j)) == svept)
        .filter_map(|(i, (j, a))| {
            // Only a job that differs from the charted one in its hours alone lies on its
            // curve; the others are marked at their own figure, drawn hollow.
            let utan_timmar = |x: &Jobb| Jobb {
                timmar: String::new(),
                ..x.clone()
            };
            let pa_kurvan = svep_i
                .and_then(|k| p.jobb.get(k))
                .is_some_and(|c| utan_timmar(j) == utan_timmar(c));
            crate::form::las_tal(&j.timmar, 2).ok().map(|h| Markering {
                nummer: i + 1,
                timmar: h,
                disponibel: a.disponibel_inkomst,
                pa_kurvan,
            })
        })
        .collect()
}

/// The chart over hours, with the choice of the job it follows when there are several.
fn diagramdel(t: &Text, p: &ResultatProps, res: &ScenarioResult) -> Html {
    let r = &t.radgivning;
    let svep_i = p.diagram_jobb;
    let onchange = {
        let valj = p.valj_diagram_jobb.clone();
        Callback::from(move |e: Event| {
            if let Ok(i) = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
            {
                valj.emit(i);
            }
        })
    };
    html! {
        <section id="diagramdel" class="resultat" aria-labelledby="diagram-rubrik">
            <h2 id="diagram-rubrik">{ r.diagram_del_rubrik }</h2>
            if p.jobb.iter().filter(|j| !j.per_manad).count() > 1 {
                <div class="falt">
                    <label for="diagram-jobb">{ r.diagram_valj_jobb }</label>
                    <select id="diagram-jobb" {onchange}>
                        { for p.jobb.iter().enumerate().filter(|(_, j)| !j.per_manad).map(|(i, j)| html! {
                            <option value={i.to_string()} selected={Some(i) == svep_i}>
                                { format!("{}: {}", situation::etikett(r, i), jobbeskrivning(t, j, p.tva_vuxna, &p.har)) }
                            </option>
                        }) }
                    </select>
                </div>
            }
            { match (&p.svar.0.svep, svep_i) {
                (Some(Ok(sr)), Some(i)) => match &sr.sweep {
                    Some(sw) => html! { <>
                        <Diagram svep={sw.clone()} timlon={p.jobb[i].lon.clone()} markeringar={markeringar(p, res)} />
                        { trosklar(t, p, i, sw) }
                    </> },
                    None => html! {},
                },
                (Some(Err(e)), _) => html! {
                    <p class="vantar">{ r.diagram_fel }{ " " }{ e.0.first().map(|f| f.message.clone()).unwrap_or_default() }</p>
                },
                _ => html! { <p class="vantar">{ r.diagram_behover_timlon }</p> },
            } }
        </section>
    }
}

/// Where more hours of the charted job `i` give less, or a benefit steps down or ends, in words
/// (the engine's thresholds on the chart's sweep); nothing when there is no such place.
fn trosklar(t: &Text, p: &ResultatProps, i: usize, sw: &SweepResultat) -> Html {
    let j = &p.jobb[i];
    let vem = if p.tva_vuxna { j.person } else { 0 };
    let vilande = j.vilande
        && matches!(
            p.har.get(vem),
            Some(Har::Aktivitetsersattning | Har::Sjukersattning)
        );
    let meningar = crate::trosklar::meningar(t, &sw.trosklar, vilande);
    if meningar.is_empty() {
        return html! {};
    }
    html! {
        <div id="trosklar" class="trosklar">
            <h3>{ t.radgivning.trosklar_rubrik }</h3>
            <ul>
                { for meningar.into_iter().map(|m| html! { <li>{ m }</li> }) }
            </ul>
        </div>
    }
}

/// How far the sweep's interval [from, to] lies from `h` hours (0 when `h` is inside it).
fn avstand(x: &calculator_core::trosklar::Troskel, h: Decimal) -> Decimal {
    if h < x.fran_x {
        x.fran_x - h
    } else if h > x.till_x {
        h - x.till_x
    } else {
        Decimal::ZERO
    }
}

/// How near (hours a week) a threshold must lie to a job's hours to be named in its card.
const NARA_TIMMAR: Decimal = Decimal::from_parts(5, 0, 0, false, 0);

/// The thresholds within `NARA_TIMMAR` of job `i`'s hours, nearest first (at most two), in
/// words in the job's card: the engine's thresholds of the chart's sweep, so only for a job
/// that lies on the chart's curve (the charted job, or one that differs from it in its hours
/// alone). None when there is no such threshold.
fn kort_trosklar(t: &Text, p: &ResultatProps, i: usize, id: &str) -> Option<Html> {
    let c = p.diagram_jobb?;
    let (j, charted) = (p.jobb.get(i)?, p.jobb.get(c)?);
    let utan_timmar = |x: &Jobb| Jobb {
        timmar: String::new(),
        ..x.clone()
    };
    if j.per_manad || utan_timmar(j) != utan_timmar(charted) {
        return None;
    }
    let h = crate::form::las_tal(&j.timmar, 2).ok()?;
    let sw = p.svar.0.svep.as_ref()?.as_ref().ok()?.sweep.as_ref()?;
    let mut nara: Vec<_> = (sw.trosklar.iter())
        .filter(|x| avstand(x, h) <= NARA_TIMMAR)
        .cloned()
        .collect();
    nara.sort_by_key(|x| avstand(x, h));
    nara.truncate(2);
    nara.sort_by_key(|x| x.fran_x);
    let vem = if p.tva_vuxna { j.person } else { 0 };
    let vilande = j.vilande
        && matches!(
            p.har.get(vem),
            Some(Har::Aktivitetsersattning | Har::Sjukersattning)
        );
    let meningar = crate::trosklar::meningar(t, &nara, vilande);
    if meningar.is_empty() {
        return None;
    }
    let r = &t.radgivning;
    Some(html! {
        <div class="kort-trosklar" id={format!("{id}-trosklar")}>
            <h4>{ (r.vf.nara_timmar)(&format::timmar(t, h)) }</h4>
            <ul>
                { for meningar.into_iter().map(|m| html! { <li>{ m }</li> }) }
            </ul>
        </div>
    })
}

/// The job in words, in a line under the alternative's name. Vilande is named only when the one who takes the job has an ersättning
/// that can rest (the scenario sends it only then; a box ticked before switching to another
/// benefit must not be shown).
fn jobbeskrivning(t: &Text, j: &Jobb, tva_vuxna: bool, har: &[Har]) -> String {
    let r = &t.radgivning;
    let mut s = (r.jobb_beskrivning)(j.timmar.trim(), j.lon.trim(), j.per_manad);
    if tva_vuxna {
        s = format!("{}: {s}", (r.vem_namn)(j.person));
    }
    if j.semester && !j.per_manad {
        s.push_str(r.med_semester);
    }
    let vem = if tva_vuxna { j.person } else { 0 };
    let kan_vila = matches!(
        har.get(vem),
        Some(Har::Aktivitetsersattning | Har::Sjukersattning)
    );
    if j.vilande && kan_vila {
        s.push_str(if j.behall_25 {
            r.med_vilande_25
        } else {
            r.med_vilande
        });
    }
    s
}

/// Components the form adds by itself (the person did not choose them), shown quietly at the
/// end of every card when they are "ej rätt" today and in every alternative.
const TYSTA_OM_EJ_RATT: [KomponentId; 2] =
    [KomponentId::Bostadsbidrag, KomponentId::Bostadstillagg];

/// The components (id, person) that are not relevant anywhere: "ej rätt" today and in every
/// alternative, among those the form adds by itself.
pub fn inte_aktuella(res: &ScenarioResult) -> Vec<(KomponentId, Option<usize>)> {
    let alla: Vec<&Manadsresultat> = std::iter::once(&res.manad)
        .chain(res.jamforelse.iter().map(|a| &a.manad))
        .collect();
    res.manad
        .komponenter
        .iter()
        .filter(|k| TYSTA_OM_EJ_RATT.contains(&k.id))
        .map(|k| (k.id, k.person))
        .filter(|&(id, person)| {
            alla.iter().all(|m| {
                let v: Vec<&Komponent> = m
                    .komponenter
                    .iter()
                    .filter(|k| k.id == id && k.person == person)
                    .collect();
                !v.is_empty() && v.iter().all(|k| k.status == Status::EjRatt)
            })
        })
        .collect()
}

/// What explains the month of alternative `k` (today: None) when a "Varför?" is opened.
fn forklarare(p: &ResultatProps, alternativ: Option<usize>) -> Forklarare {
    Forklarare {
        scenario: p.svar.0.scenario.clone(),
        alternativ,
    }
}

/// One scenario's card: the headline, the difference and the components with their reasons.
#[allow(clippy::too_many_arguments)]
fn kort(
    t: &Text,
    id: &str,
    rubrik: &str,
    beskrivning: Option<String>,
    m: &Manadsresultat,
    skillnad: Option<Decimal>,
    tva_vuxna: bool,
    atgarder: Option<Vec<Atgard>>,
    tysta: &[(KomponentId, Option<usize>)],
    forklarare: Forklarare,
    trosklar: Option<Html>,
) -> Html {
    let r = &t.radgivning;
    let ar_tyst = |k: &Komponent| tysta.contains(&(k.id, k.person));
    let tysta_rader: Vec<(usize, &Komponent)> = m
        .komponenter
        .iter()
        .enumerate()
        .filter(|(_, k)| ar_tyst(k))
        .collect();
    html! {
        <article class="scenkort" id={id.to_string()} aria-labelledby={format!("{id}-rubrik")}>
            <h3 id={format!("{id}-rubrik")}>{ rubrik }</h3>
            if let Some(b) = beskrivning {
                <p class="jobbeskrivning">{ b }</p>
            }
            <p class="huvudtal">
                <span class="liten">{ r.att_leva_pa }</span>
                <strong class="disponibel">{ format::hela_kronor(t, m.disponibel_inkomst) }</strong>
                <span class="liten">{ t.i_manaden }</span>
            </p>
            if let Some(kvar) = m.kvar_efter_boendekostnad {
                <p class="kvar-efter-boende">
                    <span class="liten">{ r.kvar_efter_boende }</span>{ " " }
                    <strong class="kvar">{ format::hela_kronor(t, kvar) }</strong>
                </p>
            }
            if let Some(x) = skillnad {
                <p class="skillnad">
                    <strong class="skillnad-tal">{ skillnad_text(t, x) }</strong>
                    <span class="liten">{ " " }{ (r.skillnad_mening)(format::hela(x), &format::hela_kronor(t, x.abs())) }</span>
                </p>
            }
            <table class="komponenttabell">
                <caption>{ r.komponenter_rubrik }</caption>
                <thead><tr>
                    <th scope="col">{ r.kolumn_del }</th>
                    <th scope="col">{ r.kolumn_status }</th>
                    <th scope="col" class="tal">{ r.kolumn_belopp }</th>
                </tr></thead>
                <tbody>
                    { for m.komponenter.iter().enumerate().filter(|(_, k)| !ar_tyst(k))
                        .map(|(k, komp)| rad(&format!("{id}-k{k}"), komp, tva_vuxna, &forklarare)) }
                </tbody>
                // Not relevant in any of the options: last, smaller, the reason behind "Varför?".
                if !tysta_rader.is_empty() {
                    <tbody class="inte-aktuellt" id={format!("{id}-inte-aktuellt")}>
                        <tr class="grupp"><th scope="colgroup" colspan="3">{ r.inte_aktuellt }</th></tr>
                        { for tysta_rader.iter().map(|(k, komp)| rad(&format!("{id}-k{k}"), komp, tva_vuxna, &forklarare)) }
                    </tbody>
                }
            </table>
            { for trosklar }
            if let Some(a) = atgarder {
                <div class="att-gora" id={format!("{id}-att-gora")}>
                    <h4>{ r.atgard_rubrik }</h4>
                    if a.is_empty() {
                        <p class="att-gora-inget">{ r.atgard_inget }</p>
                    } else {
                        <ul>
                            { for a.iter().map(|x| html! { <li>{ (r.atgard)(*x) }</li> }) }
                        </ul>
                    }
                </div>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct RadProps {
    id: AttrValue,
    komponent: Komponent,
    tva_vuxna: bool,
    forklarare: Forklarare,
}

fn rad(id: &str, k: &Komponent, tva_vuxna: bool, forklarare: &Forklarare) -> Html {
    html! { <KomponentRad id={AttrValue::from(id.to_string())} komponent={k.clone()} {tva_vuxna}
    forklarare={forklarare.clone()} /> }
}

/// The sjukpenning level of an alternative with a job: the amount of the engine's step
/// `sjukpenning_niva` (1, 0.75, 0.5, 0.25, or 0 when the work leaves no sjukpenning).
pub fn sjukpenningniva(k: &Komponent) -> Option<Decimal> {
    if k.id != KomponentId::Sjukpenning {
        return None;
    }
    k.niva_med_arbete
}

/// One component: its name, status and amount; the amount is a button that opens the
/// explanation in a row of its own below, the full width of the card.
#[function_component(KomponentRad)]
fn komponent_rad(p: &RadProps) -> Html {
    let t = text();
    let r = &t.radgivning;
    let oppen = use_state(|| false);
    let k = &p.komponent;
    let id = &p.id;
    let varfor_id = format!("{id}-varfor");
    let mut etikett = k.label.to_string();
    if p.tva_vuxna {
        if let Some(person) = k.person {
            etikett = format!("{etikett} ({})", (r.person_namn)(person));
        }
    }
    let onclick = {
        let oppen = oppen.clone();
        Callback::from(move |_: MouseEvent| oppen.set(!*oppen))
    };
    // The explanation is computed only while it is open: the month in full, this component
    // of it (the card's own figures come from the result without explanations).
    let forklarad: Option<Komponent> = (*oppen)
        .then(|| p.forklarare.komponent(k.id, k.person))
        .map(|full| full.unwrap_or_else(|| k.clone()));
    html! {
        <>
        <tr id={id.clone()} class={classes!("komponent", format!("komp-{}", k.id), (!k.i_summan).then_some("utanfor"))}
            data-komponent={k.id.as_str()} data-person={k.person.map(|p| p.to_string())}>
            <th scope="row">
                { etikett }
                // The engine's label may already say so.
                if k.uppskattning && !k.label.to_lowercase().contains(r.uppskattning_ord) {
                    <span class="markor">{ " " }{ r.uppskattning }</span>
                }
                if !k.i_summan {
                    <span class="markor">{ " " }{ r.ej_i_summan }</span>
                }
                // With a job, the level the engine took from its hours, in words.
                if let Some(niva) = sjukpenningniva(k) {
                    <span class="niva" id={format!("{id}-niva")}>{ (r.sjukskriven_med_jobbet)(niva) }</span>
                }
            </th>
            <td class="status">{ status_text(r, k) }</td>
            <td class="tal">
                <button type="button" class="varfor-knapp" {onclick}
                    aria-expanded={if *oppen { "true" } else { "false" }} aria-controls={varfor_id.clone()}>
                    <span class="belopp">{ format::hela_kronor(t, k.per_manad) }</span>
                    <span class="varfor-lank">{ r.varfor }</span>
                </button>
            </td>
        </tr>
        if let Some(k) = forklarad.as_ref() {
            <tr id={varfor_id.clone()} class="forklaringsrad">
                <td colspan="3">{ super::varfor::forklaring(t, k, &varfor_id) }</td>
            </tr>
        }
        </>
    }
}
