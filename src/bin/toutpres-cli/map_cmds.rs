//! The offline map: `map-layer` builds the layer from the street files and says what it kept
//! and how large it is; `map-svg` draws one view and says how long it took.

use crate::args::MapSvgArgs;
use crate::Res;
use std::path::Path;
use std::time::Instant;
use toutpres::i18n::{Lang, Tr};
use toutpres::map::{build_from_dir, render_svg, BuildOptions, MapLayer, Marker, Person, View};
use toutpres::Need;

pub fn layer(streets: &Path, out: &Path, tolerance: f64) -> Res {
    let opts = BuildOptions {
        tolerance_m: tolerance,
        ..BuildOptions::default()
    };
    let t = Instant::now();
    let (layer, fig) = build_from_dir(streets, &opts)?;
    let bytes = layer.encode();
    let built = t.elapsed();
    let zstd = zstd::bulk::compress(&bytes, 19)?.len();
    std::fs::write(out, &bytes)?;
    say!(
        "roads: {} read ({} lines, {} once joined), {} kept; water areas: {} read, {} kept; points: {} read, {} kept; {} street names",
        fig.roads_read,
        fig.lines_read,
        fig.lines_after_joining,
        fig.roads_kept,
        fig.water_read,
        fig.water_kept,
        fig.points_read,
        fig.points_kept,
        fig.names
    );
    say!(
        "layer: {} bytes raw, {} bytes with zstd -19; built in {:.2} s",
        bytes.len(),
        zstd,
        built.as_secs_f64()
    );
    say!("wrote {}", out.display());
    Ok(())
}

pub fn svg(a: MapSvgArgs) -> Res {
    let (w, h) = a
        .size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        .ok_or("--size is WIDTHxHEIGHT, e.g. 800x600")?;
    let mut markers = Vec::new();
    for m in &a.markers {
        let mut parts = m.splitn(4, ',');
        let mut next = || parts.next().ok_or("--marker is LAT,LON,NEED,LABEL");
        let (lat, lon, need, label) = (next()?, next()?, next()?, next()?);
        markers.push(Marker {
            lat: lat.trim().parse()?,
            lon: lon.trim().parse()?,
            need: Need::from_id(need.trim()).ok_or_else(|| format!("unknown need {need}"))?,
            label: label.to_string(),
            text: (markers.len() + 1).to_string(),
        });
    }
    let bytes = std::fs::read(&a.layer)?;
    let t = Instant::now();
    let layer = MapLayer::decode(&bytes)?;
    let decoded = t.elapsed();
    let view = View {
        lat: a.lat,
        lon: a.lon,
        metres_per_pixel: a.metres_per_pixel,
        width: w,
        height: h,
        person: Some(Person {
            lat: a.lat,
            lon: a.lon,
            label: "You are here".to_string(),
        }),
        route_to: None,
        markers_above: false,
        label: "Street map".into(),
        markers,
    };
    let tr = Tr::new(Lang::En);
    let t = Instant::now();
    let svg = render_svg(&layer, &view, &tr);
    let took = t.elapsed();
    std::fs::write(&a.out, &svg)?;
    say!(
        "layer read in {:.1} ms; rendered {w}x{h} at {} m/px in {:.1} ms: {} bytes, wrote {}",
        decoded.as_secs_f64() * 1000.0,
        a.metres_per_pixel,
        took.as_secs_f64() * 1000.0,
        svg.len(),
        a.out.display()
    );
    Ok(())
}
