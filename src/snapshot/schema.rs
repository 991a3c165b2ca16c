//! What a snapshot of the current format ([`FORMAT_VERSION`]) is made of: the file's marks, the tables, the blob names and the
//! meaning of the filter byte. The writer, the reader and the delta rebuild all take the format
//! from here, so that a change to it is made once.

use crate::need::Need;
use crate::place::{Delivery, Place, WifiAccess};
use crate::procedure::Procedure;
use serde::{Deserialize, Serialize};

/// Version of the schema below. Bump on any incompatible change; the app refuses a snapshot
/// whose format it does not know. 2: `places.former_names`, also in the full-text index.
pub const FORMAT_VERSION: u32 = 2;
/// SQLite `application_id` marking a Tout près snapshot ("TPrs").
pub const APPLICATION_ID: i32 = 0x5450_7273;

/// Settings of a database being written: 4 KiB pages (part of the file's bytes), and no journal
/// nor sync, since a failed write is thrown away whole.
pub(crate) const WRITE_PRAGMAS: &str =
    "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";

/// What one schema statement creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Creates {
    /// An ordinary table, by name.
    Table(&'static str),
    /// A virtual table (it creates its own shadow tables), by name.
    Virtual(&'static str),
    /// An index on the named table.
    Index(&'static str),
}

/// The schema, statement by statement, in the order the writer runs them. The text is part of
/// the file (SQLite keeps it in `sqlite_schema`), so it must never change within a format.
pub(crate) const STATEMENTS: [(Creates, &str); 9] = [
    (
        Creates::Table("meta"),
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    ),
    (
        Creates::Table("needs"),
        "CREATE TABLE needs(bit INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label_fr TEXT NOT NULL, pictogram TEXT NOT NULL)",
    ),
    (
        Creates::Table("sources"),
        "CREATE TABLE sources(
  id TEXT PRIMARY KEY, name TEXT NOT NULL, licence TEXT NOT NULL, licence_url TEXT NOT NULL,
  attribution TEXT NOT NULL, origin TEXT NOT NULL, rows_read INTEGER NOT NULL, rows_kept INTEGER NOT NULL
) WITHOUT ROWID",
    ),
    (
        Creates::Table(PLACES),
        "CREATE TABLE places(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT, postcode TEXT, commune TEXT,
  lat_e6 INTEGER NOT NULL, lon_e6 INTEGER NOT NULL,
  needs INTEGER NOT NULL, needs_to_check INTEGER NOT NULL,
  hours_osm TEXT, hours_text TEXT,
  phone TEXT, email TEXT, website TEXT,
  fees INTEGER NOT NULL, access INTEGER NOT NULL,
  wheelchair INTEGER, wifi_access TEXT, printer INTEGER, scanner INTEGER,
  kind TEXT, updated TEXT,
  former_names TEXT
)",
    ),
    (
        Creates::Table("details"),
        "CREATE TABLE details(place INTEGER PRIMARY KEY, json TEXT NOT NULL)",
    ),
    (
        Creates::Table("provenance"),
        "CREATE TABLE provenance(
  place INTEGER NOT NULL, ord INTEGER NOT NULL, source TEXT NOT NULL, record_id TEXT NOT NULL, updated TEXT,
  PRIMARY KEY(place, ord)
) WITHOUT ROWID",
    ),
    (
        Creates::Index("provenance"),
        "CREATE INDEX provenance_by_record ON provenance(source, record_id)",
    ),
    (
        Creates::Virtual("places_fts"),
        "CREATE VIRTUAL TABLE places_fts USING fts5(
  name, commune, address, former_names, content='places', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', detail='column', columnsize=0
)",
    ),
    (
        Creates::Table(BLOBS),
        "CREATE TABLE blobs(name TEXT NOT NULL UNIQUE, data BLOB NOT NULL)",
    ),
];

/// The table of places: the full-text index reads it, the other place tables point to it.
pub(crate) const PLACES: &str = "places";
/// The table of named blobs (trees and filters).
pub(crate) const BLOBS: &str = "blobs";
/// Tables whose rows belong to one place, with the column holding the place id.
pub(crate) const PLACE_TABLES: [(&str, &str); 3] = [
    (PLACES, "id"),
    ("details", "place"),
    ("provenance", "place"),
];

/// The `CREATE TABLE` of an ordinary table.
pub(crate) fn table_ddl(table: &str) -> Option<&'static str> {
    STATEMENTS
        .iter()
        .find(|(c, _)| matches!(c, Creates::Table(t) if *t == table))
        .map(|(_, sql)| *sql)
}

/// The `CREATE INDEX` statements on `table`, in schema order.
pub(crate) fn indexes_on(table: &str) -> impl Iterator<Item = &'static str> + '_ {
    STATEMENTS
        .iter()
        .filter(move |(c, _)| matches!(c, Creates::Index(t) if *t == table))
        .map(|(_, sql)| *sql)
}

/// The blob holding one filter byte per place (see [`filter`]).
pub const FILTERS_BLOB: &str = "filters";
/// Prefix of the blob holding the tree of the places stating a need.
const TREE_PREFIX: &str = "tree:";
/// Prefix of the blob holding the tree of the places where a need is only likely.
const TREE_TO_CHECK_PREFIX: &str = "tree-to-check:";

/// One tree per need, stated or to check.
pub(crate) const TREE_SLOTS: usize = 16;

