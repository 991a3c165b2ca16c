//! Reading aloud in the browser. The [`crate::voice::Speaker`] seam and the native voices are
//! in `crate::voice` and `crate::platform`; this is what the page runs.
//!
//! In the browser (liveview) the page speaks with the Web Speech API; the page also keeps the last script in
//! `window.toutpresLastSpoken` so tests can check what was said.

use crate::i18n::Lang;

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
