//! `.goproxy-doctor.toml`: the repository's configuration of the checker.

use std::collections::BTreeMap;

use crate::report::Severity;

/// The effective configuration of one run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Module path patterns (GOPRIVATE syntax) of the organisation's private modules.
    pub private: Vec<String>,
    /// Hosts that serve public modules, in addition to the well-known public code hosts.
    pub public_hosts: Vec<String>,
    /// Rules (id or name) that do not run.
    pub disable: Vec<String>,
    /// Severity remaps: rule id → severity.
    pub severity: BTreeMap<String, Severity>,
    /// Paths (gitignore-style globs, relative to the repository root) not analysed.
    pub exclude: Vec<String>,
    /// Findings ignored by place: `path` or `path:line`, with the rules.
    pub ignore: Vec<PathIgnore>,
}

/// `[[ignore]]`: findings of `rules` at `path` (on `line`, when given) are ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathIgnore {
    pub path: String,
    pub line: Option<u32>,
    pub rules: Vec<String>,
    pub reason: Option<String>,
}
