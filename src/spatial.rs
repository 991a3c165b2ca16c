//! The spatial index: exact k-nearest places on the sphere, per need.
//!
//! Why not SQLite's R*Tree: on the national workload it answers in ~0.7 ms at 300k places;
//! the target is 0.025 ms, and opening must cost nothing. So the snapshot carries, for each
//! need, a static k-d tree already laid out in its final order: opening it is one blob copy,
//! no tree is built on the phone.
//!
//! Layout: an implicit balanced k-d tree over `[lo, hi)`: the node is the middle entry, the
//! left subtree is `[lo, mid)`, the right `[mid + 1, hi)`. Each entry stores its point in
//! integer microdegrees (the sources' six decimals, exactly) and the place id; the top bit of
//! the id says whether that node splits on latitude or longitude (chosen per node by the
//! larger metric extent, so clustered cities split well).
//!
//! Exactness: ranking uses the haversine value `h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)`,
//! a monotone function of great-circle distance, computed in f64. Pruning uses lower bounds of
//! `h` that never overestimate (polynomial bounds of sine and cosine), so no nearer place is
//! ever skipped; trigonometry runs only for entries that might enter the result.

use std::f64::consts::PI;

/// Mean Earth radius (IUGG), the sphere every distance in the app is measured on.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

const DEG_E6_TO_RAD: f64 = PI / 180.0 / 1e6;
const AXIS_LON: u32 = 1 << 31;
const LEAF_SIZE: usize = 8;

/// One indexed point: latitude and longitude in microdegrees, and the place id with the split
/// axis in its top bit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub lat_e6: i32,
    pub lon_e6: i32,
    id_axis: u32,
}

impl Entry {
    pub fn new(id: u32, lat_e6: i32, lon_e6: i32) -> Entry {
        assert!(id < AXIS_LON, "place ids must fit in 31 bits");
        Entry {
            lat_e6,
            lon_e6,
            id_axis: id,
        }
    }
    pub fn id(&self) -> u32 {
        self.id_axis & !AXIS_LON
    }
    fn splits_on_lon(&self) -> bool {
        self.id_axis & AXIS_LON != 0
    }
}

pub fn to_e6(deg: f64) -> i32 {
    (deg * 1e6).round() as i32
}

/// Haversine value between two points given in radians, with the first point's cosine.
#[inline]
fn haversine_h(lat1: f64, cos_lat1: f64, lat2: f64, dlon: f64) -> f64 {
    let s1 = ((lat2 - lat1) * 0.5).sin();
    let s2 = (dlon * 0.5).sin();
    s1 * s1 + cos_lat1 * lat2.cos() * s2 * s2
}

/// Great-circle distance in metres from a haversine value.
pub fn h_to_metres(h: f64) -> f64 {
    2.0 * EARTH_RADIUS_M * h.clamp(0.0, 1.0).sqrt().asin()
}

/// Haversine value of a distance in metres.
pub fn metres_to_h(m: f64) -> f64 {
    if m >= PI * EARTH_RADIUS_M {
        return 1.0;
    }
    let s = (m / (2.0 * EARTH_RADIUS_M)).sin();
    s * s
}

/// Exact great-circle distance in metres between two points in degrees.
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    h_to_metres(haversine_h(p1, p1.cos(), p2, (lon2 - lon1).to_radians()))
}

/// Lower bound of sin²(x/2) for x in [0, π]: sin y ≥ y − y³/6 for y ≥ 0, and that is ≥ 0 for
/// y ≤ √6.
#[inline]
fn sin2_half_lower(x: f64) -> f64 {
    let y = 0.5 * x;
    let s = y - y * y * y * (1.0 / 6.0);
    s * s
}

/// A static k-d tree for one need.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    entries: Vec<Entry>,
    /// cos of the largest |latitude| in the tree: a lower bound of cos φ for every entry.
    cos_far: f64,
}

/// A query's fixed facts, computed once.
struct Probe {
    lat: f64,
    cos_lat: f64,
    lon: f64,
    lat_e6: i32,
    lon_e6: i32,
}

/// The current k best, sorted by `h` (k is small: insertion sort beats a heap).
pub struct Best {
    k: usize,
    /// Haversine bound: nothing at or beyond it is wanted.
    limit: f64,
    items: Vec<(f64, u32)>,
}

