// The Action's HTTP policy, the same rules as the CLI's (crates/host/src/policy.rs): every request
// the checker makes through its wasi:http/outgoing-handler import comes here. A request is passed
// to the real handler only if its scheme, host and port are on the allowlist (the approved probe
// plan), it is a GET or HEAD without a body, and the request budget is not spent. Everything else
// is refused before any network access: the checker sees `HTTP-request-denied` (or
// `connection-limit-reached` once the budget is spent). The three timeouts the checker asks for
// are clamped to a maximum (and set to it when absent).

/** The checker's error-code cases, as jco spells them. */
export const DENIED = Object.freeze({ tag: "HTTP-request-denied" });
export const LIMIT_REACHED = Object.freeze({ tag: "connection-limit-reached" });

const DEFAULT_PORTS = { http: 80, https: 443 };

/**
 * `scheme://host:port` from a scheme and an authority (`host` or `host:port`), lower case, or
 * null when there is user info, no host, or a host with a trailing dot (which would bypass
 * /etc/hosts and the allowlist's intent), or an unknown scheme without a port.
 */
export function origin(scheme, authority) {
  if (typeof scheme !== "string" || typeof authority !== "string") return null;
  const s = scheme.toLowerCase();
  if (authority.includes("@")) return null;
  let host = authority;
  let port = null;
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(authority);
  if (!m) return null;
  host = m[1].toLowerCase();
  if (m[2] !== undefined) {
    port = Number(m[2]);
    if (port > 65535) return null;
  } else {
    port = DEFAULT_PORTS[s] ?? null;
  }
  if (host === "" || host.endsWith(".") || port === null) return null;
  return `${s}://${host}:${port}`;
}

/** The origin of a URL string (a planned probe's), or null. */
export function urlOrigin(url) {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(url);
  return m ? origin(m[1], m[2]) : null;
}

/** The scheme of a wasi:http request as a string: `HTTP`, `HTTPS` or `other`; absent means https. */
function schemeOf(scheme) {
  if (!scheme) return "https";
  if (scheme.tag === "HTTP") return "http";
  if (scheme.tag === "HTTPS") return "https";
  if (scheme.tag === "other") return String(scheme.val);
  return "";
}

export class HttpPolicy {
  /**
   * Allow requests to these origins (`https://proxy.golang.org:443`), at most `maxRequests` in
   * all, each phase of each request bounded by `maxTimeoutNs` nanoseconds (a bigint).
   */
  constructor(origins = [], maxRequests = 0, maxTimeoutNs = 0n) {
    this.allowed = new Set(origins.map((o) => o.toLowerCase()));
    this.maxRequests = maxRequests;
    this.sent = 0;
    this.maxTimeoutNs = BigInt(maxTimeoutNs);
  }

  /** Refuse every request: an empty allowlist and no budget. */
  static denyAll() {
    return new HttpPolicy([], 0, 0n);
  }

  /**
   * Decide on a request: null to send it, or the error code to refuse it with. Pure apart from
   * counting the request: no network access.
   */
  decide({ method, scheme, authority, hasBody }) {
    const m = method && method.tag;
    if ((m !== "get" && m !== "head") || hasBody) return DENIED;
    const o = origin(schemeOf(scheme), authority);
    if (o === null || !this.allowed.has(o)) return DENIED;
    if (this.sent >= this.maxRequests) return LIMIT_REACHED;
    this.sent += 1;
    return null;
  }

  /** The timeouts to use, in nanoseconds: what was asked, at most the maximum; the maximum if absent. */
  clamp(asked = {}) {
    const max = this.maxTimeoutNs;
    const pick = (d) => (d === undefined || d === null ? max : BigInt(d) < max ? BigInt(d) : max);
    return {
      connect: pick(asked.connect),
      firstByte: pick(asked.firstByte),
      betweenBytes: pick(asked.betweenBytes),
    };
  }
}

/** Whether a wasi:http request announces a body (Content-Length other than 0, or Transfer-Encoding). */
function announcesBody(headers) {
  const values = (name) => {
    try {
      return headers.get(name) || [];
    } catch {
      return [];
    }
  };
  const decoder = new TextDecoder();
  const length = values("content-length").map((v) => decoder.decode(v).trim());
  return length.some((v) => v !== "0") || values("transfer-encoding").length > 0;
}

/**
 * The wasi:http/outgoing-handler import the checker gets: `getPolicy()` decides on each request;
 * approved ones go to `delegate.handle` (preview2-shim's handler) with clamped timeouts, set on a
 * fresh `new RequestOptions()`.
 */
export function policedOutgoingHandler(getPolicy, delegate, RequestOptions) {
  return {
    handle(request, options) {
      const policy = getPolicy();
      const refusal = policy.decide({
        method: request.method(),
        scheme: request.scheme(),
        authority: request.authority(),
        hasBody: announcesBody(request.headers()),
      });
      if (refusal) throw refusal; // jco turns a thrown error-code into the `err` case
      const asked = options
        ? {
            connect: options.connectTimeout(),
            firstByte: options.firstByteTimeout(),
            betweenBytes: options.betweenBytesTimeout(),
          }
        : {};
      const t = policy.clamp(asked);
      const clamped = new RequestOptions();
      clamped.setConnectTimeout(t.connect);
      clamped.setFirstByteTimeout(t.firstByte);
      clamped.setBetweenBytesTimeout(t.betweenBytes);
      return delegate.handle(request, clamped);
    },
  };
}