/// Where a need's tree sits among the [`TREE_SLOTS`]: 0..8 stated, 8..16 to check.
pub(crate) fn tree_slot(need: Need, to_check: bool) -> usize {
    need.bit() as usize + if to_check { 8 } else { 0 }
}

/// The blob name of a need's tree: `tree:<need>` or `tree-to-check:<need>`.
pub fn tree_name(need: Need, to_check: bool) -> String {
    let prefix = if to_check {
        TREE_TO_CHECK_PREFIX
    } else {
        TREE_PREFIX
    };
    format!("{prefix}{}", need.id())
}

/// What a blob of the `blobs` table holds, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlobName {
    /// The filter bytes.
    Filters,
    /// A need's k-d tree ([`crate::spatial::Tree`]).
    Tree { need: Need, to_check: bool },
    /// A blob this app does not make itself.
    Other,
}

impl BlobName {
    pub fn parse(name: &str) -> BlobName {
        let tree =
            |id: &str, to_check| Need::from_id(id).map(|need| BlobName::Tree { need, to_check });
        if name == FILTERS_BLOB {
            return BlobName::Filters;
        }
        name.strip_prefix(TREE_TO_CHECK_PREFIX)
            .and_then(|id| tree(id, true))
            .or_else(|| {
                name.strip_prefix(TREE_PREFIX)
                    .and_then(|id| tree(id, false))
            })
            .unwrap_or(BlobName::Other)
    }
}

/// The parts of a place that live in `details` (lists and long text).
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Details {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) delivery: Vec<(String, Vec<String>)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) publics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) terms: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
    /// The procedures the place's sources say it helps with ([`crate::procedure::stated_by`]).
    /// Added within format 1: older readers ignore a field they do not know.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) procedures: Vec<Procedure>,
}

impl Details {
    pub(crate) fn of(p: &Place) -> Details {
        Details {
            delivery: Need::ALL
                .iter()
                .filter(|n| !p.delivery_for(**n).is_empty())
                .map(|n| {
                    (
                        n.id().to_string(),
                        p.delivery_for(*n)
                            .names()
                            .iter()
                            .map(|s| s.to_string())
                            .collect(),
                    )
                })
                .collect(),
            publics: p.publics.clone(),
            languages: p.languages.clone(),
            terms: p.source_terms.clone(),
            description: p.description.clone(),
            procedures: crate::procedure::stated_by(&p.source_terms, p.kind.as_deref()),
        }
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.delivery.is_empty()
            && self.publics.is_empty()
            && self.languages.is_empty()
            && self.terms.is_empty()
            && self.description.is_none()
            && self.procedures.is_empty()
    }
}

impl Details {
    /// Put what `details` holds back into a place (unknown needs or ways are left out).
    pub(crate) fn fill(self, p: &mut Place) {
        for (need_id, hows) in self.delivery {
            if let Some(need) = Need::from_id(&need_id) {
                for how in hows {
                    if let Some((flag, _)) = Delivery::NAMES.iter().find(|(_, n)| *n == how) {
                        p.add_delivery(need, *flag);
                    }
                }
            }
        }
        p.publics = self.publics;
        p.languages = self.languages;
        p.source_terms = self.terms;
        p.description = self.description;
    }
}

/// How `places.former_names` holds a place's former names: one per line (names are cleaned
/// text, never with a line break; the full-text index splits words there too), NULL for none.
pub(crate) fn former_names_cell(names: &[String]) -> Option<String> {
    (!names.is_empty()).then(|| names.join("\n"))
}

pub(crate) fn former_names_from(cell: Option<String>) -> Vec<String> {
    cell.map(|c| {
        c.lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// How `places.wifi_access` spells each way in.
pub(crate) fn wifi_access_name(w: WifiAccess) -> &'static str {
    match w {
        WifiAccess::Open => "open",
        WifiAccess::CodeAtDesk => "code_at_desk",
        WifiAccess::Registration => "registration",
        WifiAccess::Paid => "paid",
        WifiAccess::Customers => "customers",
    }
}

pub(crate) fn wifi_access_from(s: &str) -> Option<WifiAccess> {
    Some(match s {
        "open" => WifiAccess::Open,
        "code_at_desk" => WifiAccess::CodeAtDesk,
        "registration" => WifiAccess::Registration,
        "paid" => WifiAccess::Paid,
        "customers" => WifiAccess::Customers,
        _ => return None,
    })
}

/// Bits of the per-place filter byte kept in memory for constrained queries.
pub mod filter {
    pub const FREE: u8 = 1;
    pub const WALK_IN: u8 = 2;
    pub const OPEN_TO_ALL: u8 = 4;
    pub const WHEELCHAIR: u8 = 8;
    pub const HAS_HOURS: u8 = 16;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_names_read_back() {
        for need in Need::ALL {
            for to_check in [false, true] {
                assert_eq!(
                    BlobName::parse(&tree_name(need, to_check)),
                    BlobName::Tree { need, to_check }
                );
            }
        }
        assert_eq!(BlobName::parse(FILTERS_BLOB), BlobName::Filters);
        assert_eq!(BlobName::parse("tree:nothing"), BlobName::Other);
    }

    #[test]
    fn every_place_table_and_index_is_in_the_schema() {
        for (table, _) in PLACE_TABLES {
            assert!(table_ddl(table).is_some(), "{table}");
        }
        assert!(table_ddl(BLOBS).is_some());
        assert_eq!(indexes_on("provenance").count(), 1);
        assert_eq!(indexes_on(PLACES).count(), 0);
    }
}
