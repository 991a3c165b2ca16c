//! One view of the map layer as SVG: water, streets by class, bridges on top, street names
//! where they fit, the person's position, the places asked for, a north arrow, a scale bar in
//! minutes on foot and the data's attribution.
//!
//! Geometry is clipped to the view (nothing is drawn, and no coordinate written, outside
//! `0..width × 0..height`), coordinates are rounded to a tenth of a pixel, and the output
//! depends on its inputs only: the same view gives the same bytes.

use super::clip::ViewBox;
use super::layer::{GridPoint, MapLayer, RoadClass, Structure};
use crate::i18n::Tr;
use crate::need::Need;
use crate::query::{WALK_DETOUR, WALK_M_PER_MIN};
use geo::{Coord, LineString};
use std::fmt::Write as _;

/// Street names and marker labels: the app's smallest text size.
const LABEL_PX: f64 = 18.0;
/// The farthest zoom (metres per pixel) at which small streets are drawn.
const MINOR_STREETS_UP_TO_MPP: f64 = 8.0;
/// Half the 48 px touch target a marker must offer.
const MARKER_R: f64 = 24.0;

/// A place to mark: its position, what it is called (the marker's `<title>`), the need it
/// answers, and the short text inside the circle (its number in the list on screen).
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub lat: f64,
    pub lon: f64,
    pub label: String,
    pub need: Need,
    pub text: String,
}

/// The person's position and the words of its `<title>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub lat: f64,
    pub lon: f64,
    pub label: String,
}

/// What to draw: a centre, a scale, a size, and what goes on top of the streets.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub lat: f64,
    pub lon: f64,
    pub metres_per_pixel: f64,
    pub width: u32,
    pub height: u32,
    pub person: Option<Person>,
    pub markers: Vec<Marker>,
    /// A dashed line from the person to this position: the way to the place chosen.
    pub route_to: Option<(f64, f64)>,
    /// The interface draws the markers itself, as links above the picture (a tap target, a
    /// pictogram, a name for screen readers): the SVG then leaves their space free of street
    /// names and draws nothing there.
    pub markers_above: bool,
    /// What the picture is, for screen readers (the SVG's `aria-label`).
    pub label: String,
}

/// The zoom levels the map screen offers, in metres per pixel, closest first: from a street
/// corner (1 m) to a whole town (32 m).
pub const ZOOM_LEVELS: [f64; 6] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0];

/// From layer grid units to pixels.
struct Frame {
    cx: f64,
    cy: f64,
    /// Pixels per grid unit.
    k: f64,
    w: f64,
    h: f64,
    /// The view in grid units, to skip geometry without projecting it.
    grid_view: (f64, f64, f64, f64),
}

impl Frame {
    /// The view's frame; odd numbers (a size of 0, a scale of NaN) are brought into range.
    fn of(layer: &MapLayer, view: &View) -> Frame {
        let (w, h) = (
            f64::from(view.width.clamp(16, 4096)),
            f64::from(view.height.clamp(16, 4096)),
        );
        let mpp = if view.metres_per_pixel.is_finite() {
            view.metres_per_pixel.clamp(0.1, 100.0)
        } else {
            2.0
        };
        let (cx, cy) = layer.project(view.lat, view.lon);
        let (cx, cy) = if cx.is_finite() && cy.is_finite() {
            (cx, cy)
        } else {
            (0.0, 0.0)
        };
        let k = layer.grid_m() / mpp;
        let (hw, hh) = (w / 2.0 / k, h / 2.0 / k);
        Frame {
            cx,
            cy,
            k,
            w,
            h,
            grid_view: (cx - hw, cy - hh, cx + hw, cy + hh),
        }
    }

    /// A position in pixels (not rounded, maybe outside the view).
    fn at(&self, layer: &MapLayer, lat: f64, lon: f64) -> Coord<f64> {
        let (x, y) = layer.project(lat, lon);
        Coord {
            x: self.w / 2.0 + (x - self.cx) * self.k,
            y: self.h / 2.0 - (y - self.cy) * self.k,
        }
    }

    fn px(&self, (x, y): GridPoint) -> Coord<f64> {
        Coord {
            x: self.w / 2.0 + (f64::from(x) - self.cx) * self.k,
            y: self.h / 2.0 - (f64::from(y) - self.cy) * self.k,
        }
    }

