//! The result: the headline figures, the components table and the trace. Everything shown
//! is a field of the engine's `ScenarioResult`; nothing here computes tax.

use calculator_core::evaluate::{PersonResult, Status};
use calculator_core::ScenarioResult;
use rust_decimal::{Decimal, RoundingStrategy};
use yew::prelude::*;

use crate::format;
use crate::text::{text, Text};

/// A twelfth of an annual amount, to the öre, for the per-month column.
///
/// Presentation only, and the same rounding the engine uses for its monthly totals
/// (`PerManad`), so the month's total tax row equals the engine's figure. The engine gives no
/// per-month components; if it ever does, this goes.
/// One explanation step: its amount, formula, paragraph and rounding, and — when
/// `parameter_rubrik` is given — the parameters it read with their references. Shared by the
/// tax page and the counselling view, so both explain the same way.
pub fn steg(t: &Text, st: &calculator_core::Step, parameter_rubrik: Option<&'static str>) -> Html {
    // The steps are the rules' own Swedish (labels, formulas, paragraphs): in another language
    // they are marked as Swedish, so a screen reader reads them with a Swedish voice, and their
    // amounts and headings are the Swedish table's, so each step is Swedish throughout.
    let lang = (t.lang != crate::text::SV.lang).then_some(crate::text::SV.lang);
    let (t, parameter_rubrik) = match lang {
        Some(_) => (
            &crate::text::SV,
            parameter_rubrik.map(|_| crate::text::SV.radgivning.parameter),
        ),
        None => (t, parameter_rubrik),
    };
    html! {
        <li {lang}>
            <p class="steg-rubrik"><span>{ st.label }</span>{ " " }<strong>{ format::i_enhet(t, st.amount, st.unit) }</strong></p>
            <dl>
                <dt>{ t.utrakning_formel }</dt><dd>{ &st.formula }</dd>
                if !st.reference.is_empty() {
                    <dt>{ t.utrakning_lagrum }</dt><dd>{ crate::radgivning::lagrum(st.reference) }</dd>
                }
                if let Some(a) = st.rounding {
                    <dt>{ t.utrakning_avrundning }</dt><dd>{ a }</dd>
                }
                if let Some(rubrik) = parameter_rubrik {
                    { for st.params.iter().map(|pu| html! {
                        <>
                        <dt>{ rubrik }</dt>
                        // The plain name for people; the key stays in the title for the
                        // specialist who looks it up in the parameter files.
                        // The source is a link named by a word, never a raw address.
                        <dd title={pu.key.clone()}>
                            { format!("{} = {} (", pu.name, pu.value) }
                            { crate::radgivning::lagrum(&pu.reference) }
                            if pu.source.starts_with("https://") || pu.source.starts_with("http://") {
                                { "; " }<a href={pu.source.clone()} target="_blank" rel="noopener noreferrer">{ t.radgivning.vf.kalla }</a>
                            } else if !pu.source.is_empty() {
                                { format!("; {}", pu.source) }
                            }
                            { ")" }
                        </dd>
                        </>
                    }) }
                }
            </dl>
        </li>
    }
}

pub fn manadsandel(ar: Decimal) -> Decimal {
    (ar / Decimal::from(12)).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub resultat: ScenarioResult,
}

/// How a row's amount enters the total, which decides its sign on screen.
#[derive(Clone, Copy, PartialEq)]
enum Slag {
    Belopp,
    Avdrag,
}

struct Rad {
    id: &'static str,
    etikett: String,
    manad: Decimal,
    ar: Decimal,
    slag: Slag,
    summa: bool,
}

