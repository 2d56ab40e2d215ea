//! The state a plan carries from month to month ([`Lage`]), how a month's scenario is derived
//! from it, how the next month's state is read from a month's result, and the checks that the
//! plan's inputs are there.

use rules::formaner::{aktivitetsersattning as ae, sjukpenning as sp, Manad, Status};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{jobbstimulans_manad, manad_nr};
use crate::error::InputError;
use crate::komponent_id::KomponentId;
use crate::manad::{alder_i_manad, Manadsresultat};
use crate::scenario::{dagnummer, las_datum, PlanSpec, Scenario};

/// A person's job in a plan month.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Jobb {
    /// No step schedule for the person in this track: the job as the scenario has it.
    SomIScenariot,
    /// Before the schedule's first step: no job yet.
    Ingen,
    /// A step of the schedule.
    Timmar {
        timmar: Decimal,
        manadslon: Option<Decimal>,
    },
}

/// The state of a plan month: what a single month's scenario takes as given and the plan
/// carries or counts.
#[derive(Debug, Clone)]
pub(crate) struct Lage {
    pub m: Manad,
    /// Per person: the job.
    pub jobb: Vec<Jobb>,
    /// Per person: the day of the sick period on the first of the month (sjukpenning only).
    pub sjukdag: Vec<Option<u32>>,
    /// Per person: months the ersättning has been vilande before this month.
    pub vilande_hittills: Vec<Option<u32>>,
    /// Per person: the age held one year back (only for an event's counterfactual month).
    pub alder_halls: Vec<bool>,
    /// Per child: age in the month.
    pub barn_alder: Vec<u32>,
    /// Calendar months in a row just before this one with försörjningsstöd paid.
    pub fs_i_folj: Option<u32>,
    /// Months since the jobbstimulans's two years started (0 = it starts this month).
    pub fs_start: Option<u32>,
}

/// The state shown with each plan month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tillstand {
    pub personer: Vec<PersonTillstand>,
    /// Each child's age in the month.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub barn_alder: Vec<u32>,
    /// Months in a row with försörjningsstöd just before this month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manader_med_fs_i_folj: Option<u32>,
    /// The month of the jobbstimulans's two years this month is (1–24), when it applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobbstimulans_manad: Option<u32>,
}

/// One person's state in a plan month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonTillstand {
    /// Age at the end of the month (the birthday month counts).
    pub alder: u32,
    /// The job's hours per week; absent without a job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timmar_per_vecka: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sjukperiod: Option<Sjukperiod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vilande: Option<VilandeTillstand>,
    /// Which ersättning the person has this month, when one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ersattning: Option<ae::Slag>,
}

/// The sick period in a month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Sjukperiod {
    /// Day of the sick period on the first and on the last of the month.
    pub dag_forsta: u32,
    pub dag_sista: u32,
    /// Days of the month after day 364, at the fortsättningsnivå (SFB 27 kap. 21 och 24 §§).
    pub dagar_fortsattningsniva: u32,
}

/// Vilande ersättning in a month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct VilandeTillstand {
    /// Months vilande before this month.
    pub manader_vilande_hittills: u32,
    /// Months it may still be vilande, this one included (SFB 36 kap. 14–15 §§: 24 in all).
    pub manader_kvar: u32,
}

impl Lage {
    /// The state at the start month, from the track's scenario.
    pub fn start(sc: &Scenario, spec: &PlanSpec, alt: Option<usize>, start: Manad) -> Lage {
        let n = sc.people.len();
        let fs = sc
            .household
            .as_ref()
            .and_then(|h| h.forsorjningsstod.as_ref());
        let mut l = Lage {
            m: start,
            jobb: vec![Jobb::SomIScenariot; n],
            sjukdag: vec![None; n],
            vilande_hittills: sc
                .people
                .iter()
                .map(|p| {
                    p.aktivitetsersattning
                        .as_ref()
                        .and_then(|a| a.vilande.as_ref())
                        .and_then(|v| v.manader_vilande_hittills)
                })
                .collect(),
            alder_halls: vec![false; n],
            barn_alder: Vec::new(),
            fs_i_folj: fs.and_then(|f| f.jobbstimulans.manader_med_fs_i_folj),
            fs_start: fs.and_then(|f| f.jobbstimulans.manader_sedan_start),
        };
        l.satt_manad(sc, spec, alt, start, 0);
        l
    }

