//! CI contexts: a GitHub Actions job or a GitLab CI job as a whole, and each go command of its
//! scripts, with the environment the CI system and the earlier steps give it.

use std::collections::BTreeMap;

use super::scripts::{self, Call, Session};
use super::{Assignment, Binding, Context, ContextKind, GoRelease, Model, Origin};
use crate::gosem::GoVersion;
use crate::parse::github_actions::{self as gha, StepKind, Workflow};
use crate::parse::gitlab_ci::{Inherit, Pipeline};
use crate::parse::yaml::Text;
use crate::parse::{Mapped, Range};

fn add_var(
    model: &mut Model<'_>,
    file: usize,
    name: &str,
    name_range: &Range,
    value: &Text,
    range: &Range,
) -> usize {
    let idx = model.assignments.len();
    model.assignments.push(Assignment {
        file,
        name: name.to_owned(),
        name_range: name_range.clone(),
        value: Some(value.text.clone()),
        dynamic: value.dynamic,
        origin: Origin::CiEnv,
        range: range.clone(),
        removal: Some(range.clone()),
    });
    idx
}

fn add_env(
    model: &mut Model<'_>,
    file: usize,
    env: &gha::Env,
    into: &mut BTreeMap<String, Binding>,
) {
    for e in &env.entries {
        let idx = add_var(model, file, &e.name, &e.name_range, &e.value, &e.range);
        model.bind(into, &e.name, Binding::Set(idx));
    }
}

/// A Go release named by `actions/setup-go` (`1.22`, `1.22.x`, `'1.22.5'`).
fn setup_go_release(t: &Text) -> GoRelease {
    let raw = t.as_str().trim();
    let version = raw
        .trim_end_matches(".x")
        .trim_start_matches(['^', '~', 'v']);
    GoRelease {
        version: GoVersion::parse(version).filter(|v| v.major == 1 && !t.dynamic),
        source: raw.to_owned(),
        range: t.range.clone(),
        official_image: false,
    }
}

/// The release of a job's `golang:` image (its version unknown when the CI expands it).
fn image_release(t: &Text) -> Option<GoRelease> {
    let mut release = GoRelease::of_image(t.as_str().trim(), t.range.clone())?;
    if t.dynamic {
        release.version = None;
    }
    Some(release)
}

/// The context of a CI job as a whole.
fn job_context(
    file: usize,
    description: String,
    anchor: Range,
    session: &Session,
    go_version: Option<GoRelease>,
    workdir: Option<String>,
) -> Context {
    Context {
        file,
        kind: ContextKind::CiJob,
        description,
        anchor,
        env: session.env.clone(),
        unset: Vec::new(),
        go_env_file: session.go_env_file.clone(),
        go: None,
        go_version,
        credentials: session.credentials.clone(),
        workdir,
        copies: Vec::new(),
    }
}

/// The context of one go command of a CI script.
fn push_step(
    model: &mut Model<'_>,
    file: usize,
    label: &str,
    call: Call,
    go_version: Option<GoRelease>,
    workdir: Option<String>,
) {
    model.contexts.push(Context {
        file,
        kind: ContextKind::CiStep,
        description: format!("{label}, `go {}` on line {}", call.go.subcommand, call.line),
        anchor: call.go.range.clone(),
        env: call.env,
        unset: call.unset,
        go_env_file: call.go_env_file,
        go: Some(call.go),
        go_version,
        credentials: call.credentials,
        workdir,
        copies: Vec::new(),
    });
}

/// The go.mod a `go-version-file` names, read for its `go` line.
fn version_from_file(model: &Model<'_>, path: &str) -> Option<GoVersion> {
    let path = path.trim_start_matches("./");
    let (i, _) = model
        .files
        .iter()
        .enumerate()
        .find(|(_, f)| f.path == path)?;
    match &model.parsed[i] {
        crate::parse::Parsed::GoMod(m) => m.go.as_ref().and_then(|g| GoVersion::parse(&g.value)),
        _ => None,
    }
}

