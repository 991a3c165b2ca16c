//! The map layer: streets and water of one area, simplified, quantised and delta-encoded.
//!
//! # Format (version 1)
//!
//! Every integer is a LEB128 varint; signed ones are zigzag-encoded first. Text is a varint
//! length then UTF-8 bytes.
//!
//! ```text
//! "TPMP" version(u8 = 1)
//! header:  origin_lat_e7 (signed) origin_lon_e7 (signed) grid_cm
//!          min_x min_y max_x max_y (signed, grid units)  attribution  licence
//! names:   count, then each name (sorted, each once)
//! roads:   count, then each: kind byte (class | structure << 2), name (0 = none, else index + 1),
//!          point count (≥ 2), points
//! water:   count, then each: ring count (≥ 1, the first is the outer ring), then each ring:
//!          point count (≥ 3), points
//! ```
//!
//! Points are grid cells (`grid_cm` centimetres) of a local equirectangular projection around
//! the origin: x east, y north. Each point is stored as the difference from the point written
//! just before it, in the whole file (so a road that starts where the last one ended costs two
//! bytes for its first point). Rings are stored open (the last point is not the first again).
//! Nothing follows the water section: trailing bytes are refused.

use geo::{BooleanOps, BoundingRect, Coord, LineString, MultiLineString, Polygon, Rect, Simplify};
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

const MAGIC: &[u8; 4] = b"TPMP";
/// The format's version; a reader refuses any other.
pub const VERSION: u8 = 1;
/// Metres per degree of latitude on the sphere of [`crate::spatial::EARTH_RADIUS_M`].
const M_PER_DEG: f64 = crate::spatial::EARTH_RADIUS_M * std::f64::consts::PI / 180.0;

