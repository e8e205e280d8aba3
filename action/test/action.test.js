// End to end: dist/action/index.js run as the runner runs it (node, INPUT_* variables with every
// input's default from action.yml, GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// RUNNER_TEMP), on the fixture repositories, compared with the CLI on the same trees.
//
// The CLI binary: $GOPROXY_DOCTOR_BIN, else target/{release,debug}/goproxy-doctor under
// $CARGO_TARGET_DIR or ./target. .ci/run builds it before these tests.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bundle = path.join(root, "dist/action/index.js");
const FIXTURES = ["tests/fixtures/clean", "tests/fixtures/mirror", "tests/fixtures/discovery", "examples/acme-api"];

function cliBinary() {
  if (process.env.GOPROXY_DOCTOR_BIN) return path.resolve(process.env.GOPROXY_DOCTOR_BIN);
  const target = process.env.CARGO_TARGET_DIR || path.join(root, "target");
  for (const profile of ["release", "debug"]) {
    const p = path.join(target, profile, "goproxy-doctor");
    if (fs.existsSync(p)) return p;
  }
  throw new Error("no goproxy-doctor binary: run `cargo build --release -p goproxy-doctor` or set GOPROXY_DOCTOR_BIN");
}

/** The inputs action.yml declares, with their defaults (a reader for this file's simple layout). */
function declared() {
  const text = fs.readFileSync(path.join(root, "action.yml"), "utf8");
  const section = (name) => {
    const m = new RegExp(`^${name}:\\n((?:(?:  .*)?\\n)*)`, "m").exec(text);
    assert.ok(m, `action.yml has ${name}`);
    const items = {};
    let current = null;
    for (const line of m[1].split("\n")) {
      const key = /^ {2}([a-z-]+):\s*$/.exec(line);
      if (key) {
        current = key[1];
        items[current] = {};
        continue;
      }
      const def = /^ {4}default:\s*(.*)$/.exec(line);
      if (def && current) items[current].default = def[1].replace(/^"(.*)"$/, "$1");
    }
    return items;
  };
  return { inputs: section("inputs"), outputs: section("outputs") };
}

function tempdir(prefix = "gpd-action-") {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Run the Action in `workspace` with `inputs` over the defaults, as the runner does. */
function runAction(workspace, inputs = {}, { summary = "", entry = bundle } = {}) {
  const tmp = tempdir();
  const outputFile = path.join(tmp, "output");
  const summaryFile = path.join(tmp, "summary");
  fs.writeFileSync(outputFile, "");
  fs.writeFileSync(summaryFile, summary);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME || "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tmp,
  };
  const { inputs: spec } = declared();
  for (const [name, v] of Object.entries({ ...Object.fromEntries(Object.entries(spec).map(([k, s]) => [k, s.default ?? ""])), ...inputs })) {
    assert.ok(name in spec, `action.yml declares the input ${name}`);
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = v;
  }
  const r = spawnSync(process.execPath, [entry], { cwd: workspace, env, encoding: "utf8", maxBuffer: 1 << 28 });
  const outputs = {};
  const text = fs.readFileSync(outputFile, "utf8");
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs,
    summary: fs.readFileSync(summaryFile, "utf8"),
    summaryBytes: fs.statSync(summaryFile).size,
    annotations: r.stdout.split("\n").filter((l) => /^::(error|warning|notice) /.test(l)),
    commands: r.stdout.split("\n").filter((l) => l.startsWith("::")),
  };
}

/** Run the CLI in `dir`. */
function runCli(dir, args) {
  const r = spawnSync(cliBinary(), args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28, env: { PATH: process.env.PATH, HOME: process.env.HOME || "" } });
  assert.ok([0, 1, 3].includes(r.status), `CLI ${args.join(" ")}: ${r.status} ${r.stderr}`);
  return r;
}

function cliSarif(dir, extraArgs = []) {
  const out = path.join(tempdir(), "cli.sarif");
  runCli(dir, ["check", "--format", "sarif", "--output", out, "--fail-on", "never", ...extraArgs]);
  return fs.readFileSync(out);
}

const severityRank = (line) => ({ error: 0, warning: 1, notice: 2 })[/^::(\w+)/.exec(line)[1]];

