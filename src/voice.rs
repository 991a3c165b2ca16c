//! Reading aloud: the [`Speaker`] seam. The words come from `present::script_*` and
//! `reminders::speech`; a speaker only says them. The voices are platform edges
//! (`crate::platform`): the system's voices on desktop and iOS, Android's `TextToSpeech`, the
//! browser's Web Speech; where none exists the words stay on screen.

use crate::i18n::Lang;

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
