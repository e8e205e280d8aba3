// The Action's HTTP policy: the same cases as crates/host/src/policy.rs, plus the wrapper that
// stands between the checker's wasi:http import and preview2-shim's handler.

import assert from "node:assert/strict";
import { test } from "node:test";

import { DENIED, HttpPolicy, LIMIT_REACHED, origin, policedOutgoingHandler, urlOrigin } from "../src/policy.js";

const GET = { tag: "get" };
const HEAD = { tag: "head" };
const POST = { tag: "post" };
const HTTPS = { tag: "HTTPS" };
const HTTP = { tag: "HTTP" };

/** A request as decide() sees it, from a URL-ish description. */
function req(method, scheme, authority, hasBody = false) {
  return { method, scheme, authority, hasBody };
}

test("deny-all refuses everything", () => {
  const p = HttpPolicy.denyAll();
  assert.equal(p.decide(req(GET, HTTPS, "proxy.golang.org")), DENIED);
  assert.equal(p.decide(req(HEAD, HTTP, "127.0.0.1:8080")), DENIED);
});

test("the allowlist is exact on scheme, host and port", () => {
  const p = new HttpPolicy(["https://proxy.golang.org:443", "http://127.0.0.1:8080"], 10, 5_000_000_000n);
  assert.equal(p.decide(req(GET, HTTPS, "proxy.golang.org")), null);
  assert.equal(p.decide(req(GET, HTTPS, "PROXY.golang.org:443")), null);
  assert.equal(p.decide(req(GET, undefined, "proxy.golang.org")), null, "no scheme means https");
  assert.equal(p.decide(req(HEAD, HTTP, "127.0.0.1:8080")), null);
  for (const [scheme, authority] of [
    [HTTP, "proxy.golang.org"],
    [HTTPS, "proxy.golang.org:8443"],
    [HTTPS, "proxy.golang.org."],
    [HTTPS, "user@proxy.golang.org"],
    [HTTPS, "evil.example"],
    [HTTP, "localhost:8080"],
    [HTTP, "2130706433:8080"],
    [{ tag: "other", val: "ftp" }, "proxy.golang.org"],
    [HTTPS, ""],
    [HTTPS, undefined],
  ]) {
    assert.equal(p.decide(req(GET, scheme, authority)), DENIED, `${scheme && scheme.tag} ${authority}`);
  }
  assert.equal(p.decide(req(POST, HTTPS, "proxy.golang.org")), DENIED, "POST");
  assert.equal(p.decide(req({ tag: "other", val: "get" }, HTTPS, "proxy.golang.org")), DENIED, "other method");
  assert.equal(p.decide(req(GET, HTTPS, "proxy.golang.org", true)), DENIED, "a body");
  assert.equal(p.sent, 4, "only the approved requests are counted");
});

test("the request budget", () => {
  const p = new HttpPolicy(["https://a.example:443"], 2, 1_000_000_000n);
  assert.equal(p.decide(req(GET, HTTPS, "a.example")), null);
  assert.equal(p.decide(req(GET, HTTPS, "a.example")), null);
  assert.equal(p.decide(req(GET, HTTPS, "a.example")), LIMIT_REACHED);
  assert.equal(p.decide(req(GET, HTTPS, "b.example")), DENIED, "a refusal by origin comes first");
});

test("timeouts are clamped, and absent ones set to the maximum", () => {
  const p = new HttpPolicy([], 1, 2_000_000_000n);
  assert.deepEqual(p.clamp({ connect: 60_000_000_000n, firstByte: 100_000_000n, betweenBytes: undefined }), {
    connect: 2_000_000_000n,
    firstByte: 100_000_000n,
    betweenBytes: 2_000_000_000n,
  });
  assert.deepEqual(p.clamp(), { connect: 2_000_000_000n, firstByte: 2_000_000_000n, betweenBytes: 2_000_000_000n });
});

test("origins of authorities and URLs", () => {
  assert.equal(origin("https", "Proxy.Golang.org"), "https://proxy.golang.org:443");
  assert.equal(origin("http", "example.com"), "http://example.com:80");
  assert.equal(origin("https", "example.com:8443"), "https://example.com:8443");
  assert.equal(origin("https", "example.com:99999"), null);
  assert.equal(origin("ftp", "example.com"), null, "no default port");
  assert.equal(origin("https", "a@example.com"), null);
  assert.equal(origin("https", "example.com."), null);
  assert.equal(urlOrigin("https://sum.golang.org/lookup/x@v1"), "https://sum.golang.org:443");
  assert.equal(urlOrigin("http://127.0.0.1:3000/x"), "http://127.0.0.1:3000");
  assert.equal(urlOrigin("https://u:p@example.com/"), null);
  assert.equal(urlOrigin("not a url"), null);
});

/** A stand-in for preview2-shim's OutgoingRequest, Fields and RequestOptions. */
class FakeOptions {
  constructor(c, f, b) {
    this.c = c;
    this.f = f;
    this.b = b;
  }
  connectTimeout() {
    return this.c;
  }
  firstByteTimeout() {
    return this.f;
  }
  betweenBytesTimeout() {
    return this.b;
  }
  setConnectTimeout(d) {
    this.c = d;
  }
  setFirstByteTimeout(d) {
    this.f = d;
  }
  setBetweenBytesTimeout(d) {
    this.b = d;
  }
}

