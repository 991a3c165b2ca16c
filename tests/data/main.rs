//! The cartography, one test binary (each area of the app links its tests once): the real
//! Isère data built, queried, searched and merged (`isere`), the query entry points under any
//! numbers (`query_properties`), search as a new user types it on the bundled snapshot
//! (`search_words`), the command line as people use it (`cli`), the national and
//! other-city lists on their real files (`national`), and the offline map on the Grenoble
//! street files (`map`).

mod cli;
mod isere;
mod map;
mod national;
mod query_properties;
mod search_words;