    fn may_show(&self, points: &[GridPoint]) -> bool {
        let (x0, y0, x1, y1) = self.grid_view;
        let mut bb = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
        for &(x, y) in points {
            bb = (bb.0.min(x), bb.1.min(y), bb.2.max(x), bb.3.max(y));
        }
        f64::from(bb.0) <= x1
            && f64::from(bb.2) >= x0
            && f64::from(bb.1) <= y1
            && f64::from(bb.3) >= y0
    }

    fn view_box(&self) -> ViewBox {
        ViewBox {
            w: self.w,
            h: self.h,
        }
    }
}

/// A number with one decimal at most, `-0` written `0`: short and the same on every machine.
fn num(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    if t % 10 == 0 {
        format!("{}", t / 10)
    } else {
        format!(
            "{}{}.{}",
            if t < 0 { "-" } else { "" },
            (t / 10).abs(),
            (t % 10).abs()
        )
    }
}

fn path_of(d: &mut String, line: &LineString<f64>, close: bool) {
    let mut last = String::new();
    let mut n = 0;
    for c in &line.0 {
        let p = format!("{} {}", num(c.x), num(c.y));
        if p == last {
            continue;
        }
        d.push(if n == 0 { 'M' } else { 'L' });
        d.push_str(&p);
        last = p;
        n += 1;
    }
    if close && n > 0 {
        d.push('Z');
    }
}

fn esc(s: &str) -> String {
    html_escape::encode_text(s).replace('"', "&quot;")
}

