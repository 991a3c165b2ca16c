//! One file per screen. Every screen starts with its read-aloud button.

mod about;
mod favourites;
mod home;
mod place;
mod results;
mod settings;
mod shell;
mod where_am_i;

pub use about::About;
pub use favourites::Favourites;
pub use home::Home;
pub use place::PlaceSheet;
pub use results::Results;
pub use settings::Settings;
pub use shell::Shell;
pub use where_am_i::{Where, WhereCommune};
