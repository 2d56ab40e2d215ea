//! Saving and sharing without a server: the situation as the engine's scenario JSON (the typed
//! scenario, written by serde), in a file the person downloads or in the fragment of a link
//! (`#s=` + base64url), never in the query string, so it is never sent anywhere. Reading one
//! back goes through `parse_scenario`, so a broken file gets the engine's Swedish message
//! naming the field. Files and links saved before the scenario was typed (amounts as JSON
//! numbers, not strings; other key order; defaults left out) read the same.

use calculator_core::hushall::{Alternativ, BarnInput, HushallInput};
use calculator_core::scenario::Person;
use calculator_core::KomponentId;
use calculator_core::{parse_scenario, Decimal, Scenario};
use rules::formaner::aktivitetsersattning::{Niva, Slag};
use rules::formaner::barnbidrag::Fordelning;

use crate::situation::{self, Barn, FsKostnader, Har, Jobb, Kostnad, Situation, Vuxen, MAX_JOBB};

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..=c.len() {
            s.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    s
}

/// The inverse of `base64url`; None for anything that is not base64url (padding allowed).
pub fn fran_base64url(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    let mut ut = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bitar) = (0u32, 0u32);
    for c in s.bytes() {
        let v = B64.iter().position(|&b| b == c)? as u32;
        acc = (acc << 6) | v;
        bitar += 6;
        if bitar >= 8 {
            bitar -= 8;
            ut.push((acc >> bitar) as u8);
            acc &= (1 << bitar) - 1;
        }
    }
    (bitar < 6).then_some(ut)
}

