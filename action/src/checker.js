// The checker component (dist/checker.wasm, transpiled by jco at build time into
// action/gen/checker.js and core modules next to the bundle), loaded in the checker's worker
// thread (./worker.js) and instantiated with only the
// capabilities the CLI gives it: no environment variables, no arguments, no files (it imports no
// file system), its standard output sent to our standard error (so it can never write workflow
// commands), and HTTP only through the policy of ./policy.js.

import fs from "node:fs";

import * as cli from "@bytecodealliance/preview2-shim/cli";
import * as clocks from "@bytecodealliance/preview2-shim/clocks";
import * as http from "@bytecodealliance/preview2-shim/http";
import * as io from "@bytecodealliance/preview2-shim/io";
import * as random from "@bytecodealliance/preview2-shim/random";

import { instantiate } from "../gen/checker.js";
import { HttpPolicy, policedOutgoingHandler } from "./policy.js";

/** The policy the next HTTP request is judged by; deny-all until live checks approve a plan. */
let policy = HttpPolicy.denyAll();

export function setHttpPolicy(p) {
  policy = p;
}

function imports() {
  const noEnvironment = {
    getEnvironment: () => [],
    getArguments: () => [],
    initialCwd: () => undefined,
  };
  return {
    "wasi:cli/environment": noEnvironment,
    "wasi:cli/exit": cli.exit,
    "wasi:cli/stdin": cli.stdin,
    "wasi:cli/stdout": { getStdout: () => cli.stderr.getStderr() },
    "wasi:cli/stderr": cli.stderr,
    "wasi:cli/terminal-input": cli.terminalInput,
    "wasi:cli/terminal-output": cli.terminalOutput,
    "wasi:cli/terminal-stdin": cli.terminalStdin,
    "wasi:cli/terminal-stdout": { getTerminalStdout: () => undefined },
    "wasi:cli/terminal-stderr": cli.terminalStderr,
    "wasi:clocks/monotonic-clock": clocks.monotonicClock,
    "wasi:clocks/wall-clock": clocks.wallClock,
    "wasi:io/error": io.error,
    "wasi:io/poll": io.poll,
    "wasi:io/streams": io.streams,
    "wasi:random/insecure-seed": random.insecureSeed,
    "wasi:random/insecure": random.insecure,
    "wasi:random/random": random.random,
    "wasi:http/types": http.types,
    "wasi:http/outgoing-handler": policedOutgoingHandler(
      () => policy,
      http.outgoingHandler,
      http.types.RequestOptions,
    ),
  };
}

/** The core modules live next to the running bundle (dist/action/). */
function coreModule(name) {
  return WebAssembly.compile(fs.readFileSync(new URL(`./${name}`, import.meta.url)));
}

/** Instantiate the checker: `{ analyzer, live }` as jco exports them. */
export async function load() {
  return instantiate(coreModule, imports());
}

/** The message of an `err` result that jco threw (a ComponentError carries it as `payload`). */
export function errorPayload(e) {
  if (e && typeof e === "object" && "payload" in e) return String(e.payload);
  return e instanceof Error ? e.message : String(e);
}
