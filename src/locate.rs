//! Where the person is: from the device (behind the [`Locator`] seam), or picked without
//! typing (a commune, then a well-known spot in it), or found by search for those who can type.
//!
//! The commune list and the spots come from the snapshot itself, so they work offline and
//! cover exactly the area the data covers.

use crate::snapshot::{Snapshot, SnapshotError};
use crate::text::fold;
use std::collections::BTreeMap;

/// Why the device could not say where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocateError {
    /// This device has no position service (desktop).
    Unavailable,
    /// The person did not allow it.
    Denied,
    /// No fix in time (indoors, no signal).
    Timeout,
}

/// A position from the device.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fix {
    pub lat: f64,
    pub lon: f64,
    /// Horizontal accuracy in metres, when known.
    pub accuracy_m: Option<f64>,
}

/// The platform's position service. Desktop has none ([`NoLocator`]); Android and iOS
/// implement it in `platforms/` (fused location / Core Location).
pub trait Locator {
    fn locate(&self) -> Result<Fix, LocateError>;
}

/// A device without a position service.
pub struct NoLocator;

impl Locator for NoLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        Err(LocateError::Unavailable)
    }
}

/// A commune of the snapshot with the centre of its places.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub places: usize,
}

/// A place that names its commune: (name, lat, lon, commune, kind).
type CommunePlace = (String, f64, f64, String, Option<String>);

fn places_with_commune(snap: &Snapshot) -> Result<Vec<CommunePlace>, SnapshotError> {
    let err = |source| SnapshotError::Sqlite {
        path: String::new(),
        source,
    };
    let mut stmt = snap
        .connection()
        .prepare("SELECT name, lat_e6, lon_e6, commune, kind FROM places WHERE commune IS NOT NULL")
        .map_err(err)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)? as f64 / 1e6,
                r.get::<_, i64>(2)? as f64 / 1e6,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .map_err(err)?;
    rows.collect::<Result<_, _>>().map_err(err)
}

/// Communes with at least one place, most places first (ties by name). Names that differ only
/// by case or accents ("ECHIROLLES", "Échirolles") are one commune, shown with the most common
/// spelling that has lowercase letters.
pub fn communes(snap: &Snapshot) -> Result<Vec<Commune>, SnapshotError> {
    // folded name → (spellings with counts, sum lat, sum lon, n)
    let mut groups: BTreeMap<String, (BTreeMap<String, usize>, f64, f64, usize)> = BTreeMap::new();
    for (_, lat, lon, name, _) in places_with_commune(snap)? {
        let g = groups.entry(fold(&name)).or_default();
        *g.0.entry(name).or_default() += 1;
        g.1 += lat;
        g.2 += lon;
        g.3 += 1;
    }
    let mut out: Vec<Commune> = groups
        .into_values()
        .map(|(spellings, slat, slon, n)| {
            let name = spellings
                .iter()
                .max_by_key(|(s, c)| {
                    (
                        s.chars().any(char::is_lowercase),
                        **c,
                        std::cmp::Reverse((*s).clone()),
                    )
                })
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            Commune {
                name,
                lat: slat / n as f64,
                lon: slon / n as f64,
                places: n,
            }
        })
        .collect();
    out.sort_by(|a, b| b.places.cmp(&a.places).then_with(|| a.name.cmp(&b.name)));
    Ok(out)
}

/// A spot people know, to say "I am near here".
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// Well-known spots of a commune: town halls, libraries, France services first (everyone
/// knows them), then the other places, by name.
pub fn spots(snap: &Snapshot, commune: &str) -> Result<Vec<Spot>, SnapshotError> {
    let want = fold(commune);
    let mut found: Vec<(u8, String, Spot)> = Vec::new();
    for (name, lat, lon, c, kind) in places_with_commune(snap)? {
        if fold(&c) != want {
            continue;
        }
        let key = fold(&format!("{name} {}", kind.unwrap_or_default()));
        let rank = if key.contains("mairie") || key.contains("hotel de ville") {
            0
        } else if key.contains("biblio") || key.contains("mediatheque") {
            1
        } else if key.contains("france services") {
            2
        } else {
            3
        };
        found.push((rank, fold(&name), Spot { name, lat, lon }));
    }
    found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    found.dedup_by(|a, b| a.1 == b.1);
    Ok(found.into_iter().map(|(_, _, s)| s).collect())
}
