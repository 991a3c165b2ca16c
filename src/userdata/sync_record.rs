//! The person's sync choices and the record of the last sync, in this database's own words.
//!
//! Nothing here names `crate::sync`: sync never opens the person's database, and this
//! database does not depend on sync's types, so a change in how sync works can neither reach
//! the person's data nor make their stored record unreadable. The interface turns these
//! choices into sync's policy and host, and a sync's result into a [`LastSync`]
//! (`ui::sync`, `present`).

use super::UserDb;
use chrono::NaiveDate;

/// How the person lets the app update its map, and from where (the host is shown in the
/// settings: it is the only place the app ever talks to).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncPrefs {
    /// A manifest address chosen in the settings, as typed and checked then; `None` is the
    /// app's default host. The interface checks it again before use.
    pub manifest_url: Option<String>,
    /// The region of the edition chosen from the host's list, kept with its address so a sync
    /// refuses any other edition's manifest (`None`: whatever the address serves).
    pub region: Option<String>,
    /// Update by itself when on wifi (or another unmetered network).
    pub on_wifi: bool,
    /// Mobile data may be used without asking each time.
    pub allow_mobile_data: bool,
}

impl Default for SyncPrefs {
    fn default() -> Self {
        SyncPrefs {
            manifest_url: None,
            region: None,
            on_wifi: true,
            allow_mobile_data: false,
        }
    }
}

/// The last sync, to show after a restart: what it gave, for which data, and when it ended.
/// Only what the screens need to word it again is kept.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LastSync {
    /// When it ended: UTC, RFC 3339.
    pub at: String,
    /// The result's stable id (`sync-up-to-date`, `sync-needs-consent`, …), which is also the
    /// key of its words in every language.
    pub outcome: String,
    /// The date of the map data in use after it, when known.
    pub data_from: Option<NaiveDate>,
    /// The size of the download waiting for the person's consent on mobile data, in bytes.
    pub bytes: Option<u64>,
}

impl UserDb {
    pub fn sync_prefs(&self) -> rusqlite::Result<SyncPrefs> {
        let d = SyncPrefs::default();
        let flag = |v: Option<String>, default: bool| v.map_or(default, |v| v == "1");
        Ok(SyncPrefs {
            manifest_url: self.setting("sync_url")?,
            region: self.setting("sync_region")?,
            on_wifi: flag(self.setting("sync_on_wifi")?, d.on_wifi),
            allow_mobile_data: flag(self.setting("sync_mobile_data")?, d.allow_mobile_data),
        })
    }

    pub fn save_sync_prefs(&self, p: &SyncPrefs) -> rusqlite::Result<()> {
        let flag = |b: bool| if b { "1" } else { "0" };
        for (key, value) in [("sync_url", &p.manifest_url), ("sync_region", &p.region)] {
            match value {
                Some(v) => self.put_setting(key, v)?,
                None => {
                    self.conn
                        .execute("DELETE FROM settings WHERE key = ?1", [key])?;
                }
            }
        }
        self.put_setting("sync_on_wifi", flag(p.on_wifi))?;
        self.put_setting("sync_mobile_data", flag(p.allow_mobile_data))
    }

    /// The last sync's result; `None` before the first, or when the stored one does not read
    /// (an older app stored sync's own type here).
    pub fn last_sync(&self) -> rusqlite::Result<Option<LastSync>> {
        Ok(self
            .setting("sync_last")?
            .and_then(|json| serde_json::from_str(&json).ok()))
    }

    pub fn save_last_sync(&self, last: &LastSync) -> rusqlite::Result<()> {
        let json = serde_json::to_string(last).unwrap_or_default();
        self.put_setting("sync_last", &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_choices_and_last_result_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        let last = LastSync {
            at: "2026-11-23T09:00:00Z".into(),
            outcome: "sync-needs-consent".into(),
            data_from: None,
            bytes: Some(54_119),
        };
        let chosen = SyncPrefs {
            manifest_url: Some("https://example.org/auvergne-rhone-alpes/manifest".into()),
            region: Some("Auvergne-Rhône-Alpes".into()),
            on_wifi: false,
            allow_mobile_data: true,
        };
        {
            let db = UserDb::open(&path).unwrap();
            assert_eq!(db.sync_prefs().unwrap(), SyncPrefs::default());
            assert!(db.last_sync().unwrap().is_none());
            db.save_sync_prefs(&chosen).unwrap();
            db.save_last_sync(&last).unwrap();
        }
        let db = UserDb::open(&path).unwrap();
        assert_eq!(db.sync_prefs().unwrap(), chosen);
        assert_eq!(db.last_sync().unwrap(), Some(last));
        // Back to the default host.
        db.save_sync_prefs(&SyncPrefs::default()).unwrap();
        assert_eq!(db.sync_prefs().unwrap().manifest_url, None);
    }

    #[test]
    fn a_last_sync_stored_by_an_older_app_reads_as_none() {
        let db = UserDb::open_in_memory().unwrap();
        // What the app stored before this record existed: sync's own result type.
        db.put_setting(
            "sync_last",
            r#"{"at":"2026-11-23T09:00:00Z","outcome":{"outcome":"needs-consent","bytes":54119,"to":20261123}}"#,
        )
        .unwrap();
        assert_eq!(db.last_sync().unwrap(), None);
        db.put_setting("sync_last", "not json").unwrap();
        assert_eq!(db.last_sync().unwrap(), None);
    }
}