impl Best {
    pub fn new(k: usize, radius_m: f64) -> Best {
        Best {
            k,
            limit: metres_to_h(radius_m),
            // Reserve for a small k only: a huge k must not reserve memory for places that
            // are not there.
            items: Vec::with_capacity(k.min(1024) + 1),
        }
    }
    /// The `h` a candidate must beat.
    #[inline]
    fn worst(&self) -> f64 {
        if self.k == 0 {
            // Nothing is wanted: no candidate can beat this.
            return f64::NEG_INFINITY;
        }
        if self.items.len() < self.k {
            self.limit
        } else {
            self.items[self.k - 1].0
        }
    }
    fn offer(&mut self, h: f64, id: u32) {
        if h > self.worst() || self.k == 0 {
            return;
        }
        // A place can be in several need trees: keep it once.
        if self.items.iter().any(|&(_, i)| i == id) {
            return;
        }
        let pos = self.items.partition_point(|&(bh, bid)| (bh, bid) < (h, id));
        self.items.insert(pos, (h, id));
        self.items.truncate(self.k);
    }
    /// (place id, distance in metres), nearest first.
    pub fn into_results(self) -> Vec<(u32, f64)> {
        self.items
            .into_iter()
            .map(|(h, id)| (id, h_to_metres(h)))
            .collect()
    }
}

impl Tree {
    /// Build the tree. Deterministic: the same entries in any order give the same layout.
    pub fn build(mut entries: Vec<Entry>) -> Tree {
        entries.sort_unstable_by_key(|e| (e.lat_e6, e.lon_e6, e.id()));
        let n = entries.len();
        layout(&mut entries, 0, n);
        Tree::from_entries(entries)
    }

    fn from_entries(entries: Vec<Entry>) -> Tree {
        let max_abs_lat = entries
            .iter()
            .map(|e| e.lat_e6.unsigned_abs())
            .max()
            .unwrap_or(0);
        let cos_far = (max_abs_lat as f64 * DEG_E6_TO_RAD).cos().max(0.0);
        Tree { entries, cos_far }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in layout order, without their split axes: [`Tree::build`] on them (ids
    /// changed or not) lays a tree out again, so a tree is rebuilt without decoding its bytes.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = Entry> + '_ {
        self.entries.iter().map(|e| Entry {
            id_axis: e.id(),
            ..*e
        })
    }

    /// Serialize: 12 bytes per entry, little-endian (lat, lon, id|axis).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.entries.len() * 12);
        for e in &self.entries {
            out.extend_from_slice(&e.lat_e6.to_le_bytes());
            out.extend_from_slice(&e.lon_e6.to_le_bytes());
            out.extend_from_slice(&e.id_axis.to_le_bytes());
        }
        out
    }

