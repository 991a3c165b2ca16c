//! A place where a person can find help, as the app shows it.
//!
//! Invariant: nothing here is guessed. Every `Option` that is `None` and every empty set means
//! "the sources do not say", and the interface shows it as unknown. A need that is only likely
//! (a public library usually has wifi, but no source says so) lives in `needs_to_check`, never
//! in `needs`.

use crate::need::{Need, NeedSet};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A small set of named flags stored as one byte (in the snapshot too).
macro_rules! flag_set {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $flag:ident = $bit:expr, $label:literal;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u8);

        impl $name {
            $($(#[$fdoc])* pub const $flag: $name = $name($bit);)*

            /// Every flag with its stable name (used in the snapshot's details and JSON output).
            pub const NAMES: &'static [($name, &'static str)] = &[$(($name::$flag, $label)),*];

            pub fn union(self, other: $name) -> $name {
                $name(self.0 | other.0)
            }
            pub fn contains(self, other: $name) -> bool {
                self.0 & other.0 == other.0 && other.0 != 0
            }
            pub fn is_empty(self) -> bool {
                self.0 == 0
            }
            pub fn names(self) -> Vec<&'static str> {
                Self::NAMES.iter().filter(|(f, _)| self.contains(*f)).map(|(_, n)| *n).collect()
            }
        }
    };
}

flag_set! {
    /// How a need is delivered at a place (the national schema's `modalites_accompagnement`).
    Delivery {
        ALONE = 1, "alone";
        WITH_HELP = 2, "with_help";
        WORKSHOP = 4, "workshop";
        DONE_FOR_YOU = 8, "done_for_you";
        REMOTE = 16, "remote";
    }
}

flag_set! {
    /// What it costs. A set, because sources often say "free, or free under conditions".
    Fees {
        FREE = 1, "free";
        FREE_UNDER_CONDITIONS = 2, "free_under_conditions";
        PAID = 4, "paid";
        /// Membership fee (adhésion).
        MEMBERSHIP = 8, "membership";
    }
}

flag_set! {
    /// How one gets in: walk in, or appointment (by phone, e-mail, online).
    Access {
        WALK_IN = 1, "walk_in";
        APPOINTMENT = 2, "appointment";
    }
}

/// How one connects to a place's wifi.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WifiAccess {
    /// Open network, nothing to ask.
    Open,
    /// Ask for the code at the desk.
    CodeAtDesk,
    /// Register with an e-mail address or a phone number to receive a code.
    Registration,
    /// Paying (OSM `internet_access:fee=yes`).
    Paid,
    /// Only for customers (OSM `internet_access:fee=customers`).
    Customers,
}

/// Opening hours as the sources give them.
///
/// `osm` holds an OpenStreetMap `opening_hours` expression that parsed; when a source gave free
/// text that could not be converted without guessing, `osm` is `None` and `text` keeps the
/// source's words for display ("hours unknown", then the words).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours {
    pub osm: Option<String>,
    pub text: Option<String>,
}

/// Where a piece of a place comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// Id of the source in the snapshot's `sources` table (see [`crate::import::SourceInfo`]).
    pub source: String,
    /// The record's id in that source.
    pub record_id: String,
    /// When the source last updated that record, if it says.
    pub updated: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id: `<source>:<record id>` of the first record the place was built from.
    pub id: String,
    pub name: String,
    /// Names the place was known by before (a library renamed in 2023), as its sources say
    /// them: people still look for a place by its old name, and older sources still use it.
    /// Never the current name.
    pub former_names: Vec<String>,
    /// Street address (number and street), without postcode and commune.
    pub address: Option<String>,
    pub commune: Option<String>,
    pub postcode: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// Phone in French national display form ("04 76 33 06 56") or as given when foreign.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: Hours,
    /// Needs a source states.
    pub needs: NeedSet,
    /// Needs that are only likely (never overlaps `needs`).
    pub needs_to_check: NeedSet,
    /// For each need (indexed by [`Need::bit`]), how it is delivered; empty = unknown.
    pub delivery: [Delivery; 8],
    pub fees: Fees,
    pub access: Access,
    /// Publics welcomed, in the app's vocabulary: "all", "adults", "seniors", "youth",
    /// "children", "families", "disabled", "language", "insertion", "women", "students"…
    pub publics: Vec<String>,
    /// Wheelchair access: `Some(true)` only when a source says so.
    pub wheelchair: Option<bool>,
    /// Languages spoken besides French (ISO 639-1 codes).
    pub languages: Vec<String>,
    pub wifi_access: Option<WifiAccess>,
    pub printer: Option<bool>,
    pub scanner: Option<bool>,
    /// Kind of place as the source says it ("Médiathèque", "France services", "CCAS"…).
    pub kind: Option<String>,
    /// A short plain description from the source, HTML removed.
    pub description: Option<String>,
    /// The source's own words for what the place offers, for display.
    pub source_terms: Vec<String>,
    /// Every record this place was built from, oldest source first.
    pub provenance: Vec<Provenance>,
}

impl Place {
    pub fn delivery_for(&self, need: Need) -> Delivery {
        self.delivery[need.bit() as usize]
    }

    pub fn add_delivery(&mut self, need: Need, how: Delivery) {
        let slot = &mut self.delivery[need.bit() as usize];
        *slot = slot.union(how);
    }

    /// State a need; it leaves the "to check" set if it was there.
    pub fn confirm_need(&mut self, need: Need) {
        self.needs.insert(need);
        self.needs_to_check = self.needs_to_check.minus(self.needs);
    }

    /// Record a likely need, unless a source already states it.
    pub fn suggest_need(&mut self, need: Need) {
        if !self.needs.contains(need) {
            self.needs_to_check.insert(need);
        }
    }

    /// Add a source term once, keeping the source's order.
    pub fn add_term(&mut self, term: &str) {
        let term = term.trim();
        if !term.is_empty() && !self.source_terms.iter().any(|t| t == term) {
            self.source_terms.push(term.to_string());
        }
    }

    /// Record a former name once, unless it is the current name (case and accents aside).
    pub fn add_former_name(&mut self, name: &str) {
        let name = name.trim();
        let folded = crate::text::fold(name);
        if !folded.is_empty()
            && folded != crate::text::fold(&self.name)
            && !self
                .former_names
                .iter()
                .any(|n| crate::text::fold(n) == folded)
        {
            self.former_names.push(name.to_string());
        }
    }

    /// The most recent update date among the records this place was built from.
    pub fn last_updated(&self) -> Option<NaiveDate> {
        self.provenance.iter().filter_map(|p| p.updated).max()
    }

    pub fn open_to_all(&self) -> Option<bool> {
        if self.publics.iter().any(|p| p == "all") {
            Some(true)
        } else if self.publics.is_empty() {
            None
        } else {
            Some(false)
        }
    }
}
