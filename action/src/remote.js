// The main thread's side of the checker worker (./worker.js): every call has a deadline, as in
// the CLI (--timeout-secs); when it passes, the worker is terminated and the call fails.

import { Worker } from "node:worker_threads";

/** A call that failed in the checker (an `err` result, or a trap), with its message. */
export class CheckerError extends Error {}

export class RemoteChecker {
  /** Start the worker at `url` (the bundled checker-worker.js); `timeoutMs` bounds each call. */
  static async start(url, timeoutMs) {
    const checker = new RemoteChecker(new Worker(url), timeoutMs);
    await checker.#call("start", "starting", () => checker.#ready);
    return checker;
  }

  #worker;
  #timeoutMs;
  #pending = new Map();
  #next = 0;
  #ready;

  constructor(worker, timeoutMs) {
    this.#worker = worker;
    this.#timeoutMs = timeoutMs;
    let ready;
    let notReady;
    this.#ready = new Promise((resolve, reject) => {
      ready = resolve;
      notReady = reject;
    });
    worker.on("message", (m) => {
      if (m.ready) return ready();
      const p = this.#pending.get(m.id);
      if (!p) return undefined;
      this.#pending.delete(m.id);
      if ("err" in m) p.reject(new CheckerError(m.err));
      else p.resolve(m.ok);
      return undefined;
    });
    const fail = (e) => {
      notReady(e); // a worker that fails to start (no effect once started)
      for (const p of this.#pending.values()) p.reject(e);
      this.#pending.clear();
    };
    worker.on("error", (e) => fail(new CheckerError(`the checker crashed: ${e && e.message ? e.message : e}`)));
    worker.on("exit", (code) => fail(new CheckerError(`the checker stopped (exit status ${code})`)));
  }

  /** Run `start()` under the deadline; `step` names what the checker was doing, for the message. */
  #call(method, step, start) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new CheckerError(`the checker exceeded its ${this.#timeoutMs / 1000} s deadline while ${step}; raise it with the input timeout-secs`));
        this.close();
      }, this.#timeoutMs);
      start().then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  }

  /** Call `method` in the worker. */
  call(method, step, ...args) {
    return this.#call(method, step, () => {
      const id = this.#next++;
      const answer = new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
      this.#worker.postMessage({ id, method, args });
      return answer;
    });
  }

  close() {
    this.#worker.terminate();
  }
}
