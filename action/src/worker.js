// The checker in a worker thread (dist/action/checker-worker.js), so that the main thread can
// give up on a call that does not finish: a WebAssembly call cannot be interrupted in its own
// thread. The main thread sends `{ id, method, args }`, the worker answers `{ id, ok }` or
// `{ id, err }`.

import { parentPort } from "node:worker_threads";

import { errorPayload, load, setHttpPolicy } from "./checker.js";
import { HttpPolicy } from "./policy.js";

const { analyzer, live } = await load();

const methods = {
  relevantFiles: () => analyzer.relevantFiles(),
  presenceOnlyFiles: () => analyzer.presenceOnlyFiles(),
  analyze: (files, options) => analyzer.analyze(files, options),
  render: (report, format, options) => analyzer.render(report, format, options),
  /** `{ toml }`, or `{ invalid }` with the configuration's error (a result, not a crash). */
  showConfig: (files, options) => {
    try {
      return { toml: analyzer.showConfig(files, options) };
    } catch (e) {
      if (e && typeof e === "object" && "payload" in e) return { invalid: String(e.payload) };
      throw e;
    }
  },
  plan: (files, options) => live.plan(files, options),
  /** Probe with an HTTP policy that allows `policy.origins` only, for this call only. */
  probe: (files, plan, options, policy) => {
    setHttpPolicy(new HttpPolicy(policy.origins, policy.maxRequests, BigInt(policy.maxTimeoutNs)));
    try {
      return live.probe(files, plan, options);
    } finally {
      setHttpPolicy(HttpPolicy.denyAll());
    }
  },
};

parentPort.on("message", ({ id, method, args }) => {
  let answer;
  try {
    answer = { id, ok: methods[method](...args) };
  } catch (e) {
    answer = { id, err: errorPayload(e) };
  }
  parentPort.postMessage(answer);
});
parentPort.postMessage({ ready: true });
