//! Model queries of the toolchain and module-mode rules (GPD6xx): which GOTOOLCHAIN a go
//! command runs with (the official images' `ENV GOTOOLCHAIN=local` included), whether it is in
//! module mode, and which `go`/`toolchain` lines it reads.

use super::{Assignment, Context, Effective, GoRelease, Model};
use crate::gosem::GoVersion;
use crate::parse::gomod::ModFile;

/// Where the effective GOTOOLCHAIN of a context comes from.
#[derive(Debug, Clone, Copy)]
pub enum ToolchainSource<'m> {
    /// An assignment (an `ENV`, a CI variable, `go env -w`); an empty one in the process
    /// environment hides the image's `local` and lets `$GOROOT/go.env` decide.
    Assignment(&'m Assignment),
    /// The `ENV GOTOOLCHAIN=local` of an official `golang` image.
    Image(&'m GoRelease),
    /// `$GOROOT/go.env` of the Go distribution (`auto`).
    GoEnv,
}

/// The effective GOTOOLCHAIN of a go command.
#[derive(Debug, Clone)]
pub struct Toolchain<'m> {
    /// The value Go reads (`local`, `auto`, `go1.22.5+auto`…); empty behaves as `local`.
    pub value: String,
    pub source: ToolchainSource<'m>,
}

/// The `go`/`toolchain` lines a go command reads: from the go.work when one is active, else
/// from the main module's go.mod.
#[derive(Debug, Clone, Copy)]
pub struct GoLines<'a> {
    pub file: usize,
    pub mod_file: &'a ModFile,
}

/// What is known of the Go release a context runs.
#[derive(Debug, Clone)]
pub struct LocalGo {
    /// The release named exactly (`1.22.5`), or for a tag naming a minor release only
    /// (`golang:1.22`, setup-go `1.22.x`) the newest 1.22 patch there can be.
    pub newest: GoVersion,
    /// For messages: `1.22.5`, `1.22.x`.
    pub display: String,
    /// The tag names one exact release.
    pub exact: bool,
}

impl LocalGo {
    /// The lowest release it can be (`1.22.0` for `1.22.x`).
    pub fn oldest(&self) -> GoVersion {
        if self.exact {
            self.newest.clone()
        } else {
            GoVersion::parse(&format!("{}.{}.0", self.newest.major, self.newest.minor))
                .unwrap_or_else(|| self.newest.clone())
        }
    }
}

impl<'a> Model<'a> {
    /// The Go release of `ctx` when its configuration names one (an image tag, setup-go's
    /// `go-version`, an explicit download).
    pub fn local_go(&self, ctx: &Context) -> Option<LocalGo> {
        let release = ctx.go_version.as_ref()?;
        let v = release.version.clone()?;
        // `1.22`, `1.20`: the tag follows the newest patch release of that minor version
        let text = v.as_str();
        let exact = text.matches('.').count() >= 2 || !v.kind.is_empty();
        if exact {
            return Some(LocalGo {
                display: text.to_owned(),
                newest: v,
                exact: true,
            });
        }
        let newest = GoVersion::parse(&format!("{}.{}.{}", v.major, v.minor, u32::MAX))?;
        Some(LocalGo {
            newest,
            display: format!("{}.{}.x", v.major, v.minor),
            exact: false,
        })
    }

    /// The GOTOOLCHAIN a go command of `ctx` reads (None: known only at build time). For
    /// releases before 1.21, which do not read it, the value is still reported.
    pub fn gotoolchain<'m>(&'m self, ctx: &'m Context) -> Option<Toolchain<'m>> {
        const NAME: &str = "GOTOOLCHAIN";
        let unset = ctx.unset.iter().any(|n| n == NAME);
        match self.effective(ctx, NAME) {
            Effective::Dynamic(_) => return None,
            Effective::Value(a, v) => {
                return Some(Toolchain {
                    value: v.as_str().to_owned(),
                    source: ToolchainSource::Assignment(a),
                });
            }
            Effective::GoEnvFile(a, v) => {
                // the image's ENV hides the go env file
                if let Some(r) = self.image_default(ctx, unset) {
                    return Some(Toolchain {
                        value: "local".into(),
                        source: ToolchainSource::Image(r),
                    });
                }
                return Some(Toolchain {
                    value: v.as_str().to_owned(),
                    source: ToolchainSource::Assignment(a),
                });
            }
            Effective::Default => {}
        }
        if let Some(r) = self.image_default(ctx, unset) {
            return Some(Toolchain {
                value: "local".into(),
                source: ToolchainSource::Image(r),
            });
        }
        // set to the empty string in the environment: go.env decides
        let empty = (!unset)
            .then(|| ctx.env.get(NAME))
            .flatten()
            .map(|b| &self.assignments[b.assignment()]);
        let value = self.go_env(ctx).settings(&self.go_version(ctx)).gotoolchain;
        Some(Toolchain {
            value,
            source: match empty {
                Some(a) => ToolchainSource::Assignment(a),
                None => ToolchainSource::GoEnv,
            },
        })
    }

