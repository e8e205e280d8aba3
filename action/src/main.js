// The GitHub Action: read the inputs, find and read the files the checker asks for (as the CLI
// does), analyse and render in the checker component, then write the SARIF file, the annotations,
// the job summary and the outputs, and fail the step according to `fail-on`.

import fs from "node:fs";
import path from "node:path";

import * as core from "@actions/core";

import { errorPayload, load, setHttpPolicy } from "./checker.js";
import { compareBytes, discover, Selector } from "./discover.js";
import { HttpPolicy, urlOrigin } from "./policy.js";
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
  };
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
  }

  const { analyzer, live } = await load();
  const selector = new Selector(analyzer.relevantFiles());
  let found;
  try {
    found = discover(input.paths, selector, { base, extra });
  } catch (e) {
    throw new Failure(e.message);
  }
  const options = { noIgnores: false };
  const report = analyzer.analyze(found.files, options);
  report.diagnostics.push(...found.unreadable.map((u) => ({ path: u.path, message: u.reason, skipped: true })));
  report.diagnostics.sort((a, b) => compareBytes(a.path, b.path) || compareBytes(a.message, b.message));

  if (input.live) {
    let plan;
    try {
      plan = live.plan(found.files, options);
    } catch (e) {
      throw new Failure(`live checks (input \`live: true\`) failed: ${errorPayload(e)}`);
    }
    const origins = [...new Set(plan.map((p) => urlOrigin(p.url)).filter((o) => o !== null))];
    for (const p of plan) core.info(`live: ${p.method} ${p.url}: ${p.reason}`);
    setHttpPolicy(new HttpPolicy(origins, plan.length, LIVE_TIMEOUT_NS));
    try {
      report.findings.push(...live.probe(found.files, plan, options));
    } catch (e) {
      throw new Failure(`live checks (input \`live: true\`) failed: ${errorPayload(e)}`);
    } finally {
      setHttpPolicy(HttpPolicy.denyAll());
    }
  }

  // Render everything before writing anything.
  const renderOptions = { color: false, automationId: input.category || undefined };
  const sarif = analyzer.render(report, "sarif", renderOptions);
  const { batches, omitted } = annotationBatches(report);
  const annotations = input.annotations ? batches.map((b) => analyzer.render(b, "github", renderOptions)) : [];
  const markdown = input.summary ? analyzer.render(report, "markdown", renderOptions) : "";

  const sarifPath = path.resolve(base, input.sarifFile);
  writeFile(sarifPath, sarif);
  core.info(`goproxy-doctor: SARIF written to ${input.sarifFile}`);

  const c = counts(report);
  core.setOutput("sarif-file", input.sarifFile);
  core.setOutput("findings", report.findings.length);
  core.setOutput("errors", c.errors);
  core.setOutput("warnings", c.warnings);

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
}

run().catch((e) => {
  core.setFailed(e instanceof Failure ? `goproxy-doctor: ${e.message}` : `goproxy-doctor: internal error: ${e && e.stack ? e.stack : e}`);
});
