//! The rules: one file per rule (its metadata, its documentation and its check), and this
//! registry. Rules read the model only; they know nothing of file formats.

mod build_proxy_baked_into_image;
mod conflicting_settings;
mod credential_in_arg_or_env;
mod credential_written_to_layer;
pub(crate) mod direct_host_unresolvable;
mod dockerignore_hides_module_files;
mod go_env_w_overridden;
mod go_sum_missing;
mod goflags_invalid;
mod goproxy_credentials_in_url;
mod goproxy_dead_entry;
mod goproxy_duplicate_entry;
mod goproxy_malformed;
mod goproxy_no_failover;
mod goproxy_off;
mod goproxy_plain_http;
mod gosumdb_malformed;
mod govcs_blocks_private;
mod http_proxy_not_used;
mod insecure_fetch;
mod module_download_not_cached;
mod module_mode_disabled;
mod no_module_cache_mount;
mod nosumdb_too_broad;
mod private_fetch_without_credentials;
mod private_module_checksum_lookup;
pub(crate) mod private_module_public;
mod private_module_via_proxy;
mod private_pattern_invalid;
mod private_pattern_unused;
mod private_patterns_diverge;
pub(crate) mod proxy_auth_failed;
pub(crate) mod proxy_missing_module;
pub(crate) mod proxy_unreachable;
mod replace_target_missing;
mod secret_mount_misused;
mod secrets_in_build_context;
mod setting_not_passed_to_build;
mod setting_unknown_to_go_version;
pub(crate) mod slow_endpoint;
mod sumdb_disabled;
pub(crate) mod sumdb_unreachable;
pub(crate) mod tls_interception_suspected;
mod toolchain_download_in_build;
mod toolchain_too_old;
mod unknown_go_variable;
pub(crate) mod unused_ignore;

use crate::model::{Assignment, Model};
use crate::report::{Applicability, Edit, Finding, Fix, Location, RuleInfo, Severity};

/// Where the rule pages live; SARIF `helpUri` and the text output point here.
pub const DOCS_BASE: &str = "https://github.com/goproxy-doctor/goproxy-doctor/blob/main/docs/rules";

/// Every rule, in id order.
static RULES: &[&Rule] = &[
    &unused_ignore::RULE,
    &goproxy_off::RULE,
    &goproxy_malformed::RULE,
    &goproxy_dead_entry::RULE,
    &goproxy_plain_http::RULE,
    &goproxy_credentials_in_url::RULE,
    &goproxy_no_failover::RULE,
    &goproxy_duplicate_entry::RULE,
    &sumdb_disabled::RULE,
    &nosumdb_too_broad::RULE,
    &insecure_fetch::RULE,
    &gosumdb_malformed::RULE,
    &go_sum_missing::RULE,
    &private_module_via_proxy::RULE,
    &private_module_checksum_lookup::RULE,
    &private_pattern_unused::RULE,
    &private_pattern_invalid::RULE,
    &private_patterns_diverge::RULE,
    &private_fetch_without_credentials::RULE,
    &govcs_blocks_private::RULE,
    &module_download_not_cached::RULE,
    &no_module_cache_mount::RULE,
    &replace_target_missing::RULE,
    &dockerignore_hides_module_files::RULE,
    &secrets_in_build_context::RULE,
    &setting_not_passed_to_build::RULE,
    &go_env_w_overridden::RULE,
    &credential_in_arg_or_env::RULE,
    &credential_written_to_layer::RULE,
    &build_proxy_baked_into_image::RULE,
    &secret_mount_misused::RULE,
    &toolchain_download_in_build::RULE,
    &toolchain_too_old::RULE,
    &module_mode_disabled::RULE,
    &goflags_invalid::RULE,
    &setting_unknown_to_go_version::RULE,
    &unknown_go_variable::RULE,
    &conflicting_settings::RULE,
    &http_proxy_not_used::RULE,
    &proxy_unreachable::RULE,
    &tls_interception_suspected::RULE,
    &proxy_missing_module::RULE,
    &private_module_public::RULE,
    &sumdb_unreachable::RULE,
    &proxy_auth_failed::RULE,
    &direct_host_unresolvable::RULE,
    &slow_endpoint::RULE,
];

