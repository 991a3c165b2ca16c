//! Any French weekly free text (`hours::weekly_text_to_osm`, what the Hinaura and France
//! services importers call on their per-day columns): the converter reads what is clear and
//! refuses the rest, never panics, and an expression it returns is one the app can evaluate
//! (`Schedule::parse` accepts it; the module's tests assert the same on the real exports).
//! Built with `cfg(fuzzing)` like `hours`: nothing catches a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toutpres::hours::{weekly_text_to_osm, Schedule};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // One line per day, Monday first; Sunday's text is the rest (newlines included); a day
    // without a line is one the source leaves out (`None`), an empty line one it leaves blank.
    let mut lines = text.splitn(7, '\n');
    let days: [Option<&str>; 7] = std::array::from_fn(|_| lines.next());
    if let Ok(Some(osm)) = weekly_text_to_osm(&days) {
        if let Err(e) = Schedule::parse(&osm) {
            panic!("{osm:?} from {days:?} does not parse: {e:?}");
        }
    }
});