/// The view as an SVG document. `tr` gives the scale bar's words ("5 min walk").
pub fn render_svg(layer: &MapLayer, view: &View, tr: &Tr) -> String {
    let frame = Frame::of(layer, view);
    let (k, w, h) = (frame.k, frame.w, frame.h);
    let mpp = layer.grid_m() / k;
    let view_box = frame.view_box();

    let mut svg = String::new();
    // A map is never mirrored; `direction` keeps the anchors of its labels (the scale bar on
    // the left, the attribution on the right) where they are on a right-to-left page too.
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\" direction=\"ltr\" font-family=\"sans-serif\">\
<rect width=\"{w}\" height=\"{h}\" fill=\"#eef0f2\"/>",
        esc(&view.label)
    );

    // Water, one path, holes by the even-odd rule.
    let mut d = String::new();
    for water in &layer.water {
        // A decoded layer always has an outer ring; one built by hand may not.
        let Some((outer, holes)) = water.rings.split_first() else {
            continue;
        };
        if !frame.may_show(outer) {
            continue;
        }
        // The outer ring and its holes each cut to the view: the even-odd fill still
        // leaves the islands dry.
        for ring in std::iter::once(outer).chain(holes) {
            let px: Vec<Coord<f64>> = ring.iter().map(|&p| frame.px(p)).collect();
            if let Some(cut) = view_box.clip_ring(&px) {
                path_of(&mut d, &LineString(cut), true);
            }
        }
    }
    if !d.is_empty() {
        let _ = write!(
            svg,
            "<path class=\"water\" d=\"{d}\" fill=\"#9cc8ec\" fill-rule=\"evenodd\"/>"
        );
    }

    // Streets: tunnels below, then minor, major, highway, then bridges with a dark casing.
    let mut pieces: Vec<Piece> = Vec::new();
    for road in &layer.roads {
        // Far out, small streets would be a grey mesh (and hundreds of kilobytes of SVG):
        // the main roads and the water are what a person finds their way by there.
        if road.class == RoadClass::Minor && mpp > MINOR_STREETS_UP_TO_MPP * 1.001 {
            continue;
        }
        if !frame.may_show(&road.points) {
            continue;
        }
        let ls: LineString<f64> = road.points.iter().map(|&p| frame.px(p)).collect();
        for piece in view_box.clip_line(&ls) {
            pieces.push((road.class, road.structure, layer.name(road), piece));
        }
    }
    let width = |c: RoadClass| match c {
        RoadClass::Minor => 4.0,
        RoadClass::Major => 7.0,
        RoadClass::Highway => 9.0,
    };
    let colour = |c: RoadClass| match c {
        RoadClass::Minor => "#ffffff",
        RoadClass::Major => "#f5cf7a",
        RoadClass::Highway => "#e48c72",
    };
    let layer_of = |svg: &mut String, s: Structure, class: RoadClass, casing: bool| {
        let mut d = String::new();
        for (c, st, _, ls) in &pieces {
            if *st == s && *c == class {
                path_of(&mut d, ls, false);
            }
        }
        if d.is_empty() {
            return;
        }
        let (stroke, sw, extra) = match (s, casing) {
            (Structure::Tunnel, _) => (
                colour(class),
                width(class) - 1.0,
                " stroke-dasharray=\"6 4\" stroke-opacity=\"0.7\"",
            ),
            (_, true) => ("#4a4a4a", width(class) + 3.0, ""),
            (_, false) => (colour(class), width(class), ""),
        };
        let _ = write!(
            svg,
            "<path class=\"road {}{}\" d=\"{d}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{sw}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"{extra}/>",
            match class {
                RoadClass::Minor => "minor",
                RoadClass::Major => "major",
                RoadClass::Highway => "highway",
            },
            match (s, casing) {
                (Structure::Bridge, true) => " bridge-casing",
                (Structure::Bridge, false) => " bridge",
                (Structure::Tunnel, _) => " tunnel",
                _ => "",
            }
        );
    };
    let classes = [RoadClass::Minor, RoadClass::Major, RoadClass::Highway];
    for c in classes {
        layer_of(&mut svg, Structure::Tunnel, c, false);
    }
    for c in classes {
        layer_of(&mut svg, Structure::Normal, c, false);
    }
    for c in classes {
        layer_of(&mut svg, Structure::Bridge, c, true);
        layer_of(&mut svg, Structure::Bridge, c, false);
    }

    // Where the overlays go: names are never written under them.
    let on_view = |lat: f64, lon: f64| {
        let p = frame.at(layer, lat, lon);
        ((0.0..=w).contains(&p.x) && (0.0..=h).contains(&p.y)).then_some(p)
    };
    let markers: Vec<(&Marker, Coord<f64>)> = view
        .markers
        .iter()
        .filter_map(|m| Some((m, on_view(m.lat, m.lon)?)))
        .collect();
    let person = view
        .person
        .as_ref()
        .and_then(|p| Some((p, on_view(p.lat, p.lon)?)));
    let (minutes, bar) = scale_bar(mpp, w);
    let bar_words = crate::present::walk_text(tr, minutes);
    let around = |p: Coord<f64>, r: f64| (p.x - r, p.y - r, p.x + r, p.y + r);
    let mut taken: Vec<Box4> = markers.iter().map(|(_, p)| around(*p, MARKER_R)).collect();
    taken.extend(person.iter().map(|(_, p)| around(*p, 22.0)));
    taken.push((0.0, h - 50.0, bar.max(text_width(&bar_words)) + 24.0, h));
    taken.push((w - 56.0, 0.0, w, 70.0));
    taken.push((
        w - text_width(&layer.attribution) * 14.0 / LABEL_PX - 12.0,
        h - 28.0,
        w,
        h,
    ));
    street_names(&mut svg, &pieces, w, h, taken);

    // The way to the place chosen, under the markers: a straight dashed line, since the
    // layer has no footpaths to route along (the minutes said beside it include the detour).
    if let (Some(person), Some((lat, lon))) = (&view.person, view.route_to) {
        let line = LineString::from(vec![
            frame.at(layer, person.lat, person.lon),
            frame.at(layer, lat, lon),
        ]);
        let mut d = String::new();
        for piece in view_box.clip_line(&line) {
            path_of(&mut d, &piece, false);
        }
        if !d.is_empty() {
            let _ = write!(
                svg,
                "<path class=\"route\" d=\"{d}\" fill=\"none\" stroke=\"#0b4f8a\" stroke-width=\"5\" stroke-dasharray=\"10 8\" stroke-linecap=\"round\"/>"
            );
        }
    }

    // The places asked for, then the person on top of everything.
    for (m, p) in markers.iter().filter(|_| !view.markers_above) {
        let (x, y) = (num(p.x), num(p.y));
        let _ = write!(
            svg,
            "<g class=\"place\" data-need=\"{}\"><title>{}</title><circle cx=\"{x}\" cy=\"{y}\" r=\"{MARKER_R}\" fill=\"#ffffff\" stroke=\"#0b4f8a\" stroke-width=\"4\"/><text x=\"{x}\" y=\"{y}\" dy=\"6\" text-anchor=\"middle\" font-size=\"{LABEL_PX}\" font-weight=\"bold\" fill=\"#0b4f8a\">{}</text></g>",
            m.need.id(),
            esc(&m.label),
            esc(&m.text)
        );
    }
    if let Some((person, p)) = person {
        let (x, y) = (num(p.x), num(p.y));
        let _ = write!(
            svg,
            "<g class=\"you\"><title>{}</title><circle cx=\"{x}\" cy=\"{y}\" r=\"22\" fill=\"#1a73e8\" fill-opacity=\"0.2\"/><circle cx=\"{x}\" cy=\"{y}\" r=\"10\" fill=\"#1a73e8\" stroke=\"#ffffff\" stroke-width=\"4\"/></g>",
            esc(&person.label)
        );
    }

    // North arrow, top right.
    let (ax, top) = (w - 28.0, 12.0);
    let _ = write!(
        svg,
        "<g class=\"north\"><path d=\"M{} {}L{} {}L{} {}L{} {}Z\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"2\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{LABEL_PX}\" font-weight=\"bold\" fill=\"#222\">N</text></g>",
        num(ax), num(top + 22.0),
        num(ax - 10.0), num(top + 50.0),
        num(ax), num(top + 42.0),
        num(ax + 10.0), num(top + 50.0),
        num(ax), num(top + 18.0),
    );

    // Scale bar in minutes on foot.
    let len = bar;
    let (x0, y0) = (12.0, h - 14.0);
    let _ = write!(
        svg,
        "<g class=\"scale\"><path d=\"M{} {}L{} {}L{} {}L{} {}\" fill=\"none\" stroke=\"#222\" stroke-width=\"3\"/><text x=\"{}\" y=\"{}\" font-size=\"{LABEL_PX}\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">{}</text></g>",
        num(x0), num(y0 - 8.0),
        num(x0), num(y0),
        num(x0 + len), num(y0),
        num(x0 + len), num(y0 - 8.0),
        num(x0), num(y0 - 12.0),
        esc(&bar_words),
    );
    let _ = write!(
        svg,
        "<text class=\"attribution\" x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"14\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
        num(w - 6.0),
        num(h - 6.0),
        esc(&layer.attribution)
    );
    svg.push_str("</svg>\n");
    svg
}

