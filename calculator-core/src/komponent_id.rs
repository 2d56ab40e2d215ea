//! Which amount of the month a component is. An enum, not a string, so that adding a benefit
//! makes the compiler list every place that must know it: the month's stages, the rules
//! notices, and the web app's names and texts (docs/adding-a-benefit.md).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The id of one amount of the month, written in JSON as its snake_case name. A new variant
/// gets its name in `as_str` (the compiler asks) and its place in `ALLA` (it does not: JSON is
/// read through `ALLA`, so a variant missing there cannot be read back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KomponentId {
    /// The job's wage (the job tried, or today's job).
    Lon,
    /// A wage typed for today as an amount.
    OvrigLon,
    /// Sjukpenning typed for today as an amount.
    OvrigSjukpenning,
    /// Other pensionsgrundande income typed for today (a-kassa and the like).
    OvrigPensionsgrundande,
    /// Sjuk- or aktivitetsersättning typed for today as an amount.
    OvrigSjukAktivitetsersattning,
    /// Pension typed for today as an amount.
    OvrigPension,
    /// Sjukpenning (SFB 27–28 kap.).
    Sjukpenning,
    /// Aktivitets- or sjukersättning (SFB 33–37 kap.).
    Aktivitetsersattning,
    /// Aktivitetsstöd or utvecklingsersättning (förordning 2017:819).
    Aktivitetsstod,
    /// The final tax (IL, SFL), negative.
    Skatt,
    /// Bostadstillägg (SFB 101–102 kap.).
    Bostadstillagg,
    /// Bostadsbidrag (SFB 95–98 kap.).
    Bostadsbidrag,
    /// Barnbidrag (SFB 15–16 kap.).
    Barnbidrag,
    /// Förlängt barnbidrag and studiebidrag paid to a young person of 18+ at home.
    TillUngdomen,
    /// Underhållsstöd or underhållsbidrag typed as an amount.
    Underhall,
    /// Another income of the household typed as an amount.
    OvrigInkomst,
    /// Försörjningsstöd (SoL 2025:400 11 kap.), an estimate.
    Forsorjningsstod,
    /// Jobbpremie (förordning 2024:61), information only.
    Jobbpremie,
}

impl KomponentId {
    /// Every id, in the order a month lists them.
    pub const ALLA: [KomponentId; 18] = [
        KomponentId::Lon,
        KomponentId::OvrigLon,
        KomponentId::OvrigSjukpenning,
        KomponentId::OvrigPensionsgrundande,
        KomponentId::OvrigSjukAktivitetsersattning,
        KomponentId::OvrigPension,
        KomponentId::Sjukpenning,
        KomponentId::Aktivitetsersattning,
        KomponentId::Aktivitetsstod,
        KomponentId::Skatt,
        KomponentId::Bostadstillagg,
        KomponentId::Bostadsbidrag,
        KomponentId::Barnbidrag,
        KomponentId::TillUngdomen,
        KomponentId::Underhall,
        KomponentId::OvrigInkomst,
        KomponentId::Forsorjningsstod,
        KomponentId::Jobbpremie,
    ];

    /// The name in JSON, in the web page's element ids and in the scenario's overrides.
    pub const fn as_str(self) -> &'static str {
        match self {
            KomponentId::Lon => "lon",
            KomponentId::OvrigLon => "ovrig_lon",
            KomponentId::OvrigSjukpenning => "ovrig_sjukpenning",
            KomponentId::OvrigPensionsgrundande => "ovrig_pensionsgrundande",
            KomponentId::OvrigSjukAktivitetsersattning => "ovrig_sjuk_aktivitetsersattning",
            KomponentId::OvrigPension => "ovrig_pension",
            KomponentId::Sjukpenning => "sjukpenning",
            KomponentId::Aktivitetsersattning => "aktivitetsersattning",
            KomponentId::Aktivitetsstod => "aktivitetsstod",
            KomponentId::Skatt => "skatt",
            KomponentId::Bostadstillagg => "bostadstillagg",
            KomponentId::Bostadsbidrag => "bostadsbidrag",
            KomponentId::Barnbidrag => "barnbidrag",
            KomponentId::TillUngdomen => "till_ungdomen",
            KomponentId::Underhall => "underhall",
            KomponentId::OvrigInkomst => "ovrig_inkomst",
            KomponentId::Forsorjningsstod => "forsorjningsstod",
            KomponentId::Jobbpremie => "jobbpremie",
        }
    }

    /// The id with this JSON name.
    pub fn fran_namn(namn: &str) -> Option<KomponentId> {
        KomponentId::ALLA.into_iter().find(|k| k.as_str() == namn)
    }
}

/// Written as `as_str`, read through `fran_namn`: one list of names, not a second one that
/// serde's derive would generate (smaller wasm).
impl Serialize for KomponentId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for KomponentId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let namn = String::deserialize(d)?;
        KomponentId::fran_namn(&namn).ok_or_else(|| serde::de::Error::unknown_variant(&namn, &NAMN))
    }
}

/// Every id's JSON name, in the order of `ALLA` (for serde's "unknown variant" message).
const NAMN: [&str; KomponentId::ALLA.len()] = {
    let mut n = [""; KomponentId::ALLA.len()];
    let mut i = 0;
    while i < n.len() {
        n[i] = KomponentId::ALLA[i].as_str();
        i += 1;
    }
    n
};

/// Ordered by name, so that maps keyed by id (a sweep point's components, a step's parts)
/// are written in the same order as when the ids were strings.
impl Ord for KomponentId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for KomponentId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for KomponentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::KomponentId;

    #[test]
    fn the_json_name_is_the_name() {
        for k in KomponentId::ALLA {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
            let tillbaka: KomponentId = serde_json::from_str(&json).unwrap();
            assert_eq!(tillbaka, k);
            assert_eq!(KomponentId::fran_namn(k.as_str()), Some(k));
        }
        assert_eq!(KomponentId::fran_namn("lön"), None);
    }

    /// An unknown name is refused with serde's own wording, listing every name in `ALLA`'s
    /// order (`parse_scenario` translates it and narrows it to the amounts that may be given).
    #[test]
    fn an_unknown_name_is_refused_naming_every_name() {
        let fel = serde_json::from_str::<KomponentId>("\"lön\"").unwrap_err();
        let text = fel.to_string();
        let (borjan, lista) = text.split_once(", expected one of ").unwrap();
        assert_eq!(borjan, "unknown variant `lön`");
        let lista = lista.split(" at line").next().unwrap();
        let namn: Vec<&str> = lista.split(", ").map(|n| n.trim_matches('`')).collect();
        let alla: Vec<&str> = KomponentId::ALLA.iter().map(|k| k.as_str()).collect();
        assert_eq!(namn, alla);
        assert!(serde_json::from_str::<KomponentId>("7").is_err());
    }

    #[test]
    fn names_are_unique_and_order_is_by_name() {
        let mut namn: Vec<&str> = KomponentId::ALLA.iter().map(|k| k.as_str()).collect();
        namn.sort();
        namn.dedup();
        assert_eq!(namn.len(), KomponentId::ALLA.len());
        let mut ids = KomponentId::ALLA.to_vec();
        ids.sort();
        let sorterade: Vec<&str> = ids.iter().map(|k| k.as_str()).collect();
        assert_eq!(sorterade, namn);
    }

    #[test]
    fn as_map_keys_they_are_their_names() {
        let m: std::collections::BTreeMap<KomponentId, u8> =
            [(KomponentId::Skatt, 1), (KomponentId::Bostadsbidrag, 2)].into();
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"bostadsbidrag":2,"skatt":1}"#
        );
    }
}