/// The scenario to save or share: exactly what the engine is given.
pub fn scenario_text(s: &Situation, jobb: &[Jobb]) -> String {
    let t = &crate::text::text().radgivning;
    let mut sc = situation::scenario(t, s, jobb, None).0;
    // The language travels with the file and the link, and nowhere else.
    sc.language = Some(crate::text::sprak().kod().to_string());
    // Through a JSON value, whose writer the engine's alternatives already use: writing the
    // scenario straight to text would add a second serializer to the wasm. Cannot fail: the
    // scenario's maps have string keys.
    serde_json::to_value(&sc)
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// The fragment of a share link, "#s=…".
pub fn fragment(s: &Situation, jobb: &[Jobb]) -> String {
    format!("#s={}", base64url(scenario_text(s, jobb).as_bytes()))
}

/// The scenario JSON in a fragment ("#s=…" or "s=…"); None when the fragment is no share link,
/// Err when it is one that was cut short or garbled on its way (said to be incomplete, not
/// given the JSON's own message about a file).
pub fn fran_fragment(hash: &str) -> Option<Result<String, ()>> {
    let data = hash.trim_start_matches('#').strip_prefix("s=")?;
    Some(
        fran_base64url(data)
            .and_then(|b| String::from_utf8(b).ok())
            // The app writes its links, so JSON that does not hold together is a link cut
            // short or garbled on its way.
            .filter(|json| serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok())
            .ok_or(()),
    )
}

/// The language a saved scenario was made in; None when it names none (files and links from
/// before the choice) or one this app does not know: the app then stays in the language shown.
pub fn sprak_i(json: &str) -> Option<crate::text::Sprak> {
    #[derive(serde::Deserialize)]
    struct BaraSprak {
        language: Option<String>,
    }
    let b: BaraSprak = serde_json::from_str(json).ok()?;
    crate::text::Sprak::fran_kod(&b.language?)
}

/// A share link's situation and jobs, or the message to show; None when `hash` is no share
/// link.
pub fn las_lank(hash: &str) -> Option<Result<(Situation, Vec<Jobb>), String>> {
    let json = fran_fragment(hash)?;
    Some(
        json.map_err(|_| crate::text::text().radgivning.lank_trasig.to_string())
            .and_then(|j| {
                let svar = las(&j);
                // A link that opens brings its language along.
                if let (Ok(_), Some(s)) = (&svar, sprak_i(&j)) {
                    crate::sprak::byt(s);
                }
                svar
            }),
    )
}

/// Reads a saved scenario back into the form; Err holds the engine's messages in Swedish. A
/// file the form can hold opens even with values out of range (the form shows each message
/// beside its field, as when it was typed); one it cannot hold (another version, a year the
/// app has no rules for, more adults, jobs or children than the form has room for) is refused
/// rather than opened with parts left out.
pub fn las(json: &str) -> Result<(Situation, Vec<Jobb>), String> {
    let sc = parse_scenario(json).and_then(|sc| {
        let ryms_inte = |falt: &str| {
            matches!(
                falt,
                "schema_version"
                    | "year"
                    | "month"
                    | "people"
                    | "alternatives"
                    | "household.children"
            )
        };
        match calculator_core::scenario::validate(&sc) {
            Err(e) if e.0.iter().any(|f| ryms_inte(&f.field)) => Err(calculator_core::InputErrors(
                e.0.into_iter().filter(|f| ryms_inte(&f.field)).collect(),
            )),
            _ => Ok(sc),
        }
    });
    let sc = sc.map_err(|e| {
        e.0.iter()
            .map(|f| {
                if f.field.is_empty() || f.message.contains(&f.field) {
                    f.message.clone()
                } else {
                    format!("{}: {}", f.field, f.message)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    })?;
    let (s, jobb) = fran_scenario(&sc);
    // Parts left out would change the figures without a word: refuse, naming them, with the
    // engine's message where the part is out of range (the reason the form has no room for it).
    let ute = utelamnat(&sc, &s, &jobb);
    if ute.is_empty() {
        return Ok((s, jobb));
    }
    // The engine's messages, the alternatives' included (only on this path: it computes).
    let fel = calculator_core::evaluate(&sc)
        .err()
        .map(|e| e.0)
        .unwrap_or_default();
    let mut meddelanden = Vec::new();
    let mut utan_fel = Vec::new();
    for vag in &ute {
        match fel
            .iter()
            .find(|f| vag.starts_with(&f.field) || f.field.starts_with(vag.as_str()))
        {
            Some(f) => meddelanden.push(format!("{}: {}", f.field, f.message)),
            None => utan_fel.push(vag.as_str()),
        }
    }
    meddelanden.dedup();
    if !utan_fel.is_empty() {
        meddelanden.push((crate::text::text().radgivning.fil_har_mer)(
            &utan_fel.join(", "),
        ));
    }
    Err(meddelanden.join(" "))
}

/// What of the scenario `sc` the form leaves out when it opens it: the JSON paths of the
/// values that the scenario the form then writes lacks or holds otherwise (amounts compared
/// as numbers). Aside: what changes no figure (the alternatives' labels, which the form names
/// itself; the chart's sweep, which it makes itself; a person's name, which it does not show).
pub fn utelamnat(sc: &Scenario, s: &Situation, jobb: &[Jobb]) -> Vec<String> {
    let t = &crate::text::text().radgivning;
    let efter = situation::scenario(t, s, jobb, None).0;
    let (Ok(fore), Ok(efter)) = (serde_json::to_value(sc), serde_json::to_value(&efter)) else {
        return Vec::new();
    };
    let mut ut = Vec::new();
    skillnader(&fore, &efter, "", &mut ut);
    for p in &mut ut {
        *p = calculator_core::scenario::personindex(p);
    }
    let visar_inget = |p: &str| {
        p == "sweep"
            || p == "id"
            || p.starts_with("sweep.")
            // The language is read apart (`sprak_i`); it changes no figure.
            || p == "language"
            || (p.starts_with("alternatives[") && p.ends_with("].label"))
            || (p.starts_with("people[") && p.ends_with("].name"))
    };
    ut.retain(|p| !visar_inget(p));
    ut
}

fn skillnader(
    fore: &serde_json::Value,
    efter: &serde_json::Value,
    vag: &str,
    ut: &mut Vec<String>,
) {
    use serde_json::Value;
    let under = |k: &str| {
        if vag.is_empty() {
            k.to_string()
        } else {
            format!("{vag}.{k}")
        }
    };
    match (fore, efter) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, x) in a {
                match b.get(k) {
                    Some(y) => skillnader(x, y, &under(k), ut),
                    None => ut.push(under(k)),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, x) in a.iter().enumerate() {
                match b.get(i) {
                    Some(y) => skillnader(x, y, &format!("{vag}[{i}]"), ut),
                    None => ut.push(format!("{vag}[{i}]")),
                }
            }
        }
        // An amount may be a JSON number or a string (serde's Decimal); compared as numbers.
        (Value::String(_) | Value::Number(_), Value::String(_) | Value::Number(_))
            if fore != efter =>
        {
            let tal = |x: &Value| {
                let t = match x {
                    Value::String(t) => t.clone(),
                    x => x.to_string(),
                };
                (t.parse::<Decimal>().ok())
                    .or_else(|| Decimal::from_scientific(&t).ok())
                    .map(|d| d.normalize())
            };
            if tal(fore).is_none() || tal(fore) != tal(efter) {
                ut.push(vag.to_string());
            }
        }
        (a, b) if a != b => ut.push(vag.to_string()),
        _ => {}
    }
}

/// An amount in a patch: a JSON number (files saved before the scenario was typed) or a
/// string (serde's Decimal), as written.
fn belopp(x: &serde_json::Value) -> Option<String> {
    match x {
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn tal(x: Decimal) -> String {
    x.normalize().to_string().replace('.', ",")
}

/// The form's situation and jobs from a scenario (the inverse of `situation::scenario` for every
/// scenario the form writes; other fields are left out).
pub fn fran_scenario(sc: &Scenario) -> (Situation, Vec<Jobb>) {
    let mut vuxna: Vec<Vuxen> = (sc.people.iter().take(2))
        .map(|p| vuxen(sc.year, p))
        .collect();
    if vuxna.is_empty() {
        vuxna.push(Vuxen::default());
    }
    let hh = sc.household.clone().unwrap_or_default();
    let beslut = |k: KomponentId| hh.overrides.get(&k).copied().map(tal).unwrap_or_default();
    let mut s = Situation {
        year: sc.year,
        month: sc.month.unwrap_or(1),
        kommun: sc.kommun.clone().unwrap_or_default(),
        vuxna,
        boende: hh.boendekostnad_per_manad.map(tal).unwrap_or_default(),
        formogenhet: if hh.formogenhet.is_zero() {
            String::new()
        } else {
            tal(hh.formogenhet)
        },
        yta: hh.bostadsyta_kvm.map(tal).unwrap_or_default(),
        barn: hh.children.iter().map(barn).collect(),
        underhall: if hh.underhall_per_manad.is_zero() {
            String::new()
        } else {
            tal(hh.underhall_per_manad)
        },
        fs: FsKostnader::default(),
        fs_manader: String::new(),
        beslut_bostadsbidrag: beslut(KomponentId::Bostadsbidrag),
        beslut_forsorjningsstod: beslut(KomponentId::Forsorjningsstod),
    };
    if let Some(fs) = &hh.forsorjningsstod {
        let mut k = fs.kostnader.clone();
        for kostnad in Kostnad::ALLA {
            let x = *kostnad.i(&mut k);
            if !x.is_zero() {
                *s.fs.falt_mut(kostnad) = tal(x);
            }
        }
        s.fs_manader = fs
            .jobbstimulans
            .manader_med_fs_i_folj
            .map(|n| n.to_string())
            .unwrap_or_default();
        if let Some(v) = s.vuxna.iter_mut().find(|v| v.har == Har::Inget) {
            v.har = Har::Forsorjningsstod;
        }
    }
    let mut jobb = Vec::new();
    for alt in sc.alternatives.iter().take(MAX_JOBB) {
        jobb.extend(fran_alternativ(alt, &mut s, &hh));
    }
    if jobb.is_empty() {
        jobb.push(Jobb::default());
    }
    (s, jobb)
}

/// An adult as the form keeps them, from the scenario's person `p` in `year`.
fn vuxen(year: i32, p: &Person) -> Vuxen {
    let mut v = Vuxen {
        alder: (i64::from(year) - i64::from(p.birth_year))
            .max(0)
            .to_string(),
        ..Vuxen::default()
    };
    if let Some(x) = p.kyrkoavgift_procent {
        v.kyrka = true;
        v.kyrkoavgift = tal(x);
    }
    if let Some(sp) = &p.sjukpenning {
        v.har = Har::Sjukpenning;
        v.niva = sp
            .omfattning
            .map(situation::niva_for_omfattning)
            .unwrap_or(Niva::Hel);
        v.sgi = sp.sgi.map(tal).unwrap_or_default();
        v.normal_arbetstid = sp.normal_arbetstid.map(tal).unwrap_or_default();
    } else if let Some(ae) = &p.aktivitetsersattning {
        v.har = match ae.slag {
            Slag::Sjukersattning => Har::Sjukersattning,
            Slag::Aktivitetsersattning => Har::Aktivitetsersattning,
        };
        v.niva = ae.niva;
        v.inkomstrelaterad = ae.inkomstrelaterad_per_manad.map(tal).unwrap_or_default();
    }
    if let Some(akt) = &p.aktivitetsstod {
        if v.har == Har::Inget {
            v.har = Har::Aktivitetsstod;
        } else {
            v.akt_ocksa = true;
        }
        v.akt_form = akt.form;
        v.akt_dagbelopp = akt.belopp_per_dag.map(tal).unwrap_or_default();
        v.akt_omfattning = tal(akt.omfattning * Decimal::ONE_HUNDRED);
    }
    let beslut = |k: KomponentId| p.overrides.get(&k).copied().map(tal).unwrap_or_default();
    v.beslut_belopp = match v.har {
        Har::Sjukpenning => beslut(KomponentId::Sjukpenning),
        Har::Aktivitetsersattning | Har::Sjukersattning => {
            beslut(KomponentId::Aktivitetsersattning)
        }
        Har::Aktivitetsstod => beslut(KomponentId::Aktivitetsstod),
        Har::Inget | Har::Forsorjningsstod => String::new(),
    };
    v.beslut_bostadstillagg = beslut(KomponentId::Bostadstillagg);
    let inkomst = |x: Decimal| if x.is_zero() { String::new() } else { tal(x) };
    v.lon_i_dag = inkomst(p.income_per_month.lon);
    v.akassa = inkomst(p.income_per_month.annan_pensionsgrundande);
    v
}

/// A child as the form keeps them.
fn barn(b: &BarnInput) -> Barn {
    Barn {
        alder: b.age.to_string(),
        boende: b.boende,
        delat: b.barnbidrag == Some(Fordelning::Delat),
        lunch: b.lunch_utanfor_hemmet,
        skolgang: b.skolgang,
        fodelsemanad: b.birth_month,
    }
}

/// The job of an alternative (its patch of the adult who takes it); None for an alternative
/// without people. Its vilande's months are the adult's, in `s`; its costs for
/// försörjningsstöd are the alternative's less today's (`hh`).
fn fran_alternativ(alt: &Alternativ, s: &mut Situation, hh: &HushallInput) -> Option<Jobb> {
    // The adult who takes the job; other entries only switch off decision amounts.
    let (person, patch) = (alt.people.iter())
        .find(|(_, p)| p.get("job").is_some())
        .or_else(|| alt.people.iter().next())?;
    // Hours and wage only as the file has them: the form's example figures would change the
    // answer without a word.
    let mut j = Jobb {
        person: person.parse::<usize>().unwrap_or(0).min(s.vuxna.len() - 1),
        timmar: String::new(),
        lon: String::new(),
        ..Jobb::default()
    };
    let job = patch.get("job");
    let num = |k: &str| {
        job.and_then(|x| x.get(k))
            .and_then(belopp)
            .map(|x| x.replace('.', ","))
    };
    if let Some(h) = num("hours_per_week") {
        j.timmar = h;
    }
    if let Some(l) = num("hourly_wage") {
        j.lon = l;
        j.semester = num("semesterersattning_procent").is_some();
    } else if let Some(l) = num("monthly_salary") {
        j.lon = l;
        j.per_manad = true;
    }
    if let Some(v) = patch
        .get("aktivitetsersattning")
        .and_then(|a| a.get("vilande"))
    {
        j.vilande = true;
        j.behall_25 = v
            .get("behallen_25_procent")
            .and_then(|b| b.as_bool())
            .unwrap_or(false);
        if let Some(vx) = s.vuxna.get_mut(j.person) {
            let manader = |k: &str| v.get(k).and_then(|n| n.as_u64());
            if let Some(n) = manader("manader_med_ersattning_fore") {
                vx.manader_med_ersattning = n.to_string();
            }
            if let Some(n) = manader("manader_vilande_hittills") {
                vx.manader_vilande = n.to_string();
            }
        }
    }
    // The job's extra costs for försörjningsstöd: the alternative's amount less today's.
    if let Some(k) = (alt.household.as_ref())
        .and_then(|h| h.get("forsorjningsstod"))
        .and_then(|f| f.get("kostnader"))
    {
        let i_dag = hh.forsorjningsstod.as_ref().map(|f| &f.kostnader);
        for (namn, falt, idag) in [
            ("arbetsresor", &mut j.fs_resor, i_dag.map(|c| c.arbetsresor)),
            (
                "barnomsorg",
                &mut j.fs_barnomsorg,
                i_dag.map(|c| c.barnomsorg),
            ),
        ] {
            let med_jobb = (k.get(namn).and_then(belopp)).and_then(|x| x.parse::<Decimal>().ok());
            if let Some(x) = med_jobb {
                *falt = tal(x - idag.unwrap_or_default());
            }
        }
    }
    Some(j)
}