fn rader(
    t: &Text,
    r: &ScenarioResult,
    p: &PersonResult,
    med_kyrka: bool,
) -> Vec<(&'static str, Vec<Rad>)> {
    let s = &p.slutlig_skatt_ar;
    let rad = |id, etikett: String, ar: Decimal, slag| Rad {
        id,
        etikett,
        manad: manadsandel(ar),
        ar,
        slag,
        summa: false,
    };
    let mut skatter = vec![
        rad(
            "kommunal_skatt",
            (t.rad_kommunal)(&format::procent(t, r.skattesats.kommunal_procent)),
            s.kommunal_skatt,
            Slag::Belopp,
        ),
        rad(
            "statlig_skatt",
            t.rad_statlig.into(),
            s.statlig_skatt,
            Slag::Belopp,
        ),
        rad(
            "begravningsavgift",
            (t.rad_begravning)(&format::procent(t, r.skattesats.begravningsavgift_procent)),
            s.begravningsavgift,
            Slag::Belopp,
        ),
    ];
    if med_kyrka {
        skatter.push(rad(
            "kyrkoavgift",
            t.rad_kyrka.into(),
            s.kyrkoavgift,
            Slag::Belopp,
        ));
    }
    skatter.extend([
        rad(
            "public_service_avgift",
            t.rad_public_service.into(),
            s.public_service_avgift,
            Slag::Belopp,
        ),
        rad(
            "allman_pensionsavgift",
            t.rad_pensionsavgift.into(),
            s.allman_pensionsavgift,
            Slag::Belopp,
        ),
    ]);
    let mut reduktioner = vec![
        rad(
            "skattereduktion_allman_pensionsavgift",
            t.rad_red_pensionsavgift.into(),
            s.skattereduktion_allman_pensionsavgift,
            Slag::Avdrag,
        ),
        rad(
            "jobbskatteavdrag",
            t.rad_jobbskatteavdrag.into(),
            s.jobbskatteavdrag,
            Slag::Avdrag,
        ),
    ];
    // Only for people with sjuk- or aktivitetsersättning; a salary never gets it.
    if !s.skattereduktion_sjuk_aktivitetsersattning.is_zero() {
        reduktioner.push(rad(
            "skattereduktion_sjuk_aktivitetsersattning",
            t.rad_red_sjuk_aktivitet.into(),
            s.skattereduktion_sjuk_aktivitetsersattning,
            Slag::Avdrag,
        ));
    }
    reduktioner.push(rad(
        "skattereduktion_forvarvsinkomst",
        t.rad_red_forvarvsinkomst.into(),
        s.skattereduktion_forvarvsinkomst,
        Slag::Avdrag,
    ));
    let summa = |id, etikett: &str, manad, ar| Rad {
        id,
        etikett: etikett.into(),
        manad,
        ar,
        slag: Slag::Belopp,
        summa: true,
    };
    vec![
        (
            t.grupp_inkomst,
            vec![
                Rad {
                    id: "brutto",
                    etikett: t.rad_brutto.into(),
                    manad: p.per_manad.brutto,
                    ar: s.bruttoinkomst,
                    slag: Slag::Belopp,
                    summa: false,
                },
                rad(
                    "grundavdrag",
                    t.rad_grundavdrag.into(),
                    s.grundavdrag,
                    Slag::Belopp,
                ),
                rad(
                    "beskattningsbar_forvarvsinkomst",
                    t.rad_beskattningsbar.into(),
                    s.beskattningsbar_forvarvsinkomst,
                    Slag::Belopp,
                ),
            ],
        ),
        (t.grupp_skatter, skatter),
        (t.grupp_reduktioner, reduktioner),
        (
            t.grupp_summa,
            vec![
                summa(
                    "total_skatt",
                    t.rad_total_skatt,
                    p.per_manad.slutlig_skatt,
                    s.total_skatt,
                ),
                summa(
                    "netto",
                    t.rad_netto,
                    p.per_manad.netto_efter_slutlig_skatt,
                    s.nettoinkomst,
                ),
            ],
        ),
    ]
}