function fakeRequest(method, scheme, authority, headers = {}) {
  const enc = new TextEncoder();
  return {
    method: () => method,
    scheme: () => scheme,
    authority: () => authority,
    headers: () => ({ get: (name) => (headers[name] || []).map((v) => enc.encode(v)) }),
  };
}

test("the wrapper refuses before the real handler is called, and clamps what it passes on", () => {
  let policy = new HttpPolicy(["https://proxy.golang.org:443"], 1, 3_000_000_000n);
  const calls = [];
  const delegate = {
    handle(request, options) {
      calls.push({ request, options });
      return "future";
    },
  };
  const handler = policedOutgoingHandler(() => policy, delegate, FakeOptions);
  const thrown = (f) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    return "nothing thrown";
  };

  assert.deepEqual(
    thrown(() => handler.handle(fakeRequest(GET, HTTPS, "evil.example"), undefined)),
    DENIED,
  );
  assert.deepEqual(
    thrown(() => handler.handle(fakeRequest(GET, HTTPS, "proxy.golang.org", { "content-length": ["12"] }), undefined)),
    DENIED,
    "announces a body",
  );
  assert.deepEqual(
    thrown(() => handler.handle(fakeRequest(GET, HTTPS, "proxy.golang.org", { "transfer-encoding": ["chunked"] }), undefined)),
    DENIED,
    "chunked body",
  );
  assert.equal(calls.length, 0, "no refused request reaches the network");

  const ok = fakeRequest(GET, HTTPS, "proxy.golang.org", { "content-length": ["0"] });
  assert.equal(handler.handle(ok, new FakeOptions(60_000_000_000n, 1_000_000n, undefined)), "future");
  assert.equal(calls.length, 1);
  assert.equal(calls[0].request, ok);
  assert.equal(calls[0].options.connectTimeout(), 3_000_000_000n);
  assert.equal(calls[0].options.firstByteTimeout(), 1_000_000n);
  assert.equal(calls[0].options.betweenBytesTimeout(), 3_000_000_000n);

  assert.deepEqual(thrown(() => handler.handle(fakeRequest(GET, HTTPS, "proxy.golang.org"), undefined)), LIMIT_REACHED);

  // The policy is looked up on every request: replacing it takes effect at once.
  policy = HttpPolicy.denyAll();
  assert.deepEqual(thrown(() => handler.handle(fakeRequest(GET, HTTPS, "proxy.golang.org"), undefined)), DENIED);
  assert.equal(calls.length, 1);
});

test("with preview2-shim's real handler: an approved request is sent, others refused, timeouts clamped", async () => {
  const { spawn } = await import("node:child_process");
  const http = await import("@bytecodealliance/preview2-shim/http");
  // A loopback server in another process (the shim blocks this thread while it waits): /slow
  // never answers.
  const server = spawn(process.execPath, [
    "-e",
    `require("http").createServer((q, s) => { if (q.url !== "/slow") s.end(q.method + " " + q.url); })` +
      `.listen(0, "127.0.0.1", function () { console.log(this.address().port); });`,
  ]);
  try {
    const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(Number(String(d).trim()))));
    const { Fields, OutgoingBody, OutgoingRequest, RequestOptions } = http.types;
    const policy = new HttpPolicy([`http://127.0.0.1:${port}`], 2, 300_000_000n);
    const handler = policedOutgoingHandler(() => policy, http.outgoingHandler, RequestOptions);
    const request = (authority, p) => {
      const r = new OutgoingRequest(new Fields());
      r.setScheme(HTTP);
      r.setAuthority(authority);
      r.setPathWithQuery(p);
      return r;
    };
    const send = (r, options) => {
      const body = r.body();
      const future = handler.handle(r, options);
      OutgoingBody.finish(body, undefined);
      future.subscribe().block();
      return future.get();
    };

    const ok = send(request(`127.0.0.1:${port}`, "/x"));
    assert.equal(ok.tag, "ok");
    assert.equal(ok.val.tag, "ok");
    assert.equal(ok.val.val.status(), 200);

    assert.throws(() => handler.handle(request(`localhost:${port}`, "/x"), undefined), (e) => e === DENIED);

    const asked = new RequestOptions();
    asked.setConnectTimeout(60_000_000_000n); // the checker asks for a minute; the policy allows 0.3 s
    const started = Date.now();
    const slow = send(request(`127.0.0.1:${port}`, "/slow"), asked);
    const elapsed = Date.now() - started;
    assert.equal(slow.val.tag, "err", JSON.stringify(slow));
    assert.ok(elapsed < 5000, `gave up after ${elapsed} ms`);

    assert.throws(() => handler.handle(request(`127.0.0.1:${port}`, "/x"), undefined), (e) => e === LIMIT_REACHED);
  } finally {
    server.kill();
  }
});