    /// The official image's `GOTOOLCHAIN=local`, when nothing in the context replaced it.
    fn image_default<'m>(&'m self, ctx: &'m Context, unset: bool) -> Option<&'m GoRelease> {
        let r = ctx.go_version.as_ref()?;
        (r.official_image && !unset && !ctx.env.contains_key("GOTOOLCHAIN")).then_some(r)
    }

    /// Whether go commands of `ctx` run in module mode (None: GO111MODULE known only at
    /// build time, or a value Go rejects).
    pub fn module_mode(&self, ctx: &Context) -> Option<bool> {
        match self.effective(ctx, "GO111MODULE") {
            Effective::Dynamic(_) => None,
            Effective::Default => Some(true),
            Effective::Value(_, v) | Effective::GoEnvFile(_, v) => match v.as_str() {
                "off" => Some(false),
                "on" | "auto" | "" => Some(true),
                _ => None,
            },
        }
    }

    /// The go.work (unless GOWORK=off) or go.mod whose `go`/`toolchain` lines `ctx` reads.
    pub fn go_lines(&self, ctx: &Context) -> Option<GoLines<'a>> {
        let scope = self.modules_in_scope(ctx);
        let gowork_off = matches!(
            self.effective(ctx, "GOWORK").known(),
            Some((_, v)) if v.as_str() == "off"
        );
        let file = match scope.go_work {
            Some(w) if !gowork_off && self.go_version(ctx).at_least(18) => w,
            _ => scope.go_mod?,
        };
        match self.parsed.get(file)? {
            crate::parse::Parsed::GoMod(m) => Some(GoLines { file, mod_file: m }),
            _ => None,
        }
    }
}

/// What toolchain selection does to a go command (go-semantics.md §7, §11).
#[derive(Debug, Clone)]
pub enum ToolchainOutcome<'m> {
    /// GOTOOLCHAIN allows `auto` and go.mod/go.work needs a newer Go: `toolchain` (`go1.23.0`)
    /// is downloaded as module `golang.org/toolchain` through GOPROXY, verified by GOSUMDB.
    Download {
        toolchain: String,
        gotoolchain: Toolchain<'m>,
    },
    /// The command fails with Go's `message`; `needs` is the lowest Go that would work.
    Fails {
        message: String,
        /// `message` is Go's own text; otherwise it describes what Go does.
        verbatim: bool,
        needs: GoVersion,
        /// The go.mod/go.work token Go objects to (the `go` or `toolchain` value).
        line: crate::parse::Range,
        gotoolchain: Option<Toolchain<'m>>,
    },
}

/// Subcommands that never load the module (so a too-new `go` line does not stop them), and the
/// forms of `go env` that never switch toolchains.
const NOT_LOADING: &[&str] = &[
    "version",
    "help",
    "env",
    "bug",
    "clean",
    "telemetry",
    "mod init",
    "mod edit",
    "work init",
    "work edit",
];

fn is_release_syntax_before_121(text: &str) -> bool {
    // `modfile.GoVersionRE` before Go 1.21: `^([1-9][0-9]*)\.(0|[1-9][0-9]*)$`
    let Some((a, b)) = text.split_once('.') else {
        return false;
    };
    let num = |s: &str| {
        !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
    };
    num(a) && a != "0" && num(b)
}