/// The headline figures: short, so the live region around them can read them out whole.
#[function_component(Sammanfattning)]
pub fn sammanfattning(props: &Props) -> Html {
    // Re-rendered when the language changes.
    crate::sprak::use_sprak();
    let t = text();
    let r = &props.resultat;
    // The page asks about one person; the engine answers for a household of one.
    let Some(p) = r.people.first() else {
        return html! {};
    };
    let huvud = p
        .preliminar_skatt
        .iter()
        .find(|x| x.status == Status::Beraknad);
    html! {
        <>
            { match p.per_manad.netto_efter_preliminar_skatt {
                Some(netto) => html! {
                    <>
                    <p class="huvudtal">
                        { t.kvar_efter_skatt }{ " " }
                        <strong id="netto-preliminar">{ format::kronor(t, netto) }</strong>
                        { " " }{ t.i_manaden }
                    </p>
                    <p id="preliminar-forklaring" class="forklaring">
                        { t.utbetalt }
                        // No income, no withholding: then there is no table to name.
                        if let Some(post) = huvud {
                            { " " }
                            { (t.preliminarskatt_enligt)(post.tabell.unwrap_or_default(), post.kolumn.unwrap_or_default()) }
                            { " " }
                            <strong id="preliminarskatt">{ format::kronor(t, post.skatteavdrag.unwrap_or_default()) }</strong>
                        }
                    </p>
                    <p class="andratal">
                        { t.efter_slutlig_skatt }{ " " }
                        <strong id="netto-slutlig">{ format::kronor(t, p.per_manad.netto_efter_slutlig_skatt) }</strong>
                        { " " }{ t.i_manaden }
                    </p>
                    </>
                },
                // Some withholding is not modelled (e.g. above the table's last row): the
                // headline is then the final-tax figure, and says so.
                None => html! {
                    <>
                    <p class="huvudtal">
                        { t.kvar_efter_slutlig_skatt }{ " " }
                        <strong id="netto-slutlig">{ format::kronor(t, p.per_manad.netto_efter_slutlig_skatt) }</strong>
                        { " " }{ t.i_manaden }
                    </p>
                    <p id="preliminar-forklaring" class="forklaring">
                        { t.preliminarskatt_saknas }
                        { for p.preliminar_skatt.iter().filter(|x| x.status != Status::Beraknad).map(|x| html! {
                            <>{ " " }{ &x.forklaring }</>
                        }) }
                    </p>
                    </>
                },
            } }
            <p class="forklaring">
                { t.slutlig_skatt_forklaring }{ " " }
                <strong id="slutlig-skatt">{ format::kronor(t, p.per_manad.slutlig_skatt) }</strong>
                { ". " }
                { r.skattesats.kommun.as_ref().map(|k| (t.skattesatser)(
                    &k.namn,
                    &format::procent(t, r.skattesats.kommunal_procent),
                    &format::procent(t, r.skattesats.begravningsavgift_procent),
                )) }
            </p>
        </>
    }
}

/// The components table, the trace and the rules' status.
#[function_component(Detaljer)]
pub fn detaljer(props: &Props) -> Html {
    crate::sprak::use_sprak();
    let t = text();
    let r = &props.resultat;
    let Some(p) = r.people.first() else {
        return html! {};
    };
    let med_kyrka = !p.slutlig_skatt_ar.kyrkoavgift.is_zero();
    let grupper = rader(t, r, p, med_kyrka);
    html! {
        <>
        <div class="tabellram">
        <table id="komponenter">
            <caption>{ t.komponenter_rubrik }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.kolumn_post }</th>
                    <th scope="col" class="tal">{ t.kolumn_manad }</th>
                    <th scope="col" class="tal">{ t.kolumn_ar }</th>
                </tr>
            </thead>
            { for grupper.into_iter().map(|(rubrik, rader)| html! {
                <tbody>
                    <tr class="grupp"><th scope="colgroup" colspan="3">{ rubrik }</th></tr>
                    { for rader.into_iter().map(|rad| {
                        let visa = |x: Decimal| match rad.slag {
                            Slag::Belopp => format::kronor(t, x),
                            Slag::Avdrag => format::avdrag(t, x),
                        };
                        html! {
                            <tr id={format!("rad-{}", rad.id)} class={classes!(rad.summa.then_some("summa"))}>
                                <th scope="row">{ rad.etikett }</th>
                                <td class="tal manad">{ visa(rad.manad) }</td>
                                <td class="tal ar">{ visa(rad.ar) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            }) }
        </table>
        </div>
        <p class="fotnot">{ t.manad_fotnot }</p>
        <details id="utrakning">
            <summary>{ t.visa_utrakningen }</summary>
            <ol class="steg">
                { for p.trace.iter().map(|st| steg(t, st, None)) }
            </ol>
        </details>
        <p id="regelverk" class="fotnot">
            { (t.regelverk)(r.ruleset.year, &r.ruleset.status, &r.ruleset.verified_on) }
        </p>
        </>
    }
}
