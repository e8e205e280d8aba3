//! GOTOOLCHAIN (Go ≥ 1.21; `toolchain.Select`, go-semantics.md §7): which toolchain a go
//! command in module mode ends up running, and whether it downloads one.

use super::GoVersion;

/// What switching is allowed beyond the minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Run exactly the minimum.
    Fixed,
    /// Upgrade to what go.mod/go.work asks, from PATH or by downloading.
    Auto,
    /// Upgrade from PATH only.
    Path,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The named minimum toolchain (`go1.22.5`), None for `local`.
    pub min: Option<String>,
    pub mode: Mode,
}

/// Parse an effective GOTOOLCHAIN value; the error is Go's message after `go: `. An empty
/// value behaves as `local`.
pub fn parse(value: &str) -> Result<Setting, String> {
    let quoted = super::url::go_quote(value);
    match value {
        "" | "local" => {
            return Ok(Setting {
                min: None,
                mode: Mode::Fixed,
            });
        }
        "auto" => {
            return Ok(Setting {
                min: None,
                mode: Mode::Auto,
            });
        }
        "path" => {
            return Ok(Setting {
                min: None,
                mode: Mode::Path,
            });
        }
        _ => {}
    }
    let (name, suffix) = match value.split_once('+') {
        Some((n, s)) => (n, Some(s)),
        None => (value, None),
    };
    let min = if name == "local" {
        None
    } else {
        if GoVersion::from_toolchain(name).is_none() {
            return Err(match suffix {
                Some(_) => format!(
                    "invalid GOTOOLCHAIN {quoted}: invalid minimum toolchain {}",
                    super::url::go_quote(name)
                ),
                None => format!("invalid GOTOOLCHAIN {quoted}"),
            });
        }
        Some(name.to_owned())
    };
    let mode = match suffix {
        None => Mode::Fixed,
        Some("auto") => Mode::Auto,
        Some("path") => Mode::Path,
        Some(_) => {
            return Err(format!(
                "invalid GOTOOLCHAIN {quoted}: only version suffixes are +auto and +path"
            ));
        }
    };
    Ok(Setting { min, mode })
}

/// The outcome of toolchain selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// The bundled toolchain runs.
    Local,
    /// Another toolchain runs: found in PATH, or downloaded as module `golang.org/toolchain`
    /// through GOPROXY and verified by the checksum database (`Mode::Auto`), or the command
    /// fails when it is not in PATH (`Mode::Path`).
    Switch { toolchain: String, mode: Mode },
    /// The bundled toolchain runs and then refuses the module: go.mod needs a newer Go.
    TooOld { needs: String, message: String },
}

/// Select as `toolchain.Select` does for a go command in module mode.
/// `local` is the running Go; `go_line`/`toolchain_line` come from go.work if active, else go.mod.
pub fn select(
    setting: &Setting,
    local: &GoVersion,
    go_line: Option<&str>,
    toolchain_line: Option<&str>,
    gotoolchain: &str,
) -> Result<Selection, String> {
    let local_name = format!("go{local}");
    let mut chosen = setting.min.clone().unwrap_or_else(|| local_name.clone());
    let chosen_version = |c: &str| GoVersion::from_toolchain(c).unwrap_or_else(|| local.clone());
    if setting.mode != Mode::Fixed {
        if toolchain_line == Some("default") {
            // keep the minimum
        } else {
            if let Some(tc) = toolchain_line {
                match GoVersion::from_toolchain(tc) {
                    Some(v) if v > chosen_version(&chosen) => chosen = tc.to_owned(),
                    Some(_) => {}
                    None => {
                        return Err(format!(
                            "invalid toolchain {} in go.mod",
                            super::url::go_quote(tc)
                        ));
                    }
                }
            }
            if let Some(go) = go_line.and_then(GoVersion::parse)
                && go > chosen_version(&chosen)
            {
                chosen = format!("go{go}");
                if go.is_lang() && go.at_least(21) {
                    chosen.push_str(".0");
                }
            }
        }
    }
    if chosen == local_name {
        return Ok(match go_line.and_then(GoVersion::parse) {
            Some(go) if go > *local => Selection::TooOld {
                needs: go.to_string(),
                message: too_old_message(&go, local, setting, toolchain_line, gotoolchain),
            },
            _ => Selection::Local,
        });
    }
    Ok(Selection::Switch {
        toolchain: chosen,
        mode: setting.mode,
    })
}

