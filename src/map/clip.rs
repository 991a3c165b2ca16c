//! Cutting streets and water to the view before drawing: nothing outside the picture is
//! written, so a view stays a few kilobytes of SVG.
//!
//! # Why not `geo`'s `BooleanOps` here
//! The layer's builder clips with `geo` (any shape against any shape). A view is only an
//! axis-aligned rectangle, for which two textbook algorithms are exact: Liang–Barsky for
//! lines, Sutherland–Hodgman for rings. Drawing with `BooleanOps` pulled its general overlay
//! engine into the web app's module: 77 KB more with brotli on a first visit whose budget is
//! 1.2 MB (BENCHMARKS.md, "The web app"). These 100 lines replace it when drawing.
//!
//! A ring cut by Sutherland–Hodgman may keep zero-width runs along the view's edge where a
//! concave shape left and came back; filled, they cover no pixel, and holes are cut the same
//! way, so the even-odd fill of the picture is unchanged.

use geo::{Coord, LineString};

/// The view: `0..=w × 0..=h` in pixels.
#[derive(Debug, Clone, Copy)]
pub struct ViewBox {
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    fn contains(&self, c: Coord<f64>) -> bool {
        (0.0..=self.w).contains(&c.x) && (0.0..=self.h).contains(&c.y)
    }

    /// The part of segment `a`–`b` inside the view, if any (Liang–Barsky).
    fn segment(&self, a: Coord<f64>, b: Coord<f64>) -> Option<(Coord<f64>, Coord<f64>)> {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, a.x),
            (dx, self.w - a.x),
            (-dy, a.y),
            (dy, self.h - a.y),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return None;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        (t0 <= t1).then_some({
            (
                Coord {
                    x: a.x + t0 * dx,
                    y: a.y + t0 * dy,
                },
                Coord {
                    x: a.x + t1 * dx,
                    y: a.y + t1 * dy,
                },
            )
        })
    }

    /// The parts of a line inside the view, each a line of at least two points.
    pub fn clip_line(&self, line: &LineString<f64>) -> Vec<LineString<f64>> {
        if line.0.iter().all(|&c| self.contains(c)) {
            return if line.0.len() >= 2 {
                vec![line.clone()]
            } else {
                Vec::new()
            };
        }
        let mut out = Vec::new();
        let mut current: Vec<Coord<f64>> = Vec::new();
        for w in line.0.windows(2) {
            match self.segment(w[0], w[1]) {
                Some((a, b)) => {
                    if current.last() != Some(&a) {
                        if current.len() >= 2 {
                            out.push(LineString(std::mem::take(&mut current)));
                        }
                        current.clear();
                        current.push(a);
                    }
                    current.push(b);
                }
                None => {
                    if current.len() >= 2 {
                        out.push(LineString(std::mem::take(&mut current)));
                    }
                    current.clear();
                }
            }
        }
        if current.len() >= 2 {
            out.push(LineString(current));
        }
        out
    }

    /// A ring (open or closed) cut to the view (Sutherland–Hodgman, one edge at a time);
    /// `None` when nothing of it is left.
    pub fn clip_ring(&self, ring: &[Coord<f64>]) -> Option<Vec<Coord<f64>>> {
        let (w, h) = (self.w, self.h);
        // Each edge: is a point inside it, and where a segment crosses it.
        type Inside = fn(Coord<f64>, f64, f64) -> bool;
        let edges: [(Inside, bool, f64); 4] = [
            (|c, _, _| c.x >= 0.0, true, 0.0),
            (|c, w, _| c.x <= w, true, w),
            (|c, _, _| c.y >= 0.0, false, 0.0),
            (|c, _, h| c.y <= h, false, h),
        ];
        let mut points: Vec<Coord<f64>> = ring.to_vec();
        for (inside, vertical, at) in edges {
            let &last = points.last()?;
            let cross = |a: Coord<f64>, b: Coord<f64>| {
                if vertical {
                    let t = (at - a.x) / (b.x - a.x);
                    Coord {
                        x: at,
                        y: a.y + t * (b.y - a.y),
                    }
                } else {
                    let t = (at - a.y) / (b.y - a.y);
                    Coord {
                        x: a.x + t * (b.x - a.x),
                        y: at,
                    }
                }
            };
            let mut out = Vec::with_capacity(points.len() + 4);
            let mut prev = last;
            for &p in &points {
                match (inside(prev, w, h), inside(p, w, h)) {
                    (true, true) => out.push(p),
                    (true, false) => out.push(cross(prev, p)),
                    (false, true) => {
                        out.push(cross(prev, p));
                        out.push(p);
                    }
                    (false, false) => {}
                }
                prev = p;
            }
            points = out;
        }
        (points.len() >= 3).then_some(points)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(x: f64, y: f64) -> Coord<f64> {
        Coord { x, y }
    }

    const VIEW: ViewBox = ViewBox { w: 100.0, h: 50.0 };

    #[test]
    fn a_line_is_cut_at_the_edges_and_split_where_it_leaves_and_comes_back() {
        let line = LineString(vec![
            c(-50.0, 10.0),
            c(50.0, 10.0),
            c(50.0, 80.0),
            c(80.0, 20.0),
            c(200.0, 20.0),
        ]);
        let parts = VIEW.clip_line(&line);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert_eq!(parts[0].0, vec![c(0.0, 10.0), c(50.0, 10.0), c(50.0, 50.0)]);
        assert_eq!(parts[1].0.last(), Some(&c(100.0, 20.0)));
        for p in parts.iter().flat_map(|l| l.0.iter()) {
            assert!(VIEW.contains(*p), "{p:?}");
        }
        // Wholly inside: as it is; wholly outside: nothing.
        let inside = LineString(vec![c(1.0, 1.0), c(2.0, 2.0)]);
        assert_eq!(VIEW.clip_line(&inside), vec![inside]);
        assert!(VIEW
            .clip_line(&LineString(vec![c(-5.0, -5.0), c(-1.0, 80.0)]))
            .is_empty());
    }

    #[test]
    fn a_ring_is_cut_to_the_view_and_keeps_its_area_inside() {
        // A square from (50, 25) to (150, 75): its quarter inside the view.
        let ring = [c(50.0, 25.0), c(150.0, 25.0), c(150.0, 75.0), c(50.0, 75.0)];
        let cut = VIEW.clip_ring(&ring).unwrap();
        let area = cut
            .iter()
            .zip(cut.iter().cycle().skip(1))
            .map(|(a, b)| a.x * b.y - b.x * a.y)
            .sum::<f64>()
            .abs()
            / 2.0;
        assert!((area - 50.0 * 25.0).abs() < 1e-9, "{area}: {cut:?}");
        for p in &cut {
            assert!(VIEW.contains(*p));
        }
        // Around the whole view: the view itself.
        let around = [
            c(-10.0, -10.0),
            c(200.0, -10.0),
            c(200.0, 200.0),
            c(-10.0, 200.0),
        ];
        assert_eq!(VIEW.clip_ring(&around).map(|r| r.len()), Some(4));
        // Away from it: nothing.
        assert!(VIEW
            .clip_ring(&[c(200.0, 0.0), c(300.0, 0.0), c(300.0, 10.0)])
            .is_none());
        assert!(VIEW.clip_ring(&[]).is_none());
    }
}
