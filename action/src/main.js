// The GitHub Action: read the inputs, find and read the files the checker asks for (as the CLI
// does), analyse and render in the checker component, then write the SARIF file, the annotations,
// the job summary and the outputs, and fail the step according to `fail-on`.

import fs from "node:fs";
import path from "node:path";

import * as core from "@actions/core";

import { compareBytes, discover, displayPath, Selector } from "./discover.js";
import { urlOrigin } from "./policy.js";
import { CheckerError, RemoteChecker } from "./remote.js";
import {
  annotationBatches,
  counts,
  describeOmitted,
  FAIL_ON,
  fails,
  fitSummary,
  SUMMARY_LIMIT,
} from "./present.js";

/** Each phase of a live probe may take at most this long (nanoseconds). */
const LIVE_TIMEOUT_NS = 10n * 1_000_000_000n;

/** The CLI's default --timeout-secs. */
const DEFAULT_TIMEOUT_SECS = 60;

/** A failure with a message for the user (no stack trace). */
class Failure extends Error {}

function inputs() {
  const paths = core
    .getInput("paths")
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const failOn = core.getInput("fail-on") || "error";
  if (!FAIL_ON.includes(failOn)) {
    throw new Failure(`fail-on must be one of ${FAIL_ON.join(", ")}; got ${JSON.stringify(failOn)}`);
  }
  const bool = (name, fallback) => {
    const value = core.getInput(name);
    if (value === "") return fallback;
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new Failure(`${name} must be true or false; got ${JSON.stringify(value)}`);
  };
  return {
    paths: paths.length > 0 ? paths : ["."],
    config: core.getInput("config"),
    live: bool("live", false),
    failOn,
    sarifFile: core.getInput("sarif-file") || "goproxy-doctor.sarif",
    annotations: bool("annotations", true),
    summary: bool("summary", true),
    category: core.getInput("category"),
    timeoutSecs: timeout(core.getInput("timeout-secs")),
  };
}

function timeout(value) {
  if (value === "") return DEFAULT_TIMEOUT_SECS;
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(n > 0)) {
    throw new Failure(`timeout-secs must be a positive number of seconds; got ${JSON.stringify(value)}`);
  }
  return n;
}

/** Write through a temporary file and a rename, creating the directory, as the CLI does. */
function writeFile(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.goproxy-doctor.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

async function run() {
  const input = inputs();
  // The runner starts actions in the workspace; paths are relative to it, as in the SARIF.
  const base = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());

  const extra = [];
  if (input.config) {
    const config = path.resolve(base, input.config);
    let st;
    try {
      st = fs.statSync(config);
    } catch {
      throw new Failure(`the config file ${input.config} does not exist (input \`config\`)`);
    }
    if (!st.isFile()) throw new Failure(`the config file ${input.config} is not a file (input \`config\`)`);
    extra.push(config);
  } else {
    // as the CLI: .goproxy-doctor.toml at the root of the repository
    const config = path.join(base, ".goproxy-doctor.toml");
    if (fs.statSync(config, { throwIfNoEntry: false })?.isFile()) extra.push(config);
  }

  const checker = await RemoteChecker.start(new URL("./checker-worker.js", import.meta.url), input.timeoutSecs * 1000);
  try {
    await check(input, base, extra, checker);
  } finally {
    checker.close();
  }
}

