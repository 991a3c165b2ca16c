//! Helpers shared by the importers' tests.

use super::{Action, Import, ImportError, ImportReport};
use crate::place::Place;
use serde_json::Value;

/// An importer's `parse` function.
pub(crate) type Parse = fn(&[u8], &str) -> Result<Import, ImportError>;

/// Bytes in no format at all: every byte value, scrambled.
pub(crate) fn garbage() -> Vec<u8> {
    (0..3000u32).map(|i| (i * 7919 % 257) as u8).collect()
}

/// A valid header, then rows of [`garbage`].
pub(crate) fn header_then_garbage(head: &str) -> Vec<u8> {
    let mut bytes = head.as_bytes().to_vec();
    bytes.extend(garbage());
    bytes
}

/// Every row read is either kept or skipped, and every kept row is a place.
pub(crate) fn counts_add_up(import: &Import) {
    let r = &import.report;
    assert_eq!(r.read, r.kept + r.skipped, "{r}");
    assert_eq!(r.kept, import.places.len());
}

/// The place whose record id (in the import's source) is `id`.
pub(crate) fn place<'a>(import: &'a Import, id: &str) -> &'a Place {
    let id = format!("{}:{id}", import.source.id);
    import
        .places
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no place {id}"))
}

/// Why the record `id` was skipped, if it was.
pub(crate) fn skip_reason<'r>(report: &'r ImportReport, id: &str) -> Option<&'r str> {
    report
        .issues
        .iter()
        .find(|i| i.action == Action::Skipped && i.record_id.as_deref() == Some(id))
        .map(|i| i.reason.as_str())
}

/// The JSON object `base` with the fields of `extra` added or replaced.
pub(crate) fn with_fields(mut base: Value, extra: Value) -> Value {
    let obj = base.as_object_mut().unwrap();
    for (k, v) in extra.as_object().unwrap() {
        obj.insert(k.clone(), v.clone());
    }
    base
}

/// Import `rows`, written as a JSON array, with `parse`.
pub(crate) fn run_json(parse: Parse, rows: Vec<Value>) -> Import {
    let bytes = serde_json::to_vec(&Value::Array(rows)).unwrap();
    parse(&bytes, "inline.json").expect("an array parses")
}

/// The place imported from a JSON array of the one record `row`.
pub(crate) fn one_json(parse: Parse, row: Value) -> Place {
    let import = run_json(parse, vec![row]);
    assert_eq!(import.places.len(), 1, "{:?}", import.report);
    import.places.into_iter().next().unwrap()
}