/// The major version of an `actions/setup-go@vN…` reference (None for a branch or a commit).
fn setup_go_major(action: &str) -> Option<u64> {
    let (_, r) = action.rsplit_once('@')?;
    let digits: String = r
        .strip_prefix('v')?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

pub(super) fn add_github(model: &mut Model<'_>, file: usize, w: &Workflow) {
    let mut workflow_env = BTreeMap::new();
    add_env(model, file, &w.env, &mut workflow_env);
    let composite = gha::Job {
        id: crate::parse::yaml::Spanned {
            value: "composite action".into(),
            range: 0..0,
        },
        range: 0..0,
        name: None,
        runs_on: Vec::new(),
        env: gha::Env::default(),
        defaults: gha::RunDefaults::default(),
        container: None,
        services: Vec::new(),
        matrix: Vec::new(),
        uses: None,
        steps: w.action_steps.clone(),
    };
    let jobs = w
        .jobs
        .iter()
        .chain((!w.action_steps.is_empty()).then_some(&composite));
    for job in jobs {
        let mut env = BTreeMap::new();
        if let Some(c) = &job.container {
            add_env(model, file, &c.env, &mut env);
        }
        for (name, b) in &workflow_env {
            model.bind(&mut env, name, *b);
        }
        add_env(model, file, &job.env, &mut env);
        let mut go_version = job
            .container
            .as_ref()
            .and_then(|c| c.image.as_ref())
            .and_then(image_release);
        let default_dir = job
            .defaults
            .working_directory
            .as_ref()
            .or(w.defaults.working_directory.as_ref())
            .map(|t| t.as_str().trim_start_matches("./").to_owned());
        let mut session = Session {
            env,
            ..Session::default()
        };
        let label = format!("job `{}`", job.id.value);
        let anchor = if job.id.range == (0..0) {
            0..0
        } else {
            job.id.range.clone()
        };
        model.contexts.push(job_context(
            file,
            label.clone(),
            anchor,
            &session,
            go_version.clone(),
            default_dir.clone(),
        ));
        for step in &job.steps {
            match &step.kind {
                StepKind::Uses {
                    setup_go: Some(setup),
                    action,
                    ..
                } => {
                    if let Some(v) = &setup.go_version {
                        go_version = Some(setup_go_release(v));
                    } else if let Some(f) = &setup.go_version_file {
                        go_version = Some(GoRelease {
                            version: version_from_file(model, f.as_str()),
                            source: f.as_str().to_owned(),
                            range: f.range.clone(),
                            official_image: false,
                        });
                    }
                    // setup-go v6 exports GOTOOLCHAIN=local to the job's later steps (its
                    // `setGoToolchain`), so that the installed Go is the one that runs; it only
                    // matters for Go 1.21 and later
                    let old_go = go_version
                        .as_ref()
                        .and_then(|r| r.version.as_ref())
                        .is_some_and(|v| !v.at_least(21));
                    if setup_go_major(action.as_str()).is_some_and(|m| m >= 6) && !old_go {
                        let mut value = Mapped::new();
                        value.push_from("local", action.range.clone());
                        let idx = model.assignments.len();
                        model.assignments.push(Assignment {
                            file,
                            name: "GOTOOLCHAIN".into(),
                            name_range: action.range.clone(),
                            value: Some(value),
                            dynamic: false,
                            origin: Origin::CiEnv,
                            range: action.range.clone(),
                            removal: None,
                        });
                        model.bind(&mut session.env, "GOTOOLCHAIN", Binding::Set(idx));
                    }
                }
                StepKind::Run {
                    script,
                    working_directory,
                    ..
                } => {
                    let mut step_session = session.clone();
                    add_env(model, file, &step.env, &mut step_session.env);
                    let dir = working_directory
                        .as_ref()
                        .map(|t| t.as_str().trim_start_matches("./").to_owned())
                        .or(default_dir.clone());
                    let (calls, fx) = scripts::run(
                        model,
                        file,
                        &script.text,
                        &mut step_session,
                        &[],
                        &step.range,
                    );
                    for call in calls {
                        let workdir = match (&dir, call.go.cwd.as_deref()) {
                            (Some(d), Some(cd)) => Some(format!("{d}/{cd}")),
                            (None, Some(cd)) => Some(cd.to_owned()),
                            (d, None) => d.clone(),
                        };
                        push_step(model, file, &label, call, go_version.clone(), workdir);
                    }
                    // what the step leaves for the next ones: go env -w, credential files,
                    // and `>> $GITHUB_ENV`
                    session.go_env_file = step_session.go_env_file;
                    session.credentials = step_session.credentials;
                    for e in &fx.github_env {
                        let map = |r: &Range| {
                            script
                                .text
                                .source_range(r.clone())
                                .unwrap_or(step.range.clone())
                        };
                        let mut value = Mapped::new();
                        value.push_from(&e.value.text, map(&e.value.range));
                        let idx = model.assignments.len();
                        model.assignments.push(Assignment {
                            file,
                            name: e.name.clone(),
                            name_range: map(&e.range),
                            value: Some(value),
                            dynamic: e.value.dynamic,
                            origin: Origin::CiEnv,
                            range: map(&e.range),
                            removal: None,
                        });
                        model.bind(&mut session.env, &e.name, Binding::Set(idx));
                    }
                }
                _ => {}
            }
        }
    }
}

pub(super) fn add_gitlab(model: &mut Model<'_>, file: usize, p: &Pipeline) {
    let mut globals = Vec::new();
    for v in &p.variables {
        let idx = add_var(model, file, &v.name, &v.name_range, &v.value, &v.range);
        globals.push((v.name.clone(), idx));
    }
    for job in p.jobs.iter().filter(|j| !j.hidden) {
        let mut env = BTreeMap::new();
        for (name, idx) in &globals {
            let inherit = match &job.inherit_global_variables {
                Inherit::All => true,
                Inherit::None => false,
                Inherit::Only(names) => names.contains(name),
            };
            if inherit {
                env.insert(name.clone(), Binding::Set(*idx));
            }
        }
        for v in &job.variables {
            let idx = add_var(model, file, &v.name, &v.name_range, &v.value, &v.range);
            model.bind(&mut env, &v.name, Binding::Set(idx));
        }
        let go_version = job.image.as_ref().and_then(image_release);
        let mut session = Session {
            env,
            ..Session::default()
        };
        let label = format!("job `{}`", job.name.value);
        model.contexts.push(job_context(
            file,
            label.clone(),
            job.name.range.clone(),
            &session,
            go_version.clone(),
            None,
        ));
        // before_script and script run in one shell; after_script in another
        for part in [
            job.before_script
                .iter()
                .chain(job.script.iter())
                .collect::<Vec<_>>(),
            job.after_script.iter().collect(),
        ] {
            let mut text = Mapped::new();
            for line in &part {
                if !text.is_empty() {
                    text.push_from("\n", line.range.start..line.range.start);
                }
                text.push_mapped(&line.text);
            }
            let mut shell = session.clone();
            let (calls, _) = scripts::run(model, file, &text, &mut shell, &[], &job.range);
            for call in calls {
                let workdir = call.go.cwd.clone();
                push_step(model, file, &label, call, go_version.clone(), workdir);
            }
            session.go_env_file = shell.go_env_file;
            session.credentials = shell.credentials;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Effective;
    use crate::model::tests::model_of;

    fn value(m: &Model<'_>, ctx: &Context, name: &str) -> String {
        match m.effective(ctx, name) {
            Effective::Value(_, v) | Effective::GoEnvFile(_, v) => v.as_str().to_owned(),
            Effective::Dynamic(_) => "<dynamic>".into(),
            Effective::Default => "<default>".into(),
        }
    }

    #[test]
    fn github_layers_env_and_steps() {
        let wf = "env:\n  GOPROXY: https://corp.example|direct\n  GOFLAGS: -mod=mod\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GOFLAGS: -mod=readonly\n      GONOSUMDB: ${{ vars.PRIVATE }}\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.22.x'\n      - run: echo \"GOPRIVATE=corp.example\" >> $GITHUB_ENV\n      - run: |\n          go env -w GOINSECURE=corp.example\n          GOSUMDB=off go mod download\n        env:\n          GOTOOLCHAIN: local\n        working-directory: svc\n      - run: go build ./...\n";
        let (s, p) = model_of(&[(".github/workflows/ci.yml", wf)]);
        let m = Model::build(&s, &p);
        let job = &m.contexts[0];
        assert_eq!(job.kind, ContextKind::CiJob);
        assert_eq!(value(&m, job, "GOFLAGS"), "-mod=readonly", "job env wins");
        assert_eq!(value(&m, job, "GONOSUMDB"), "<dynamic>");
        let steps: Vec<&Context> = m
            .contexts
            .iter()
            .filter(|c| c.kind == ContextKind::CiStep)
            .collect();
        assert_eq!(steps.len(), 3);
        let dl = steps[1];
        assert_eq!(dl.go.as_ref().unwrap().subcommand, "mod download");
        assert_eq!(value(&m, dl, "GOSUMDB"), "off");
        assert_eq!(value(&m, dl, "GOTOOLCHAIN"), "local");
        assert_eq!(
            value(&m, dl, "GOPRIVATE"),
            "corp.example",
            "from $GITHUB_ENV"
        );
        assert_eq!(value(&m, dl, "GOINSECURE"), "corp.example", "go env -w");
        assert_eq!(dl.workdir.as_deref(), Some("svc"));
        let Effective::Value(a, v) = m.effective(dl, "GOSUMDB") else {
            panic!()
        };
        assert_eq!(&wf[a.range.clone()], "GOSUMDB=off");
        assert_eq!(&wf[v.full_source_range().unwrap()], "off");
        let Effective::Value(a, _) = m.effective(dl, "GOPROXY") else {
            panic!()
        };
        assert_eq!(&wf[a.range.clone()], "GOPROXY: https://corp.example|direct");
        let build = steps[2];
        assert_eq!(value(&m, build, "GOSUMDB"), "<default>");
        assert_eq!(
            value(&m, build, "GOTOOLCHAIN"),
            "<default>",
            "step env only"
        );
        assert_eq!(
            value(&m, build, "GOINSECURE"),
            "corp.example",
            "go env -w persists"
        );
        assert_eq!(
            build.go_version.as_ref().unwrap().version,
            GoVersion::parse("1.22")
        );
    }

    #[test]
    fn gitlab_variables_inherit_and_scripts() {
        let ci = "variables:\n  GOPROXY: https://goproxy.corp.example\n  GOPRIVATE: corp.example\n.go:\n  image: golang:1.23-bookworm\n  before_script:\n    - export GOFLAGS=-mod=mod\nbuild:\n  extends: .go\n  variables:\n    GONOSUMDB: corp.example\n  script:\n    - go mod download\nlint:\n  inherit:\n    variables: [GOPRIVATE]\n  script:\n    - go vet ./...\n";
        let (s, p) = model_of(&[(".gitlab-ci.yml", ci)]);
        let m = Model::build(&s, &p);
        let steps: Vec<&Context> = m
            .contexts
            .iter()
            .filter(|c| c.kind == ContextKind::CiStep)
            .collect();
        assert_eq!(steps.len(), 2);
        let b = steps[0];
        assert_eq!(
            value(&m, b, "GOFLAGS"),
            "-mod=mod",
            "before_script shares the shell"
        );
        assert_eq!(value(&m, b, "GOPROXY"), "https://goproxy.corp.example");
        assert_eq!(value(&m, b, "GONOSUMDB"), "corp.example");
        let release = b.go_version.as_ref().unwrap();
        assert_eq!(release.version, GoVersion::parse("1.23"));
        assert!(release.official_image);
        let l = steps[1];
        assert_eq!(value(&m, l, "GOPROXY"), "<default>", "not inherited");
        assert_eq!(value(&m, l, "GOPRIVATE"), "corp.example");
    }
}