/// Where a position falls in the view, in pixels from its top left corner (maybe outside).
pub fn pixel_of(layer: &MapLayer, view: &View, lat: f64, lon: f64) -> (f64, f64) {
    let p = Frame::of(layer, view).at(layer, lat, lon);
    (p.x, p.y)
}

/// The position under a pixel of the view: where a tap puts the person's dot.
pub fn position_at(layer: &MapLayer, view: &View, x: f64, y: f64) -> (f64, f64) {
    let f = Frame::of(layer, view);
    layer.unproject(f.cx + (x - f.w / 2.0) / f.k, f.cy - (y - f.h / 2.0) / f.k)
}

/// Water areas at least this large (square metres) are rivers to a person finding their way;
/// smaller ones (ponds, fountains, narrow canals) are not worth a word.
const RIVER_M2: f64 = 200_000.0;

/// Whether the straight way between two positions crosses a river (a large water area): the
/// map screen then says the place is on the other side, which a person sees at once.
pub fn crosses_river(layer: &MapLayer, from: (f64, f64), to: (f64, f64)) -> bool {
    let (a, b) = (layer.project(from.0, from.1), layer.project(to.0, to.1));
    let (min_x, max_x) = (a.0.min(b.0), a.0.max(b.0));
    let (min_y, max_y) = (a.1.min(b.1), a.1.max(b.1));
    let g2 = layer.grid_m() * layer.grid_m();
    layer.water.iter().any(|water| {
        let Some(outer) = water.rings.first() else {
            return false;
        };
        let (mut x0, mut y0, mut x1, mut y1) = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
        for &(x, y) in outer {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        if f64::from(x1) < min_x
            || f64::from(x0) > max_x
            || f64::from(y1) < min_y
            || f64::from(y0) > max_y
        {
            return false;
        }
        if ring_area(outer) * g2 < RIVER_M2 {
            return false;
        }
        water.rings.iter().any(|ring| {
            ring.iter()
                .zip(ring.iter().cycle().skip(1))
                .any(|(&p, &q)| segments_cross(a, b, to_f(p), to_f(q)))
        })
    })
}

fn to_f((x, y): GridPoint) -> (f64, f64) {
    (f64::from(x), f64::from(y))
}

/// The area of a ring in grid units (shoelace).
fn ring_area(ring: &[GridPoint]) -> f64 {
    ring.iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(&(x0, y0), &(x1, y1))| f64::from(x0) * f64::from(y1) - f64::from(x1) * f64::from(y0))
        .sum::<f64>()
        .abs()
        / 2.0
}

