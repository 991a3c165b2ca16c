//! Reading what the publisher compressed: full snapshots and deltas are zstd frames.
//!
//! # Why a pure Rust decoder
//! The publisher compresses with the zstd C library (`zstd`), but the phone and the browser
//! only decode, with `ruzstd`: the C library's decoder was about 120 KB of the web app's module
//! (twiggy, 2026-12-03), and the first visit had no room left under its 1.2 MB target. One
//! decoder everywhere, so the tests on the phone's path test the browser's too.

use std::io::Read;

/// A reader of the decompressed bytes of one zstd frame; an input that does not start as one
/// is an error at once, a broken one when read.
pub fn decoder<R: Read>(input: R) -> Result<impl Read, String> {
    ruzstd::decoding::StreamingDecoder::new(input).map_err(|e| format!("not zstd data: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_publisher_compresses_reads_back() {
        let text: Vec<u8> = (0..200_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect();
        for level in [1, 19] {
            let packed = zstd::bulk::compress(&text, level).unwrap();
            let mut out = Vec::new();
            decoder(packed.as_slice())
                .unwrap()
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(out, text, "level {level}");
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(decoder(&b"not compressed"[..]).is_err());
        let packed = zstd::bulk::compress(b"tout pres tout pres tout pres", 19).unwrap();
        // A cut download never reads back as the whole text.
        let mut cut = packed[..packed.len() - 3].to_vec();
        let mut out = Vec::new();
        let read = decoder(cut.as_slice())
            .and_then(|mut d| d.read_to_end(&mut out).map_err(|e| e.to_string()));
        assert!(read.is_err() || out != b"tout pres tout pres tout pres");
        // Scrambled bytes: whatever comes out, no panic.
        cut.iter_mut().skip(6).for_each(|b| *b ^= 0x5a);
        let _ = decoder(cut.as_slice()).map(|mut d| d.read_to_end(&mut Vec::new()));
    }
}