/// A rule: its metadata and documentation, and the check that produces its findings.
pub(crate) struct Rule {
    pub id: &'static str,
    pub name: &'static str,
    pub family: &'static str,
    pub severity: Severity,
    /// SARIF `security-severity` (0.0–10.0) for security rules.
    pub security_severity: Option<&'static str>,
    /// One line, lower case, no trailing period.
    pub summary: &'static str,
    /// The documentation page below its title: what it finds, why it matters, examples, the Go
    /// behaviour it relies on.
    pub docs: &'static str,
    pub tags: &'static [&'static str],
    pub precision: &'static str,
    pub check: fn(&Model<'_>, &mut Vec<Finding>),
}

impl Rule {
    pub(crate) fn info(&self) -> RuleInfo {
        let mut tags: Vec<String> = self.tags.iter().map(|t| (*t).to_owned()).collect();
        if self.security_severity.is_some() && !tags.iter().any(|t| t == "security") {
            tags.insert(0, "security".to_owned());
        }
        RuleInfo {
            id: self.id.to_owned(),
            name: self.name.to_owned(),
            family: self.family.to_owned(),
            default_severity: self.severity,
            security_severity: self.security_severity.map(str::to_owned),
            short_description: self.summary.to_owned(),
            full_description: first_paragraph(self.docs),
            help_markdown: format!("# {}: {}\n\n{}", self.id, self.name, self.docs.trim()),
            tags,
            precision: self.precision.to_owned(),
            live: self.id.starts_with("GPD8"),
        }
    }

    /// Start a finding of this rule.
    pub(crate) fn finding(&self, message: impl Into<String>, primary: Location) -> FindingBuilder {
        FindingBuilder(Finding {
            rule: self.id.to_owned(),
            name: self.name.to_owned(),
            severity: self.severity,
            message: message.into(),
            primary,
            related: Vec::new(),
            help: None,
            fixes: Vec::new(),
            fingerprint: String::new(),
        })
    }
}

/// The first paragraph of the docs ("What it finds"), as plain text.
fn first_paragraph(docs: &str) -> String {
    docs.split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))
        .unwrap_or("")
        .replace('\n', " ")
}

pub(crate) struct FindingBuilder(Finding);

impl FindingBuilder {
    pub(crate) fn related(mut self, location: Location) -> Self {
        self.0.related.push(location);
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.0.help = Some(help.into());
        self
    }

    pub(crate) fn fix(mut self, fix: Option<Fix>) -> Self {
        self.0.fixes.extend(fix);
        self
    }

    pub(crate) fn build(self) -> Finding {
        self.0
    }
}

/// A fix that replaces `range` of the file of `a` (None when the file was not valid UTF-8, so
/// offsets are not the file's).
pub(crate) fn edit_fix(
    model: &Model<'_>,
    a: &Assignment,
    range: std::ops::Range<usize>,
    replacement: &str,
    description: impl Into<String>,
    applicability: Applicability,
) -> Option<Fix> {
    let file = model.file(a);
    if file.lossy {
        return None;
    }
    Some(Fix {
        description: description.into(),
        applicability,
        edits: vec![Edit {
            path: file.path.clone(),
            span: file.span(range.start, range.end),
            replacement: replacement.to_owned(),
        }],
    })
}

/// The check of a live rule: nothing statically, the live checks report it.
pub(crate) fn live_only(_: &Model<'_>, _: &mut Vec<Finding>) {}

/// Run every rule the configuration enables.
pub fn run_all(model: &Model<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in RULES.iter().filter(|r| model.config.enabled(r.id)) {
        (rule.check)(model, &mut findings);
    }
    findings
}

pub fn infos() -> Vec<RuleInfo> {
    RULES.iter().map(|r| r.info()).collect()
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_unique_and_documented() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted);
        for r in RULES {
            let info = r.info();
            assert!(!info.full_description.is_empty(), "{}", r.id);
            for section in [
                "## Why it matters",
                "## Example",
                "## Use instead",
                "## Go behaviour",
            ] {
                assert!(r.docs.contains(section), "{} lacks {section}", r.id);
            }
            // lower case, unless it starts with an identifier such as GOPROXY
            let first_word = r.summary.split([' ', '=']).next().unwrap_or("");
            assert!(
                first_word.chars().next().is_some_and(char::is_lowercase)
                    || first_word.chars().all(|c| !c.is_lowercase()),
                "{}",
                r.id
            );
            assert!(!r.summary.ends_with('.'), "{}", r.id);
        }
    }
}