/// A point in grid units of the layer's projection.
pub type GridPoint = (i32, i32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoadClass {
    Minor = 0,
    Major = 1,
    Highway = 2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Structure {
    Normal = 0,
    Bridge = 1,
    Tunnel = 2,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Road {
    pub class: RoadClass,
    pub structure: Structure,
    /// Index in [`MapLayer::names`].
    pub name: Option<u32>,
    pub points: Vec<GridPoint>,
}

/// A water area: the outer ring first, then its holes (islands).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Water {
    pub rings: Vec<Vec<GridPoint>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapLayer {
    /// The projection's centre, in 1e-7 degrees.
    pub origin_lat_e7: i32,
    pub origin_lon_e7: i32,
    /// Size of a grid cell in centimetres.
    pub grid_cm: u32,
    /// The area kept, in grid units: `(min_x, min_y, max_x, max_y)`.
    pub bounds: (i32, i32, i32, i32),
    /// Shown on every map drawn from the layer (the licence asks for it).
    pub attribution: String,
    pub licence: String,
    pub names: Vec<String>,
    pub roads: Vec<Road>,
    pub water: Vec<Water>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LayerError {
    #[error("not a map layer (bad magic bytes)")]
    BadMagic,
    #[error("map layer version {0} is not supported (this app reads version {VERSION})")]
    UnsupportedVersion(u8),
    #[error("map layer is truncated")]
    Truncated,
    #[error("map layer is malformed: {0}")]
    Malformed(&'static str),
    #[error("cannot read the street files: {0}")]
    Source(String),
}

impl MapLayer {
    /// Metres per grid unit.
    pub fn grid_m(&self) -> f64 {
        f64::from(self.grid_cm) / 100.0
    }

    /// A position in grid units (not rounded).
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (x, y) = metres_from(self.origin_lat_e7, self.origin_lon_e7, lat, lon);
        let g = self.grid_m();
        (x / g, y / g)
    }

    /// The position of a point in grid units: the inverse of [`MapLayer::project`].
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        let (lat0, lon0) = (
            f64::from(self.origin_lat_e7) / 1e7,
            f64::from(self.origin_lon_e7) / 1e7,
        );
        let g = self.grid_m();
        (
            lat0 + y * g / M_PER_DEG,
            lon0 + x * g / (M_PER_DEG * lat0.to_radians().cos()),
        )
    }

    /// Whether the layer has streets at this position (inside the area it was clipped to).
    pub fn covers(&self, lat: f64, lon: f64) -> bool {
        let (x, y) = self.project(lat, lon);
        let (x0, y0, x1, y1) = self.bounds;
        !self.roads.is_empty()
            && (f64::from(x0)..=f64::from(x1)).contains(&x)
            && (f64::from(y0)..=f64::from(y1)).contains(&y)
    }

    /// A layer with no streets, centred on a position: where no street layer covers the
    /// person, the map still shows the places by direction and distance on a plain background.
    pub fn plain(lat: f64, lon: f64) -> MapLayer {
        let e7 = |v: f64| (v.clamp(-180.0, 180.0) * 1e7).round() as i32;
        MapLayer {
            origin_lat_e7: e7(lat.clamp(-85.0, 85.0)),
            origin_lon_e7: e7(lon),
            grid_cm: 100,
            bounds: (0, 0, 0, 0),
            attribution: String::new(),
            licence: String::new(),
            names: Vec::new(),
            roads: Vec::new(),
            water: Vec::new(),
        }
    }

    pub fn name(&self, road: &Road) -> Option<&str> {
        road.name
            .and_then(|i| self.names.get(i as usize))
            .map(String::as_str)
    }

    /// The layer as bytes (see the module doc). Same layer, same bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.out.extend_from_slice(MAGIC);
        w.out.push(VERSION);
        w.int(i64::from(self.origin_lat_e7));
        w.int(i64::from(self.origin_lon_e7));
        w.uint(u64::from(self.grid_cm));
        let (a, b, c, d) = self.bounds;
        for v in [a, b, c, d] {
            w.int(i64::from(v));
        }
        w.text(&self.attribution);
        w.text(&self.licence);
        w.uint(self.names.len() as u64);
        for n in &self.names {
            w.text(n);
        }
        w.uint(self.roads.len() as u64);
        for r in &self.roads {
            w.out.push(r.class as u8 | (r.structure as u8) << 2);
            w.uint(r.name.map_or(0, |i| u64::from(i) + 1));
            w.points(&r.points);
        }
        w.uint(self.water.len() as u64);
        for p in &self.water {
            w.uint(p.rings.len() as u64);
            for ring in &p.rings {
                w.points(ring);
            }
        }
        w.out
    }

    /// Reads bytes written by [`MapLayer::encode`]; anything else is refused with an error,
    /// never a panic, and never an allocation larger than the bytes can fill.
    pub fn decode(bytes: &[u8]) -> Result<MapLayer, LayerError> {
        if bytes.len() < 5 {
            return Err(if MAGIC.starts_with(bytes) {
                LayerError::Truncated
            } else {
                LayerError::BadMagic
            });
        }
        if &bytes[..4] != MAGIC {
            return Err(LayerError::BadMagic);
        }
        if bytes[4] != VERSION {
            return Err(LayerError::UnsupportedVersion(bytes[4]));
        }
        let mut r = Reader {
            bytes,
            at: 5,
            cursor: (0, 0),
        };
        let origin_lat_e7 = r.i32()?;
        let origin_lon_e7 = r.i32()?;
        let grid_cm = u32::try_from(r.uint()?).map_err(|_| LayerError::Malformed("grid"))?;
        if grid_cm == 0 {
            return Err(LayerError::Malformed("grid"));
        }
        let bounds = (r.i32()?, r.i32()?, r.i32()?, r.i32()?);
        let attribution = r.text()?;
        let licence = r.text()?;
        let n = r.count(1)?;
        let mut names = Vec::with_capacity(n);
        for _ in 0..n {
            names.push(r.text()?);
        }
        let n = r.count(4)?;
        let mut roads = Vec::with_capacity(n);
        for _ in 0..n {
            let kind = r.byte()?;
            let class = match kind & 3 {
                0 => RoadClass::Minor,
                1 => RoadClass::Major,
                2 => RoadClass::Highway,
                _ => return Err(LayerError::Malformed("road class")),
            };
            let structure = match kind >> 2 {
                0 => Structure::Normal,
                1 => Structure::Bridge,
                2 => Structure::Tunnel,
                _ => return Err(LayerError::Malformed("road structure")),
            };
            let name = match r.uint()? {
                0 => None,
                i if i <= names.len() as u64 => Some((i - 1) as u32),
                _ => return Err(LayerError::Malformed("road name")),
            };
            let points = r.points(2)?;
            roads.push(Road {
                class,
                structure,
                name,
                points,
            });
        }
        let n = r.count(4)?;
        let mut water = Vec::with_capacity(n);
        for _ in 0..n {
            let rings_n = r.count(4)?;
            if rings_n == 0 {
                return Err(LayerError::Malformed("water without a ring"));
            }
            let mut rings = Vec::with_capacity(rings_n);
            for _ in 0..rings_n {
                rings.push(r.points(3)?);
            }
            water.push(Water { rings });
        }
        if r.at != bytes.len() {
            return Err(LayerError::Malformed("bytes after the water section"));
        }
        Ok(MapLayer {
            origin_lat_e7,
            origin_lon_e7,
            grid_cm,
            bounds,
            attribution,
            licence,
            names,
            roads,
            water,
        })
    }
}

/// Metres east and north of the origin (1e-7 degrees), on a local equirectangular projection:
/// over 15 km its scale differs from the sphere's by less than 0.3 %.
fn metres_from(lat0_e7: i32, lon0_e7: i32, lat: f64, lon: f64) -> (f64, f64) {
    let (lat0, lon0) = (f64::from(lat0_e7) / 1e7, f64::from(lon0_e7) / 1e7);
    (
        (lon - lon0) * M_PER_DEG * lat0.to_radians().cos(),
        (lat - lat0) * M_PER_DEG,
    )
}

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    cursor: GridPoint,
}

impl Writer {
    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn text(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn points(&mut self, points: &[GridPoint]) {
        self.uint(points.len() as u64);
        for &(x, y) in points {
            self.int(i64::from(x) - i64::from(self.cursor.0));
            self.int(i64::from(y) - i64::from(self.cursor.1));
            self.cursor = (x, y);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    cursor: GridPoint,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LayerError> {
        let b = *self.bytes.get(self.at).ok_or(LayerError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn uint(&mut self) -> Result<u64, LayerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(LayerError::Malformed("varint too long"))
    }

    fn int(&mut self) -> Result<i64, LayerError> {
        let v = self.uint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn i32(&mut self) -> Result<i32, LayerError> {
        i32::try_from(self.int()?).map_err(|_| LayerError::Malformed("number out of range"))
    }

    /// A count of items each taking at least `min_bytes`: more than the bytes left can hold
    /// is refused before anything is allocated.
    fn count(&mut self, min_bytes: usize) -> Result<usize, LayerError> {
        let n = self.uint()?;
        let left = (self.bytes.len() - self.at) as u64;
        if n.saturating_mul(min_bytes as u64) > left {
            return Err(LayerError::Truncated);
        }
        Ok(n as usize)
    }

    fn text(&mut self) -> Result<String, LayerError> {
        let n = self.count(1)?;
        let s = &self.bytes[self.at..self.at + n];
        self.at += n;
        String::from_utf8(s.to_vec()).map_err(|_| LayerError::Malformed("text is not UTF-8"))
    }

    fn points(&mut self, min: usize) -> Result<Vec<GridPoint>, LayerError> {
        let n = self.count(2)?;
        if n < min {
            return Err(LayerError::Malformed("too few points"));
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let x = i64::from(self.cursor.0) + self.int()?;
            let y = i64::from(self.cursor.1) + self.int()?;
            let p = (
                i32::try_from(x).map_err(|_| LayerError::Malformed("point out of range"))?,
                i32::try_from(y).map_err(|_| LayerError::Malformed("point out of range"))?,
            );
            self.cursor = p;
            out.push(p);
        }
        Ok(out)
    }
}

/// What to keep: the area, the projection and how much detail.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
    /// The projection's centre.
    pub origin: (f64, f64),
    /// Ramer–Douglas–Peucker tolerance in metres.
    pub tolerance_m: f64,
    pub grid_cm: u32,
    /// Water areas smaller than this (square metres, after clipping) are left out: ponds
    /// smaller than a few pixels at street zoom.
    pub min_water_m2: f64,
}

impl Default for BuildOptions {
    /// The validation report's 15 km around Grenoble centre, a bit larger; 2.5 m tolerance on
    /// a 1 m grid (invisible at 2 m per pixel and more).
    fn default() -> Self {
        let (lat, lon) = crate::report::GRENOBLE;
        BuildOptions {
            south: lat - 0.15,
            north: lat + 0.15,
            west: lon - 0.21,
            east: lon + 0.21,
            origin: (lat, lon),
            tolerance_m: 2.5,
            grid_cm: 100,
            min_water_m2: 100.0,
        }
    }
}

/// What a build read and kept (the figures of BENCHMARKS.md).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildFigures {
    pub roads_read: usize,
    /// Lines read (a MultiLineString has several), and what is left once the lines of one
    /// street that meet are joined.
    pub lines_read: usize,
    pub lines_after_joining: usize,
    pub roads_kept: usize,
    pub water_read: usize,
    pub water_kept: usize,
    pub points_read: usize,
    pub points_kept: usize,
    pub names: usize,
}

#[derive(serde::Deserialize)]
struct Roads {
    features: Vec<RoadFeature>,
}

#[derive(serde::Deserialize)]
struct RoadFeature {
    properties: RoadProps,
    geometry: RoadGeometry,
}

#[derive(serde::Deserialize)]
struct RoadProps {
    #[serde(rename = "roadClass")]
    class: String,
    #[serde(default)]
    structure: String,
    #[serde(default)]
    name: Option<String>,
}

#[derive(serde::Deserialize)]
struct RoadGeometry {
    #[serde(rename = "type")]
    kind: String,
    coordinates: serde_json::Value,
}

#[derive(serde::Deserialize)]
struct Depths {
    depths: Vec<Depth>,
}

#[derive(serde::Deserialize)]
struct Depth {
    p: Vec<Vec<[f64; 2]>>,
}

/// Builds the layer from the folder of `shared/data/grenoble-streets` (`roads.geojson.gz`,
/// `ocean_depth_index_contours.json.gz`).
pub fn build_from_dir(
    dir: &Path,
    opts: &BuildOptions,
) -> Result<(MapLayer, BuildFigures), LayerError> {
    let read = |name: &str| -> Result<Vec<u8>, LayerError> {
        let file = std::fs::File::open(dir.join(name))
            .map_err(|e| LayerError::Source(format!("{name}: {e}")))?;
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut out)
            .map_err(|e| LayerError::Source(format!("{name}: {e}")))?;
        Ok(out)
    };
    build(
        &read("roads.geojson.gz")?,
        &read("ocean_depth_index_contours.json.gz")?,
        opts,
    )
}

/// Builds the layer from the two files' JSON. Same input, same layer.
pub fn build(
    roads_json: &[u8],
    water_json: &[u8],
    opts: &BuildOptions,
) -> Result<(MapLayer, BuildFigures), LayerError> {
    let roads: Roads = serde_json::from_slice(roads_json)
        .map_err(|e| LayerError::Source(format!("roads: {e}")))?;
    let depths: Depths = serde_json::from_slice(water_json)
        .map_err(|e| LayerError::Source(format!("water: {e}")))?;
    let grid_cm = opts.grid_cm.max(1);
    let mut layer = MapLayer {
        origin_lat_e7: (opts.origin.0 * 1e7).round() as i32,
        origin_lon_e7: (opts.origin.1 * 1e7).round() as i32,
        grid_cm,
        bounds: (0, 0, 0, 0),
        attribution: "© OpenStreetMap contributors".to_string(),
        licence: "ODbL 1.0 (Open Database License), https://opendatacommons.org/licenses/odbl/1-0/"
            .to_string(),
        names: Vec::new(),
        roads: Vec::new(),
        water: Vec::new(),
    };
    let g = layer.grid_m();
    // Work in metres (the tolerance's unit), then round to the grid.
    let (lat0, lon0) = (layer.origin_lat_e7, layer.origin_lon_e7);
    let to_m = |lon: f64, lat: f64| {
        let (x, y) = metres_from(lat0, lon0, lat, lon);
        Coord { x, y }
    };
    let lo = to_m(opts.west, opts.south);
    let hi = to_m(opts.east, opts.north);
    let area = Rect::new(lo, hi);
    let area_poly = area.to_polygon();
    let quant = |c: &Coord<f64>| ((c.x / g).round() as i32, (c.y / g).round() as i32);
    layer.bounds = {
        let (a, b) = (quant(&area.min()), quant(&area.max()));
        (a.0, a.1, b.0, b.1)
    };
    let mut figures = BuildFigures::default();

    let mut names: BTreeMap<String, u32> = BTreeMap::new();
    let mut kept: Vec<(RoadClass, Structure, Option<String>, Vec<GridPoint>)> = Vec::new();
    let mut raw: Vec<RawLine> = Vec::new();
    for f in roads.features {
        figures.roads_read += 1;
        let lines: Vec<Vec<[f64; 2]>> = match f.geometry.kind.as_str() {
            "LineString" => serde_json::from_value(f.geometry.coordinates).map(|l| vec![l]),
            "MultiLineString" => serde_json::from_value(f.geometry.coordinates),
            _ => continue,
        }
        .map_err(|e| LayerError::Source(format!("roads: {e}")))?;
        let class = match f.properties.class.as_str() {
            "highway" => RoadClass::Highway,
            "major" => RoadClass::Major,
            _ => RoadClass::Minor,
        };
        let structure = match f.properties.structure.as_str() {
            "bridge" => Structure::Bridge,
            "tunnel" => Structure::Tunnel,
            _ => Structure::Normal,
        };
        let name = f
            .properties
            .name
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        for line in lines {
            figures.points_read += line.len();
            raw.push((class, structure, name.clone(), line));
        }
    }
    figures.lines_read = raw.len();
    let joined = join_lines(raw);
    figures.lines_after_joining = joined.len();
    for (class, structure, name, line) in joined {
        let ls: LineString<f64> = line.iter().map(|&[lon, lat]| to_m(lon, lat)).collect();
        for piece in clip_line(&area, &area_poly, ls) {
            let points = quantise(&piece.simplify(opts.tolerance_m), &quant);
            if points.len() >= 2 {
                if let Some(n) = &name {
                    names.insert(n.clone(), 0);
                }
                kept.push((class, structure, name.clone(), points));
            }
        }
    }
    for (i, v) in names.values_mut().enumerate() {
        *v = i as u32;
    }
    figures.names = names.len();
    figures.roads_kept = kept.len();
    for (class, structure, name, points) in kept {
        figures.points_kept += points.len();
        layer.roads.push(Road {
            class,
            structure,
            name: name.and_then(|n| names.get(&n).copied()),
            points,
        });
    }
    layer.names = names.into_keys().collect();

    for d in depths.depths {
        figures.water_read += 1;
        let mut rings = d.p.iter().map(|ring| {
            ring.iter()
                .map(|&[lon, lat]| to_m(lon, lat))
                .collect::<LineString<f64>>()
        });
        let Some(outer) = rings.next() else { continue };
        figures.points_read += d.p.iter().map(Vec::len).sum::<usize>();
        let poly = Polygon::new(outer, rings.collect());
        let Some(bb) = poly.bounding_rect() else {
            continue;
        };
        if !overlaps(&area, &bb) {
            continue;
        }
        let inside = if contains(&area, &bb) {
            vec![poly]
        } else {
            poly.intersection(&area_poly).0
        };
        for p in inside {
            if geo::Area::unsigned_area(&p) < opts.min_water_m2 {
                continue;
            }
            let p = p.simplify(opts.tolerance_m);
            let mut rings = Vec::new();
            for (i, ring) in std::iter::once(p.exterior())
                .chain(p.interiors())
                .enumerate()
            {
                let mut q = quantise(ring, &quant);
                if q.len() > 1 && q.first() == q.last() {
                    q.pop();
                }
                if q.len() >= 3 {
                    rings.push(q);
                } else if i == 0 {
                    break;
                }
            }
            if !rings.is_empty() {
                figures.points_kept += rings.iter().map(Vec::len).sum::<usize>();
                layer.water.push(Water { rings });
            }
        }
    }
    figures.water_kept = layer.water.len();
    Ok((layer, figures))
}

type RawLine = (RoadClass, Structure, Option<String>, Vec<[f64; 2]>);

/// Lines of the same street (class, structure, name) that meet end to start are joined into
/// one: the source cuts streets at every crossing, and a street in one piece costs fewer
/// bytes, simplifies better and has longer straight stretches to write its name along.
/// Only exact shared points join; the input order decides, so the result is deterministic.
fn join_lines(lines: Vec<RawLine>) -> Vec<RawLine> {
    type Key = (RoadClass, Structure, Option<String>, (u64, u64));
    let key = |l: &RawLine, p: [f64; 2]| -> Key {
        (l.0, l.1, l.2.clone(), (p[0].to_bits(), p[1].to_bits()))
    };
    let mut by_start: HashMap<Key, Vec<usize>> = HashMap::new();
    let mut by_end: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if let (Some(&a), Some(&b)) = (l.3.first(), l.3.last()) {
            by_start.entry(key(l, a)).or_default().push(i);
            by_end.entry(key(l, b)).or_default().push(i);
        }
    }
    let mut used = vec![false; lines.len()];
    let mut out = Vec::new();
    let free = |at: Option<&Vec<usize>>, used: &[bool]| {
        at.and_then(|v| v.iter().copied().find(|&j| !used[j]))
    };
    for i in 0..lines.len() {
        if used[i] || lines[i].3.is_empty() {
            continue;
        }
        used[i] = true;
        let mut points = lines[i].3.clone();
        while let Some(&end) = points.last() {
            let Some(j) = free(by_start.get(&key(&lines[i], end)), &used) else {
                break;
            };
            used[j] = true;
            points.extend_from_slice(&lines[j].3[1..]);
        }
        while let Some(&start) = points.first() {
            let Some(j) = free(by_end.get(&key(&lines[i], start)), &used) else {
                break;
            };
            used[j] = true;
            let mut before = lines[j].3.clone();
            before.extend_from_slice(&points[1..]);
            points = before;
        }
        let (class, structure, name, _) = &lines[i];
        out.push((*class, *structure, name.clone(), points));
    }
    out
}

fn overlaps(a: &Rect<f64>, b: &Rect<f64>) -> bool {
    a.min().x <= b.max().x
        && b.min().x <= a.max().x
        && a.min().y <= b.max().y
        && b.min().y <= a.max().y
}

fn contains(outer: &Rect<f64>, inner: &Rect<f64>) -> bool {
    outer.min().x <= inner.min().x
        && outer.min().y <= inner.min().y
        && inner.max().x <= outer.max().x
        && inner.max().y <= outer.max().y
}

/// The parts of a line inside a rectangle (`rect_poly` is the same rectangle as a polygon):
/// lines wholly in or out are decided on their bounding box, without the general clipper.
pub(crate) fn clip_line(
    rect: &Rect<f64>,
    rect_poly: &Polygon<f64>,
    ls: LineString<f64>,
) -> Vec<LineString<f64>> {
    let Some(bb) = ls.bounding_rect() else {
        return Vec::new();
    };
    if !overlaps(rect, &bb) {
        Vec::new()
    } else if contains(rect, &bb) {
        vec![ls]
    } else {
        rect_poly.clip(&MultiLineString(vec![ls]), false).0
    }
}

/// Rounds to the grid, dropping points that fall on the cell of the point before.
fn quantise(ls: &LineString<f64>, quant: &impl Fn(&Coord<f64>) -> GridPoint) -> Vec<GridPoint> {
    let mut out: Vec<GridPoint> = Vec::with_capacity(ls.0.len());
    for c in &ls.0 {
        let p = quant(c);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    out
}

/// A layer on Grenoble centre's 1 m grid, for the tests of this module and of `render`.
#[cfg(test)]
pub(crate) fn test_layer(
    half_size: i32,
    names: &[&str],
    roads: Vec<Road>,
    water: Vec<Water>,
) -> MapLayer {
    MapLayer {
        origin_lat_e7: 451_880_000,
        origin_lon_e7: 57_240_000,
        grid_cm: 100,
        bounds: (-half_size, -half_size, half_size, half_size),
        attribution: "© OpenStreetMap contributors".into(),
        licence: "ODbL 1.0".into(),
        names: names.iter().map(|n| n.to_string()).collect(),
        roads,
        water,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> MapLayer {
        test_layer(
            1000,
            &["Cours Berriat", "Rue Éloïse"],
            vec![
                Road {
                    class: RoadClass::Major,
                    structure: Structure::Normal,
                    name: Some(0),
                    points: vec![(-500, 0), (0, 3), (500, -2)],
                },
                Road {
                    class: RoadClass::Highway,
                    structure: Structure::Bridge,
                    name: None,
                    points: vec![(500, -2), (600, 900)],
                },
                Road {
                    class: RoadClass::Minor,
                    structure: Structure::Tunnel,
                    name: Some(1),
                    points: vec![(i32::MIN, i32::MAX), (i32::MAX, i32::MIN)],
                },
            ],
            vec![Water {
                rings: vec![
                    vec![(0, 0), (100, 0), (100, 100), (0, 100)],
                    vec![(10, 10), (20, 10), (20, 20)],
                ],
            }],
        )
    }

    #[test]
    fn a_layer_reads_back_as_it_was_written() {
        let layer = sample();
        let bytes = layer.encode();
        assert_eq!(MapLayer::decode(&bytes), Ok(layer.clone()));
        assert_eq!(layer.encode(), bytes, "same layer, same bytes");
    }

    #[test]
    fn malformed_bytes_are_refused_without_panic() {
        let bytes = sample().encode();
        for n in 0..bytes.len() {
            assert!(MapLayer::decode(&bytes[..n]).is_err(), "truncated at {n}");
        }
        assert_eq!(MapLayer::decode(b"PK\x03\x04xx"), Err(LayerError::BadMagic));
        let mut v2 = bytes.clone();
        v2[4] = 2;
        assert_eq!(
            MapLayer::decode(&v2),
            Err(LayerError::UnsupportedVersion(2))
        );
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(MapLayer::decode(&trailing).is_err());
        // Every single byte changed to every value: an error or a layer, never a panic.
        for i in 5..bytes.len() {
            for b in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut m = bytes.clone();
                m[i] = b;
                let _ = MapLayer::decode(&m);
            }
        }
        // Garbage after a valid header, and huge counts that the bytes cannot hold.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let mut m = bytes[..5].to_vec();
            for _ in 0..64 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                m.push(seed as u8);
            }
            let _ = MapLayer::decode(&m);
        }
        let mut huge = bytes[..5].to_vec();
        huge.extend_from_slice(&[0, 0, 200, 1, 0, 0, 0, 0, 0, 0]);
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert_eq!(MapLayer::decode(&huge), Err(LayerError::Truncated));
    }

    #[test]
    fn lines_of_one_street_that_meet_are_joined() {
        let named = |class, pts: &[[f64; 2]]| {
            (
                class,
                Structure::Normal,
                Some("Rue A".to_string()),
                pts.to_vec(),
            )
        };
        let joined = join_lines(vec![
            named(RoadClass::Minor, &[[1.0, 0.0], [2.0, 0.0]]),
            named(RoadClass::Minor, &[[0.0, 0.0], [1.0, 0.0]]),
            named(RoadClass::Minor, &[[2.0, 0.0], [3.0, 1.0]]),
            // Same point, another class: another line.
            named(RoadClass::Major, &[[3.0, 1.0], [4.0, 1.0]]),
        ]);
        assert_eq!(joined.len(), 2, "{joined:?}");
        assert_eq!(
            joined[0].3,
            vec![[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 1.0]]
        );
        assert_eq!(joined[1].0, RoadClass::Major);
    }

    #[test]
    fn a_build_clips_simplifies_and_names_once() {
        let roads = br#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"roadClass":"major","structure":"normal","name":"Cours Berriat"},
           "geometry":{"type":"LineString","coordinates":[[5.70,45.19],[5.71,45.19000001],[5.72,45.19],[5.99,45.19]]}},
          {"type":"Feature","properties":{"roadClass":"minor","structure":"bridge","name":"Cours Berriat"},
           "geometry":{"type":"LineString","coordinates":[[5.70,45.20],[5.70,45.21]]}},
          {"type":"Feature","properties":{"roadClass":"highway","structure":"tunnel","name":""},
           "geometry":{"type":"LineString","coordinates":[[6.5,45.19],[6.6,45.19]]}}]}"#;
        let water = br#"{"depths":[{"b":[0,0,0,0],"d":-5,"p":[[[5.70,45.18],[5.99,45.18],[5.99,45.185],[5.70,45.185],[5.70,45.18]]]}]}"#;
        let opts = BuildOptions::default();
        let (layer, fig) = build(roads, water, &opts).unwrap();
        assert_eq!(fig.roads_read, 3);
        assert_eq!(fig.roads_kept, 2, "the line far east is outside");
        assert_eq!(layer.names, vec!["Cours Berriat".to_string()]);
        let first = &layer.roads[0];
        assert_eq!(
            first.points.len(),
            2,
            "straight line simplified, then clipped at the east edge: {first:?}"
        );
        assert!(first.points.iter().all(|&(x, _)| x <= layer.bounds.2));
        assert_eq!(layer.roads[1].structure, Structure::Bridge);
        assert_eq!(layer.water.len(), 1);
        assert!(layer.water[0].rings[0]
            .iter()
            .all(|&(x, _)| x <= layer.bounds.2));
        let (again, _) = build(roads, water, &opts).unwrap();
        assert_eq!(again.encode(), layer.encode());
    }
}
