//! What a helper asks a snapshot: `nearby`, `search`, `show`, `sources`.
//!
//! The questions go through the core's checked entry points (`NearbyQuery::new`,
//! `query::search`), so a number the core cannot answer (a limit of 0, a radius of NaN or
//! -5) ends in the core's own explanation and a failure exit code, never in a panic or a
//! strange answer. Open status is worded by `present::status_text`, as on the app's results
//! screen; JSON output keeps stable keys and raw values for scripts.

use crate::args::{NearbyArgs, SearchArgs, SnapshotArg};
use crate::{open, paris_now, words, Error, Res};
use serde_json::json;
use toutpres::hours::OpenStatus;
use toutpres::i18n::strip_isolation;
use toutpres::need::{Need, NeedSet};
use toutpres::present;
use toutpres::query::{self, Constraints, NearbyHit, NearbyQuery};

pub fn nearby(a: NearbyArgs) -> Res {
    let needs: NeedSet = a
        .need
        .iter()
        .flat_map(|s| s.split(','))
        .map(parse_need)
        .collect::<Result<_, _>>()?;
    let q = NearbyQuery::new(
        a.lat,
        a.lon,
        needs,
        a.at.unwrap_or_else(paris_now),
        a.radius,
        a.limit,
    )?
    .with_constraints(Constraints {
        open_now: a.open_now,
        free: a.free,
        no_appointment: a.no_appointment,
        open_to_all: a.open_to_all,
        wheelchair: a.wheelchair,
        confirmed_only: a.confirmed_only,
    });
    let snapshot = open(&a.snap)?;
    let res = query::nearby(&snapshot, &q)?;
    if a.json {
        let out = json!({
            "at": q.at().to_string(),
            "results": res.hits.iter().map(hit_json).collect::<Vec<_>>(),
            "nearest_beyond_radius": res.nearest_beyond.as_ref().map(hit_json),
        });
        say!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    let tr = words();
    for h in &res.hits {
        let check = if h.to_check.is_empty() {
            String::new()
        } else {
            format!(" [to check: {}]", h.to_check.ids().join(","))
        };
        let status = strip_isolation(&present::status_text(&tr, &h.status, q.at()));
        say!(
            "{:>6.0} m  {:>3} min  {:<28} {}{} — {}",
            h.distance_m,
            h.walk_minutes,
            status,
            h.place.name,
            check,
            h.place.commune.as_deref().unwrap_or("")
        );
    }
    if let Some(b) = &res.nearest_beyond {
        say!(
            "Nothing within {:.0} m. The nearest is {} ({}), {:.1} km away.",
            q.radius_m(),
            b.place.name,
            b.place.commune.as_deref().unwrap_or(""),
            b.distance_m / 1000.0
        );
    } else if res.hits.is_empty() {
        say!("No place meets these needs in this snapshot.");
    }
    Ok(())
}

pub fn search(a: SearchArgs) -> Res {
    let near = match &a.near {
        Some(s) => {
            let (lat, lon) = s.split_once(',').ok_or("--near takes LAT,LON")?;
            Some((lat.trim().parse::<f64>()?, lon.trim().parse::<f64>()?))
        }
        None => None,
    };
    let snapshot = open(&a.snap)?;
    let hits = query::search(&snapshot, &a.text, near, a.limit)?;
    if a.json {
        let out: Vec<_> = hits
            .iter()
            .map(|h| {
                json!({"key": h.place.key, "name": h.place.name, "commune": h.place.commune, "lat": h.place.lat,
                       "lon": h.place.lon, "distance_m": h.distance_m, "needs": h.place.needs.ids(),
                       "needs_to_check": h.place.needs_to_check.ids(), "helps": h.helps})
            })
            .collect();
        say!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    for h in &hits {
        let d = h
            .distance_m
            .map(|d| format!("{:>6.0} m  ", d))
            .unwrap_or_default();
        // What the words asked that this place helps with; nothing for a match by name.
        let helps = match &h.helps {
            Some(x) => {
                let mut said: Vec<String> = x.needs.ids().iter().map(|s| s.to_string()).collect();
                said.extend(x.to_check.ids().iter().map(|s| format!("{s} (to check)")));
                said.extend(x.procedures.iter().map(|p| p.id().to_string()));
                format!("  helps: {}", said.join(", "))
            }
            None => String::new(),
        };
        say!(
            "{d}{} — {} [{}]{helps}",
            h.place.name,
            h.place.commune.as_deref().unwrap_or(""),
            h.place.needs.ids().join(",")
        );
    }
    if hits.is_empty() {
        say!("No place matches '{}'.", a.text);
    }
    Ok(())
}

pub fn show(place: &str, json: bool, snap: &SnapshotArg) -> Res {
    let snapshot = open(snap)?;
    let id = match place.parse::<u32>() {
        Ok(id) => Some(id),
        Err(_) => snapshot.find_by_key(place)?,
    };
    let p = match id {
        Some(id) => snapshot.place(id)?,
        None => None,
    }
    .ok_or_else(|| format!("no place '{place}' in this snapshot"))?;
    if json {
        say!("{}", serde_json::to_string_pretty(&p)?);
        return Ok(());
    }
    say!("{} ({})", p.name, p.id);
    if !p.former_names.is_empty() {
        say!("  {:<10} {}", "formerly", p.former_names.join(", "));
    }
    for (k, v) in [
        ("address", p.address.clone()),
        ("postcode", p.postcode.clone()),
        ("commune", p.commune.clone()),
        ("phone", p.phone.clone()),
        ("email", p.email.clone()),
        ("website", p.website.clone()),
        (
            "hours",
            p.hours
                .osm
                .clone()
                .or_else(|| p.hours.text.clone().map(|t| format!("unknown ({t})"))),
        ),
        ("kind", p.kind.clone()),
    ] {
        say!("  {k:<10} {}", v.unwrap_or_else(|| "unknown".into()));
    }
    say!("  {:<10} {}", "needs", p.needs.ids().join(", "));
    say!("  {:<10} {}", "to check", p.needs_to_check.ids().join(", "));
    say!("  {:<10} {}", "fees", or_unknown(p.fees.names()));
    say!("  {:<10} {}", "access", or_unknown(p.access.names()));
    say!(
        "  {:<10} {}",
        "publics",
        or_unknown(p.publics.iter().map(String::as_str).collect())
    );
    for pr in &p.provenance {
        say!(
            "  source     {}:{} (updated {})",
            pr.source,
            pr.record_id,
            pr.updated
                .map(|d| d.to_string())
                .unwrap_or_else(|| "unknown".into())
        );
    }
    Ok(())
}

pub fn sources(snap: &SnapshotArg) -> Res {
    let snapshot = open(snap)?;
    let m = snapshot.meta();
    say!(
        "{}: {} places, data version {}, built {}",
        m.region,
        m.place_count,
        m.data_version,
        m.build_date
    );
    for s in snapshot.sources()? {
        say!(
            "- {} ({} of {} rows kept): {}. Licence: {} <{}>",
            s.info.name,
            s.rows_kept,
            s.rows_read,
            s.info.attribution,
            s.info.licence,
            s.info.licence_url
        );
    }
    Ok(())
}

fn parse_need(id: &str) -> Result<Need, Error> {
    Need::from_id(id).ok_or_else(|| {
        let known: Vec<&str> = Need::ALL.iter().map(|n| n.id()).collect();
        format!("unknown need '{id}' (known: {})", known.join(", ")).into()
    })
}

fn status_json(s: &OpenStatus) -> serde_json::Value {
    match s {
        OpenStatus::Open { until } => {
            json!({"state": "open", "until": until.map(|t| t.to_string())})
        }
        OpenStatus::Closed { opens } => {
            json!({"state": "closed", "opens": opens.map(|t| t.to_string())})
        }
        OpenStatus::Unknown => json!({"state": "unknown"}),
        OpenStatus::HolidayMaybeClosed => json!({"state": "holiday-maybe-closed"}),
    }
}

fn hit_json(h: &NearbyHit) -> serde_json::Value {
    json!({
        "key": h.place.key,
        "name": h.place.name,
        "commune": h.place.commune,
        "lat": h.place.lat,
        "lon": h.place.lon,
        "distance_m": (h.distance_m * 10.0).round() / 10.0,
        "walk_minutes": h.walk_minutes,
        "status": status_json(&h.status),
        "needs_met": h.met.ids(),
        "needs_to_check": h.to_check.ids(),
        "hours_text": h.place.hours.text,
    })
}

fn or_unknown(v: Vec<&str>) -> String {
    if v.is_empty() {
        "unknown".into()
    } else {
        v.join(", ")
    }
}
