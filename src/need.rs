//! The eight needs a person looks for.
//!
//! Every source speaks its own vocabulary ("Réseau Wifi", "Accéder à une connexion internet",
//! `internet_access=wlan`…). The app speaks only this one: a stable id (used in URLs, the
//! snapshot and the command line), a bit (so a set of needs is one byte in the spatial index),
//! and a pictogram. Importers map their words onto these; the source's own words are kept
//! beside them for display (`Place::source_terms`).

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// Public wifi.
    Wifi,
    /// Somewhere to charge a phone.
    Charging,
    /// Free access to a computer, alone.
    Computers,
    /// Using a computer or phone with someone helping.
    Helper,
    /// Help with online procedures (CAF, France Travail, CPAM, taxes…), including "done for you".
    Procedures,
    /// Learning digital basics.
    Training,
    /// Buying a phone or computer at a solidarity price.
    Equipment,
    /// Repairing a phone or computer.
    Repair,
}

impl Need {
    pub const ALL: [Need; 8] = [
        Need::Wifi,
        Need::Charging,
        Need::Computers,
        Need::Helper,
        Need::Procedures,
        Need::Training,
        Need::Equipment,
        Need::Repair,
    ];

    /// Stable identifier, never translated.
    pub fn id(self) -> &'static str {
        match self {
            Need::Wifi => "wifi",
            Need::Charging => "charging",
            Need::Computers => "computers",
            Need::Helper => "helper",
            Need::Procedures => "procedures",
            Need::Training => "training",
            Need::Equipment => "equipment",
            Need::Repair => "repair",
        }
    }

    /// Bit position in a [`NeedSet`]. Matches the order of the national benchmark workload
    /// (`wifi, charging, free_access, assisted_access, training, admin_help, equipment, repair`).
    pub fn bit(self) -> u8 {
        match self {
            Need::Wifi => 0,
            Need::Charging => 1,
            Need::Computers => 2,
            Need::Helper => 3,
            Need::Training => 4,
            Need::Procedures => 5,
            Need::Equipment => 6,
            Need::Repair => 7,
        }
    }

    pub fn from_bit(bit: u8) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.bit() == bit)
    }

    pub fn from_id(id: &str) -> Option<Need> {
        let id = id.trim().to_ascii_lowercase();
        Need::ALL.into_iter().find(|n| n.id() == id)
    }

    /// File name of the pictogram under `assets/pictograms/`.
    pub fn pictogram(self) -> &'static str {
        match self {
            Need::Wifi => "wifi.svg",
            Need::Charging => "charging.svg",
            Need::Computers => "computers.svg",
            Need::Helper => "helper.svg",
            Need::Procedures => "procedures.svg",
            Need::Training => "training.svg",
            Need::Equipment => "equipment.svg",
            Need::Repair => "repair.svg",
        }
    }

    /// Short French label (the interface translates through Fluent; this is for the CLI and reports).
    pub fn label_fr(self) -> &'static str {
        match self {
            Need::Wifi => "Wifi gratuit",
            Need::Charging => "Recharger son téléphone",
            Need::Computers => "Ordinateur en libre accès",
            Need::Helper => "Ordinateur avec de l'aide",
            Need::Procedures => "Aide aux démarches en ligne",
            Need::Training => "Apprendre le numérique",
            Need::Equipment => "Matériel à prix solidaire",
            Need::Repair => "Réparation",
        }
    }
}

impl fmt::Display for Need {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A set of needs as a bitmask (bit = [`Need::bit`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NeedSet(pub u8);

impl NeedSet {
    pub const EMPTY: NeedSet = NeedSet(0);

    pub fn of(needs: &[Need]) -> NeedSet {
        needs.iter().fold(NeedSet::EMPTY, |s, n| s.with(*n))
    }
    pub fn with(self, need: Need) -> NeedSet {
        NeedSet(self.0 | 1 << need.bit())
    }
    pub fn insert(&mut self, need: Need) {
        *self = self.with(need);
    }
    pub fn contains(self, need: Need) -> bool {
        self.0 & (1 << need.bit()) != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn union(self, other: NeedSet) -> NeedSet {
        NeedSet(self.0 | other.0)
    }
    pub fn minus(self, other: NeedSet) -> NeedSet {
        NeedSet(self.0 & !other.0)
    }
    pub fn intersect(self, other: NeedSet) -> NeedSet {
        NeedSet(self.0 & other.0)
    }
    pub fn iter(self) -> impl Iterator<Item = Need> {
        Need::ALL.into_iter().filter(move |n| self.contains(*n))
    }
    pub fn ids(self) -> Vec<&'static str> {
        self.iter().map(Need::id).collect()
    }
}

impl FromIterator<Need> for NeedSet {
    fn from_iter<I: IntoIterator<Item = Need>>(iter: I) -> Self {
        iter.into_iter().fold(NeedSet::EMPTY, |s, n| s.with(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_bits_round_trip_and_are_distinct() {
        let mut bits = 0u16;
        for need in Need::ALL {
            assert_eq!(Need::from_id(need.id()), Some(need));
            assert_eq!(Need::from_bit(need.bit()), Some(need));
            bits |= 1 << need.bit();
        }
        assert_eq!(bits, 0xff);
    }

    #[test]
    fn set_operations() {
        let s = NeedSet::of(&[Need::Wifi, Need::Repair]);
        assert!(s.contains(Need::Wifi) && s.contains(Need::Repair) && !s.contains(Need::Charging));
        assert_eq!(
            s.minus(NeedSet::of(&[Need::Wifi])),
            NeedSet::of(&[Need::Repair])
        );
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![Need::Wifi, Need::Repair]);
    }
}