impl<'a> Model<'a> {
    /// Whether the go command of `ctx` switches toolchains or fails for the `go`/`toolchain`
    /// lines it reads (None: it runs the local Go, or the context does not say enough).
    pub fn toolchain_outcome<'m>(
        &'m self,
        ctx: &'m Context,
    ) -> Option<(GoLines<'a>, ToolchainOutcome<'m>)> {
        let go = ctx.go.as_ref()?;
        // handled by the local toolchain, without switching
        // (`args` start with the subcommand's words)
        let args: Vec<&str> = go.args.iter().skip(1).map(String::as_str).collect();
        let special = go.subcommand == "env"
            && (matches!(args.as_slice(), ["GOTOOLCHAIN" | "GOMOD" | "GOWORK"])
                || matches!(args.as_slice(), ["-w", a] if a.starts_with("GOTOOLCHAIN=")));
        if special || self.module_mode(ctx) != Some(true) {
            return None;
        }
        let local = self.local_go(ctx)?;
        let lines = self.go_lines(ctx)?;
        let go_line = lines.mod_file.go.as_ref();
        let tc_line = lines.mod_file.toolchain.as_ref();
        let name = if lines.mod_file.kind == crate::parse::gomod::ModKind::GoWork {
            "go.work"
        } else {
            "go.mod"
        };
        let loads = !NOT_LOADING.contains(&go.subcommand.as_str());
        let line_no = |r: &crate::parse::Range| {
            self.files[lines.file]
                .location(r.start, r.end, "")
                .span
                .start_line
        };
        // before Go 1.13, `auto` (the default) meant GOPATH mode inside GOPATH
        if !local.newest.at_least(13)
            && !matches!(self.effective(ctx, "GO111MODULE").known(), Some((_, v)) if v.as_str() == "on")
        {
            return None;
        }
        let v121 = GoVersion::parse("1.21.0")?;
        if !local.oldest().at_least(21) {
            // Go ≤ 1.20 reads the main go.mod strictly and knows neither GOTOOLCHAIN nor
            // the 1.21 go.mod syntax
            if !loads {
                return None;
            }
            let fails = |message: String, needs: GoVersion, line: &crate::parse::Range| {
                let verbatim = message.starts_with(name);
                Some((
                    lines,
                    ToolchainOutcome::Fails {
                        message,
                        verbatim,
                        needs,
                        line: line.clone(),
                        gotoolchain: None,
                    },
                ))
            };
            if let Some(g) = go_line
                && !is_release_syntax_before_121(&g.value)
            {
                let needs = GoVersion::parse(&g.value)
                    .filter(|v| *v > v121)
                    .unwrap_or_else(|| v121.clone());
                return fails(
                    format!(
                        "{name}:{}: invalid go version '{}': must match format 1.23",
                        line_no(&g.range),
                        g.value
                    ),
                    needs,
                    &g.range,
                );
            }
            if let Some(t) = tc_line {
                return fails(
                    format!("{name}:{}: unknown directive: toolchain", line_no(&t.range)),
                    v121,
                    &t.range,
                );
            }
            // 1.19.13+ and 1.20.8+ refuse modules declaring go 1.22 or later
            let refusing = |minor: u64, patch: u64| {
                local.newest.minor == minor && local.newest.patch.is_some_and(|p| p >= patch)
            };
            if let Some(g) = go_line
                && let Some(v) = GoVersion::parse(&g.value)
                && v.at_least(22)
                && local.newest.major == 1
                && (refusing(19, 13) || refusing(20, 8))
            {
                let display = if local.exact {
                    local.display.clone()
                } else {
                    format!(
                        "1.{}.{}+",
                        local.newest.minor,
                        if local.newest.minor == 19 { 13 } else { 8 }
                    )
                };
                return fails(
                    format!(
                        "it declares go {}, and Go {display} refuses go 1.22 and later (as every release since 1.19.13 and 1.20.8 does)",
                        g.value
                    ),
                    v,
                    &g.range,
                );
            }
            return None;
        }
        let tc = self.gotoolchain(ctx)?;
        let setting = crate::gosem::toolchain::parse(&tc.value).ok()?;
        let sel = crate::gosem::toolchain::select(
            &setting,
            &local.newest,
            go_line.map(|g| g.value.as_str()),
            tc_line.map(|t| t.value.as_str()),
            &tc.value,
        )
        .ok()?;
        use crate::gosem::toolchain::{Mode, Selection};
        match sel {
            Selection::Local => None,
            Selection::TooOld { needs, message } => {
                if !loads {
                    return None;
                }
                let message = message
                    .replacen("go.mod", name, 1)
                    .replace(local.newest.as_str(), &local.display);
                Some((
                    lines,
                    ToolchainOutcome::Fails {
                        message,
                        verbatim: true,
                        needs: GoVersion::parse(&needs)?,
                        line: go_line?.range.clone(),
                        gotoolchain: Some(tc),
                    },
                ))
            }
            Selection::Switch { toolchain, mode } => {
                let version = GoVersion::from_toolchain(&toolchain)?;
                if mode == Mode::Auto && setting.min.as_deref() != Some(toolchain.as_str()) {
                    return (version > local.newest).then_some((
                        lines,
                        ToolchainOutcome::Download {
                            toolchain,
                            gotoolchain: tc,
                        },
                    ));
                }
                if mode != Mode::Fixed || !loads {
                    return None;
                }
                // a pinned toolchain runs whatever go.mod says, and refuses a newer go line
                let g = go_line?;
                let needs = GoVersion::parse(&g.value)?;
                (needs > version && version.at_least(21)).then(|| {
                    (
                        lines,
                        ToolchainOutcome::Fails {
                            verbatim: true,
                            message: format!(
                                "{name} requires go >= {} (running go {version}; GOTOOLCHAIN={})",
                                g.value, tc.value
                            ),
                            needs,
                            line: g.range.clone(),
                            gotoolchain: Some(tc),
                        },
                    )
                })
            }
        }
    }
}
