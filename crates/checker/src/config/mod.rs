//! `.goproxy-doctor.toml`: the repository's configuration of the checker. The checker reads it
//! (the host only finds it and passes it as an input file), so the CLI and the GitHub Action
//! apply exactly the same configuration, with the same errors.
//!
//! ```toml
//! private = ["git.corp.example", "github.com/acme-internal"]   # GOPRIVATE syntax
//! public-hosts = ["go.mirror.example"]                          # hosts serving public modules
//! exclude = ["testdata/", "legacy/Dockerfile"]                  # .dockerignore syntax
//!
//! [rules]
//! disable = ["GPD106", "goproxy-duplicate-entry"]
//! severity = { GPD303 = "error", goproxy-dead-entry = "note" }
//!
//! [[ignore]]
//! path = "deploy/Dockerfile:12"    # path, or path:line
//! rules = ["GPD201"]
//! reason = "vendored build"
//!
//! [live]
//! public-proxy = "https://proxy.golang.org"
//! public-sumdb = "https://sum.golang.org"
//! slow-ms = 2000
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::gosem::pattern;
use crate::parse::dockerignore::{self, DockerIgnore};
use crate::report::Severity;
use crate::source::SourceFile;

/// The name of the configuration file at the root of a repository.
pub const FILE_NAME: &str = ".goproxy-doctor.toml";

/// The effective configuration of one run.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where it was read from (None: the defaults).
    pub path: Option<String>,
    /// Module path patterns (GOPRIVATE syntax) of the organisation's private modules.
    pub private: Vec<String>,
    /// Hosts that serve public modules, in addition to the well-known public code hosts.
    pub public_hosts: Vec<String>,
    /// Rule ids that do not run.
    pub disable: Vec<String>,
    /// Severity remaps: rule id → severity.
    pub severity: BTreeMap<String, Severity>,
    /// Paths not analysed (.dockerignore syntax, relative to the configuration's directory).
    pub exclude: Vec<String>,
    excluder: Option<DockerIgnore>,
    /// Findings ignored by place.
    pub ignore: Vec<PathIgnore>,
    /// `[live]`: the public proxy asked about private modules.
    pub public_proxy: Option<String>,
    /// `[live]`: the public checksum database asked about private modules.
    pub public_sumdb: Option<String>,
    /// `[live]`: the GPD808 threshold.
    pub slow_ms: Option<u32>,
}