async function check(input, base, extra, checker) {
  const selector = new Selector(
    await checker.call("relevantFiles", "listing the files it reads"),
    await checker.call("presenceOnlyFiles", "listing the files it needs only the presence of"),
  );
  let found;
  try {
    found = discover(input.paths, selector, { base, extra });
  } catch (e) {
    throw new Failure(e.message);
  }
  // The Action gives the checker no environment: its live requests go out through Node
  // directly (no HTTP(S)_PROXY), so no proxy is named in findings either.
  const config = extra.length > 0 ? displayPath(path.resolve(base, extra[0]), base) : undefined;
  const options = {
    noIgnores: false,
    publicProxy: undefined,
    publicSumdb: undefined,
    proxyEnv: [],
    slowMs: 0,
    maxProbes: 0,
    config,
  };
  // An invalid configuration stops the run, as in the CLI.
  const shown = await checker.call("showConfig", "reading the configuration", found.files, options);
  if (shown.invalid !== undefined) throw new Failure(`the configuration is invalid: ${shown.invalid}`);
  const report = await checker.call("analyze", "analysing", found.files, options);
  report.diagnostics.push(...found.unreadable.map((u) => ({ path: u.path, message: u.reason, skipped: true })));
  report.diagnostics.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.message, b.message));

  if (input.live) {
    const liveFailure = (e) =>
      e instanceof CheckerError ? new Failure(`live checks (input \`live: true\`) failed: ${e.message}`) : e;
    let plan;
    try {
      plan = await checker.call("plan", "planning the live checks", found.files, options);
    } catch (e) {
      throw liveFailure(e);
    }
    const origins = [...new Set(plan.map((p) => urlOrigin(p.url)).filter((o) => o !== null))];
    for (const p of plan) core.info(`live: ${p.method} ${p.url}: ${p.reason}`);
    // Only the planned origins, at most one request per planned probe.
    const policy = { origins, maxRequests: plan.length, maxTimeoutNs: String(LIVE_TIMEOUT_NS) };
    try {
      const probed = await checker.call("probe", "probing", found.files, plan, options, policy);
      report.findings.push(...probed.findings);
      report.probes = probed.results; // the summary's diagrams show what each endpoint answered
    } catch (e) {
      throw liveFailure(e);
    }
  }

  // Render everything before writing anything.
  const renderOptions = { color: false, automationId: input.category || undefined };
  const render = (r, format) => checker.call("render", `rendering ${format}`, r, format, renderOptions);
  const sarif = await render(report, "sarif");
  const { batches, omitted } = annotationBatches(report);
  const annotations = [];
  if (input.annotations) for (const b of batches) annotations.push(await render(b, "github"));
  const markdown = input.summary ? await render(report, "markdown") : "";

  const sarifPath = path.resolve(base, input.sarifFile);
  writeFile(sarifPath, sarif);
  core.info(`goproxy-doctor: SARIF written to ${input.sarifFile}`);

  const c = counts(report);
  core.setOutput("sarif-file", input.sarifFile);
  core.setOutput("findings", report.findings.length);
  core.setOutput("errors", c.errors);
  core.setOutput("warnings", c.warnings);
  const skipped = report.diagnostics.filter((d) => d.skipped);
  core.setOutput("skipped", skipped.length);

  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  let summaryWritten = false;
  if (input.summary && summaryFile) {
    let existing = 0;
    try {
      existing = fs.statSync(summaryFile).size;
    } catch {
      existing = 0;
    }
    const fitted = fitSummary(
      markdown,
      Math.max(0, SUMMARY_LIMIT - existing),
      `The SARIF file \`${input.sarifFile}\` has every finding.`,
    );
    if (fitted.truncated) {
      // A log line, not a warning annotation: that would take one of the ten warnings' places.
      core.info(`goproxy-doctor: the job summary was cut at GitHub's 1 MiB limit (${fitted.omittedLines} lines left out); ${input.sarifFile} has every finding`);
    }
    if (fitted.text) {
      await core.summary.addRaw(fitted.text).write(); // appends to $GITHUB_STEP_SUMMARY
      summaryWritten = !fitted.truncated;
    }
  } else if (input.summary) {
    core.info("goproxy-doctor: GITHUB_STEP_SUMMARY is not set: no job summary written");
  }

  if (input.annotations) {
    for (const text of annotations) process.stdout.write(text);
    const more = describeOmitted(omitted);
    if (more) {
      const where = summaryWritten ? "the job summary" : `the SARIF file ${input.sarifFile}`;
      core.notice(`${more} are not shown as annotations (GitHub shows at most 10 of each kind per step): see ${where}`, {
        title: "goproxy-doctor",
      });
    }
  }

  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  core.info(
    `goproxy-doctor: ${n(report.findings.length, "finding", "findings")} (${n(c.errors, "error", "errors")}, ${n(c.warnings, "warning", "warnings")}, ${n(c.notes, "note", "notes")}) in ${n(report.files.length, "file", "files")}`,
  );
  if (fails(report, input.failOn)) {
    // No core.setFailed: its own error annotation would push one finding out of the ten shown.
    core.info(`goproxy-doctor: failing: findings at or above fail-on: ${input.failOn}`);
    process.exitCode = 1;
  }
  if (skipped.length > 0) {
    // As the CLI's exit status 3, whatever fail-on says: a check that did not see every file
    // is no pass. (Each skipped input already has its warning annotation.)
    const names = skipped.slice(0, 5).map((d) => d.path).join(", ");
    const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : "";
    core.info(
      `goproxy-doctor: failing: ${n(skipped.length, "input was", "inputs were")} skipped and not analysed (${names}${more}): see the warnings for why`,
    );
    process.exitCode = 1;
  }
}

run().catch((e) => {
  const expected = e instanceof Failure || e instanceof CheckerError;
  core.setFailed(expected ? `goproxy-doctor: ${e.message}` : `goproxy-doctor: internal error: ${e && e.stack ? e.stack : e}`);
});
