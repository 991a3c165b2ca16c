//! Reminders, one test binary (each area of the app links its tests once):
//! the schedule engine over years of calendar (`engine`), property tests (`properties`), the
//! words in every language (`words`), the iCalendar export read back by independent parsers
//! (`ical`), privacy of the person's database (`privacy`), the notification seam (`platforms`)
//! and real desktop notifications over D-Bus (`desktop`, feature `notify`).

mod desktop;
mod engine;
mod ical;
mod platforms;
mod privacy;
mod properties;
mod words;
