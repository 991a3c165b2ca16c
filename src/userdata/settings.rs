//! The person's choices for the interface (language, text size, contrast, speech rate), and
//! the key-value table other concerns of this database keep their small values in.

use super::UserDb;
use crate::i18n::Lang;
use rusqlite::{params, OptionalExtension};

/// Settings the person chooses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub lang: Lang,
    pub larger_text: bool,
    pub high_contrast: bool,
    /// Speech rate, 0.5 (slow) to 1.5 (fast); 1.0 is the voice's normal rate.
    pub speech_rate: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Fr,
            larger_text: false,
            high_contrast: false,
            speech_rate: 0.9,
        }
    }
}

impl UserDb {
    pub fn settings(&self) -> rusqlite::Result<Settings> {
        let mut s = Settings::default();
        let mut stmt = self.conn.prepare("SELECT key, value FROM settings")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (k, v) = row?;
            match k.as_str() {
                "lang" => s.lang = Lang::from_code(&v).unwrap_or(s.lang),
                "larger_text" => s.larger_text = v == "1",
                "high_contrast" => s.high_contrast = v == "1",
                "speech_rate" => {
                    s.speech_rate = v
                        .parse::<f32>()
                        .map(|r| r.clamp(0.5, 1.5))
                        .unwrap_or(s.speech_rate)
                }
                _ => {}
            }
        }
        Ok(s)
    }

    pub fn save_settings(&self, s: &Settings) -> rusqlite::Result<()> {
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        for (k, v) in [
            ("lang", s.lang.code().to_string()),
            ("larger_text", flag(s.larger_text)),
            ("high_contrast", flag(s.high_contrast)),
            (
                "speech_rate",
                format!("{:.2}", s.speech_rate.clamp(0.5, 1.5)),
            ),
        ] {
            self.put_setting(k, &v)?;
        }
        Ok(())
    }

    pub(super) fn setting(&self, key: &str) -> rusqlite::Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
    }

    pub(super) fn put_setting(&self, key: &str, value: &str) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}
