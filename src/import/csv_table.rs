//! A CSV file read leniently, shared by the CSV importers (national schema, France services,
//! libraries), and the row loop they share: [`CsvTable::import_rows`].

use super::{
    collect_rows, format_error, strip_bom, Import, ImportError, ImportReport, SeenIds, SourceInfo,
};
use crate::place::Place;
use std::collections::HashMap;

/// A CSV file read leniently: ragged rows allowed, header names trimmed and matched
/// case-insensitively, invalid UTF-8 replaced (and flagged on the row).
pub(crate) struct CsvTable {
    columns: HashMap<String, usize>,
    rows: Vec<CsvRow>,
}

struct CsvRow {
    fields: Vec<String>,
    /// The row had bytes that are not UTF-8 (replaced by U+FFFD).
    invalid_utf8: bool,
    /// The CSV reader could not read the row at all.
    error: Option<String>,
}

/// One readable data row of a [`CsvTable`].
#[derive(Clone, Copy)]
pub(crate) struct RowView<'t> {
    table: &'t CsvTable,
    fields: &'t CsvRow,
    /// 1-based row number in the source (data rows, header excluded).
    pub row: usize,
}

impl<'t> RowView<'t> {
    /// The row's value for a column; empty when the column or the value is missing.
    pub fn get(&self, column: &str) -> &'t str {
        self.table
            .columns
            .get(&column.to_lowercase())
            .and_then(|&i| self.fields.fields.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether the table has the column.
    pub fn has(&self, column: &str) -> bool {
        self.table.columns.contains_key(&column.to_lowercase())
    }
}

impl CsvTable {
    /// Read the whole table. Errors: empty input, or a header lacking one of `required`.
    pub fn read(
        input: &[u8],
        delimiter: u8,
        path: &str,
        format: &'static str,
        required: &[&str],
    ) -> Result<CsvTable, ImportError> {
        let input = strip_bom(input);
        if input.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(format_error(path, format, "empty file"));
        }
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(true)
            .from_reader(input);
        let headers = reader
            .byte_headers()
            .map_err(|e| format_error(path, format, &format!("unreadable header: {e}")))?
            .clone();
        let mut columns = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            let name = String::from_utf8_lossy(h).trim().to_lowercase();
            columns.entry(name).or_insert(i);
        }
        let missing: Vec<&str> = required
            .iter()
            .filter(|c| !columns.contains_key(&c.to_lowercase()))
            .copied()
            .collect();
        if !missing.is_empty() {
            return Err(format_error(
                path,
                format,
                &format!("header lacks column(s) {}", missing.join(", ")),
            ));
        }
        let mut rows = Vec::new();
        for record in reader.byte_records() {
            match record {
                Ok(rec) => {
                    let mut invalid_utf8 = false;
                    let fields = rec
                        .iter()
                        .map(|f| match std::str::from_utf8(f) {
                            Ok(s) => s.to_string(),
                            Err(_) => {
                                invalid_utf8 = true;
                                String::from_utf8_lossy(f).into_owned()
                            }
                        })
                        .collect();
                    rows.push(CsvRow {
                        fields,
                        invalid_utf8,
                        error: None,
                    });
                }
                Err(e) => rows.push(CsvRow {
                    fields: Vec::new(),
                    invalid_utf8: false,
                    error: Some(e.to_string()),
                }),
            }
        }
        Ok(CsvTable { columns, rows })
    }

    /// The row loop of the CSV importers ([`collect_rows`] over the table): every row is counted
    /// as read; a row the reader could not read is skipped with its reason; a row whose
    /// `record_id` was seen before is skipped as a duplicate; every other row is handed to `map`
    /// with its record id (`row-N` when it has none, with `no_id` noted as a repair) and the
    /// repairs made so far (also bytes that are not UTF-8 replaced), which `map` reports with its
    /// own when it keeps the place.
    pub fn import_rows(
        &self,
        source: SourceInfo,
        record_id: impl Fn(RowView<'_>) -> Option<String>,
        no_id: &str,
        mut map: impl FnMut(
            RowView<'_>,
            String,
            Vec<String>,
            &SourceInfo,
            &mut ImportReport,
        ) -> Option<Place>,
    ) -> Import {
        let mut seen = SeenIds::default();
        collect_rows(source, &self.rows, |fields, row, source, report| {
            if let Some(err) = &fields.error {
                report.skip(row, None, format!("unreadable row: {err}"));
                return None;
            }
            let mut repairs = Vec::new();
            if fields.invalid_utf8 {
                repairs.push("bytes that are not UTF-8 were replaced".to_string());
            }
            let view = RowView {
                table: self,
                fields,
                row,
            };
            let id = seen.claim(record_id(view), row, no_id, &mut repairs, report)?;
            map(view, id, repairs, source, report)
        })
    }
}
