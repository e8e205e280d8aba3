//! `docs/rules/GPDnnn.md` are generated from the rule registry. This test fails when they are
//! stale; `UPDATE_DOCS=1 cargo test -p goproxy-doctor-checker --test docs` regenerates them.

use std::path::PathBuf;

#[test]
fn rule_pages_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    let rules = goproxy_doctor_checker::rules::infos();
    let mut stale = Vec::new();
    for rule in &rules {
        let path = dir.join(format!("{}.md", rule.id));
        let want = format!("{}\n", rule.help_markdown.trim_end());
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if update {
                std::fs::create_dir_all(&dir).expect("create docs/rules");
                std::fs::write(&path, want).expect("write rule page");
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    // no page for a rule that does not exist
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md")
            && !rules.iter().any(|r| format!("{}.md", r.id) == name)
            && name != "README.md"
        {
            stale.push(format!("{} (no such rule)", entry.path().display()));
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule pages (run with UPDATE_DOCS=1): {stale:#?}"
    );
}
