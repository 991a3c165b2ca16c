//! The system's voices through the `tts` crate: speech-dispatcher on Linux, AVSpeechSynthesizer
//! on iOS and macOS, SAPI on Windows. Not on Android, where the crate's backend needs a Java
//! class packaged in the app and panics without it (`android::speech` speaks instead).

use crate::i18n::Lang;
use crate::voice::Speaker;
use std::cell::RefCell;

/// The system's text-to-speech engine, opened on first use.
pub struct SystemVoice(RefCell<Option<tts::Tts>>);

impl Default for SystemVoice {
    fn default() -> Self {
        SystemVoice(RefCell::new(None))
    }
}

impl Speaker for SystemVoice {
    fn speak(&self, text: &str, lang: Lang, rate: f32) {
        let mut slot = self.0.borrow_mut();
        if slot.is_none() {
            *slot = tts::Tts::default().ok();
        }
        let Some(engine) = slot.as_mut() else { return };
        if let Ok(voices) = engine.voices() {
            if let Some(v) = voices
                .into_iter()
                .find(|v| v.language().primary_language() == lang.code())
            {
                let _ = engine.set_voice(&v);
            }
        }
        let normal = engine.normal_rate();
        let span = if rate >= 1.0 {
            engine.max_rate() - normal
        } else {
            normal - engine.min_rate()
        };
        let _ = engine.set_rate(normal + (rate - 1.0).clamp(-0.5, 0.5) * 2.0 * span * 0.5);
        let _ = engine.speak(text, true);
    }
}
