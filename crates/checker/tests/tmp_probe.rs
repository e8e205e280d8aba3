use goproxy_doctor_checker::{Options, analyze};
#[test]
fn probe() {
    let dir = std::env::var("PROBE_DIR").unwrap();
    let mut files = Vec::new();
    for e in walk(std::path::Path::new(&dir)) {
        let rel = e
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .trim_start_matches('/')
            .to_owned();
        files.push((rel, std::fs::read(&e).unwrap()));
    }
    let r = analyze(files, &Options::default());
    for f in r.findings {
        println!(
            "{} {}:{}:{} {}",
            f.rule,
            f.primary.path,
            f.primary.span.start_line,
            f.primary.span.start_column,
            f.message
        );
        for rel in &f.related {
            println!(
                "    related {}:{} {}",
                rel.path, rel.span.start_line, rel.label
            );
        }
        for fx in &f.fixes {
            println!("    fix {:?} {}", fx.applicability, fx.description);
        }
    }
}
fn walk(p: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(p).unwrap() {
        let e = e.unwrap().path();
        if e.is_dir() {
            out.extend(walk(&e))
        } else {
            out.push(e)
        }
    }
    out.sort();
    out
}