    /// Read a serialized tree. `None` when the length is not a whole number of entries.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tree> {
        if bytes.len() % 12 != 0 {
            return None;
        }
        let word = |c: &[u8], i: usize| [c[i], c[i + 1], c[i + 2], c[i + 3]];
        let entries = bytes
            .chunks_exact(12)
            .map(|c| Entry {
                lat_e6: i32::from_le_bytes(word(c, 0)),
                lon_e6: i32::from_le_bytes(word(c, 4)),
                id_axis: u32::from_le_bytes(word(c, 8)),
            })
            .collect();
        Some(Tree::from_entries(entries))
    }

    /// Offer every entry that passes `keep` to `best`, visiting only subtrees that could hold
    /// a better one. Several trees can share one `best` (a query for several needs).
    pub fn search(&self, lat: f64, lon: f64, best: &mut Best, keep: &mut dyn FnMut(u32) -> bool) {
        if self.entries.is_empty() {
            return;
        }
        let lat_r = lat.to_radians();
        let probe = Probe {
            lat: lat_r,
            cos_lat: lat_r.cos(),
            lon: lon.to_radians(),
            lat_e6: to_e6(lat),
            lon_e6: to_e6(lon),
        };
        let cos_product = probe.cos_lat * self.cos_far;
        self.visit(
            0,
            self.entries.len(),
            &probe,
            cos_product,
            0.0,
            0.0,
            best,
            keep,
        );
    }

    /// `dlat_min`/`dlon_min`: how far (radians) the probe is from the subtree's box on each
    /// axis, as known from the splits above.
    #[allow(clippy::too_many_arguments)]
    fn visit(
        &self,
        lo: usize,
        hi: usize,
        p: &Probe,
        cos_product: f64,
        dlat_min: f64,
        dlon_min: f64,
        best: &mut Best,
        keep: &mut dyn FnMut(u32) -> bool,
    ) {
        if hi - lo <= LEAF_SIZE {
            for e in &self.entries[lo..hi] {
                self.consider(e, p, cos_product, best, keep);
            }
            return;
        }
        let mid = lo + (hi - lo) / 2;
        let e = &self.entries[mid];
        let (delta_e6, on_lon) = if e.splits_on_lon() {
            (p.lon_e6 as i64 - e.lon_e6 as i64, true)
        } else {
            (p.lat_e6 as i64 - e.lat_e6 as i64, false)
        };
        // Entries equal to the split value can sit on either side; the bound for the far side
        // uses the distance to the split plane itself, which stays valid for them.
        let (near, far) = if delta_e6 < 0 {
            ((lo, mid), (mid + 1, hi))
        } else {
            ((mid + 1, hi), (lo, mid))
        };
        self.visit(
            near.0,
            near.1,
            p,
            cos_product,
            dlat_min,
            dlon_min,
            best,
            keep,
        );
        self.consider(e, p, cos_product, best, keep);
        let gap = delta_e6.unsigned_abs() as f64 * DEG_E6_TO_RAD;
        let (far_dlat, far_dlon) = if on_lon {
            (dlat_min, gap.max(dlon_min))
        } else {
            (gap.max(dlat_min), dlon_min)
        };
        let bound = sin2_half_lower(far_dlat) + cos_product * sin2_half_lower(far_dlon);
        if bound <= best.worst() {
            self.visit(far.0, far.1, p, cos_product, far_dlat, far_dlon, best, keep);
        }
    }

    #[inline]
    fn consider(
        &self,
        e: &Entry,
        p: &Probe,
        cos_product: f64,
        best: &mut Best,
        keep: &mut dyn FnMut(u32) -> bool,
    ) {
        let dlat = (p.lat_e6 as i64 - e.lat_e6 as i64).unsigned_abs() as f64 * DEG_E6_TO_RAD;
        let dlon = (p.lon_e6 as i64 - e.lon_e6 as i64).unsigned_abs() as f64 * DEG_E6_TO_RAD;
        let worst = best.worst();
        if sin2_half_lower(dlat) + cos_product * sin2_half_lower(dlon) > worst {
            return;
        }
        let h = haversine_h(
            p.lat,
            p.cos_lat,
            e.lat_e6 as f64 * DEG_E6_TO_RAD,
            e.lon_e6 as f64 * DEG_E6_TO_RAD - p.lon,
        );
        if h <= worst && keep(e.id()) {
            best.offer(h, e.id());
        }
    }
}