    /// Sets what follows from the calendar and the schedule for plan month `t`: the job, the
    /// day of the sick period, the children's ages.
    pub fn satt_manad(
        &mut self,
        sc: &Scenario,
        spec: &PlanSpec,
        alt: Option<usize>,
        start: Manad,
        t: u32,
    ) {
        let m = manad_nr(start, t);
        self.m = m;
        for i in 0..sc.people.len() {
            self.jobb[i] = jobb_i_manad(spec, alt, i, t + 1);
            self.sjukdag[i] = sc.people[i]
                .sjukpenning
                .as_ref()
                .and_then(|_| sjukdag(spec, i, m));
        }
        let barn = sc
            .household
            .as_ref()
            .map(|h| h.children.as_slice())
            .unwrap_or_default();
        self.barn_alder = barn
            .iter()
            .map(|c| {
                let fodelsedagar = (1..=t)
                    .filter(|&k| Some(manad_nr(start, k).month) == c.birth_month)
                    .count() as u32;
                c.age + fodelsedagar
            })
            .collect();
    }

    /// The month's scenario: the track's, at (year, month), with this state.
    pub fn scenario(&self, sc: &Scenario, m: Manad) -> Scenario {
        let mut s = sc.clone();
        s.year = m.year;
        s.month = Some(m.month);
        for (i, p) in s.people.iter_mut().enumerate() {
            if self.alder_halls[i] {
                p.birth_year += 1;
            }
            match &self.jobb[i] {
                Jobb::SomIScenariot => {}
                Jobb::Ingen => p.job = None,
                Jobb::Timmar { timmar, manadslon } => {
                    if let Some(j) = p.job.as_mut() {
                        j.hours_per_week = *timmar;
                        if manadslon.is_some() {
                            j.monthly_salary = *manadslon;
                        }
                    }
                }
            }
            if let (Some(sj), Some(d)) = (p.sjukpenning.as_mut(), self.sjukdag[i]) {
                sj.dag_i_sjukperioden = d;
            }
            let alder = alder_i_manad(m, p.birth_year, p.birth_month.unwrap_or(1));
            if let Some(a) = p.aktivitetsersattning.as_mut() {
                if let Some(v) = a.vilande.as_mut() {
                    v.manader_vilande_hittills = self.vilande_hittills[i];
                }
                if a.slag == ae::Slag::Aktivitetsersattning && alder >= 30 {
                    if let Some(n) = sjukersattning_fran_30(sc, i) {
                        a.slag = ae::Slag::Sjukersattning;
                        a.niva = n;
                    }
                }
            }
        }
        if let Some(h) = s.household.as_mut() {
            for (c, a) in h.children.iter_mut().zip(&self.barn_alder) {
                c.age = *a;
            }
            if let Some(f) = h.forsorjningsstod.as_mut() {
                f.jobbstimulans.manader_med_fs_i_folj = self.fs_i_folj;
                f.jobbstimulans.manader_sedan_start = self.fs_start;
            }
        }
        s
    }