fn too_old_message(
    go: &GoVersion,
    local: &GoVersion,
    setting: &Setting,
    toolchain_line: Option<&str>,
    gotoolchain: &str,
) -> String {
    let mut why = Vec::new();
    if setting.mode != Mode::Auto && !gotoolchain.is_empty() {
        why.push(format!("GOTOOLCHAIN={gotoolchain}"));
    }
    if toolchain_line == Some("default") {
        why.push("go.mod sets toolchain default".into());
    }
    let why = if why.is_empty() {
        String::new()
    } else {
        format!("; {}", why.join("; "))
    };
    format!("go.mod requires go >= {go} (running go {local}{why})")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> GoVersion {
        GoVersion::parse(s).unwrap()
    }

    #[test]
    fn parse_vectors() {
        assert_eq!(parse("asdf").unwrap_err(), "invalid GOTOOLCHAIN \"asdf\"");
        assert_eq!(
            parse("go1.22+foo").unwrap_err(),
            "invalid GOTOOLCHAIN \"go1.22+foo\": only version suffixes are +auto and +path"
        );
        assert_eq!(
            parse("1.22.0").unwrap_err(),
            "invalid GOTOOLCHAIN \"1.22.0\""
        );
        assert_eq!(parse(" auto").unwrap_err(), "invalid GOTOOLCHAIN \" auto\"");
        assert_eq!(
            parse("auto\r").unwrap_err(),
            "invalid GOTOOLCHAIN \"auto\\r\""
        );
        assert_eq!(
            parse("bogus+auto").unwrap_err(),
            "invalid GOTOOLCHAIN \"bogus+auto\": invalid minimum toolchain \"bogus\""
        );
        assert_eq!(parse("local+auto").unwrap().mode, Mode::Auto);
        assert_eq!(parse("local+path").unwrap().mode, Mode::Path);
        assert_eq!(parse("").unwrap(), parse("local").unwrap());
        let s = parse("go1.800-bigcorp").unwrap();
        assert_eq!(s.min.as_deref(), Some("go1.800-bigcorp"));
        assert_eq!(s.mode, Mode::Fixed);
    }

    /// `gotoolchain_local.txt` with a local go1.500, and the go1.27.3 rows of §7.2.
    #[test]
    fn select_vectors() {
        let local = v("1.500");
        let run = |g: &str, go: Option<&str>, tc: Option<&str>| {
            select(&parse(g).unwrap(), &local, go, tc, g).unwrap()
        };
        let switch = |t: &str, mode| Selection::Switch {
            toolchain: t.into(),
            mode,
        };
        assert_eq!(run("auto", None, None), Selection::Local);
        assert_eq!(run("path", None, None), Selection::Local);
        assert_eq!(run("go1.600", None, None), switch("go1.600", Mode::Fixed));
        assert_eq!(run("go1.400", None, None), switch("go1.400", Mode::Fixed));
        // go1.21.1+ turns a language version into its first release: 1.700 runs go1.700.0.
        assert_eq!(
            run("auto", Some("1.700"), None),
            switch("go1.700.0", Mode::Auto)
        );
        assert_eq!(run("auto", Some("1.300"), None), Selection::Local);
        assert_eq!(
            run("auto", Some("1.700"), Some("go1.300")),
            switch("go1.700.0", Mode::Auto)
        );
        assert_eq!(
            run("auto", Some("1.300"), Some("default")),
            Selection::Local
        );
        assert_eq!(
            run("auto", Some("1.700"), Some("default")),
            Selection::TooOld {
                needs: "1.700".into(),
                message:
                    "go.mod requires go >= 1.700 (running go 1.500; go.mod sets toolchain default)"
                        .into()
            }
        );
        assert_eq!(
            run("path", Some("1.700"), Some("default")),
            Selection::TooOld {
                needs: "1.700".into(),
                message: "go.mod requires go >= 1.700 (running go 1.500; GOTOOLCHAIN=path; go.mod sets toolchain default)"
                    .into()
            }
        );
        assert_eq!(
            run("go1.400+auto", Some("1.300"), Some("default")),
            switch("go1.400", Mode::Auto)
        );
        assert_eq!(
            run("auto", Some("1.999"), Some("go1.800-bigcorp")),
            switch("go1.999.0", Mode::Auto)
        );
        assert_eq!(
            run("auto", Some("1.777"), Some("go1.800-bigcorp")),
            switch("go1.800-bigcorp", Mode::Auto)
        );
        let local = v("1.27.3");
        let sel = |g: &str, go: &str, tc: Option<&str>| {
            select(&parse(g).unwrap(), &local, Some(go), tc, g).unwrap()
        };
        assert_eq!(
            sel("local", "1.99.0", None),
            Selection::TooOld {
                needs: "1.99.0".into(),
                message: "go.mod requires go >= 1.99.0 (running go 1.27.3; GOTOOLCHAIN=local)"
                    .into()
            }
        );
        assert_eq!(sel("auto", "1.99", None), switch("go1.99.0", Mode::Auto));
        assert_eq!(
            sel("auto", "1.22", Some("go1.99.1")),
            switch("go1.99.1", Mode::Auto)
        );
        assert_eq!(sel("path", "1.99.0", None), switch("go1.99.0", Mode::Path));
        assert!(
            select(
                &parse("auto").unwrap(),
                &local,
                Some("1.2"),
                Some("bogus"),
                "auto"
            )
            .is_err()
        );
    }
}