/// Lay out `[lo, hi)` as an implicit k-d tree, splitting each node on its wider axis.
fn layout(entries: &mut [Entry], lo: usize, hi: usize) {
    if hi - lo <= LEAF_SIZE {
        return;
    }
    let slice = &mut entries[lo..hi];
    let (mut min_lat, mut max_lat, mut min_lon, mut max_lon) =
        (i32::MAX, i32::MIN, i32::MAX, i32::MIN);
    for e in slice.iter() {
        min_lat = min_lat.min(e.lat_e6);
        max_lat = max_lat.max(e.lat_e6);
        min_lon = min_lon.min(e.lon_e6);
        max_lon = max_lon.max(e.lon_e6);
    }
    // Compare metric extents: a degree of longitude shrinks with cos(latitude).
    let mid_lat = ((min_lat as f64 + max_lat as f64) * 0.5 * DEG_E6_TO_RAD).cos();
    let on_lon = (max_lon as f64 - min_lon as f64) * mid_lat > (max_lat as f64 - min_lat as f64);
    let m = (hi - lo) / 2;
    if on_lon {
        slice.select_nth_unstable_by_key(m, |e| (e.lon_e6, e.lat_e6, e.id()));
    } else {
        slice.select_nth_unstable_by_key(m, |e| (e.lat_e6, e.lon_e6, e.id()));
    }
    for e in slice.iter_mut() {
        e.id_axis &= !AXIS_LON;
    }
    if on_lon {
        slice[m].id_axis |= AXIS_LON;
    }
    layout(entries, lo, lo + m);
    layout(entries, lo + m + 1, hi);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic pseudo-random generator (tests need no crate for this).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> f64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    fn random_entries(n: usize, seed: u64) -> Vec<Entry> {
        let mut rng = Lcg(seed);
        (0..n as u32)
            .map(|id| {
                // Half clustered around Grenoble, half spread over France.
                let (lat, lon) = if id % 2 == 0 {
                    (
                        45.18 + (rng.next() - 0.5) * 0.1,
                        5.72 + (rng.next() - 0.5) * 0.1,
                    )
                } else {
                    (42.3 + rng.next() * 8.8, -4.8 + rng.next() * 13.0)
                };
                Entry::new(id, to_e6(lat), to_e6(lon))
            })
            .collect()
    }

    fn brute_force(
        entries: &[Entry],
        lat: f64,
        lon: f64,
        k: usize,
        radius: f64,
    ) -> Vec<(u32, f64)> {
        let mut all: Vec<(u32, f64)> = entries
            .iter()
            .map(|e| {
                (
                    e.id(),
                    distance_m(lat, lon, e.lat_e6 as f64 / 1e6, e.lon_e6 as f64 / 1e6),
                )
            })
            .filter(|&(_, d)| d <= radius)
            .collect();
        all.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        all.truncate(k);
        all
    }

    #[test]
    fn knn_matches_brute_force_exactly() {
        let entries = random_entries(5000, 7);
        let tree = Tree::build(entries.clone());
        let mut rng = Lcg(99);
        for q in 0..300 {
            let (lat, lon) = if q % 2 == 0 {
                (
                    45.18 + (rng.next() - 0.5) * 0.2,
                    5.72 + (rng.next() - 0.5) * 0.2,
                )
            } else {
                (42.3 + rng.next() * 8.8, -4.8 + rng.next() * 13.0)
            };
            let (k, radius) = [(20, 20_000.0), (1, 1e9), (50, 3_000.0)][q % 3];
            let mut best = Best::new(k, radius);
            tree.search(lat, lon, &mut best, &mut |_| true);
            let got = best.into_results();
            let want = brute_force(&entries, lat, lon, k, radius);
            assert_eq!(got.len(), want.len(), "query {q}");
            for (g, w) in got.iter().zip(&want) {
                assert!((g.1 - w.1).abs() < 1e-6, "query {q}: {g:?} vs {w:?}");
            }
        }
    }

    #[test]
    fn filter_is_applied_during_search() {
        let entries = random_entries(2000, 3);
        let tree = Tree::build(entries.clone());
        let mut best = Best::new(10, 1e9);
        tree.search(45.18, 5.72, &mut best, &mut |id| id % 3 == 0);
        let got = best.into_results();
        let kept: Vec<Entry> = entries.into_iter().filter(|e| e.id() % 3 == 0).collect();
        let want = brute_force(&kept, 45.18, 5.72, 10, 1e9);
        assert_eq!(
            got.iter().map(|g| g.0).collect::<Vec<_>>(),
            want.iter().map(|w| w.0).collect::<Vec<_>>()
        );
    }

    #[test]
    fn layout_is_deterministic_and_round_trips() {
        let mut entries = random_entries(1000, 5);
        let a = Tree::build(entries.clone()).to_bytes();
        entries.reverse();
        let b = Tree::build(entries).to_bytes();
        assert_eq!(a, b);
        let back = Tree::from_bytes(&a).unwrap();
        assert_eq!(back.to_bytes(), a);
        assert!(Tree::from_bytes(&a[..a.len() - 1]).is_none());
    }

    #[test]
    fn distance_is_haversine_on_the_mean_sphere() {
        // Grenoble station to the Bastille cable car station, about 0.9 km.
        let d = distance_m(45.1913, 5.7146, 45.1925, 5.7262);
        assert!((d - 917.0).abs() < 5.0, "{d}");
        // One degree of latitude on this sphere.
        assert!((distance_m(45.0, 5.0, 46.0, 5.0) - 111_195.08).abs() < 0.1);
    }

    #[test]
    fn a_place_in_two_trees_counts_once() {
        let e = vec![
            Entry::new(1, to_e6(45.0), to_e6(5.0)),
            Entry::new(2, to_e6(45.1), to_e6(5.0)),
        ];
        let (t1, t2) = (Tree::build(e.clone()), Tree::build(e));
        let mut best = Best::new(5, 1e9);
        t1.search(45.0, 5.0, &mut best, &mut |_| true);
        t2.search(45.0, 5.0, &mut best, &mut |_| true);
        assert_eq!(
            best.into_results().iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![1, 2]
        );
    }

    #[test]
    fn a_tree_rebuilt_from_its_entries_has_the_same_bytes() {
        let tree = Tree::build(random_entries(1000, 7));
        let mut given: Vec<Entry> = tree.entries().collect();
        assert_eq!(given.len(), 1000);
        given.reverse();
        assert_eq!(Tree::build(given).to_bytes(), tree.to_bytes());
        let read = Tree::from_bytes(&tree.to_bytes()).unwrap_or_default();
        let mut ids: Vec<u32> = read.entries().map(|e| e.id()).collect();
        ids.sort_unstable();
        assert_eq!(ids, (0..1000).collect::<Vec<_>>());
    }
}