    /// The state shown for the month.
    pub fn tillstand(&self, sc: &Scenario, m: Manad) -> Tillstand {
        let s = self.scenario(sc, m);
        let langst = vilande_langst(m);
        Tillstand {
            personer: s
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| PersonTillstand {
                    alder: alder_i_manad(m, p.birth_year, p.birth_month.unwrap_or(1)),
                    timmar_per_vecka: p.job.as_ref().map(|j| j.hours_per_week),
                    sjukperiod: self.sjukdag[i].map(|d| Sjukperiod {
                        dag_forsta: d,
                        dag_sista: d + m.dagar() - 1,
                        dagar_fortsattningsniva: fortsattningsdagar(m, d),
                    }),
                    vilande: (p.aktivitetsersattning.as_ref())
                        .and_then(|a| a.vilande.as_ref())
                        .and_then(|v| v.manader_vilande_hittills)
                        .map(|h| VilandeTillstand {
                            manader_vilande_hittills: h,
                            manader_kvar: langst.saturating_sub(h),
                        }),
                    ersattning: p.aktivitetsersattning.as_ref().map(|a| a.slag),
                })
                .collect(),
            barn_alder: self.barn_alder.clone(),
            manader_med_fs_i_folj: self.fs_i_folj,
            jobbstimulans_manad: (self.fs_i_folj.is_some() || self.fs_start.is_some())
                .then(|| jobbstimulans_manad(m, self.fs_i_folj, self.fs_start))
                .flatten(),
        }
    }

    /// The next month's state, counted from this month's result `r`.
    pub fn nasta(&self, sc: &Scenario, m: Manad, r: &Manadsresultat) -> Lage {
        let mut n = self.clone();
        for (i, h) in n.vilande_hittills.iter_mut().enumerate() {
            if r.vilande.get(i).copied().unwrap_or(false) {
                *h = h.map(|x| x + 1);
            }
        }
        let har_fs = sc
            .household
            .as_ref()
            .is_some_and(|h| h.forsorjningsstod.is_some());
        if har_fs {
            // A month whose försörjningsstöd is not known (not modelled for the year, or an
            // input missing) leaves the months in a row unknown: never counted as paid or not.
            let status = r
                .komponent(KomponentId::Forsorjningsstod, None)
                .map(|k| k.status);
            n.fs_i_folj = match status {
                Some(Status::Utbetalas) => self.fs_i_folj.map(|x| (x + 1).min(600)),
                Some(Status::NollKronor | Status::EjRatt) => self.fs_i_folj.map(|_| 0),
                _ => None,
            };
            // The two years count from the first month the rule is applied: a month with a
            // wage after six months in a row (docs/decisions.md, "The plan").
            let tillampad = r.lon_brutto > Decimal::ZERO
                && jobbstimulans_manad(m, self.fs_i_folj, self.fs_start) == Some(1);
            n.fs_start = if tillampad {
                Some(1)
            } else {
                self.fs_start.map(|k| k + 1)
            };
        }
        n
    }
}

/// The job of person `i` in plan month `nr` (1-based) of a track, from the schedule.
fn jobb_i_manad(spec: &PlanSpec, alt: Option<usize>, i: usize, nr: u32) -> Jobb {
    let mut steg: Vec<_> = spec
        .steg
        .iter()
        .filter(|s| s.alternativ == alt && s.person == i)
        .collect();
    if steg.is_empty() {
        return Jobb::SomIScenariot;
    }
    steg.sort_by_key(|s| s.fran_manad);
    match steg.iter().rev().find(|s| s.fran_manad <= nr) {
        None => Jobb::Ingen,
        Some(s) => Jobb::Timmar {
            timmar: s.hours_per_week,
            manadslon: s.monthly_salary,
        },
    }
}

/// Sjukersättning decided from 30 for person `i`, if so.
fn sjukersattning_fran_30(sc: &Scenario, i: usize) -> Option<ae::Niva> {
    sc.plan
        .as_ref()
        .and_then(|p| p.personer.get(i))
        .and_then(|p| p.sjukersattning_fran_30)
}

