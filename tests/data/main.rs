//! The cartography, one test binary (each area of the app links its tests once): the real
//! Isère data built, queried, searched and merged (`isere`), the query entry points under any
//! numbers (`query_properties`), search as a new user types it on the bundled snapshot
//! (`search_words`), and the command line as people use it (`cli`).

mod cli;
mod isere;
mod query_properties;
mod search_words;
