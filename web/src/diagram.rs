//! The chart: money to live on per month against hours worked per week, drawn as SVG from the
//! engine's sweep. Components are stacked (the tax below zero), the total is a line, and the
//! chosen alternatives are marked. An equivalent table follows for screen readers.

use calculator_core::jamforelse::SweepResultat;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format;
use crate::text::text;

/// A chosen alternative, marked on the chart.
#[derive(Clone, PartialEq)]
pub struct Markering {
    pub nummer: usize,
    pub timmar: Decimal,
    pub disponibel: Decimal,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub svep: SweepResultat,
    pub timlon: String,
    pub markeringar: Vec<Markering>,
}

/// Colours of the stacked components, contrast of at least 3:1 against white.
const FARGER: [&str; 8] = [
    "#0b4f8a", "#2e7d32", "#8a4b0b", "#6a1b9a", "#00695c", "#ad1457", "#455a64", "#827717",
];
const SKATT_FARG: &str = "#b0b7bf";

const B: f64 = 640.0;
const H: f64 = 340.0;
const VA: f64 = 70.0;
const HO: f64 = 12.0;
const UP: f64 = 14.0;
const NE: f64 = 40.0;

fn f(x: Decimal) -> f64 {
    x.to_f64().unwrap_or(0.0)
}

/// A step for the y axis that gives at most six gridlines.
fn y_steg(spann: f64) -> f64 {
    [
        500.0, 1000.0, 2000.0, 2500.0, 5000.0, 10000.0, 20000.0, 50000.0,
    ]
    .into_iter()
    .find(|s| spann / s <= 6.0)
    .unwrap_or(100000.0)
}

/// The component ids in the order they are stacked: the sweep's own order (alphabetic), the
/// wage first.
fn idn(s: &SweepResultat) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Vec::new();
    for p in &s.punkter {
        for k in p.komponenter.keys() {
            if !v.contains(k) {
                v.push(k);
            }
        }
    }
    v.sort_by_key(|k| (*k != "lon", *k));
    v
}