/// The day of person `i`'s sick period on the first of `m`, from the first day given.
pub(crate) fn sjukdag(spec: &PlanSpec, i: usize, m: Manad) -> Option<u32> {
    let (y, mo, d) = las_datum(spec.personer.get(i)?.sjukperiodens_forsta_dag.as_deref()?)?;
    let dag = dagnummer(m.year, m.month, 1) - dagnummer(y, mo, d) + 1;
    // A period that starts after the month's first day has no day number on it yet (day 0 or
    // before would otherwise pass the plan's check and fail in the month).
    u32::try_from(dag).ok().filter(|&d| d >= 1)
}

/// Days of month `m` at the fortsättningsnivå when the month begins on day `dag` of the sick
/// period: the days after day 364 (SFB 27 kap. 21 och 24 §§).
pub(crate) fn fortsattningsdagar(m: Manad, dag: u32) -> u32 {
    let grans = sp::params()
        .normalniva_dagar
        .scalar(m)
        .and_then(|x| u32::try_from(x.trunc().mantissa()).ok())
        .unwrap_or(364);
    let normala = (grans + 1).saturating_sub(dag).min(m.dagar());
    m.dagar() - normala
}

/// The most months an ersättning may be vilande (SFB 36 kap. 14–15 §§).
pub(crate) fn vilande_langst(m: Manad) -> u32 {
    ae::params()
        .vilande_langst_manader
        .scalar(m)
        .and_then(|x| u32::try_from(x.trunc().mantissa()).ok())
        .unwrap_or(24)
}