/// `[[ignore]]`: findings of `rules` at `path` (on `line`, when given) are ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathIgnore {
    /// Repository path as the report shows it (the configuration's directory prepended).
    pub path: String,
    pub line: Option<u32>,
    /// Rule ids.
    pub rules: Vec<String>,
    pub reason: Option<String>,
    /// Where the entry is in the configuration file.
    pub range: std::ops::Range<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    #[serde(default)]
    private: Vec<Spanned<String>>,
    #[serde(default)]
    public_hosts: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    rules: RawRules,
    #[serde(default)]
    ignore: Vec<Spanned<RawIgnore>>,
    #[serde(default)]
    live: RawLive,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRules {
    #[serde(default)]
    disable: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawIgnore {
    path: Spanned<String>,
    rules: Vec<Spanned<String>>,
    #[serde(default)]
    reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLive {
    public_proxy: Option<Spanned<String>>,
    public_sumdb: Option<Spanned<String>>,
    slow_ms: Option<u32>,
}

/// The id of a rule named by id (any case) or name.
pub fn rule_id(name: &str) -> Option<String> {
    crate::rules::infos()
        .into_iter()
        .find(|r| r.id.eq_ignore_ascii_case(name) || r.name == name)
        .map(|r| r.id)
}

impl Config {
    /// Read a configuration file. Errors say where: `path:line:column: message`.
    pub fn load(file: &SourceFile) -> Result<Config, String> {
        let at = |range: std::ops::Range<usize>, message: &str| {
            let span = file.span(range.start, range.end);
            format!(
                "{}:{}:{}: {message}",
                file.path, span.start_line, span.start_column
            )
        };
        let raw: Raw = toml::from_str(&file.text).map_err(|e| {
            let message = e.message().trim_end().replace('\n', " ");
            match e.span() {
                Some(r) => at(r, &message),
                None => format!("{}: {message}", file.path),
            }
        })?;
        let dir = crate::model::files::dir_of(&file.path);
        let under = |p: &str| {
            let p = p.trim_start_matches("./");
            if dir.is_empty() {
                p.to_owned()
            } else {
                format!("{dir}/{p}")
            }
        };
        let rule = |s: &Spanned<String>| {
            rule_id(s.get_ref()).ok_or_else(|| {
                at(
                    s.span(),
                    &format!(
                        "unknown rule `{}` (write a rule id such as GPD201 or a name such as sumdb-disabled)",
                        s.get_ref()
                    ),
                )
            })
        };
        let mut config = Config {
            path: Some(file.path.clone()),
            ..Config::default()
        };
        for p in &raw.private {
            let text = p.get_ref();
            if text.is_empty() || text.contains([',', ' ', '\t', ';']) || text.contains("://") {
                return Err(at(
                    p.span(),
                    &format!(
                        "`{text}` is not one module path pattern: write each pattern as its own string, without a scheme"
                    ),
                ));
            }
            if pattern::path_match(text.trim_end_matches('/'), "x").is_err() {
                return Err(at(
                    p.span(),
                    &format!("`{text}` is not a valid pattern (Go's path.Match syntax)"),
                ));
            }
            config.private.push(text.clone());
        }
        for h in &raw.public_hosts {
            let text = h.get_ref();
            if text.is_empty() || text.contains(['/', ':', ' ', ',']) {
                return Err(at(
                    h.span(),
                    &format!(
                        "`{text}` is not a host name (write `go.example.com`, no scheme, port or path)"
                    ),
                ));
            }
            config.public_hosts.push(text.to_ascii_lowercase());
        }
        let mut problems = Vec::new();
        let mut ignore_text = String::new();
        for e in &raw.exclude {
            let text = e.get_ref();
            if text.trim().is_empty() || text.starts_with('#') || text.contains('\n') {
                return Err(at(e.span(), &format!("`{text}` is not an exclude pattern")));
            }
            ignore_text.push_str(text);
            ignore_text.push('\n');
            config.exclude.push(text.clone());
        }
        let excluder = dockerignore::parse(&ignore_text, &mut problems);
        if let Some(p) = problems.first() {
            let start = p
                .range
                .as_ref()
                .map_or(0, |r| r.start)
                .min(ignore_text.len());
            let bad = raw.exclude.get(ignore_text[..start].matches('\n').count());
            let range = bad.map_or(0..0, |b| b.span());
            return Err(at(
                range,
                &format!("invalid exclude pattern: {}", p.message),
            ));
        }
        if !config.exclude.is_empty() {
            config.excluder = Some(excluder);
        }
        for r in &raw.rules.disable {
            config.disable.push(rule(r)?);
        }
        for (r, s) in &raw.rules.severity {
            let id = rule(r)?;
            let severity = match s.get_ref().as_str() {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                "note" => Severity::Note,
                other => {
                    return Err(at(
                        s.span(),
                        &format!(
                            "unknown severity `{other}` (error, warning or note; to turn a rule off, list it in `rules.disable`)"
                        ),
                    ));
                }
            };
            config.severity.insert(id, severity);
        }
        for entry in &raw.ignore {
            let span = entry.span();
            let e = entry.get_ref();
            let text = e.path.get_ref();
            let (path, line) = match text.rsplit_once(':') {
                Some((p, l)) if !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()) => {
                    let line =
                        l.parse::<u32>().ok().filter(|&n| n > 0).ok_or_else(|| {
                            at(e.path.span(), &format!("`{l}` is not a line number"))
                        })?;
                    (p, Some(line))
                }
                _ => (text.as_str(), None),
            };
            if path.is_empty() {
                return Err(at(e.path.span(), "the path is empty"));
            }
            if e.rules.is_empty() {
                return Err(at(
                    span,
                    "an ignore entry needs at least one rule in `rules`",
                ));
            }
            let rules = e.rules.iter().map(rule).collect::<Result<Vec<_>, _>>()?;
            config.ignore.push(PathIgnore {
                path: under(path),
                line,
                rules,
                reason: e.reason.clone(),
                range: span,
            });
        }
        for (s, slot) in [
            (&raw.live.public_proxy, &mut config.public_proxy),
            (&raw.live.public_sumdb, &mut config.public_sumdb),
        ] {
            if let Some(s) = s {
                let text = s.get_ref();
                if !(text.starts_with("https://") || text.starts_with("http://")) {
                    return Err(at(s.span(), &format!("`{text}` is not an http(s) URL")));
                }
                *slot = Some(text.trim_end_matches('/').to_owned());
            }
        }
        config.slow_ms = raw.live.slow_ms;
        Ok(config)
    }

    /// Whether the file at `path` (a report path) is excluded from analysis.
    pub fn excludes(&self, path: &str) -> bool {
        let Some(excluder) = &self.excluder else {
            return false;
        };
        let dir = self.path.as_deref().map_or("", crate::model::files::dir_of);
        let rel = if dir.is_empty() {
            Some(path)
        } else {
            path.strip_prefix(dir).and_then(|p| p.strip_prefix('/'))
        };
        rel.is_some_and(|rel| excluder.decision(rel).0)
    }

    /// Whether a rule runs.
    pub fn enabled(&self, id: &str) -> bool {
        !self.disable.iter().any(|d| d == id)
    }

    /// Apply the configuration to findings: disabled rules dropped, severities remapped.
    pub fn remap(&self, findings: &mut Vec<crate::report::Finding>) {
        findings.retain(|f| self.enabled(&f.rule));
        for f in findings {
            if let Some(&s) = self.severity.get(&f.rule) {
                f.severity = s;
            }
        }
    }

    /// The configuration as TOML, defaults included (`check --show-config`).
    pub fn to_toml(&self) -> String {
        let list = |items: &[String]| {
            let quoted: Vec<String> = items.iter().map(|s| toml_string(s)).collect();
            format!("[{}]", quoted.join(", "))
        };
        let mut out = String::new();
        out.push_str(&format!(
            "# {}\n",
            match &self.path {
                Some(p) => format!("read from {p}"),
                None => "no configuration file: the defaults".to_owned(),
            }
        ));
        out.push_str(&format!("private = {}\n", list(&self.private)));
        out.push_str(&format!("public-hosts = {}\n", list(&self.public_hosts)));
        out.push_str(&format!(
            "# always public: {}\n",
            crate::model::private::PUBLIC_HOSTS.join(", ")
        ));
        out.push_str(&format!("exclude = {}\n", list(&self.exclude)));
        out.push_str("\n[rules]\n");
        out.push_str(&format!("disable = {}\n", list(&self.disable)));
        out.push_str("# every rule with the severity it reports at\n[rules.severity]\n");
        for r in crate::rules::infos() {
            let severity = self
                .severity
                .get(&r.id)
                .copied()
                .unwrap_or(r.default_severity);
            let note = if self.severity.contains_key(&r.id) {
                format!("  # default: {}", r.default_severity.as_str())
            } else {
                String::new()
            };
            out.push_str(&format!(
                "{} = \"{}\"  # {}{note}\n",
                r.id,
                severity.as_str(),
                r.name
            ));
        }
        for i in &self.ignore {
            out.push_str("\n[[ignore]]\n");
            let path = match i.line {
                Some(l) => format!("{}:{l}", i.path),
                None => i.path.clone(),
            };
            out.push_str(&format!("path = {}\n", toml_string(&path)));
            out.push_str(&format!("rules = {}\n", list(&i.rules)));
            if let Some(r) = &i.reason {
                out.push_str(&format!("reason = {}\n", toml_string(r)));
            }
        }
        out.push_str("\n[live]\n");
        out.push_str(&format!(
            "public-proxy = {}\n",
            toml_string(
                self.public_proxy
                    .as_deref()
                    .unwrap_or(crate::live::PUBLIC_PROXY)
            )
        ));
        out.push_str(&format!(
            "public-sumdb = {}\n",
            toml_string(
                self.public_sumdb
                    .as_deref()
                    .unwrap_or(crate::live::PUBLIC_SUMDB)
            )
        ));
        out.push_str(&format!(
            "slow-ms = {}\n",
            self.slow_ms.unwrap_or(crate::live::DEFAULT_SLOW_MS)
        ));
        out
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests;