test("action.yml declares the inputs and outputs the glue uses, with the documented defaults", () => {
  const { inputs, outputs } = declared();
  assert.deepEqual(Object.keys(inputs).sort(), ["annotations", "category", "config", "fail-on", "live", "paths", "sarif-file", "summary", "timeout-secs"]);
  assert.deepEqual(Object.keys(outputs).sort(), ["errors", "findings", "sarif-file", "skipped", "warnings"]);
  assert.equal(inputs.paths.default, ".");
  assert.equal(inputs["fail-on"].default, "error");
  assert.equal(inputs.live.default, "false");
  assert.equal(inputs["sarif-file"].default, "goproxy-doctor.sarif");
  assert.equal(inputs.annotations.default, "true");
  assert.equal(inputs.summary.default, "true");
  assert.equal(inputs["timeout-secs"].default, "60");
  const yml = fs.readFileSync(path.join(root, "action.yml"), "utf8");
  assert.match(yml, /^ {2}using: node24$/m);
  assert.match(yml, /^ {2}main: dist\/action\/index\.js$/m);
});

for (const fixture of FIXTURES) {
  test(`${fixture}: SARIF, summary, annotations and outputs are the CLI's`, () => {
    const dir = path.join(root, fixture);
    const ws = tempdir("gpd-ws-");
    fs.cpSync(dir, ws, { recursive: true });
    const sarifOut = path.join(tempdir(), "out", "result.sarif");
    const r = runAction(ws, { "fail-on": "never", "sarif-file": sarifOut });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // SARIF: the same bytes as the CLI's, on the same tree
    assert.ok(fs.readFileSync(sarifOut).equals(cliSarif(ws)), "SARIF differs from the CLI's");
    assert.ok(fs.readFileSync(sarifOut).equals(cliSarif(dir)), "SARIF differs from the CLI's in the repository");
    // outputs: the CLI's counts
    const json = JSON.parse(runCli(ws, ["check", "--format", "json", "--fail-on", "never"]).stdout);
    assert.deepEqual(r.outputs, {
      "sarif-file": sarifOut,
      findings: String(json.findings.length),
      errors: String(json.summary.errors),
      warnings: String(json.summary.warnings),
      skipped: String(json.diagnostics.filter((d) => d.skipped).length),
    });
    // summary: the CLI's markdown, exactly
    assert.equal(r.summary, runCli(ws, ["check", "--format", "markdown", "--fail-on", "never"]).stdout);
    // annotations: the CLI's github lines, most severe first
    const cli = runCli(ws, ["check", "--format", "github", "--fail-on", "never"]).stdout.split("\n").filter(Boolean);
    assert.deepEqual([...r.annotations].sort(), [...cli].sort());
    const ranks = r.annotations.map(severityRank);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), "most severe first");
    assert.equal(r.commands.length, r.annotations.length, `no other workflow command:\n${r.stdout}`);
  });
}

