//! The WebAssembly component: binds the WIT world `checker` to the native API.
//! Everything here is conversion; the logic lives in the rest of the crate.

wit_bindgen::generate!({
    path: "../../wit",
    world: "goproxy-doctor:checker/checker",
    with: {
        "wasi:http/types@0.2.12": wasip2::http::types,
        "wasi:http/outgoing-handler@0.2.12": wasip2::http::outgoing_handler,
        "wasi:io/poll@0.2.12": wasip2::io::poll,
        "wasi:io/error@0.2.12": wasip2::io::error,
        "wasi:io/streams@0.2.12": wasip2::io::streams,
        "wasi:clocks/monotonic-clock@0.2.12": wasip2::clocks::monotonic_clock,
    },
});

use exports::goproxy_doctor::checker::{analyzer, live};
use goproxy_doctor::checker::types as wit;

struct Component;

impl analyzer::Guest for Component {
    fn relevant_files() -> Vec<String> {
        crate::relevant_files()
    }

    fn presence_only_files() -> Vec<String> {
        crate::presence_only_files()
    }

    fn rules() -> Vec<wit::RuleInfo> {
        crate::rules::infos().into_iter().map(Into::into).collect()
    }

    fn analyze(files: Vec<wit::SourceFile>, opts: wit::Options) -> wit::Report {
        let files = files.into_iter().map(|f| (f.path, f.contents)).collect();
        crate::analyze(files, &opts.into()).into()
    }

    fn render(report: wit::Report, format: wit::Format, opts: wit::RenderOptions) -> String {
        let format = match format {
            wit::Format::Text => crate::render::Format::Text,
            wit::Format::Json => crate::render::Format::Json,
            wit::Format::Sarif => crate::render::Format::Sarif,
            wit::Format::Github => crate::render::Format::Github,
            wit::Format::Markdown => crate::render::Format::Markdown,
        };
        let opts = crate::render::RenderOptions {
            color: opts.color,
            automation_id: opts.automation_id,
        };
        crate::render::render(&report.into(), format, &opts)
    }

    fn show_config(files: Vec<wit::SourceFile>, opts: wit::Options) -> Result<String, String> {
        let files = files.into_iter().map(|f| (f.path, f.contents)).collect();
        crate::show_config(files, &opts.into())
    }
}

impl live::Guest for Component {
    fn plan(
        files: Vec<wit::SourceFile>,
        opts: wit::Options,
    ) -> Result<Vec<wit::PlannedProbe>, String> {
        let files = files.into_iter().map(|f| (f.path, f.contents)).collect();
        Ok(crate::live::plan(files, &opts.into())
            .into_iter()
            .map(|p| wit::PlannedProbe {
                id: p.id,
                method: p.method,
                url: p.url,
                reason: p.reason,
                origin: p.origin.map(Into::into),
            })
            .collect())
    }

    fn probe(
        files: Vec<wit::SourceFile>,
        approved: Vec<wit::PlannedProbe>,
        opts: wit::Options,
    ) -> Result<wit::ProbeReport, String> {
        let files = files.into_iter().map(|f| (f.path, f.contents)).collect();
        let ids: Vec<String> = approved.into_iter().map(|p| p.id).collect();
        let (findings, results) = crate::live::probe(files, &ids, &opts.into());
        Ok(wit::ProbeReport {
            findings: findings.into_iter().map(Into::into).collect(),
            results: results.into_iter().map(Into::into).collect(),
        })
    }
}

export!(Component);

// ---- conversions -------------------------------------------------------------------------

impl From<wit::Options> for crate::Options {
    fn from(o: wit::Options) -> Self {
        crate::Options {
            no_ignores: o.no_ignores,
            public_proxy: o.public_proxy,
            public_sumdb: o.public_sumdb,
            proxy_env: o.proxy_env,
            slow_ms: o.slow_ms,
            max_probes: o.max_probes,
            config: o.config,
        }
    }
}

