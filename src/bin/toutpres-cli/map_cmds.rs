//! The offline map: `map-layer` builds the layer from the street files and says what it kept
//! and how large it is; `map-svg` draws one view and says how long it took.

use crate::args::MapSvgArgs;
use crate::Res;
use std::path::Path;
use std::time::Instant;
use toutpres::i18n::{Lang, Tr};
use toutpres::map::{build_from_dir, render_svg, BuildOptions, MapLayer, Marker, Person, View};
use toutpres::Need;

pub fn layer(streets: &Path, out: &Path, tolerance: f64, area: Option<&str>) -> Res {
    let mut opts = BuildOptions {
        tolerance_m: tolerance,
        ..BuildOptions::default()
    };
    if let Some(area) = area {
        let v: Vec<f64> = area
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| "--area is SOUTH,WEST,NORTH,EAST in degrees")?;
        let [south, west, north, east] = v[..] else {
            return Err("--area is SOUTH,WEST,NORTH,EAST in degrees".into());
        };
        if !(-90.0..=90.0).contains(&south)
            || !(-90.0..=90.0).contains(&north)
            || south >= north
            || !(-180.0..=180.0).contains(&west)
            || !(-180.0..=180.0).contains(&east)
            || west >= east
        {
            return Err(format!(
                "--area {area}: not a box on the Earth (south < north, west < east)"
            )
            .into());
        }
        opts = BuildOptions {
            south,
            west,
            north,
            east,
            origin: ((south + north) / 2.0, (west + east) / 2.0),
            ..opts
        };
    }
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

/// The map screen's figures (BENCHMARKS.md, "The offline map layer"): reading the layer, then
/// drawing the screen's 420 × 480 picture at each zoom level around several positions, with
/// the nearest places as markers and the way to one, as the app does; and the street index.
pub fn bench(layer_path: &Path, rounds: usize) -> Res {
    let bytes = std::fs::read(layer_path)?;
    let t = Instant::now();
    let layer = MapLayer::decode(&bytes)?;
    say!("read the layer: {:.1} ms", ms(t.elapsed()));
    let tr = Tr::new(Lang::Fr);
    // The station, the old town, Villeneuve, Saint-Martin-d'Hères campus, Échirolles centre.
    let positions = [
        (45.1913, 5.7146),
        (45.1925, 5.7290),
        (45.1590, 5.7330),
        (45.1920, 5.7680),
        (45.1450, 5.7180),
    ];
    say!("draw a 420 × 480 view (the map screen), {rounds} rounds per zoom and position:");
    say!("  m/px   median ms   slowest ms   SVG bytes (median)");
    for mpp in toutpres::map::ZOOM_LEVELS {
        let mut times = Vec::new();
        let mut sizes = Vec::new();
        for &(lat, lon) in &positions {
            let view = View {
                lat,
                lon,
                metres_per_pixel: mpp,
                width: 420,
                height: 480,
                person: Some(Person {
                    lat,
                    lon,
                    label: "Vous êtes ici".into(),
                }),
                markers: (0..8)
                    .map(|i| Marker {
                        lat: lat + 0.002 * f64::from(i % 3) - 0.002,
                        lon: lon + 0.003 * f64::from(i / 3) - 0.003,
                        label: format!("Lieu {i}"),
                        need: Need::Wifi,
                        text: String::new(),
                    })
                    .collect(),
                route_to: Some((lat + 0.002, lon)),
                markers_above: true,
                label: "Plan des rues".into(),
            };
            for _ in 0..rounds {
                let t = Instant::now();
                let svg = render_svg(&layer, &view, &tr);
                times.push(ms(t.elapsed()));
                sizes.push(svg.len());
            }
        }
        times.sort_by(f64::total_cmp);
        sizes.sort_unstable();
        say!(
            "  {mpp:>4}   {:>9.1}   {:>10.1}   {:>9}",
            times[times.len() / 2],
            times[times.len() - 1],
            sizes[sizes.len() / 2]
        );
    }
    let t = Instant::now();
    let index = toutpres::map::StreetIndex::new(&layer);
    say!(
        "street index: {} streets in {:.1} ms",
        index.len(),
        ms(t.elapsed())
    );
    let t = Instant::now();
    let mut found = 0;
    for typed in [
        "cours berriat",
        "rue",
        "avenue jean",
        "place notre dame",
        "zzz",
    ] {
        found += index.find(typed, 5).len();
    }
    say!(
        "5 searches of typed street names: {:.2} ms ({found} streets found)",
        ms(t.elapsed())
    );
    Ok(())
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
