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

/// The rule table of README.md (between its markers) is generated from the registry too.
#[test]
fn readme_rule_table_is_up_to_date() {
    const START: &str = "<!-- rules:start (generated: UPDATE_DOCS=1 cargo test -p goproxy-doctor-checker --test docs) -->\n";
    const END: &str = "<!-- rules:end -->\n";
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the rule table markers");
    };
    let mut table = String::from("| id | name | severity | finds |\n|---|---|---|---|\n");
    let mut family = String::new();
    for r in goproxy_doctor_checker::rules::infos() {
        if r.family != family {
            family.clone_from(&r.family);
            table.push_str(&format!("| | **{family}** | | |\n"));
        }
        let live = if r.live { "`--live`: " } else { "" };
        table.push_str(&format!(
            "| [{id}](docs/rules/{id}.md) | {} | {} | {live}{} |\n",
            r.name,
            r.default_severity.as_str(),
            r.short_description.replace('|', "\\|"),
            id = r.id,
        ));
    }
    let want = format!("{}{START}{table}{}", &readme[..a], &readme[b..]);
    if want != readme {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, want).expect("write README.md");
        } else {
            panic!("README.md's rule table is stale (run with UPDATE_DOCS=1)");
        }
    }
}