#[function_component(Diagram)]
pub fn diagram(p: &Props) -> Html {
    let t = text();
    let r = &t.radgivning;
    let s = &p.svep;
    if s.punkter.len() < 2 {
        return html! {};
    }
    let ids = idn(s);
    let varde = |pi: usize, id: &str| {
        f(s.punkter[pi]
            .komponenter
            .get(id)
            .copied()
            .unwrap_or_default())
    };
    let negativa: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| (0..s.punkter.len()).any(|i| varde(i, id) < 0.0))
        .collect();
    let positiva: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| !negativa.contains(id))
        .collect();
    let n = s.punkter.len();
    let mut ymax: f64 = 0.0;
    let mut ymin: f64 = 0.0;
    for i in 0..n {
        ymax = ymax.max(positiva.iter().map(|id| varde(i, id)).sum::<f64>());
        ymax = ymax.max(f(s.punkter[i].disponibel_inkomst));
        ymin = ymin.min(negativa.iter().map(|id| varde(i, id)).sum::<f64>());
    }
    let steg = y_steg(ymax - ymin);
    let ymax = (ymax / steg).ceil().max(1.0) * steg;
    let ymin = (ymin / steg).floor() * steg;
    let x0 = f(s.punkter[0].x);
    let x1 = f(s.punkter[n - 1].x);
    let sx = move |x: f64| VA + (x - x0) / (x1 - x0).max(1.0) * (B - VA - HO);
    let sy = move |y: f64| UP + (ymax - y) / (ymax - ymin).max(1.0) * (H - UP - NE);

    // Stacked areas: each band from the running total before it to the one after.
    let mut ytor = Vec::new();
    let mut stapla = |grupp: &[&'static str], farg: &dyn Fn(usize) -> &'static str| {
        let mut bas = vec![0.0; n];
        for (gi, id) in grupp.iter().enumerate() {
            let topp: Vec<f64> = (0..n).map(|i| bas[i] + varde(i, id)).collect();
            let mut d = String::new();
            for (i, (pk, y)) in s.punkter.iter().zip(&topp).enumerate() {
                d.push_str(&format!(
                    "{}{:.1},{:.1} ",
                    if i == 0 { "M" } else { "L" },
                    sx(f(pk.x)),
                    sy(*y)
                ));
            }
            for i in (0..n).rev() {
                d.push_str(&format!("L{:.1},{:.1} ", sx(f(s.punkter[i].x)), sy(bas[i])));
            }
            d.push('Z');
            ytor.push((id.to_string(), farg(gi), d));
            bas = topp;
        }
    };
    let pos_farg = |i: usize| FARGER[i % FARGER.len()];
    stapla(&positiva, &pos_farg);
    stapla(&negativa, &|_| SKATT_FARG);

    let linje: String = s
        .punkter
        .iter()
        .map(|pk| format!("{:.1},{:.1}", sx(f(pk.x)), sy(f(pk.disponibel_inkomst))))
        .collect::<Vec<_>>()
        .join(" ");
    let mut y_linjer = Vec::new();
    let mut y = ymin;
    while y <= ymax + 0.5 {
        y_linjer.push(y);
        y += steg;
    }
    let x_linjer: Vec<f64> = (0..=8).map(|i| x0 + (x1 - x0) * i as f64 / 8.0).collect();

    let namn = |id: &str| (r.komponent_namn)(id);
    let forsta = &s.punkter[0];
    let sista = &s.punkter[n - 1];
    let beskrivning = (r.diagram_beskrivning)(
        &format::kronor(t, forsta.disponibel_inkomst),
        &format::tal(t, sista.x, 1),
        &format::kronor(t, sista.disponibel_inkomst),
    ) + &p
        .markeringar
        .iter()
        .map(|m| {
            (r.diagram_markering)(
                m.nummer,
                &format::tal(t, m.timmar, 1),
                &format::kronor(t, m.disponibel),
            )
        })
        .collect::<String>();
    let rubrik = (r.diagram_rubrik)(&p.timlon);

    html! {
        <figure class="diagram">
            <svg id="diagram" viewBox={format!("0 0 {B} {H}")} role="img"
                aria-labelledby="diagram-titel diagram-beskrivning" focusable="false">
                <title id="diagram-titel">{ rubrik.clone() }</title>
                <desc id="diagram-beskrivning">{ beskrivning }</desc>
                <g class="rutnat">
                    { for y_linjer.iter().map(|&y| html! {
                        <>
                        <line x1={VA.to_string()} x2={(B - HO).to_string()}
                            y1={format!("{:.1}", sy(y))} y2={format!("{:.1}", sy(y))} />
                        <text x={(VA - 6.0).to_string()} y={format!("{:.1}", sy(y) + 4.0)} text-anchor="end">
                            { format::tal(t, Decimal::from(y as i64), 0) }
                        </text>
                        </>
                    }) }
                    { for x_linjer.iter().map(|&x| html! {
                        <text x={format!("{:.1}", sx(x))} y={(H - NE + 18.0).to_string()} text-anchor="middle">
                            { format!("{x:.0}") }
                        </text>
                    }) }
                    <text x={((B + VA) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">
                        { r.diagram_x_axel }
                    </text>
                </g>
                { for ytor.iter().map(|(id, farg, d)| html! {
                    <path class={format!("yta yta-{id}")} d={d.clone()} fill={*farg} fill-opacity="0.55" />
                }) }
                <line class="nollinje" x1={VA.to_string()} x2={(B - HO).to_string()}
                    y1={format!("{:.1}", sy(0.0))} y2={format!("{:.1}", sy(0.0))} />
                <polyline id="diagram-linje" points={linje} fill="none" stroke="#1b1b1b" stroke-width="3" />
                { for p.markeringar.iter().map(|m| {
                    let (cx, cy) = (sx(f(m.timmar)), sy(f(m.disponibel)));
                    html! {
                        <g class="markering">
                            <circle cx={format!("{cx:.1}")} cy={format!("{cy:.1}")} r="7" />
                            <text x={format!("{cx:.1}")} y={format!("{:.1}", cy - 12.0)} text-anchor="middle">
                                { m.nummer }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption>
                <p class="diagram-rubrik">{ rubrik }</p>
                <ul class="teckenforklaring">
                    <li><span class="linjeprov" aria-hidden="true"></span>{ r.disponibel_kort }</li>
                    { for ytor.iter().map(|(id, farg, _)| html! {
                        <li>
                            <svg class="farg" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                                <rect width="14" height="14" fill={*farg} fill-opacity="0.55" />
                            </svg>
                            { namn(id) }
                        </li>
                    }) }
                    if !p.markeringar.is_empty() {
                        <li><span class="punktprov" aria-hidden="true"></span>{ r.diagram_markerade }</li>
                    }
                </ul>
            </figcaption>
            <details id="diagram-tabell-ram">
                <summary>{ r.diagram_som_tabell }</summary>
                <div class="rullram" tabindex="0" role="region" aria-label={r.diagram_som_tabell}>
                <table id="diagram-tabell">
                    <caption>{ r.diagram_tabell_rubrik }</caption>
                    <thead><tr>
                        <th scope="col">{ r.diagram_x_axel }</th>
                        { for ids.iter().map(|id| html! { <th scope="col" class="tal">{ namn(id) }</th> }) }
                        <th scope="col" class="tal">{ r.disponibel_kort }</th>
                    </tr></thead>
                    <tbody>
                        { for s.punkter.iter().map(|pk| html! {
                            <tr>
                                <th scope="row">{ format::tal(t, pk.x, 1) }</th>
                                { for ids.iter().map(|id| html! {
                                    <td class="tal">{ format::kronor(t, pk.komponenter.get(id).copied().unwrap_or_default()) }</td>
                                }) }
                                <td class="tal disponibel">{ format::kronor(t, pk.disponibel_inkomst) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            </details>
        </figure>
    }
}
