//! Importer stub.
