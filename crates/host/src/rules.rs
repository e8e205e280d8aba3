//! `goproxy-doctor rules`: the rule list, or one rule's documentation page.

use crate::ExitStatus;
use crate::cli::RulesArgs;
use crate::output;
use crate::policy::Policy;
use crate::runtime::{Limits, RuleInfo, Session, Severity};

pub(crate) async fn run(args: &RulesArgs) -> Result<ExitStatus, String> {
    let mut session = Session::start(Limits::default(), Policy::deny_all()).await?;
    let rules = session.rules().await?;
    let text = match &args.rule {
        None => listing(&rules),
        Some(wanted) => page(&rules, wanted)?,
    };
    output::stdout(&text)?;
    Ok(ExitStatus::Success)
}

/// One line per rule: id, name, default severity, short description, in aligned columns.
fn listing(rules: &[RuleInfo]) -> String {
    let id_width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let name_width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let severity_width = "warning".len();
    rules
        .iter()
        .map(|r| {
            format!(
                "{:id_width$}  {:name_width$}  {:severity_width$}  {}\n",
                r.id,
                r.name,
                severity_name(r.default_severity),
                r.short_description
            )
        })
        .collect()
}

/// The documentation of the rule `wanted` names (id or name, any case).
fn page(rules: &[RuleInfo], wanted: &str) -> Result<String, String> {
    let found = rules
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(wanted) || r.name.eq_ignore_ascii_case(wanted));
    match found {
        Some(rule) => Ok(format!("{}\n", rule.help_markdown.trim_end())),
        None => {
            let hint = match did_you_mean(rules, wanted) {
                Some(rule) => format!("did you mean {} {}?", rule.id, rule.name),
                None => "`goproxy-doctor rules` lists them".to_owned(),
            };
            Err(format!("no rule {wanted:?}: {hint}"))
        }
    }
}

/// The rule whose id or name is closest to `wanted`, if any is close enough to be a typo or a
/// fragment.
fn did_you_mean<'a>(rules: &'a [RuleInfo], wanted: &str) -> Option<&'a RuleInfo> {
    let wanted = wanted.to_ascii_lowercase();
    let distance = |candidate: &str| {
        let candidate = candidate.to_ascii_lowercase();
        if candidate.contains(&wanted) && wanted.len() >= 3 {
            return Some(0);
        }
        let d = strsim::damerau_levenshtein(&wanted, &candidate);
        (d <= (candidate.len() / 3).max(1)).then_some(d)
    };
    rules
        .iter()
        .filter_map(|r| {
            let best = [distance(&r.id), distance(&r.name)]
                .into_iter()
                .flatten()
                .min()?;
            Some((best, r))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, r)| r)
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(id: &str, name: &str, severity: Severity, short: &str) -> RuleInfo {
        RuleInfo {
            id: id.into(),
            name: name.into(),
            family: "test".into(),
            default_severity: severity,
            security_severity: None,
            short_description: short.into(),
            full_description: String::new(),
            help_markdown: format!("# {id} {name}\n\ntext\n\n"),
            tags: Vec::new(),
            precision: "high".into(),
            live: false,
        }
    }

    fn rules() -> Vec<RuleInfo> {
        vec![
            rule("GPD103", "goproxy-dead-entry", Severity::Warning, "dead"),
            rule("GPD201", "sumdb-disabled", Severity::Error, "no sumdb"),
            rule("GPD701", "unknown-go-variable", Severity::Note, "typo"),
        ]
    }

    #[test]
    fn the_listing_is_aligned() {
        assert_eq!(
            listing(&rules()),
            "GPD103  goproxy-dead-entry   warning  dead\n\
             GPD201  sumdb-disabled       error    no sumdb\n\
             GPD701  unknown-go-variable  note     typo\n"
        );
    }

    #[test]
    fn a_page_is_found_by_id_or_name_in_any_case() {
        let rules = rules();
        assert_eq!(
            page(&rules, "gpd201").unwrap(),
            "# GPD201 sumdb-disabled\n\ntext\n"
        );
        assert_eq!(
            page(&rules, "SUMDB-DISABLED").unwrap(),
            page(&rules, "GPD201").unwrap()
        );
    }

    #[test]
    fn an_unknown_rule_suggests_a_close_one() {
        let rules = rules();
        for (typo, meant) in [
            ("GPD210", "GPD201"),
            ("gpd2O1", "GPD201"),
            ("sumdb", "GPD201"),
            ("sumdb-disbaled", "GPD201"),
            ("goproxy-dead-entries", "GPD103"),
        ] {
            let e = page(&rules, typo).unwrap_err();
            assert!(e.contains(&format!("did you mean {meant} ")), "{typo}: {e}");
        }
        let e = page(&rules, "GPD999").unwrap_err();
        assert_eq!(e, "no rule \"GPD999\": `goproxy-doctor rules` lists them");
    }
}
