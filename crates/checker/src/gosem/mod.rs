//! Go's own reading of its module-download configuration, reproduced exactly (see
//! `shared/go-semantics.md`; each module cites the Go source it follows and carries Go's test
//! vectors). Pure functions of strings: no model, no spans.

pub mod env;
pub mod fetch;
pub mod goflags;
pub mod govcs;
pub mod httpproxy;
pub mod pattern;
pub mod proxy;
pub mod sumdb;
pub mod toolchain;
pub mod url;
mod version;

pub use env::{GoEnv, Settings};
pub use version::GoVersion;

/// The newest Go minor release this checker knows (assumed when a context does not say).
pub const NEWEST_MINOR: u64 = 27;