/// Whether segments `a`–`b` and `c`–`d` cross (touching ends count).
fn segments_cross(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> bool {
    let side = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (d1, d2) = (side(c, d, a), side(c, d, b));
    let (d3, d4) = (side(a, b, c), side(a, b, d));
    d1 * d2 <= 0.0 && d3 * d4 <= 0.0 && !(d1 == 0.0 && d2 == 0.0)
}

/// The closest of [`ZOOM_LEVELS`] (its index) at which every position fits in the view around
/// its centre, at least `margin` pixels from the edges; the farthest level when none does.
pub fn zoom_to_fit(layer: &MapLayer, view: &View, positions: &[(f64, f64)], margin: f64) -> usize {
    let (w, h) = (f64::from(view.width), f64::from(view.height));
    ZOOM_LEVELS
        .iter()
        .position(|&mpp| {
            let at = View {
                metres_per_pixel: mpp,
                ..view.clone()
            };
            positions.iter().all(|&(lat, lon)| {
                let (x, y) = pixel_of(layer, &at, lat, lon);
                (margin..=w - margin).contains(&x) && (margin..=h - margin).contains(&y)
            })
        })
        .unwrap_or(ZOOM_LEVELS.len() - 1)
}

/// The scale bar: the most minutes on foot whose bar takes at most a third of the width, and
/// its length in pixels.
fn scale_bar(mpp: f64, w: f64) -> (u32, f64) {
    let minutes = [1u32, 2, 3, 5, 10, 15, 20, 30, 60]
        .into_iter()
        .rev()
        .find(|&m| scale_metres(m) / mpp <= w / 3.0)
        .unwrap_or(1);
    (minutes, (scale_metres(minutes) / mpp).min(w - 24.0))
}

/// A rough width of a line of text at [`LABEL_PX`] in a sans-serif font: 0.55 em a character.
fn text_width(s: &str) -> f64 {
    s.chars().count() as f64 * 0.55 * LABEL_PX
}

/// A street's part inside the view, in pixels, with its class, structure and name.
type Piece<'a> = (RoadClass, Structure, Option<&'a str>, LineString<f64>);

/// A straight stretch of a street in the view: class, length, middle, angle in degrees.
type Stretch = (RoadClass, f64, Coord<f64>, f64);

/// An axis-aligned box: `(x0, y0, x1, y1)`.
type Box4 = (f64, f64, f64, f64);

/// The straight distance the app's walking time turns into `minutes` (`query::walking_minutes`
/// is distance × detour at the walking speed).
fn scale_metres(minutes: u32) -> f64 {
    f64::from(minutes) * WALK_M_PER_MIN / WALK_DETOUR
}

