//! One fixture repository per rule family under `tests/families/`, run through the whole pipeline
//! and snapshotted as rendered text.
//!
//! * `gpdN-<family>/`: every rule of the family (GPDNxx, live GPD8xx and GPD001 excepted) must
//!   fire at least once, so a rule added to a family without a fixture fails this test.
//! * `gpdN-<family>-clean/`: near misses of that family's rules (taken from the rules' docs and
//!   unit tests). They must produce no finding of that family. Findings of other families are
//!   allowed (a realistic repository that sidesteps one family often trips another, e.g. a
//!   Dockerfile without cache mounts), but they are in the snapshot, reviewed like the others.
//!
//! Every file of a fixture is an input (hidden files and `vendor/modules.txt` included), with its
//! path relative to the fixture root, `/`-separated, in sorted order.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use goproxy_doctor_checker::render::{Format, RenderOptions, render};
use goproxy_doctor_checker::{Options, analyze};

fn families_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/families")
}

fn read_tree(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            read_tree(root, &path, out);
        } else {
            let rel = path
                .strip_prefix(root)
                .expect("inside the fixture")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((rel, bytes));
        }
    }
}

fn fixture_files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    read_tree(root, root, &mut files);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The statically checked rule ids of family `prefix` ("GPD1").
fn family_rules(prefix: &str) -> BTreeSet<String> {
    goproxy_doctor_checker::rules::infos()
        .into_iter()
        .filter(|r| r.id.starts_with(prefix) && !r.live && r.id != "GPD001")
        .map(|r| r.id)
        .collect()
}

/// `gpd3-private-modules-clean` → ("GPD3", true).
fn family_of(name: &str) -> (String, bool) {
    let digit = name
        .strip_prefix("gpd")
        .and_then(|rest| rest.chars().next())
        .filter(char::is_ascii_digit)
        .unwrap_or_else(|| panic!("tests/families/{name}: expected gpdN-<family>[-clean]"));
    (format!("GPD{digit}"), name.ends_with("-clean"))
}

fn run(name: &str) -> (goproxy_doctor_checker::Report, String) {
    let files = fixture_files(&families_dir().join(name));
    assert!(!files.is_empty(), "tests/families/{name} is empty");
    let report = analyze(files, &Options::default());
    let text = render(
        &report,
        Format::Text,
        &RenderOptions {
            color: false,
            automation_id: None,
        },
    );
    (report, text)
}

#[test]
fn every_family_has_a_fixture_and_a_near_miss_fixture() {
    let mut names: Vec<String> = std::fs::read_dir(families_dir())
        .expect("tests/families")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for digit in 1..=7 {
        let prefix = format!("gpd{digit}-");
        let firing = names
            .iter()
            .filter(|n| n.starts_with(&prefix) && !n.ends_with("-clean"))
            .count();
        let clean = names
            .iter()
            .filter(|n| n.starts_with(&prefix) && n.ends_with("-clean"))
            .count();
        assert_eq!(
            (firing, clean),
            (1, 1),
            "fixtures of GPD{digit}xx: {names:?}"
        );
    }
}

#[test]
fn families() {
    let mut names: Vec<String> = std::fs::read_dir(families_dir())
        .expect("tests/families")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let (prefix, clean) = family_of(name);
        let (report, text) = run(name);
        if clean {
            let fired: Vec<&str> = report
                .findings
                .iter()
                .filter(|f| f.rule.starts_with(&prefix))
                .map(|f| f.rule.as_str())
                .collect();
            if !fired.is_empty() {
                failures.push(format!("{name}: near misses produced findings {fired:?}"));
            }
        } else {
            let want = family_rules(&prefix);
            let fired: BTreeSet<String> = report
                .findings
                .iter()
                .filter(|f| f.rule.starts_with(&prefix))
                .map(|f| f.rule.clone())
                .collect();
            if fired != want {
                let missing: Vec<&String> = want.difference(&fired).collect();
                failures.push(format!(
                    "{name}: rules of {prefix}xx that did not fire: {missing:?}"
                ));
            }
        }
        if !report.diagnostics.is_empty() {
            failures.push(format!(
                "{name}: input diagnostics: {:?}",
                report.diagnostics
            ));
        }
        insta::assert_snapshot!(name.as_str(), text);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
