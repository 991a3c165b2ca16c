//! One file per screen. Every screen starts with its read-aloud button.

mod about;
mod contribute;
mod favourites;
mod give;
mod home;
mod map;
mod map_data;
mod place;
mod reminder_new;
mod reminder_privacy;
mod reminder_sheet;
mod reminders;
mod results;
mod search;
mod settings;
mod shell;
mod where_am_i;
mod where_on_map;

pub use about::About;
pub use contribute::{AddPlace, Contributions, ReportPlace};
pub use favourites::Favourites;
pub use give::Give;
pub use home::Home;
pub use map::{MapPlace, MapScreen};
pub use map_data::MapData;
pub use place::PlaceSheet;
pub use reminder_new::{ReminderNew, ReminderNewKind};
pub use reminder_privacy::{RemindersLock, RemindersPrivacy};
pub use reminder_sheet::ReminderSheet;
pub use reminders::Reminders;
pub use results::Results;
pub use search::Search;
pub use settings::Settings;
pub use shell::Shell;
pub use where_am_i::{Where, WhereCommune};
pub use where_on_map::WhereOnMap;