test("examples/acme-api: annotation lines, summary and exit status for each fail-on", () => {
  const ws = path.join(root, "examples/acme-api");
  const expected = { error: 1, warning: 1, note: 1, never: 0 };
  for (const [failOn, status] of Object.entries(expected)) {
    const sarif = path.join(tempdir(), "a.sarif");
    const r = runAction(ws, { "fail-on": failOn, "sarif-file": sarif });
    assert.equal(r.status, status, `fail-on ${failOn}:\n${r.stdout}${r.stderr}`);
    assert.deepEqual(r.outputs, { "sarif-file": sarif, findings: "14", errors: "5", warnings: "7", skipped: "0" });
    assert.equal(r.annotations.length, 14);
    // most severe first, then in file order
    assert.match(
      r.annotations[0],
      /^::error file=Dockerfile,line=4,endLine=4,col=6,endColumn=35,title=GPD602 toolchain-too-old::`golang:1\.23-bookworm` runs Go 1\.23\.x/,
    );
    assert.match(
      r.annotations[1],
      /^::error file=Dockerfile,line=8,endLine=8,col=5,endColumn=16,title=GPD201 sumdb-disabled::`GOSUMDB=off` disables checksum verification/,
    );
    assert.match(r.annotations[5], /^::warning file=\.env,line=3,endLine=3,col=1,endColumn=13,title=GPD701 unknown-go-variable::`GONOSUMCHECK`/);
    assert.match(r.annotations[13], /^::notice file=Dockerfile,line=14,.*title=GPD402 no-module-cache-mount::/);
    assert.match(r.summary, /^## goproxy-doctor\n\nFound \*\*14 problems\*\* \(5 errors, 7 warnings, 2 notes\) in 3 files\.\n/);
    assert.match(r.summary, /\n### How modules are fetched\n[\s\S]*```mermaid\nflowchart LR\n/, "the diagrams");
    assert.match(r.summary, /\| \[GPD201 sumdb-disabled\]\(https:\/\/github\.com\/goproxy-doctor\/goproxy-doctor\/blob\/main\/docs\/rules\/GPD201\.md\) \| 1 \|/);
    if (status) assert.match(r.stdout, /failing: findings at or above fail-on: /);
    else assert.doesNotMatch(r.stdout, /failing/);
  }
});

test("warnings only: fail-on error passes, fail-on warning and note fail", () => {
  const ws = tempdir("gpd-ws-");
  fs.writeFileSync(path.join(ws, ".env"), "GO_PRIVATE=git.example.com\n");
  for (const [failOn, status] of Object.entries({ error: 0, warning: 1, note: 1, never: 0 })) {
    const r = runAction(ws, { "fail-on": failOn });
    assert.equal(r.status, status, `fail-on ${failOn}: ${r.stdout}`);
    assert.equal(r.outputs.warnings, "1");
    assert.equal(r.outputs.errors, "0");
  }
  // the default sarif-file, relative to the workspace
  assert.ok(fs.existsSync(path.join(ws, "goproxy-doctor.sarif")));
});

test("a skipped input fails the step at every fail-on, as the CLI's status 3; the rest is still checked", () => {
  const ws = tempdir("gpd-ws-");
  fs.writeFileSync(path.join(ws, ".env"), "GO_PRIVATE=git.example.com\n");
  fs.writeFileSync(path.join(ws, "binary.env"), "GOSUMDB=off\n\0\0\0\n");
  fs.symlinkSync("missing.env", path.join(ws, "dangling.env"));
  fs.symlinkSync("loop.env", path.join(ws, "loop.env"));
  fs.mkdirSync(path.join(ws, "Dockerfile")); // a directory named like a candidate: walked, not reported
  fs.writeFileSync(path.join(ws, "Dockerfile", "Dockerfile"), "FROM golang:1.23\n");
  spawnSync("mkfifo", [path.join(ws, "pipe.env")]);
  const cli = spawnSync(cliBinary(), ["check", "--format", "json", "--fail-on", "never"], { cwd: ws, encoding: "utf8" });
  assert.equal(cli.status, 3, cli.stderr);
  const expected = JSON.parse(cli.stdout).diagnostics;
  assert.deepEqual(
    expected.filter((d) => d.skipped).map((d) => d.path),
    ["binary.env", "dangling.env", "loop.env", "pipe.env"],
  );
  for (const failOn of ["error", "never"]) {
    const sarif = path.join(tempdir(), "s.sarif");
    const r = runAction(ws, { "fail-on": failOn, "sarif-file": sarif });
    assert.equal(r.status, 1, `fail-on ${failOn}: ${r.stdout}${r.stderr}`);
    assert.equal(r.outputs.skipped, "4");
    assert.equal(r.outputs.warnings, "1", "the other files are still checked");
    assert.match(
      r.stdout,
      /^goproxy-doctor: failing: 4 inputs were skipped and not analysed \(binary\.env, dangling\.env, loop\.env, pipe\.env\): see the warnings for why$/m,
    );
    assert.doesNotMatch(r.stdout, /findings at or above fail-on/);
    // the same diagnostics as the CLI, each a warning annotation with its reason
    for (const d of expected) {
      assert.ok(r.annotations.some((l) => l.startsWith(`::warning file=${d.path},`) && l.endsWith(d.message)), `${d.path}: ${d.message}\n${r.annotations.join("\n")}`);
    }
    assert.ok(fs.readFileSync(sarif).equals(cliSarif(ws)));
  }
});

test("a clean tree passes at every fail-on, with no annotations", () => {
  const ws = path.join(root, "tests/fixtures/clean");
  for (const failOn of ["error", "warning", "note", "never"]) {
    const r = runAction(ws, { "fail-on": failOn, "sarif-file": path.join(tempdir(), "c.sarif") });
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(r.annotations, []);
    assert.match(r.summary, /^## goproxy-doctor\n\nNo problems found in 2 files\.\n\n### How modules are fetched\n/);
  }
});

test("the SARIF passes GitHub's validation, and category sets automationDetails.id as --category does", () => {
  const dir = path.join(root, "examples/acme-api");
  const sarif = path.join(tempdir(), "cat.sarif");
  const r = runAction(dir, { category: "go-modules/acme", "sarif-file": sarif, "fail-on": "never" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const log = JSON.parse(fs.readFileSync(sarif, "utf8"));
  assert.equal(log.runs[0].automationDetails.id, "go-modules/acme/", "the checker ends a category with '/'");
  assert.ok(fs.readFileSync(sarif).equals(cliSarif(dir, ["--category", "go-modules/acme"])));
  const v = spawnSync(path.join(root, "scripts/validate-sarif.sh"), [sarif], { encoding: "utf8" });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.match(v.stdout, /valid \(SARIF and GitHub rules, no error or warning\)/);
});

test("discovery edge cases give the CLI's SARIF (ignore files, hidden files, links, skipped directories)", () => {
  const ws = tempdir("gpd-ws-");
  const bad = "FROM golang\nENV GOSUMDB=off\n";
  const files = [
    "Dockerfile",
    ".hidden/Dockerfile",
    "svc/api.Dockerfile",
    "svc/Containerfile.dev",
    "svc/.env.prod",
    "svc/local.env",
    "svc/keep.env",
    "vendor/Dockerfile",
    "node_modules/x/Dockerfile",
    "deep/vendor/Dockerfile",
    "ignored-by-git/Dockerfile",
    "ignored-by-dot-ignore/Dockerfile",
    "reincluded/a.env",
    "target/Dockerfile",
  ];
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    fs.writeFileSync(path.join(ws, f), f.endsWith("file") || f.includes("file.") ? bad : "GOSUMDB=off\n");
  }
  fs.writeFileSync(path.join(ws, ".gitignore"), "ignored-by-git/\n*.env\n!keep.env\n/target\n");
  fs.writeFileSync(path.join(ws, ".ignore"), "ignored-by-dot-ignore/\n!reincluded/a.env\n");
  fs.writeFileSync(path.join(ws, "svc/.gitignore"), "!.env.prod\n");
  fs.symlinkSync(path.join(ws, "svc"), path.join(ws, "linked-dir"));
  fs.symlinkSync(path.join(ws, "svc/keep.env"), path.join(ws, "linked.env"));
  const sarif = path.join(tempdir(), "d.sarif");
  const r = runAction(ws, { "sarif-file": sarif, "fail-on": "never" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const ours = fs.readFileSync(sarif);
  assert.ok(ours.equals(cliSarif(ws)), `SARIF differs from the CLI's:\n${ours}`);
  const uris = new Set(JSON.parse(ours).runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.ok(uris.has("Dockerfile") && uris.has(".hidden/Dockerfile") && uris.has("reincluded/a.env"), [...uris].join(" "));
  assert.ok(!uris.has("vendor/Dockerfile") && !uris.has("deep/vendor/Dockerfile") && !uris.has("ignored-by-git/Dockerfile"));

  // several paths, one of them a file, as the CLI takes them
  const sarif2 = path.join(tempdir(), "p.sarif");
  const r2 = runAction(ws, { paths: "svc\nDockerfile\nvendor/Dockerfile", "sarif-file": sarif2, "fail-on": "never" });
  assert.equal(r2.status, 0, r2.stdout + r2.stderr);
  const out = path.join(tempdir(), "cli.sarif");
  runCli(ws, ["check", "svc", "Dockerfile", "vendor/Dockerfile", "--format", "sarif", "--output", out, "--fail-on", "never"]);
  assert.ok(fs.readFileSync(sarif2).equals(fs.readFileSync(out)));
});

test("ignore files above the workspace and .git/info/exclude apply as in the CLI", () => {
  const outer = tempdir("gpd-ws-");
  const ws = path.join(outer, "sub");
  fs.mkdirSync(path.join(outer, ".git", "info"), { recursive: true });
  fs.writeFileSync(path.join(outer, ".git", "info", "exclude"), "excluded.env\n");
  fs.writeFileSync(path.join(outer, ".gitignore"), "skipped.env\n");
  fs.mkdirSync(ws);
  for (const f of ["kept.env", "skipped.env", "excluded.env"]) fs.writeFileSync(path.join(ws, f), "GOSUMDB=off\n");
  const sarif = path.join(tempdir(), "parents.sarif");
  const r = runAction(ws, { "sarif-file": sarif, "fail-on": "never" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const ours = fs.readFileSync(sarif);
  assert.ok(ours.equals(cliSarif(ws)), `SARIF differs from the CLI's:\n${ours}`);
  const uris = JSON.parse(ours).runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
  assert.deepEqual(uris, ["kept.env"]);
});

test("a summary over GitHub's 1 MiB limit is cut at a row with a note; annotations stop at 10", () => {
  const ws = tempdir("gpd-ws-");
  fs.writeFileSync(path.join(ws, ".env"), "GONOSUMCHECK=1\nGO_PROXY=x\n".repeat(6000));
  const sarif = path.join(tempdir(), "big.sarif");
  const r = runAction(ws, { "sarif-file": sarif });
  assert.equal(r.status, 0, "warnings only, fail-on error");
  const full = runCli(ws, ["check", "--format", "markdown", "--fail-on", "never"]).stdout;
  assert.ok(Buffer.byteLength(full) > 1024 * 1024, "the test needs a report over 1 MiB");
  assert.ok(r.summaryBytes <= 1024 * 1024, `${r.summaryBytes} bytes`);
  assert.ok(r.summaryBytes > 1024 * 1024 - 1000, "cut close to the limit, not much earlier");
  const [kept, note] = r.summary.split("\n\n> **Summary truncated** at GitHub's 1 MiB limit: ");
  assert.ok(full.startsWith(`${kept}\n`), "whole rows of the CLI's report");
  assert.match(kept.split("\n").at(-1), /^\| warning \| `\.env:\d+:1` \| .* \|$/);
  const omitted = full.split("\n").length - 1 - kept.split("\n").length;
  assert.equal(note, `${omitted} more lines of the report are not shown. The SARIF file \`${sarif}\` has every finding.\n`);
  assert.equal(r.outputs.warnings, "12000");
  assert.equal(r.annotations.filter((l) => l.startsWith("::warning file=.env")).length, 10);
  assert.ok(r.annotations.includes(
    `::notice title=goproxy-doctor::11990 more warnings are not shown as annotations (GitHub shows at most 10 of each kind per step): see the SARIF file ${sarif}`,
  ), r.annotations.join("\n"));
  assert.match(r.stdout, /^goproxy-doctor: the job summary was cut at GitHub's 1 MiB limit \(\d+ lines left out\)/m);
  assert.equal(r.commands.filter((l) => l.startsWith("::warning")).length, 10, "no warning beyond the ten findings");
  assert.ok(fs.readFileSync(sarif).equals(cliSarif(ws)));
});

test("more than 10 errors: the first 10 errors, then the warnings, then a notice with the rest", () => {
  const ws = tempdir("gpd-ws-");
  for (let i = 0; i < 12; i += 1) fs.writeFileSync(path.join(ws, `s${String(i).padStart(2, "0")}.env`), "GOSUMDB=off\n");
  fs.writeFileSync(path.join(ws, "w.env"), "GO_PRIVATE=git.example.com\n");
  const r = runAction(ws, { "sarif-file": "out/e.sarif" });
  assert.equal(r.status, 1);
  assert.deepEqual(r.outputs, { "sarif-file": "out/e.sarif", findings: "13", errors: "12", warnings: "1", skipped: "0" });
  assert.ok(fs.existsSync(path.join(ws, "out/e.sarif")), "sarif-file is relative to the workspace");
  assert.deepEqual(
    r.annotations.map((l) => /^::(\w+) file=([^,:]*)/.exec(l)?.slice(1).join(" ") ?? l),
    [
      ...Array.from({ length: 10 }, (_, i) => `error s${String(i).padStart(2, "0")}.env`),
      "warning w.env",
      "::notice title=goproxy-doctor::2 more errors are not shown as annotations (GitHub shows at most 10 of each kind per step): see the job summary",
    ],
  );
  const cli = runCli(ws, ["check", "--format", "github", "--fail-on", "never"]).stdout.split("\n");
  for (const line of r.annotations.slice(0, 11)) assert.ok(cli.includes(line), line);
  assert.match(r.summary, /\| error \| `s11\.env:1:1` \|/, "the summary has the ones not annotated");
});

test("what is already in the step summary counts toward the limit", () => {
  const ws = path.join(root, "examples/acme-api");
  const before = "x".repeat(1024 * 1024 - 900) + "\n";
  const r = runAction(ws, { "fail-on": "never", "sarif-file": path.join(tempdir(), "s.sarif") }, { summary: before });
  assert.equal(r.status, 0);
  assert.ok(r.summaryBytes <= 1024 * 1024, `${r.summaryBytes}`);
  assert.ok(r.summary.startsWith(before));
  assert.match(r.summary.slice(before.length), /^## goproxy-doctor\n[\s\S]*\n\n> \*\*Summary truncated\*\*/);
  // the annotations are all there, and say where to look
  assert.equal(r.annotations.length, 14);
});

test("annotations: false and summary: false", () => {
  const ws = path.join(root, "examples/acme-api");
  const r = runAction(ws, { annotations: "false", summary: "false", "fail-on": "never", "sarif-file": path.join(tempdir(), "n.sarif") });
  assert.equal(r.status, 0);
  assert.deepEqual(r.annotations, []);
  assert.equal(r.summary, "");
  assert.equal(r.outputs.findings, "14");
});

test("config: a missing or invalid file fails clearly; a valid one applies as in the CLI", () => {
  const ws = tempdir("gpd-ws-");
  fs.cpSync(path.join(root, "examples/acme-api"), ws, { recursive: true });
  fs.rmSync(path.join(ws, ".goproxy-doctor.toml"), { force: true });
  const missing = runAction(ws, { config: "goproxy-doctor.toml" });
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /^::error::goproxy-doctor: the config file goproxy-doctor.toml does not exist \(input `config`\)$/m);

  fs.writeFileSync(path.join(ws, "goproxy-doctor.toml"), "[rules]\ndisabel = []\n");
  const invalid = runAction(ws, { config: "goproxy-doctor.toml" });
  assert.equal(invalid.status, 1);
  assert.match(invalid.stdout, /^::error::goproxy-doctor: the configuration is invalid: goproxy-doctor.toml:2:1: unknown field `disabel`/m);

  fs.writeFileSync(path.join(ws, "goproxy-doctor.toml"), "[rules]\ndisable = [\"sumdb-disabled\"]\n");
  const sarif = path.join(tempdir(), "cfg.sarif");
  const r = runAction(ws, { config: "goproxy-doctor.toml", "fail-on": "never", "sarif-file": sarif });
  assert.equal(r.status, 0, r.stdout);
  assert.doesNotMatch(fs.readFileSync(sarif, "utf8"), /"ruleId": "GPD201"/);
  const out = path.join(tempdir(), "cli.sarif");
  runCli(ws, ["check", ".", "--config", "goproxy-doctor.toml", "--format", "sarif", "--output", out, "--fail-on", "never"]);
  assert.ok(fs.readFileSync(sarif).equals(fs.readFileSync(out)));

  // without the input, .goproxy-doctor.toml at the root applies, as in the CLI
  fs.renameSync(path.join(ws, "goproxy-doctor.toml"), path.join(ws, ".goproxy-doctor.toml"));
  const sarif2 = path.join(tempdir(), "cfg2.sarif");
  const r2 = runAction(ws, { "fail-on": "never", "sarif-file": sarif2 });
  assert.equal(r2.status, 0, r2.stdout);
  const out2 = path.join(tempdir(), "cli2.sarif");
  runCli(ws, ["check", ".", "--format", "sarif", "--output", out2, "--fail-on", "never"]);
  assert.ok(fs.readFileSync(sarif2).equals(fs.readFileSync(out2)));
  assert.doesNotMatch(fs.readFileSync(out2, "utf8"), /"ruleId": "GPD201"/);
});

/** A loopback HTTP server in a child process (the Action runs synchronously): answers 404 to
 * everything and logs each request line to a file. */
async function loopbackServer() {
  const log = path.join(tempdir(), "requests.log");
  const code = `
    const http = require("node:http"), fs = require("node:fs");
    const s = http.createServer((q, r) => { fs.appendFileSync(${JSON.stringify(log)}, q.method + " " + q.url + "\\n"); r.writeHead(404, {"content-type": "text/plain"}); r.end("not found"); });
    s.listen(0, "127.0.0.1", () => console.log(s.address().port));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(Number(String(d).trim())));
    child.once("exit", () => reject(new Error("the loopback server exited")));
  });
  return { port, requests: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : []), stop: () => child.kill() };
}

test("live: true probes only the planned loopback endpoints and reports what they answered", async () => {
  const server = await loopbackServer();
  try {
    const ws = tempdir("gpd-ws-");
    const base = `http://127.0.0.1:${server.port}`;
    fs.writeFileSync(
      path.join(ws, "Dockerfile"),
      `FROM golang:1.24\nENV GOPROXY=${base} GOSUMDB="sum.golang.org ${base}/sumdb"\nCOPY go.mod ./\nRUN go mod download\n`,
    );
    fs.writeFileSync(path.join(ws, "go.mod"), "module example.com/app\n\ngo 1.24\n\nrequire example.com/dep v1.0.0\n");
    const sarif = path.join(tempdir(), "live.sarif");
    const r = runAction(ws, { live: "true", "fail-on": "never", "sarif-file": sarif });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`live: GET ${base.replace(/[.]/g, "\\.")}/example\\.com/dep/@v/list: `));
    const requests = server.requests();
    assert.ok(requests.length > 0, "the planned probes were sent");
    for (const line of requests) assert.match(line, /^GET \/(example\.com\/dep\/@v\/list|sumdb\/)/, line);
    const log = JSON.parse(fs.readFileSync(sarif, "utf8"));
    const rules = new Set(log.runs[0].results.map((x) => x.ruleId));
    assert.ok(rules.has("GPD803"), `the proxy's 404 is reported: ${[...rules]}`);
    assert.match(r.summary, new RegExp(`h0\\["${base.replace(/[.]/g, "\\.")}<br/>404 · \\d+ ms"\\]`), "the diagram shows what the proxy answered");
  } finally {
    server.stop();
  }
});

test("a checker step past timeout-secs is stopped and fails the step", () => {
  const ws = path.join(root, "examples/acme-api");
  const sarif = path.join(tempdir(), "t.sarif");
  const started = Date.now();
  const r = runAction(ws, { "timeout-secs": "0.001", "sarif-file": sarif, "fail-on": "never" });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^::error::goproxy-doctor: the checker exceeded its 0\.001 s deadline while [a-z ]+; raise it with the input timeout-secs$/m);
  assert.ok(Date.now() - started < 20_000, "the run ends at once");
  assert.ok(!fs.existsSync(sarif), "nothing written");
});

test("dist/action needs nothing else: a copy of it alone runs, and one missing a part fails at once", () => {
  const copy = path.join(tempdir("gpd-dist-"), "action");
  fs.cpSync(path.join(root, "dist/action"), copy, { recursive: true });
  const ws = path.join(root, "examples/acme-api");
  const sarif = path.join(tempdir(), "copy.sarif");
  const ok = runAction(ws, { "fail-on": "never", "sarif-file": sarif }, { entry: path.join(copy, "index.js") });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.ok(fs.readFileSync(sarif).equals(cliSarif(ws)));

  fs.rmSync(path.join(copy, "checker.core.wasm"));
  const started = Date.now();
  const broken = runAction(ws, { "fail-on": "never" }, { entry: path.join(copy, "index.js") });
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /^::error::goproxy-doctor: the checker crashed: .*checker\.core\.wasm/m);
  assert.ok(Date.now() - started < 20_000, "not after the deadline");
});

test("bad inputs fail with a clear message", () => {
  const ws = path.join(root, "tests/fixtures/clean");
  const failOn = runAction(ws, { "fail-on": "sometimes" });
  assert.equal(failOn.status, 1);
  assert.match(failOn.stdout, /^::error::goproxy-doctor: fail-on must be one of error, warning, note, never; got "sometimes"$/m);
  const bool = runAction(ws, { annotations: "yes please" });
  assert.equal(bool.status, 1);
  assert.match(bool.stdout, /^::error::goproxy-doctor: annotations must be true or false; got "yes please"$/m);
  const timeout = runAction(ws, { "timeout-secs": "soon" });
  assert.equal(timeout.status, 1);
  assert.match(timeout.stdout, /^::error::goproxy-doctor: timeout-secs must be a positive number of seconds; got "soon"$/m);
  const path_ = runAction(ws, { paths: "no/such/dir" });
  assert.equal(path_.status, 1);
  assert.match(path_.stdout, /^::error::goproxy-doctor: no\/such\/dir: no such file or directory$/m);
});