macro_rules! severity_conv {
    ($from:ty => $to:ty) => {
        impl From<$from> for $to {
            fn from(s: $from) -> Self {
                match s {
                    <$from>::Error => <$to>::Error,
                    <$from>::Warning => <$to>::Warning,
                    <$from>::Note => <$to>::Note,
                }
            }
        }
    };
}
severity_conv!(crate::Severity => wit::Severity);
severity_conv!(wit::Severity => crate::Severity);

macro_rules! applicability_conv {
    ($from:ty => $to:ty) => {
        impl From<$from> for $to {
            fn from(a: $from) -> Self {
                match a {
                    <$from>::Safe => <$to>::Safe,
                    <$from>::Unsafe => <$to>::Unsafe,
                    <$from>::DisplayOnly => <$to>::DisplayOnly,
                }
            }
        }
    };
}
applicability_conv!(crate::Applicability => wit::Applicability);
applicability_conv!(wit::Applicability => crate::Applicability);

/// Records whose fields have the same names on both sides: `plain` fields move as they are,
/// `into` fields convert, `each` fields are vectors of convertible values.
macro_rules! record_conv {
    ($a:ty, $b:ty { $($plain:ident),* } $(, into { $($into:ident),* })? $(, each { $($each:ident),* })?) => {
        record_conv!(@one $a => $b { $($plain),* } { $($($into),*)? } { $($($each),*)? });
        record_conv!(@one $b => $a { $($plain),* } { $($($into),*)? } { $($($each),*)? });
    };
    (@one $from:ty => $to:ty { $($plain:ident),* } { $($into:ident),* } { $($each:ident),* }) => {
        impl From<$from> for $to {
            fn from(x: $from) -> Self {
                Self {
                    $($plain: x.$plain,)*
                    $($into: x.$into.into(),)*
                    $($each: x.$each.into_iter().map(Into::into).collect(),)*
                }
            }
        }
    };
}

record_conv!(
    crate::Span,
    wit::Span {
        start,
        end,
        start_line,
        start_column,
        end_line,
        end_column
    }
);
record_conv!(
    crate::Location,
    wit::Location { path, label, lines },
    into { span }
);
record_conv!(crate::Edit, wit::Edit { path, replacement }, into { span });
record_conv!(
    crate::InputDiagnostic,
    wit::InputDiagnostic {
        path,
        message,
        skipped
    }
);
record_conv!(
    crate::Fix,
    wit::Fix { description },
    into { applicability },
    each { edits }
);
record_conv!(
    crate::Finding,
    wit::Finding {
        rule,
        name,
        message,
        help,
        fingerprint
    },
    into { severity, primary },
    each { related, fixes }
);
record_conv!(crate::report::RouteHop, wit::RouteHop { target, next_on });
record_conv!(
    crate::report::FetchRoute,
    wit::FetchRoute {
        context,
        path,
        line,
        go_release,
        direct_patterns,
        proxy_error,
        checksum_db,
        no_checksum_patterns,
        unknown
    },
    each { hops }
);
record_conv!(
    crate::report::ProbeResult,
    wit::ProbeResult {
        id,
        url,
        status,
        failure,
        elapsed_ms,
        via
    }
);
record_conv!(
    crate::Report,
    wit::Report {
        tool_version,
        files
    },
    each {
        findings,
        diagnostics,
        routes,
        probes
    }
);

impl From<crate::RuleInfo> for wit::RuleInfo {
    fn from(r: crate::RuleInfo) -> Self {
        wit::RuleInfo {
            id: r.id,
            name: r.name,
            family: r.family,
            default_severity: r.default_severity.into(),
            security_severity: r.security_severity,
            short_description: r.short_description,
            full_description: r.full_description,
            help_markdown: r.help_markdown,
            tags: r.tags,
            precision: r.precision,
            live: r.live,
        }
    }
}