/// Each named street once, along its longest straight stretch in the view when the name fits
/// there, larger streets first, never over a name already placed.
fn street_names(svg: &mut String, pieces: &[Piece<'_>], w: f64, h: f64, mut placed: Vec<Box4>) {
    use std::collections::BTreeMap;
    // name → the stretches its name fits along: (class, length, middle, angle in degrees)
    let mut fits: BTreeMap<&str, Vec<Stretch>> = BTreeMap::new();
    for (class, structure, name, ls) in pieces {
        let (Some(name), Structure::Normal) = (name, structure) else {
            continue;
        };
        let text_w = text_width(name);
        for seg in ls.lines() {
            let (dx, dy) = (seg.end.x - seg.start.x, seg.end.y - seg.start.y);
            let len = dx.hypot(dy);
            let mid = Coord {
                x: (seg.start.x + seg.end.x) / 2.0,
                y: (seg.start.y + seg.end.y) / 2.0,
            };
            let inside = (LABEL_PX..=w - LABEL_PX).contains(&mid.x)
                && (LABEL_PX..=h - LABEL_PX).contains(&mid.y);
            if text_w + 8.0 > len || !inside {
                continue;
            }
            let mut angle = dy.atan2(dx).to_degrees();
            // Never upside down.
            if angle > 90.0 {
                angle -= 180.0;
            } else if angle <= -90.0 {
                angle += 180.0;
            }
            fits.entry(name)
                .or_default()
                .push((*class, len, mid, angle));
        }
    }
    let by_size = |a: &Stretch, b: &Stretch| {
        (b.0, b.1)
            .partial_cmp(&(a.0, a.1))
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    let mut order: Vec<_> = fits.into_iter().collect();
    for (_, stretches) in &mut order {
        stretches.sort_by(by_size);
    }
    // Larger streets first; names in alphabetical order break ties, so the output is stable.
    order.sort_by(|a, b| by_size(&a.1[0], &b.1[0]).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (name, stretches) in order {
        let text_w = text_width(name);
        // The longest stretch not under a name or an overlay already placed.
        let free = stretches.iter().take(8).find_map(|&(_, _, mid, angle)| {
            let (c, s) = (
                angle.to_radians().cos().abs(),
                angle.to_radians().sin().abs(),
            );
            let (hx, hy) = (
                (text_w * c + LABEL_PX * s) / 2.0,
                (text_w * s + LABEL_PX * c) / 2.0,
            );
            let bx = (mid.x - hx, mid.y - hy, mid.x + hx, mid.y + hy);
            let clear = !placed
                .iter()
                .any(|p| p.0 < bx.2 && bx.0 < p.2 && p.1 < bx.3 && bx.1 < p.3);
            clear.then_some((bx, mid, angle))
        });
        let Some((bx, mid, angle)) = free else {
            continue;
        };
        placed.push(bx);
        let name = esc(name);
        let _ = write!(
            out,
            "<g><title>{name}</title><text transform=\"translate({} {}) rotate({})\" dy=\"6\" text-anchor=\"middle\">{name}</text></g>",
            num(mid.x),
            num(mid.y),
            num(angle)
        );
    }
    if !out.is_empty() {
        let _ = write!(
            svg,
            "<g class=\"names\" font-size=\"{LABEL_PX}\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">{out}</g>"
        );
    }
}

/// Every coordinate this module writes (path data, circle centres, text positions), read
/// back from its SVG: how tests check that nothing is drawn outside the view. `None` when
/// the SVG holds a number this module would not write.
pub fn written_coordinates(svg: &str) -> Option<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    for part in svg.split(" d=\"").skip(1) {
        let d = &part[..part.find('"')?];
        let nums = d
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<f64>().ok())
            .collect::<Option<Vec<f64>>>()?;
        if nums.len() % 2 != 0 {
            return None;
        }
        out.extend(nums.chunks(2).map(|xy| (xy[0], xy[1])));
    }
    for (a, b, end_y) in [
        (" cx=\"", " cy=\"", '"'),
        (" x=\"", " y=\"", '"'),
        ("translate(", " ", ')'),
    ] {
        for part in svg.split(a).skip(1) {
            let end = part.find(['"', ' '])?;
            let x = part[..end].parse().ok()?;
            let rest = &part[end..];
            let rest = &rest[rest.find(b)? + b.len()..];
            let y = rest[..rest.find(end_y)?].parse().ok()?;
            out.push((x, y));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::map::layer::{test_layer, Road, Water};

    fn layer() -> MapLayer {
        test_layer(
            5000,
            &["Cours Berriat", "Rue Courte"],
            vec![
                // Far longer than the view: must be cut at its edges.
                Road {
                    class: RoadClass::Major,
                    structure: Structure::Normal,
                    name: Some(0),
                    points: vec![(-4000, -100), (4000, -100)],
                },
                Road {
                    class: RoadClass::Minor,
                    structure: Structure::Bridge,
                    name: Some(1),
                    points: vec![(0, -4000), (0, 4000)],
                },
                // Wholly outside.
                Road {
                    class: RoadClass::Highway,
                    structure: Structure::Normal,
                    name: None,
                    points: vec![(4000, 4000), (4500, 4500)],
                },
            ],
            vec![Water {
                rings: vec![vec![(-3000, -100), (3000, -100), (3000, -50), (-3000, -50)]],
            }],
        )
    }

    fn view() -> View {
        View {
            lat: 45.188,
            lon: 5.724,
            metres_per_pixel: 2.0,
            width: 400,
            height: 300,
            person: Some(Person {
                lat: 45.188,
                lon: 5.724,
                label: "You are here".into(),
            }),
            markers: vec![
                Marker {
                    lat: 45.1885,
                    lon: 5.7245,
                    label: "Bibliothèque <Centre>".into(),
                    need: Need::Wifi,
                    text: "1".into(),
                },
                Marker {
                    lat: 45.3,
                    lon: 5.9,
                    label: "Far away".into(),
                    need: Need::Computers,
                    text: "2".into(),
                },
            ],
            route_to: None,
            markers_above: false,
            label: "Street map".into(),
        }
    }

    #[test]
    fn a_view_draws_only_what_is_inside_it() {
        let svg = render_svg(&layer(), &view(), &Tr::new(Lang::En));
        let points = written_coordinates(&svg).unwrap();
        assert!(points.len() > 10);
        for (x, y) in points {
            assert!(
                (0.0..=400.0).contains(&x) && (0.0..=300.0).contains(&y),
                "({x}, {y}) outside"
            );
        }
        assert!(svg.contains("class=\"water\""), "{svg}");
        assert!(svg.contains("class=\"road major\""));
        assert!(svg.contains("bridge-casing"));
        assert!(!svg.contains("highway"), "the highway is outside: {svg}");
        assert!(
            svg.contains("<title>Bibliothèque &lt;Centre&gt;</title>"),
            "{svg}"
        );
        assert!(svg.contains("data-need=\"wifi\""));
        assert!(
            !svg.contains("Far away"),
            "a marker outside the view is not drawn"
        );
        assert!(svg.contains("<title>You are here</title>"));
        assert!(svg.contains("r=\"24\""), "a 48 px target");
        assert!(
            svg.contains("<title>Cours Berriat</title>"),
            "a long street is named"
        );
        assert!(svg.contains("min walk"));
        assert!(svg.contains("© OpenStreetMap contributors"));
        assert!(
            svg.contains("direction=\"ltr\""),
            "labels keep their anchors on a right-to-left page"
        );
        // The major street crosses the whole width, cut at the edges.
        assert!(svg.contains("M0 ") && svg.contains("L400 "), "{svg}");
    }

    #[test]
    fn the_same_view_gives_the_same_bytes() {
        let tr = Tr::new(Lang::En);
        assert_eq!(
            render_svg(&layer(), &view(), &tr),
            render_svg(&layer(), &view(), &tr)
        );
    }

    #[test]
    fn the_scale_bar_says_the_minutes_the_app_says() {
        for m in [1, 2, 5, 10, 30] {
            assert_eq!(crate::query::walking_minutes(scale_metres(m) - 0.01), m);
        }
    }

    #[test]
    fn numbers_are_short_and_signed_right() {
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(12.0), "12");
        assert_eq!(num(3.25), "3.3");
        assert_eq!(num(-12.34), "-12.3");
    }

    #[test]
    fn odd_views_do_not_panic() {
        let tr = Tr::new(Lang::En);
        let mut v = view();
        for (lat, mpp, w) in [
            (f64::NAN, f64::INFINITY, 0),
            (90.0, 0.0, u32::MAX),
            (-45.0, 1e9, 1),
        ] {
            v.lat = lat;
            v.metres_per_pixel = mpp;
            v.width = w;
            let _ = render_svg(&layer(), &v, &tr);
        }
        let mut odd = layer();
        odd.water.push(Water { rings: Vec::new() });
        odd.roads[0].points.truncate(1);
        odd.roads[1].name = Some(99);
        let _ = render_svg(&odd, &view(), &tr);
    }

    #[test]
    fn a_tap_gives_back_the_position_drawn_there() {
        let (l, v) = (layer(), view());
        for (lat, lon) in [(45.188, 5.724), (45.1885, 5.7245), (45.187, 5.722)] {
            let (x, y) = pixel_of(&l, &v, lat, lon);
            let (lat2, lon2) = position_at(&l, &v, x, y);
            assert!((lat - lat2).abs() < 1e-7 && (lon - lon2).abs() < 1e-7);
        }
        // The person is drawn at the centre of a view centred on them.
        let (x, y) = pixel_of(&l, &v, v.lat, v.lon);
        assert!((x - 200.0).abs() < 1e-6 && (y - 150.0).abs() < 1e-6);
        // North is up: a place further north is higher on screen.
        assert!(pixel_of(&l, &v, 45.189, 5.724).1 < y);
    }

    #[test]
    fn the_zoom_chosen_shows_every_place_asked_and_no_farther_out() {
        let (l, v) = (layer(), view());
        // 100 m away fits at 1 m per pixel in a 400 × 300 view (150 px to the edge).
        assert_eq!(zoom_to_fit(&l, &v, &[(45.1889, 5.724)], 24.0), 0);
        // About 400 m north needs 4 m per pixel: 2 m per pixel would put it off the top.
        let far = [(45.1916, 5.724)];
        let i = zoom_to_fit(&l, &v, &far, 24.0);
        assert_eq!(ZOOM_LEVELS[i], 4.0);
        let fitted = View {
            metres_per_pixel: ZOOM_LEVELS[i],
            ..v.clone()
        };
        let (_, y) = pixel_of(&l, &fitted, far[0].0, far[0].1);
        assert!(y >= 24.0);
        // Too far for any level: the farthest one.
        assert_eq!(
            zoom_to_fit(&l, &v, &[(46.5, 5.7)], 24.0),
            ZOOM_LEVELS.len() - 1
        );
    }

    #[test]
    fn the_way_to_the_chosen_place_is_drawn_and_markers_above_leave_their_space() {
        let tr = Tr::new(Lang::En);
        let mut v = view();
        assert!(!render_svg(&layer(), &v, &tr).contains("class=\"route\""));
        v.route_to = Some((45.1885, 5.7245));
        let svg = render_svg(&layer(), &v, &tr);
        assert!(svg.contains("class=\"route\""), "{svg}");
        v.markers_above = true;
        let svg = render_svg(&layer(), &v, &tr);
        assert!(
            !svg.contains("class=\"place\""),
            "the interface draws them: {svg}"
        );
        assert!(svg.contains("class=\"you\""));
        // Without the person there is no way to draw.
        v.person = None;
        assert!(!render_svg(&layer(), &v, &tr).contains("class=\"route\""));
    }

    #[test]
    fn a_plain_layer_covers_nothing_and_still_places_what_is_asked() {
        let plain = MapLayer::plain(48.85, 2.35);
        assert!(!plain.covers(48.85, 2.35));
        assert!(layer().covers(45.188, 5.724));
        assert!(
            !layer().covers(48.85, 2.35),
            "Paris is not in the Grenoble layer"
        );
        let v = View {
            lat: 48.85,
            lon: 2.35,
            markers: vec![Marker {
                lat: 48.851,
                lon: 2.351,
                label: "Médiathèque".into(),
                need: Need::Wifi,
                text: "1".into(),
            }],
            person: Some(Person {
                lat: 48.85,
                lon: 2.35,
                label: "You are here".into(),
            }),
            ..view()
        };
        let svg = render_svg(&plain, &v, &Tr::new(Lang::En));
        assert!(svg.contains("<title>Médiathèque</title>"));
        assert!(!svg.contains("class=\"road"));
    }

    #[test]
    fn far_out_only_the_main_roads_are_drawn() {
        let tr = Tr::new(Lang::En);
        let mut v = view();
        v.metres_per_pixel = MINOR_STREETS_UP_TO_MPP;
        assert!(render_svg(&layer(), &v, &tr).contains("road minor"));
        v.metres_per_pixel = 16.0;
        let svg = render_svg(&layer(), &v, &tr);
        assert!(!svg.contains("road minor"), "{svg}");
        assert!(svg.contains("road major"));
    }

    #[test]
    fn a_place_across_the_river_is_told_apart() {
        // The test layer's water: a strip 6 km long and 50 m wide, 50 to 100 m south of the
        // centre (300,000 m²: a river).
        let l = layer();
        let north = (45.1885, 5.724);
        let across = (45.1870, 5.724);
        let same_bank = (45.1889, 5.727);
        assert!(crosses_river(&l, north, across));
        assert!(crosses_river(&l, across, north));
        assert!(!crosses_river(&l, north, same_bank));
        // The same strip 30 m long is a pond: no word for it.
        let mut pond = layer();
        pond.water[0].rings[0] = vec![(-15, -100), (15, -100), (15, -50), (-15, -50)];
        assert!(!crosses_river(&pond, north, across));
    }
}
