//! The cartography, one test binary (each area of the app links its tests once): the real
//! Isère data built, queried, searched and merged (`isere`), the query entry points under any
//! numbers (`query_properties`), search as a new user types it on the bundled snapshot
//! (`search_words`), the command line as people use it (`cli`), and the national and
//! other-city lists on their real files (`national`).

mod cli;
mod isere;
mod national;
mod query_properties;
mod search_words;
