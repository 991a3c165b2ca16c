//! Reading aloud. The words come from `present::script_*`; this module only speaks them.
//!
//! Desktop and iOS speak through the system's voices with the `tts` crate (speech-dispatcher
//! on Linux, AVSpeechSynthesizer on iOS); Android speaks through its `TextToSpeech` over JNI
//! (`android.rs`: the crate's Android backend needs a Java class in the app). In the browser
//! (liveview) the page speaks with the Web Speech API; the page also keeps the last script in
//! `window.toutpresLastSpoken` so tests can check what was said.

use crate::i18n::Lang;
use std::rc::Rc;

/// The platform's voice.
pub trait Speaker {
    /// Speak `text` in `lang` at `rate` (1.0 = normal), interrupting anything being said.
    fn speak(&self, text: &str, lang: Lang, rate: f32);
}

/// No voice on this device: the script is still shown on screen.
pub struct Silent;

impl Speaker for Silent {
    fn speak(&self, _text: &str, _lang: Lang, _rate: f32) {}
}

#[cfg(target_os = "android")]
pub mod android;

#[cfg(all(
    any(feature = "desktop", feature = "mobile"),
    not(target_os = "android")
))]
mod system {
    use super::*;
    use std::cell::RefCell;

    /// The system's text-to-speech engine, opened on first use.
    pub struct SystemVoice(RefCell<Option<tts::Tts>>);

    impl SystemVoice {
        pub fn new() -> Self {
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
}

/// The voice for this build.
pub fn platform_speaker() -> Rc<dyn Speaker> {
    #[cfg(target_os = "android")]
    {
        Rc::new(android::AndroidVoice)
    }
    #[cfg(all(
        any(feature = "desktop", feature = "mobile"),
        not(target_os = "android")
    ))]
    {
        Rc::new(system::SystemVoice::new())
    }
    #[cfg(not(any(feature = "desktop", feature = "mobile", target_os = "android")))]
    {
        Rc::new(Silent)
    }
}

/// JavaScript that speaks in the page (liveview), with the language and rate.
pub fn browser_speech_js(text: &str, lang: Lang, rate: f32) -> String {
    let text = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    format!(
        "window.toutpresLastSpoken = {text};\
         if (window.speechSynthesis) {{ speechSynthesis.cancel(); \
           const u = new SpeechSynthesisUtterance({text}); u.lang = '{}'; u.rate = {rate}; speechSynthesis.speak(u); }}",
        lang.code()
    )
}