/// Checks that a track has what the plan needs: inputs a single month can do without but the
/// months ahead cannot (never defaulted), and a job for each step. Errors name the field
/// (prefixed `alternatives[k].` for an alternative's own).
pub(crate) fn kontrollera(
    sc: &Scenario,
    spec: &PlanSpec,
    alt: Option<usize>,
    start: Manad,
    fel: &mut Vec<InputError>,
) {
    let slut = manad_nr(start, spec.manader - 1);
    let pre = |f: String| match alt {
        Some(k) => format!("alternatives[{k}].{f}"),
        None => f,
    };
    let mut push = |f: String, msg: String| {
        // An alternative repeats today's problems; name each once.
        let base_falt = f.clone();
        let falt = if f.starts_with("plan.") { f } else { pre(f) };
        let dubbel = alt.is_some() && fel.iter().any(|e| e.field == base_falt);
        if !dubbel && !fel.iter().any(|e| e.field == falt) {
            fel.push(InputError::new(falt, msg));
        }
    };
    for (i, p) in sc.people.iter().enumerate() {
        if let Some(sj) = &p.sjukpenning {
            let falt = format!("plan.personer[{i}].sjukperiodens_forsta_dag");
            match sjukdag(spec, i, start) {
                None if spec
                    .personer
                    .get(i)
                    .and_then(|x| x.sjukperiodens_forsta_dag.as_ref())
                    .is_none() =>
                {
                    push(
                        falt,
                        format!(
                            "behövs för planen eftersom people[{i}] har sjukpenning: ange \
                             sjukperiodens första dag (ÅÅÅÅ-MM-DD); dagen i sjukperioden avgör \
                             fortsättningsnivån från dag 365 (SFB 27 kap. 21 §)"
                        ),
                    );
                }
                None => push(
                    falt,
                    format!(
                        "sjukperioden måste ha börjat senast den första dagen i planens \
                         första månad ({}-01)",
                        start
                    ),
                ),
                Some(d) => {
                    let sista = sjukdag(spec, i, slut).unwrap_or(d);
                    if sista > 3650 {
                        push(
                            falt,
                            format!(
                                "planens sista månad vore dag {sista} i sjukperioden; \
                                 tillåtet: högst dag 3650"
                            ),
                        );
                    } else if sj.dag_i_sjukperioden != 1 && sj.dag_i_sjukperioden != d {
                        push(
                            format!("people[{i}].sjukpenning.dag_i_sjukperioden"),
                            format!(
                                "dag {} stämmer inte med sjukperiodens första dag i planen, som \
                                 ger dag {d} den {}-01; ange det ena",
                                sj.dag_i_sjukperioden, start
                            ),
                        );
                    }
                }
            }
        }
        let ae_block = p.aktivitetsersattning.as_ref();
        if ae_block
            .and_then(|a| a.vilande.as_ref())
            .is_some_and(|v| v.manader_vilande_hittills.is_none())
        {
            push(
                format!("people[{i}].aktivitetsersattning.vilande.manader_vilande_hittills"),
                "behövs för planen: hur många månader ersättningen redan har varit vilande \
                 (högst 24 månader, SFB 36 kap. 14 och 15 §§)"
                    .into(),
            );
        }
        let ung = alder_i_manad(slut, p.birth_year, 12) < 30;
        if p.birth_month.is_none() && (ae_block.is_some() || p.aktivitetsstod.is_some() || ung) {
            push(
                format!("people[{i}].birth_month"),
                "behövs för planen: åldersgränser (aktivitetsersättningen upphör vid 30, \
                 bostadsbidrag till unga under 29) byter i födelsemånaden; ange 1–12"
                    .into(),
            );
        }
    }
    if let Some(h) = &sc.household {
        if h.forsorjningsstod
            .as_ref()
            .is_some_and(|f| f.jobbstimulans.manader_med_fs_i_folj.is_none())
        {
            push(
                "household.forsorjningsstod.jobbstimulans.manader_med_fs_i_folj".into(),
                "behövs för planen: hur många månader i följd hushållet har fått \
                 försörjningsstöd (jobbstimulansen kräver sex, SoL 12 kap. 8 §)"
                    .into(),
            );
        }
        for (c, b) in h.children.iter().enumerate() {
            if b.birth_month.is_none() {
                push(
                    format!("household.children[{c}].birth_month"),
                    "behövs för planen: barnets ålder ändras under planens månader; ange 1–12"
                        .into(),
                );
                continue;
            }
            let fodelsedagar = (1..spec.manader)
                .filter(|&k| Some(manad_nr(start, k).month) == b.birth_month)
                .count() as u32;
            if b.age + fodelsedagar > 20 {
                push(
                    format!("household.children[{c}].age"),
                    format!(
                        "barnet fyller {} under planen; planen räknar bara barn upp till 20 år \
                         (förkorta planen eller ta bort barnet)",
                        b.age + fodelsedagar
                    ),
                );
            }
        }
    }
    let mut sedda: Vec<(usize, u32)> = Vec::new();
    for (j, st) in spec.steg.iter().enumerate() {
        if st.alternativ != alt {
            continue;
        }
        let f = |x: &str| format!("plan.steg[{j}]{x}");
        if sedda.contains(&(st.person, st.fran_manad)) {
            fel.push(InputError::new(
                f(".fran_manad"),
                format!(
                    "två steg för samma person och spår börjar i månad {}; ange ett",
                    st.fran_manad
                ),
            ));
        }
        sedda.push((st.person, st.fran_manad));
        let Some(p) = sc.people.get(st.person) else {
            continue;
        };
        let var = match alt {
            Some(k) => format!("i alternativ {k}"),
            None => "i dag".to_string(),
        };
        match p.job.as_ref() {
            None => fel.push(InputError::new(
                f(""),
                format!(
                    "people[{}] har inget jobb {var}; ange jobbet (timlön eller månadslön) så \
                     att stegen kan ändra dess timmar",
                    st.person
                ),
            )),
            Some(jb) if jb.monthly_salary.is_some() && st.monthly_salary.is_none() => {
                fel.push(InputError::new(
                    f(".monthly_salary"),
                    "jobbet har månadslön: ange månadslönen vid stegets timmar".to_string(),
                ))
            }
            Some(jb) if jb.hourly_wage.is_some() && st.monthly_salary.is_some() => {
                fel.push(InputError::new(
                    f(".monthly_salary"),
                    "jobbet har timlön: lönen följer timmarna; ange inte månadslön".to_string(),
                ))
            }
            Some(_) => {}
        }
    }
}
