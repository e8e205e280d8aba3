import { createRequire as __gpdRequire } from 'node:module'; const require = __gpdRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// action/src/worker.js
import { parentPort as parentPort2 } from "node:worker_threads";

// action/src/checker.js
import fs from "node:fs";

// node_modules/@bytecodealliance/preview2-shim/dist/nodejs/cli.js
import process2, { argv, env as env2, cwd } from "node:process";

// node_modules/@bytecodealliance/preview2-shim/dist/io/worker-io.js
import { Worker } from "node:worker_threads";

// node_modules/@bytecodealliance/preview2-shim/dist/synckit/index.js
import { MessageChannel, receiveMessageOnPort, workerData, parentPort } from "node:worker_threads";
var DEFAULT_WORKER_BUFFER_SIZE = 1024;
var CALL_TIMEOUT = void 0;
function createSyncFn(createWorker, debug, callbackHandler) {
  const { port1: mainPort, port2: workerPort } = new MessageChannel();
  const worker = createWorker({
    workerData: { workerPort, debug },
    transferList: [workerPort],
    execArgv: []
  });
  worker.on("message", ({ type, id, payload }) => {
    if (!type) {
      throw new Error("Internal error: Expected a type of a worker callback");
    }
    callbackHandler(type, id, payload);
  });
  let nextID = 0;
  const syncFn = (...args) => {
    const cid = nextID++;
    const sharedBuffer = new SharedArrayBuffer(DEFAULT_WORKER_BUFFER_SIZE);
    const sharedBufferView = new Int32Array(sharedBuffer);
    const msg = { sharedBuffer, cid, args };
    worker.postMessage(msg);
    const status = Atomics.wait(sharedBufferView, 0, 0, CALL_TIMEOUT);
    if (!["ok", "not-equal"].includes(status)) {
      throw new Error("Internal error: Atomics.wait() failed: " + status);
    }
    const { cid: cid2, result, error: error2, properties } = receiveMessageOnPort(mainPort)?.message ?? {};
    if (cid !== cid2) {
      throw new Error(`Internal error: Expected id ${cid} but got id ${cid2}`);
    }
    if (error2) {
      if (error2 instanceof Error) {
        throw Object.assign(error2, properties);
      }
      throw error2;
    }
    return result;
  };
  if (worker.unref) {
    worker.unref();
  }
  return syncFn;
}

// node_modules/@bytecodealliance/preview2-shim/dist/io/calls.js
var calls_exports = {};
__export(calls_exports, {
  CALL_MASK: () => CALL_MASK,
  CALL_SHIFT: () => CALL_SHIFT,
  CALL_TYPE_MASK: () => CALL_TYPE_MASK,
  CLOCKS: () => CLOCKS,
  CLOCKS_DURATION_SUBSCRIBE: () => CLOCKS_DURATION_SUBSCRIBE,
  CLOCKS_INSTANT_SUBSCRIBE: () => CLOCKS_INSTANT_SUBSCRIBE,
  FILE: () => FILE,
  FILESYSTEM_DESCRIPTOR_ADVISE: () => FILESYSTEM_DESCRIPTOR_ADVISE,
  FILESYSTEM_DESCRIPTOR_CLOSE: () => FILESYSTEM_DESCRIPTOR_CLOSE,
  FILESYSTEM_DESCRIPTOR_GET_TYPE: () => FILESYSTEM_DESCRIPTOR_GET_TYPE,
  FILESYSTEM_DESCRIPTOR_METADATA_HASH: () => FILESYSTEM_DESCRIPTOR_METADATA_HASH,
  FILESYSTEM_DESCRIPTOR_OPEN: () => FILESYSTEM_DESCRIPTOR_OPEN,
  FILESYSTEM_DESCRIPTOR_READ: () => FILESYSTEM_DESCRIPTOR_READ,
  FILESYSTEM_DESCRIPTOR_SET_SIZE: () => FILESYSTEM_DESCRIPTOR_SET_SIZE,
  FILESYSTEM_DESCRIPTOR_SET_TIMES: () => FILESYSTEM_DESCRIPTOR_SET_TIMES,
  FILESYSTEM_DESCRIPTOR_STAT: () => FILESYSTEM_DESCRIPTOR_STAT,
  FILESYSTEM_DESCRIPTOR_SYNC: () => FILESYSTEM_DESCRIPTOR_SYNC,
  FILESYSTEM_DESCRIPTOR_SYNC_DATA: () => FILESYSTEM_DESCRIPTOR_SYNC_DATA,
  FILESYSTEM_DESCRIPTOR_WRITE: () => FILESYSTEM_DESCRIPTOR_WRITE,
  FUTURE_DISPOSE: () => FUTURE_DISPOSE,
  FUTURE_SUBSCRIBE: () => FUTURE_SUBSCRIBE,
  FUTURE_TAKE_VALUE: () => FUTURE_TAKE_VALUE,
  HTTP: () => HTTP,
  HTTP_CREATE_REQUEST: () => HTTP_CREATE_REQUEST,
  HTTP_OUTGOING_BODY_DISPOSE: () => HTTP_OUTGOING_BODY_DISPOSE,
  HTTP_OUTPUT_STREAM_FINISH: () => HTTP_OUTPUT_STREAM_FINISH,
  HTTP_SERVER_CLEAR_OUTGOING_RESPONSE: () => HTTP_SERVER_CLEAR_OUTGOING_RESPONSE,
  HTTP_SERVER_GET_ADDRESS: () => HTTP_SERVER_GET_ADDRESS,
  HTTP_SERVER_INCOMING_HANDLER: () => HTTP_SERVER_INCOMING_HANDLER,
  HTTP_SERVER_SET_OUTGOING_RESPONSE: () => HTTP_SERVER_SET_OUTGOING_RESPONSE,
  HTTP_SERVER_START: () => HTTP_SERVER_START,
  HTTP_SERVER_STOP: () => HTTP_SERVER_STOP,
  INPUT_STREAM_BLOCKING_READ: () => INPUT_STREAM_BLOCKING_READ,
  INPUT_STREAM_BLOCKING_SKIP: () => INPUT_STREAM_BLOCKING_SKIP,
  INPUT_STREAM_CREATE: () => INPUT_STREAM_CREATE,
  INPUT_STREAM_DISPOSE: () => INPUT_STREAM_DISPOSE,
  INPUT_STREAM_READ: () => INPUT_STREAM_READ,
  INPUT_STREAM_SKIP: () => INPUT_STREAM_SKIP,
  INPUT_STREAM_SUBSCRIBE: () => INPUT_STREAM_SUBSCRIBE,
  OUTPUT_STREAM_BLOCKING_FLUSH: () => OUTPUT_STREAM_BLOCKING_FLUSH,
  OUTPUT_STREAM_BLOCKING_SPLICE: () => OUTPUT_STREAM_BLOCKING_SPLICE,
  OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH: () => OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH,
  OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH: () => OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH,
  OUTPUT_STREAM_CHECK_WRITE: () => OUTPUT_STREAM_CHECK_WRITE,
  OUTPUT_STREAM_CREATE: () => OUTPUT_STREAM_CREATE,
  OUTPUT_STREAM_DISPOSE: () => OUTPUT_STREAM_DISPOSE,
  OUTPUT_STREAM_FLUSH: () => OUTPUT_STREAM_FLUSH,
  OUTPUT_STREAM_GET_TOTAL_BYTES: () => OUTPUT_STREAM_GET_TOTAL_BYTES,
  OUTPUT_STREAM_SPLICE: () => OUTPUT_STREAM_SPLICE,
  OUTPUT_STREAM_SUBSCRIBE: () => OUTPUT_STREAM_SUBSCRIBE,
  OUTPUT_STREAM_WRITE: () => OUTPUT_STREAM_WRITE,
  OUTPUT_STREAM_WRITE_ZEROES: () => OUTPUT_STREAM_WRITE_ZEROES,
  POLL_POLLABLE_BLOCK: () => POLL_POLLABLE_BLOCK,
  POLL_POLLABLE_DISPOSE: () => POLL_POLLABLE_DISPOSE,
  POLL_POLLABLE_READY: () => POLL_POLLABLE_READY,
  POLL_POLL_LIST: () => POLL_POLL_LIST,
  SOCKET_DATAGRAM_STREAM_DISPOSE: () => SOCKET_DATAGRAM_STREAM_DISPOSE,
  SOCKET_DATAGRAM_STREAM_SUBSCRIBE: () => SOCKET_DATAGRAM_STREAM_SUBSCRIBE,
  SOCKET_GET_DEFAULT_RECEIVE_BUFFER_SIZE: () => SOCKET_GET_DEFAULT_RECEIVE_BUFFER_SIZE,
  SOCKET_GET_DEFAULT_SEND_BUFFER_SIZE: () => SOCKET_GET_DEFAULT_SEND_BUFFER_SIZE,
  SOCKET_INCOMING_DATAGRAM_STREAM_RECEIVE: () => SOCKET_INCOMING_DATAGRAM_STREAM_RECEIVE,
  SOCKET_OUTGOING_DATAGRAM_STREAM_CHECK_SEND: () => SOCKET_OUTGOING_DATAGRAM_STREAM_CHECK_SEND,
  SOCKET_OUTGOING_DATAGRAM_STREAM_SEND: () => SOCKET_OUTGOING_DATAGRAM_STREAM_SEND,
  SOCKET_RESOLVE_ADDRESS_CREATE_REQUEST: () => SOCKET_RESOLVE_ADDRESS_CREATE_REQUEST,
  SOCKET_RESOLVE_ADDRESS_DISPOSE_REQUEST: () => SOCKET_RESOLVE_ADDRESS_DISPOSE_REQUEST,
  SOCKET_RESOLVE_ADDRESS_SUBSCRIBE_REQUEST: () => SOCKET_RESOLVE_ADDRESS_SUBSCRIBE_REQUEST,
  SOCKET_RESOLVE_ADDRESS_TAKE_REQUEST: () => SOCKET_RESOLVE_ADDRESS_TAKE_REQUEST,
  SOCKET_TCP: () => SOCKET_TCP,
  SOCKET_TCP_ACCEPT: () => SOCKET_TCP_ACCEPT,
  SOCKET_TCP_BIND_FINISH: () => SOCKET_TCP_BIND_FINISH,
  SOCKET_TCP_BIND_START: () => SOCKET_TCP_BIND_START,
  SOCKET_TCP_CONNECT_FINISH: () => SOCKET_TCP_CONNECT_FINISH,
  SOCKET_TCP_CONNECT_START: () => SOCKET_TCP_CONNECT_START,
  SOCKET_TCP_CREATE_HANDLE: () => SOCKET_TCP_CREATE_HANDLE,
  SOCKET_TCP_DISPOSE: () => SOCKET_TCP_DISPOSE,
  SOCKET_TCP_GET_LOCAL_ADDRESS: () => SOCKET_TCP_GET_LOCAL_ADDRESS,
  SOCKET_TCP_GET_REMOTE_ADDRESS: () => SOCKET_TCP_GET_REMOTE_ADDRESS,
  SOCKET_TCP_IS_LISTENING: () => SOCKET_TCP_IS_LISTENING,
  SOCKET_TCP_LISTEN_FINISH: () => SOCKET_TCP_LISTEN_FINISH,
  SOCKET_TCP_LISTEN_START: () => SOCKET_TCP_LISTEN_START,
  SOCKET_TCP_SET_KEEP_ALIVE: () => SOCKET_TCP_SET_KEEP_ALIVE,
  SOCKET_TCP_SET_LISTEN_BACKLOG_SIZE: () => SOCKET_TCP_SET_LISTEN_BACKLOG_SIZE,
  SOCKET_TCP_SHUTDOWN: () => SOCKET_TCP_SHUTDOWN,
  SOCKET_TCP_SUBSCRIBE: () => SOCKET_TCP_SUBSCRIBE,
  SOCKET_UDP: () => SOCKET_UDP,
  SOCKET_UDP_BIND_FINISH: () => SOCKET_UDP_BIND_FINISH,
  SOCKET_UDP_BIND_START: () => SOCKET_UDP_BIND_START,
  SOCKET_UDP_CREATE_HANDLE: () => SOCKET_UDP_CREATE_HANDLE,
  SOCKET_UDP_DISPOSE: () => SOCKET_UDP_DISPOSE,
  SOCKET_UDP_GET_LOCAL_ADDRESS: () => SOCKET_UDP_GET_LOCAL_ADDRESS,
  SOCKET_UDP_GET_RECEIVE_BUFFER_SIZE: () => SOCKET_UDP_GET_RECEIVE_BUFFER_SIZE,
  SOCKET_UDP_GET_REMOTE_ADDRESS: () => SOCKET_UDP_GET_REMOTE_ADDRESS,
  SOCKET_UDP_GET_SEND_BUFFER_SIZE: () => SOCKET_UDP_GET_SEND_BUFFER_SIZE,
  SOCKET_UDP_GET_UNICAST_HOP_LIMIT: () => SOCKET_UDP_GET_UNICAST_HOP_LIMIT,
  SOCKET_UDP_SET_RECEIVE_BUFFER_SIZE: () => SOCKET_UDP_SET_RECEIVE_BUFFER_SIZE,
  SOCKET_UDP_SET_SEND_BUFFER_SIZE: () => SOCKET_UDP_SET_SEND_BUFFER_SIZE,
  SOCKET_UDP_SET_UNICAST_HOP_LIMIT: () => SOCKET_UDP_SET_UNICAST_HOP_LIMIT,
  SOCKET_UDP_STREAM: () => SOCKET_UDP_STREAM,
  SOCKET_UDP_SUBSCRIBE: () => SOCKET_UDP_SUBSCRIBE,
  STDERR: () => STDERR,
  STDIN: () => STDIN,
  STDOUT: () => STDOUT,
  WORKER_EXTENSION_CALL: () => WORKER_EXTENSION_CALL,
  reverseMap: () => reverseMap
});
var call_id = 0;
var CALL_MASK = 4278190080;
var CALL_TYPE_MASK = 16777215;
var CALL_SHIFT = 24;
var cnt = 0;
var STDIN = ++cnt;
var STDOUT = ++cnt;
var STDERR = ++cnt;
var FILE = ++cnt;
var HTTP = ++cnt;
var SOCKET_TCP = ++cnt;
var SOCKET_UDP = ++cnt;
var CLOCKS = ++cnt;
var INPUT_STREAM_CREATE = ++call_id << CALL_SHIFT;
var INPUT_STREAM_READ = ++call_id << CALL_SHIFT;
var INPUT_STREAM_BLOCKING_READ = ++call_id << CALL_SHIFT;
var INPUT_STREAM_SKIP = ++call_id << CALL_SHIFT;
var INPUT_STREAM_BLOCKING_SKIP = ++call_id << CALL_SHIFT;
var INPUT_STREAM_SUBSCRIBE = ++call_id << CALL_SHIFT;
var INPUT_STREAM_DISPOSE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_CREATE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_CHECK_WRITE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_WRITE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_FLUSH = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_BLOCKING_FLUSH = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_WRITE_ZEROES = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_SPLICE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_BLOCKING_SPLICE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_SUBSCRIBE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_DISPOSE = ++call_id << CALL_SHIFT;
var OUTPUT_STREAM_GET_TOTAL_BYTES = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_OPEN = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_CLOSE = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_ADVISE = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_SYNC_DATA = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_GET_TYPE = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_SET_SIZE = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_SET_TIMES = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_READ = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_WRITE = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_SYNC = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_STAT = ++call_id << CALL_SHIFT;
var FILESYSTEM_DESCRIPTOR_METADATA_HASH = ++call_id << CALL_SHIFT;
var POLL_POLLABLE_READY = ++call_id << CALL_SHIFT;
var POLL_POLLABLE_BLOCK = ++call_id << CALL_SHIFT;
var POLL_POLLABLE_DISPOSE = ++call_id << CALL_SHIFT;
var POLL_POLL_LIST = ++call_id << CALL_SHIFT;
var FUTURE_DISPOSE = ++call_id << CALL_SHIFT;
var FUTURE_TAKE_VALUE = ++call_id << CALL_SHIFT;
var FUTURE_SUBSCRIBE = ++call_id << CALL_SHIFT;
var HTTP_CREATE_REQUEST = ++call_id << 24;
var HTTP_OUTPUT_STREAM_FINISH = ++call_id << CALL_SHIFT;
var HTTP_SERVER_START = ++call_id << CALL_SHIFT;
var HTTP_SERVER_STOP = ++call_id << CALL_SHIFT;
var HTTP_SERVER_INCOMING_HANDLER = ++call_id << CALL_SHIFT;
var HTTP_SERVER_SET_OUTGOING_RESPONSE = ++call_id << CALL_SHIFT;
var HTTP_SERVER_CLEAR_OUTGOING_RESPONSE = ++call_id << CALL_SHIFT;
var HTTP_SERVER_GET_ADDRESS = ++call_id << CALL_SHIFT;
var HTTP_OUTGOING_BODY_DISPOSE = ++call_id << CALL_SHIFT;
var CLOCKS_DURATION_SUBSCRIBE = ++call_id << CALL_SHIFT;
var CLOCKS_INSTANT_SUBSCRIBE = ++call_id << CALL_SHIFT;
var SOCKET_TCP_CREATE_HANDLE = ++call_id << CALL_SHIFT;
var SOCKET_TCP_BIND_START = ++call_id << CALL_SHIFT;
var SOCKET_TCP_BIND_FINISH = ++call_id << CALL_SHIFT;
var SOCKET_TCP_CONNECT_START = ++call_id << CALL_SHIFT;
var SOCKET_TCP_CONNECT_FINISH = ++call_id << CALL_SHIFT;
var SOCKET_TCP_SUBSCRIBE = ++call_id << CALL_SHIFT;
var SOCKET_TCP_LISTEN_START = ++call_id << CALL_SHIFT;
var SOCKET_TCP_LISTEN_FINISH = ++call_id << CALL_SHIFT;
var SOCKET_TCP_IS_LISTENING = ++call_id << CALL_SHIFT;
var SOCKET_TCP_ACCEPT = ++call_id << CALL_SHIFT;
var SOCKET_TCP_GET_LOCAL_ADDRESS = ++call_id << CALL_SHIFT;
var SOCKET_TCP_GET_REMOTE_ADDRESS = ++call_id << CALL_SHIFT;
var SOCKET_TCP_SET_KEEP_ALIVE = ++call_id << CALL_SHIFT;
var SOCKET_TCP_SET_LISTEN_BACKLOG_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_TCP_SHUTDOWN = ++call_id << CALL_SHIFT;
var SOCKET_TCP_DISPOSE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_CREATE_HANDLE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_BIND_START = ++call_id << CALL_SHIFT;
var SOCKET_UDP_BIND_FINISH = ++call_id << CALL_SHIFT;
var SOCKET_UDP_STREAM = ++call_id << CALL_SHIFT;
var SOCKET_UDP_SUBSCRIBE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_DISPOSE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_GET_LOCAL_ADDRESS = ++call_id << CALL_SHIFT;
var SOCKET_UDP_GET_RECEIVE_BUFFER_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_GET_REMOTE_ADDRESS = ++call_id << CALL_SHIFT;
var SOCKET_UDP_GET_SEND_BUFFER_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_GET_UNICAST_HOP_LIMIT = ++call_id << CALL_SHIFT;
var SOCKET_UDP_SET_RECEIVE_BUFFER_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_SET_SEND_BUFFER_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_UDP_SET_UNICAST_HOP_LIMIT = ++call_id << CALL_SHIFT;
var SOCKET_INCOMING_DATAGRAM_STREAM_RECEIVE = ++call_id << CALL_SHIFT;
var SOCKET_OUTGOING_DATAGRAM_STREAM_CHECK_SEND = ++call_id << CALL_SHIFT;
var SOCKET_OUTGOING_DATAGRAM_STREAM_SEND = ++call_id << CALL_SHIFT;
var SOCKET_DATAGRAM_STREAM_SUBSCRIBE = ++call_id << CALL_SHIFT;
var SOCKET_DATAGRAM_STREAM_DISPOSE = ++call_id << CALL_SHIFT;
var SOCKET_GET_DEFAULT_SEND_BUFFER_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_GET_DEFAULT_RECEIVE_BUFFER_SIZE = ++call_id << CALL_SHIFT;
var SOCKET_RESOLVE_ADDRESS_CREATE_REQUEST = ++call_id << CALL_SHIFT;
var SOCKET_RESOLVE_ADDRESS_TAKE_REQUEST = ++call_id << CALL_SHIFT;
var SOCKET_RESOLVE_ADDRESS_SUBSCRIBE_REQUEST = ++call_id << CALL_SHIFT;
var SOCKET_RESOLVE_ADDRESS_DISPOSE_REQUEST = ++call_id << CALL_SHIFT;
var WORKER_EXTENSION_CALL = ++call_id << CALL_SHIFT;
var reverseMap = {};
for (const name of Object.getOwnPropertyNames(calls_exports)) {
  if (name === "reverseMap") {
    continue;
  }
  reverseMap[calls_exports[name]] = name;
}

// node_modules/@bytecodealliance/preview2-shim/dist/io/worker-io.js
import nodeProcess, { exit, stderr, stdout, env } from "node:process";
var symbolDispose = Symbol.dispose || /* @__PURE__ */ Symbol.for("dispose");
var _rawDebug = "_rawDebug" in nodeProcess ? nodeProcess._rawDebug : console.error.bind(console);
var httpIncomingHandlers = /* @__PURE__ */ new Map();
var instanceId = Math.round(Math.random() * 1e3).toString();
var DEBUG_DEFAULT = false;
var DEBUG = env.PREVIEW2_SHIM_DEBUG === "0" ? false : env.PREVIEW2_SHIM_DEBUG === "1" ? true : DEBUG_DEFAULT;
var ioCall = createSyncFn((options) => new Worker(new URL("./worker-thread.bundle.js", import.meta.url), options), DEBUG, (type, id, payload) => {
  if (type !== HTTP_SERVER_INCOMING_HANDLER) {
    throw new Error("Internal error: only incoming handler callback is permitted");
  }
  const handler = httpIncomingHandlers.get(id);
  if (!handler) {
    throw new Error(`Internal error: no incoming handler registered for server ${id}`);
  }
  handler(payload);
});
if (DEBUG) {
  const _ioCall = ioCall;
  ioCall = function ioCall2(num, id, payload) {
    if (typeof id !== "number" && id !== null) {
      throw new Error("id must be a number or null");
    }
    let ret;
    try {
      _rawDebug(instanceId, reverseMap[num & CALL_MASK], reverseMap[num & CALL_TYPE_MASK], id, payload);
      ret = _ioCall(num, id, payload);
      return ret;
    } catch (e) {
      ret = e;
      throw ret;
    } finally {
      _rawDebug(instanceId, "->", ret);
    }
  };
}
var finalizationRegistry = new FinalizationRegistry((dispose) => void dispose());
var dummySymbol = /* @__PURE__ */ Symbol();
function registerDispose(resource, parentResource, id, disposeFn) {
  function finalizer() {
    if (parentResource?.[dummySymbol]) {
      return;
    }
    disposeFn(id);
  }
  finalizationRegistry.register(resource, finalizer, finalizer);
  return finalizer;
}
function earlyDispose(finalizer) {
  finalizationRegistry.unregister(finalizer);
  finalizer();
}
var _Error = Error;
var IoError = class Error2 extends _Error {
  payload;
  constructor(payload) {
    super(payload);
    this.payload = payload;
  }
  toDebugString() {
    return this.message;
  }
};
function streamIoErrorCall(call, id, payload) {
  try {
    return ioCall(call, id, payload);
  } catch (e) {
    if (e.tag === "closed") {
      throw e;
    }
    if (e.tag === "last-operation-failed") {
      e.val = new IoError(Object.assign(new Error(e.val.message), e.val));
      throw e;
    }
    console.trace(e);
    exit(1);
  }
}
var InputStream = class _InputStream {
  #id;
  #streamType;
  #finalizer;
  read(len) {
    return streamIoErrorCall(INPUT_STREAM_READ | this.#streamType, this.#id, len);
  }
  blockingRead(len) {
    return streamIoErrorCall(INPUT_STREAM_BLOCKING_READ | this.#streamType, this.#id, len);
  }
  skip(len) {
    return streamIoErrorCall(INPUT_STREAM_SKIP | this.#streamType, this.#id, len);
  }
  blockingSkip(len) {
    return streamIoErrorCall(INPUT_STREAM_BLOCKING_SKIP | this.#streamType, this.#id, len);
  }
  subscribe() {
    return pollableCreate(ioCall(INPUT_STREAM_SUBSCRIBE | this.#streamType, this.#id), this);
  }
  static _id(stream) {
    return stream.#id;
  }
  /**
   * @param {FILE | SOCKET_TCP | STDIN | HTTP} streamType
   */
  static _create(streamType, id) {
    const stream = new _InputStream();
    stream.#id = id;
    stream.#streamType = streamType;
    let disposeFn;
    switch (streamType) {
      case FILE:
        disposeFn = fileInputStreamDispose;
        break;
      case SOCKET_TCP:
        disposeFn = socketTcpInputStreamDispose;
        break;
      case STDIN:
        disposeFn = stdinInputStreamDispose;
        break;
      case HTTP:
        disposeFn = httpInputStreamDispose;
        break;
      default:
        throw new Error("wasi-io trap: Dispose function not created for stream type " + reverseMap[streamType]);
    }
    stream.#finalizer = registerDispose(stream, null, id, disposeFn);
    return stream;
  }
  [symbolDispose]() {
    if (this.#finalizer) {
      earlyDispose(this.#finalizer);
      this.#finalizer = null;
    }
  }
};
function fileInputStreamDispose(id) {
  ioCall(INPUT_STREAM_DISPOSE | FILE, id, null);
}
function socketTcpInputStreamDispose(id) {
  ioCall(INPUT_STREAM_DISPOSE | SOCKET_TCP, id, null);
}
function stdinInputStreamDispose(id) {
  ioCall(INPUT_STREAM_DISPOSE | STDIN, id, null);
}
function httpInputStreamDispose(id) {
  ioCall(INPUT_STREAM_DISPOSE | HTTP, id, null);
}
var inputStreamCreate = InputStream._create;
delete InputStream._create;
var inputStreamId = InputStream._id;
delete InputStream._id;
var OutputStream = class _OutputStream {
  #id;
  #streamType;
  #finalizer;
  checkWrite() {
    return streamIoErrorCall(OUTPUT_STREAM_CHECK_WRITE | this.#streamType, this.#id, null);
  }
  write(buf) {
    if (this.#streamType <= STDERR) {
      return this.blockingWriteAndFlush(buf);
    }
    return streamIoErrorCall(OUTPUT_STREAM_WRITE | this.#streamType, this.#id, buf);
  }
  blockingWriteAndFlush(buf) {
    if (this.#streamType <= STDERR) {
      const stream = this.#streamType === STDERR ? stderr : stdout;
      return void stream.write(buf);
    }
    return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH | this.#streamType, this.#id, buf);
  }
  flush() {
    return streamIoErrorCall(OUTPUT_STREAM_FLUSH | this.#streamType, this.#id, void 0);
  }
  blockingFlush() {
    return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_FLUSH | this.#streamType, this.#id, void 0);
  }
  writeZeroes(len) {
    return streamIoErrorCall(OUTPUT_STREAM_WRITE_ZEROES | this.#streamType, this.#id, len);
  }
  blockingWriteZeroesAndFlush(len) {
    return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH | this.#streamType, this.#id, len);
  }
  splice(src, len) {
    return streamIoErrorCall(OUTPUT_STREAM_SPLICE | this.#streamType, this.#id, {
      src: src.#id,
      len
    });
  }
  blockingSplice(src, len) {
    return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_SPLICE | this.#streamType, this.#id, {
      src: inputStreamId(src),
      len
    });
  }
  subscribe() {
    return pollableCreate(ioCall(OUTPUT_STREAM_SUBSCRIBE | this.#streamType, this.#id), void 0);
  }
  static _id(outputStream) {
    return outputStream.#id;
  }
  /**
   * @param {OutputStreamType} streamType
   * @param {any} createPayload
   */
  static _create(streamType, id) {
    const stream = new _OutputStream();
    stream.#id = id;
    stream.#streamType = streamType;
    let disposeFn;
    switch (streamType) {
      case STDOUT:
        disposeFn = stdoutOutputStreamDispose;
        break;
      case STDERR:
        disposeFn = stderrOutputStreamDispose;
        break;
      case SOCKET_TCP:
        disposeFn = socketTcpOutputStreamDispose;
        break;
      case FILE:
        disposeFn = fileOutputStreamDispose;
        break;
      case HTTP:
        return stream;
      default:
        throw new Error("wasi-io trap: Dispose function not created for stream type " + reverseMap[streamType]);
    }
    stream.#finalizer = registerDispose(stream, null, id, disposeFn);
    return stream;
  }
  [symbolDispose]() {
    if (this.#finalizer) {
      earlyDispose(this.#finalizer);
      this.#finalizer = null;
    }
  }
};
function stdoutOutputStreamDispose(id) {
  ioCall(OUTPUT_STREAM_DISPOSE | STDOUT, id);
}
function stderrOutputStreamDispose(id) {
  ioCall(OUTPUT_STREAM_DISPOSE | STDERR, id);
}
function socketTcpOutputStreamDispose(id) {
  ioCall(OUTPUT_STREAM_DISPOSE | SOCKET_TCP, id);
}
function fileOutputStreamDispose(id) {
  ioCall(OUTPUT_STREAM_DISPOSE | FILE, id);
}
var outputStreamCreate = OutputStream._create;
delete OutputStream._create;
var outputStreamId = OutputStream._id;
delete OutputStream._id;
var error = { Error: IoError };
var streams = { InputStream, OutputStream };
function pollableDispose(id) {
  ioCall(POLL_POLLABLE_DISPOSE, id);
}
var rep2 = /* @__PURE__ */ Symbol.for("cabiRep");
var Pollable = class _Pollable {
  #finalizer;
  ready() {
    return ioCall(POLL_POLLABLE_READY, this[rep2]);
  }
  block() {
    ioCall(POLL_POLLABLE_BLOCK, this[rep2]);
  }
  static _create(id, parent) {
    const pollable = new _Pollable();
    pollable[rep2] = id;
    pollable.#finalizer = registerDispose(pollable, parent, id, pollableDispose);
    return pollable;
  }
  [symbolDispose]() {
    if (this.#finalizer && this[rep2]) {
      earlyDispose(this.#finalizer);
      this.#finalizer = null;
    }
  }
};
var cabiLowerSymbol = /* @__PURE__ */ Symbol.for("cabiLower");
var T_FLAG = 1 << 30;
Pollable.prototype.ready[cabiLowerSymbol] = function({ resourceTables: [table] }) {
  return function pollableReady(handle) {
    const rep3 = table[(handle << 1) + 1] & ~T_FLAG;
    const ready = ioCall(POLL_POLLABLE_READY, rep3);
    return ready ? 1 : 0;
  };
};
Pollable.prototype.block[cabiLowerSymbol] = function({ resourceTables: [table] }) {
  return function pollableBlock(handle) {
    const rep3 = table[(handle << 1) + 1] & ~T_FLAG;
    ioCall(POLL_POLLABLE_BLOCK, rep3);
  };
};
Pollable[/* @__PURE__ */ Symbol.for("cabiDispose")] = function pollableDispose2(rep3) {
  ioCall(POLL_POLLABLE_DISPOSE, rep3);
};
var pollableCreate = Pollable._create;
delete Pollable._create;
var poll = {
  Pollable,
  poll(list) {
    return ioCall(POLL_POLL_LIST, null, list.map((pollable) => pollable[rep2]));
  }
};
poll.poll[cabiLowerSymbol] = function({ memory, realloc, resourceTables: [table] }) {
  return function pollPollList(listPtr, len, retptr) {
    const handleList = new Uint32Array(memory.buffer, listPtr, len);
    const repList = Array(len);
    for (let i = 0; i < len; i++) {
      const handle = handleList[i];
      repList[i] = table[(handle << 1) + 1] & ~T_FLAG;
    }
    const result = ioCall(POLL_POLL_LIST, null, repList);
    const ptr = realloc(0, 0, 4, result.byteLength);
    const out = new Uint32Array(memory.buffer, ptr, result.length);
    out.set(result);
    const ret = new Uint32Array(memory.buffer, retptr, 2);
    ret[0] = ptr;
    ret[1] = result.length;
    return retptr;
  };
};
function createPoll(call, id, initPayload) {
  return pollableCreate(ioCall(call, id, initPayload), void 0);
}

// node_modules/@bytecodealliance/preview2-shim/dist/nodejs/cli.js
var _env = Object.entries(env2);
var _args = argv.slice(1);
var _cwd = cwd();
var exit2 = {
  exit(status) {
    process2.exit(status.tag === "err" ? 1 : 0);
  },
  // @ts-expect-error - Available only wasi-cli v0.2.12
  exitWithCode(code) {
    process2.exit(code);
  }
};
var stdinStream;
var stdoutStream = outputStreamCreate(STDOUT, 1);
var stderrStream = outputStreamCreate(STDERR, 2);
var stdin = {
  getStdin() {
    if (!stdinStream) {
      stdinStream = inputStreamCreate(STDIN, ioCall(INPUT_STREAM_CREATE | STDIN, null, null));
    }
    return stdinStream;
  }
};
var stderr2 = {
  getStderr() {
    return stderrStream;
  }
};
var TerminalInput = class {
};
var TerminalOutput = class {
};
var terminalStdoutInstance = new TerminalOutput();
var terminalStderrInstance = new TerminalOutput();
var terminalStdinInstance = new TerminalInput();
var terminalInput = {
  TerminalInput
};
var terminalOutput = {
  TerminalOutput
};
var terminalStdin = {
  getTerminalStdin() {
    return terminalStdinInstance;
  }
};
var terminalStderr = {
  getTerminalStderr() {
    return terminalStderrInstance;
  }
};

// node_modules/@bytecodealliance/preview2-shim/dist/nodejs/clocks.js
import { hrtime } from "node:process";
var symbolCabiLower = /* @__PURE__ */ Symbol.for("cabiLower");
function resolution() {
  return 1n;
}
var monotonicClock = {
  resolution,
  now() {
    return hrtime.bigint();
  },
  subscribeInstant(instant) {
    return createPoll(CLOCKS_INSTANT_SUBSCRIBE, null, instant);
  },
  subscribeDuration(duration) {
    duration = BigInt(duration);
    return createPoll(CLOCKS_DURATION_SUBSCRIBE, null, duration);
  }
};
var wallClock = {
  resolution() {
    return { seconds: 0n, nanoseconds: 1e6 };
  },
  now() {
    const seconds = BigInt(Math.floor(Date.now() / 1e3));
    const nanoseconds = Date.now() % 1e3 * 1e6;
    return { seconds, nanoseconds };
  }
};
monotonicClock.resolution[symbolCabiLower] = () => resolution;
monotonicClock.now[symbolCabiLower] = () => hrtime.bigint;
wallClock.resolution[symbolCabiLower] = ({ memory }) => {
  let buf32 = new Int32Array(memory.buffer);
  return function now(retptr) {
    if (memory.buffer !== buf32.buffer) {
      buf32 = new Int32Array(memory.buffer);
    }
    if (retptr % 4) {
      throw new Error("wasi-io trap: retptr not aligned");
    }
    buf32[(retptr >> 2) + 0] = 0;
    buf32[(retptr >> 2) + 4] = 0;
    buf32[(retptr >> 2) + 8] = 1e6;
  };
};
wallClock.now[symbolCabiLower] = ({ memory }) => {
  let buf32 = new Int32Array(memory.buffer);
  let buf64 = new BigInt64Array(memory.buffer);
  return function now(retptr) {
    if (memory.buffer !== buf32.buffer) {
      buf32 = new Int32Array(memory.buffer);
      buf64 = new BigInt64Array(memory.buffer);
    }
    if (retptr % 4) {
      throw new Error("wasi-io trap: retptr not aligned");
    }
    buf64[(retptr >> 2) + 0] = BigInt(Math.floor(Date.now() / 1e3));
    buf32[(retptr >> 2) + 8] = Date.now() % 1e3 * 1e6;
  };
};

// node_modules/@bytecodealliance/preview2-shim/dist/nodejs/http.js
import * as http from "node:http";
var { validateHeaderName = () => {
}, validateHeaderValue = () => {
} } = http;
var symbolDispose2 = Symbol.dispose || /* @__PURE__ */ Symbol.for("dispose");
var _forbiddenHeaders = /* @__PURE__ */ new Set(["connection", "keep-alive", "host"]);
var IncomingBody = class _IncomingBody {
  #finished = false;
  #stream = null;
  stream() {
    if (!this.#stream) {
      throw void 0;
    }
    const stream = this.#stream;
    this.#stream = null;
    return stream;
  }
  static finish(incomingBody) {
    if (incomingBody.#finished) {
      throw new Error("incoming body already finished");
    }
    incomingBody.#finished = true;
    return futureTrailersCreate();
  }
  [symbolDispose2]() {
  }
  static _create(streamId) {
    const incomingBody = new _IncomingBody();
    incomingBody.#stream = inputStreamCreate(HTTP, streamId);
    return incomingBody;
  }
};
var incomingBodyCreate = IncomingBody._create;
delete IncomingBody._create;
var IncomingRequest = class _IncomingRequest {
  #method;
  #pathWithQuery;
  #scheme;
  #authority;
  #headers;
  #streamId;
  method() {
    return this.#method;
  }
  pathWithQuery() {
    return this.#pathWithQuery;
  }
  scheme() {
    return this.#scheme;
  }
  authority() {
    return this.#authority;
  }
  headers() {
    return this.#headers;
  }
  consume() {
    return incomingBodyCreate(this.#streamId);
  }
  [symbolDispose2]() {
  }
  static _create(method, pathWithQuery, scheme, authority, headers, streamId) {
    const incomingRequest = new _IncomingRequest();
    incomingRequest.#method = method;
    incomingRequest.#pathWithQuery = pathWithQuery;
    incomingRequest.#scheme = scheme;
    incomingRequest.#authority = authority;
    incomingRequest.#headers = headers;
    incomingRequest.#streamId = streamId;
    return incomingRequest;
  }
};
var incomingRequestCreate = IncomingRequest._create;
delete IncomingRequest._create;
var FutureTrailers = class _FutureTrailers {
  #requested = false;
  subscribe() {
    return createPoll(CLOCKS_DURATION_SUBSCRIBE, null, 0n);
  }
  get() {
    if (this.#requested) {
      return { tag: "err", val: void 0 };
    }
    this.#requested = true;
    return {
      tag: "ok",
      val: {
        tag: "ok",
        val: fieldsLock(fieldsFromEntriesChecked([]))
      }
    };
  }
  static _create() {
    const res = new _FutureTrailers();
    return res;
  }
};
var futureTrailersCreate = FutureTrailers._create;
delete FutureTrailers._create;
var OutgoingResponse = class {
  #body;
  /** @type {number} */
  #statusCode = 200;
  /** @type {Fields} */
  #headers;
  /**
   * @param {number} statusCode
   * @param {Fields} headers
   */
  constructor(headers) {
    fieldsLock(headers);
    this.#headers = headers;
  }
  statusCode() {
    return this.#statusCode;
  }
  setStatusCode(statusCode) {
    this.#statusCode = statusCode;
  }
  headers() {
    return this.#headers;
  }
  body() {
    let contentLengthValues = this.#headers.get("content-length");
    let contentLength;
    if (contentLengthValues.length > 0) {
      contentLength = Number(new TextDecoder().decode(contentLengthValues[0]));
    }
    this.#body = outgoingBodyCreate(contentLength);
    return this.#body;
  }
  static _body(outgoingResponse) {
    return outgoingResponse.#body;
  }
};
var outgoingResponseBody = OutgoingResponse._body;
delete OutgoingResponse._body;
var ResponseOutparam = class _ResponseOutparam {
  #setListener;
  static set(param, response) {
    param.#setListener(response);
  }
  static _create(setListener) {
    const responseOutparam = new _ResponseOutparam();
    responseOutparam.#setListener = setListener;
    return responseOutparam;
  }
};
var responseOutparamCreate = ResponseOutparam._create;
delete ResponseOutparam._create;
var defaultHttpTimeout = 600000000000n;
var RequestOptions = class {
  #connectTimeout = defaultHttpTimeout;
  #firstByteTimeout = defaultHttpTimeout;
  #betweenBytesTimeout = defaultHttpTimeout;
  connectTimeout() {
    return this.#connectTimeout;
  }
  setConnectTimeout(duration) {
    this.#connectTimeout = duration;
  }
  firstByteTimeout() {
    return this.#firstByteTimeout;
  }
  setFirstByteTimeout(duration) {
    this.#firstByteTimeout = duration;
  }
  betweenBytesTimeout() {
    return this.#betweenBytesTimeout;
  }
  setBetweenBytesTimeout(duration) {
    this.#betweenBytesTimeout = duration;
  }
};
var OutgoingRequest = class {
  #method = { tag: "get" };
  #scheme = void 0;
  #pathWithQuery = void 0;
  #authority = void 0;
  #headers;
  #body;
  #bodyRequested = false;
  constructor(headers) {
    fieldsLock(headers);
    this.#headers = headers;
    let contentLengthValues = this.#headers.get("content-length");
    if (contentLengthValues.length === 0) {
      contentLengthValues = this.#headers.get("Content-Length");
    }
    let contentLength;
    if (contentLengthValues.length > 0) {
      contentLength = Number(new TextDecoder().decode(contentLengthValues[0]));
    }
    this.#body = outgoingBodyCreate(contentLength);
  }
  body() {
    if (this.#bodyRequested) {
      throw new Error("Body already requested");
    }
    this.#bodyRequested = true;
    return this.#body;
  }
  method() {
    return this.#method;
  }
  setMethod(method) {
    if (method.tag === "other" && !method.val.match(/^[a-zA-Z-]+$/)) {
      throw void 0;
    }
    this.#method = method;
  }
  pathWithQuery() {
    return this.#pathWithQuery;
  }
  setPathWithQuery(pathWithQuery) {
    if (pathWithQuery && !pathWithQuery.match(/^[a-zA-Z0-9.\-_~!$&'()*+,;=:@%?/]+$/)) {
      throw void 0;
    }
    this.#pathWithQuery = pathWithQuery;
  }
  scheme() {
    return this.#scheme;
  }
  setScheme(scheme) {
    if (scheme?.tag === "other" && !scheme.val.match(/^[a-zA-Z]+$/)) {
      throw void 0;
    }
    this.#scheme = scheme;
  }
  authority() {
    return this.#authority;
  }
  setAuthority(authority) {
    if (authority) {
      const [host, port, ...extra] = authority.split(":");
      const portNum = Number(port);
      if (extra.length || port !== void 0 && (portNum.toString() !== port || portNum > 65535) || !host.match(/^[a-zA-Z0-9-.]+$/)) {
        throw void 0;
      }
    }
    this.#authority = authority;
  }
  headers() {
    return this.#headers;
  }
  [symbolDispose2]() {
  }
  static _handle(request, options) {
    const connectTimeout = options?.connectTimeout();
    const betweenBytesTimeout = options?.betweenBytesTimeout();
    const firstByteTimeout = options?.firstByteTimeout();
    const scheme = schemeString(request.#scheme);
    const headers = [];
    const decoder = new TextDecoder();
    for (const [key, value] of request.#headers.entries()) {
      headers.push([key, decoder.decode(value)]);
    }
    if (!request.#pathWithQuery) {
      throw { tag: "HTTP-request-URI-invalid" };
    }
    return futureIncomingResponseCreate(request.#method.val || request.#method.tag, scheme, request.#authority, request.#pathWithQuery, headers, outgoingBodyOutputStreamId(request.#body), connectTimeout, betweenBytesTimeout, firstByteTimeout);
  }
};
var outgoingRequestHandle = OutgoingRequest._handle;
delete OutgoingRequest._handle;
var OutgoingBody = class _OutgoingBody {
  #outputStream = null;
  #outputStreamId = null;
  #contentLength = void 0;
  #finalizer;
  write() {
    const outputStream = this.#outputStream;
    if (outputStream === null) {
      throw void 0;
    }
    this.#outputStream = null;
    return outputStream;
  }
  static finish(body, trailers) {
    if (trailers) {
      throw { tag: "internal-error", val: "trailers unsupported" };
    }
    ioCall(HTTP_OUTPUT_STREAM_FINISH, body.#outputStreamId, null);
  }
  static _outputStreamId(outgoingBody) {
    return outgoingBody.#outputStreamId;
  }
  static _create(contentLength) {
    const outgoingBody = new _OutgoingBody();
    outgoingBody.#contentLength = contentLength;
    outgoingBody.#outputStreamId = ioCall(OUTPUT_STREAM_CREATE | HTTP, null, outgoingBody.#contentLength);
    outgoingBody.#outputStream = outputStreamCreate(HTTP, outgoingBody.#outputStreamId);
    outgoingBody.#finalizer = registerDispose(outgoingBody, null, outgoingBody.#outputStreamId, outgoingBodyDispose);
    return outgoingBody;
  }
  [symbolDispose2]() {
    if (this.#finalizer) {
      earlyDispose(this.#finalizer);
      this.#finalizer = null;
    }
  }
};
function outgoingBodyDispose(id) {
  ioCall(HTTP_OUTGOING_BODY_DISPOSE, id, null);
}
var outgoingBodyOutputStreamId = OutgoingBody._outputStreamId;
delete OutgoingBody._outputStreamId;
var outgoingBodyCreate = OutgoingBody._create;
delete OutgoingBody._create;
var IncomingResponse = class _IncomingResponse {
  #headers;
  #status = 0;
  #bodyStream;
  status() {
    return this.#status;
  }
  headers() {
    return this.#headers;
  }
  consume() {
    if (this.#bodyStream === void 0) {
      throw void 0;
    }
    const bodyStream = this.#bodyStream;
    this.#bodyStream = void 0;
    return bodyStream;
  }
  [symbolDispose2]() {
    if (this.#bodyStream) {
      this.#bodyStream[symbolDispose2]();
    }
  }
  static _create(status, headers, bodyStreamId) {
    const res = new _IncomingResponse();
    res.#status = status;
    res.#headers = headers;
    res.#bodyStream = incomingBodyCreate(bodyStreamId);
    return res;
  }
};
var incomingResponseCreate = IncomingResponse._create;
delete IncomingResponse._create;
var FutureIncomingResponse = class _FutureIncomingResponse {
  #id;
  #finalizer;
  subscribe() {
    return pollableCreate(ioCall(FUTURE_SUBSCRIBE | HTTP, this.#id, null), this);
  }
  get() {
    const ret = ioCall(FUTURE_TAKE_VALUE | HTTP, this.#id, null);
    if (ret === void 0) {
      return void 0;
    }
    if (ret.tag === "ok" && ret.val.tag === "ok") {
      const textEncoder = new TextEncoder();
      const { status, headers, bodyStreamId } = ret.val.val;
      ret.val.val = incomingResponseCreate(status, fieldsFromEntriesChecked(headers.map(([key, val]) => [key, textEncoder.encode(val)])), bodyStreamId);
    }
    return ret;
  }
  static _create(method, scheme, authority, pathWithQuery, headers, body, connectTimeout, betweenBytesTimeout, firstByteTimeout) {
    const res = new _FutureIncomingResponse();
    res.#id = ioCall(HTTP_CREATE_REQUEST, null, {
      method,
      scheme,
      authority,
      pathWithQuery,
      headers,
      body,
      connectTimeout,
      betweenBytesTimeout,
      firstByteTimeout
    });
    res.#finalizer = registerDispose(res, null, res.#id, futureIncomingResponseDispose);
    return res;
  }
  [symbolDispose2]() {
    if (this.#finalizer) {
      earlyDispose(this.#finalizer);
      this.#finalizer = null;
    }
  }
};
function futureIncomingResponseDispose(id) {
  ioCall(FUTURE_DISPOSE | HTTP, id, null);
}
var futureIncomingResponseCreate = FutureIncomingResponse._create;
delete FutureIncomingResponse._create;
var Fields = class _Fields {
  #immutable = false;
  #entries = [];
  #table = /* @__PURE__ */ new Map();
  /**
   * @param {[string, Uint8Array[][]][]} entries
   */
  static fromList(entries) {
    const fields = new _Fields();
    for (const [key, value] of entries) {
      fields.append(key, value);
    }
    return fields;
  }
  get(name) {
    const tableEntries = this.#table.get(name.toLowerCase());
    if (!tableEntries) {
      return [];
    }
    return tableEntries.map(([, v]) => v);
  }
  /**
   * WIT spec (https://github.com/WebAssembly/WASI/blob/91bb44c3c3a9b1e09187db23c85fa844d1fd6b15/proposals/http/wit/types.wit#L215-L223):
   *
   * > Set all of the values for a name. Clears any existing values for that
   * > name, if they have been set.
   * >
   * > Fails with `header-error.immutable` if the `fields` are immutable.
   * >
   * > Fails with `header-error.invalid-syntax` if the `field-name` or any of
   * > the `field-value`s are syntactically invalid.
   *
   * The existing-branch splice/reuse is an allocation optimization — values are cleared, not retained.
   */
  set(name, values) {
    if (this.#immutable) {
      throw { tag: "immutable" };
    }
    try {
      validateHeaderName(name);
    } catch {
      throw { tag: "invalid-syntax" };
    }
    for (const value of values) {
      try {
        validateHeaderValue(name, new TextDecoder().decode(value));
      } catch {
        throw { tag: "invalid-syntax" };
      }
    }
    const lowercased = name.toLowerCase();
    if (_forbiddenHeaders.has(lowercased)) {
      throw { tag: "forbidden" };
    }
    let tableEntries = this.#table.get(lowercased);
    if (tableEntries) {
      this.#entries = this.#entries.filter((entry) => !tableEntries?.includes(entry));
      tableEntries.splice(0, tableEntries.length);
    } else {
      this.#table.set(lowercased, []);
      tableEntries = this.#table.get(lowercased);
    }
    for (const value of values) {
      const entry = [name, value];
      this.#entries.push(entry);
      tableEntries?.push(entry);
    }
  }
  has(name) {
    return this.#table.has(name.toLowerCase());
  }
  delete(name) {
    if (this.#immutable) {
      throw { tag: "immutable" };
    }
    const lowercased = name.toLowerCase();
    const tableEntries = this.#table.get(lowercased);
    if (tableEntries) {
      this.#entries = this.#entries.filter((entry) => !tableEntries.includes(entry));
      this.#table.delete(lowercased);
    }
  }
  append(name, value) {
    if (this.#immutable) {
      throw { tag: "immutable" };
    }
    try {
      validateHeaderName(name);
    } catch {
      throw { tag: "invalid-syntax" };
    }
    try {
      validateHeaderValue(name, new TextDecoder().decode(value));
    } catch {
      throw { tag: "invalid-syntax" };
    }
    const lowercased = name.toLowerCase();
    if (_forbiddenHeaders.has(lowercased)) {
      throw { tag: "forbidden" };
    }
    const entry = [name, value];
    this.#entries.push(entry);
    const tableEntries = this.#table.get(lowercased);
    if (tableEntries) {
      tableEntries.push(entry);
    } else {
      this.#table.set(lowercased, [entry]);
    }
  }
  entries() {
    return this.#entries;
  }
  clone() {
    return fieldsFromEntriesChecked(this.#entries);
  }
  static _lock(fields) {
    fields.#immutable = true;
    return fields;
  }
  // assumes entries are already validated
  static _fromEntriesChecked(entries) {
    const fields = new _Fields();
    fields.#entries = entries;
    for (const entry of entries) {
      const lowercase = entry[0].toLowerCase();
      const existing = fields.#table.get(lowercase);
      if (existing) {
        existing.push(entry);
      } else {
        fields.#table.set(lowercase, [entry]);
      }
    }
    return fields;
  }
};
var fieldsLock = Fields._lock;
delete Fields._lock;
var fieldsFromEntriesChecked = Fields._fromEntriesChecked;
delete Fields._fromEntriesChecked;
var httpEnabled = true;
var outgoingHandler = {
  /**
   * @param {OutgoingRequest} request
   * @param {RequestOptions | undefined} options
   * @returns {FutureIncomingResponse}
   */
  handle(request, options) {
    if (!httpEnabled) {
      throw "access-denied";
    }
    return outgoingRequestHandle(request, options);
  }
};
function httpErrorCode(err) {
  if (err.payload) {
    return err.payload;
  }
  return {
    tag: "internal-error",
    val: err.message
  };
}
var types = {
  Fields,
  FutureIncomingResponse,
  FutureTrailers,
  IncomingBody,
  IncomingRequest,
  IncomingResponse,
  OutgoingBody,
  OutgoingRequest,
  OutgoingResponse,
  ResponseOutparam,
  RequestOptions,
  httpErrorCode
};
function schemeString(scheme) {
  if (!scheme) {
    return "https:";
  }
  switch (scheme.tag) {
    case "HTTP":
      return "http:";
    case "HTTPS":
      return "https:";
    case "other":
      return scheme.val.toLowerCase() + ":";
  }
}

// node_modules/@bytecodealliance/preview2-shim/dist/nodejs/random.js
import { randomBytes, randomFillSync } from "node:crypto";
var insecure = {
  getInsecureRandomBytes: getRandomBytes,
  getInsecureRandomU64() {
    return new BigUint64Array(randomBytes(8).buffer)[0];
  }
};
var insecureSeedValue1;
var insecureSeedValue2;
var insecureSeed = {
  insecureSeed() {
    if (insecureSeedValue1 === void 0) {
      insecureSeedValue1 = random.getRandomU64();
      insecureSeedValue2 = random.getRandomU64();
    }
    return [insecureSeedValue1, insecureSeedValue2];
  }
};
var random = {
  getRandomBytes,
  getRandomU64() {
    return new BigUint64Array(randomBytes(8).buffer)[0];
  }
};
function getRandomBytes(len) {
  return randomBytes(Number(len));
}
getRandomBytes[/* @__PURE__ */ Symbol.for("cabiLower")] = ({ memory, realloc }) => {
  let buf32 = new Uint32Array(memory.buffer);
  return function randomBytesImpl(len, retptr) {
    len = Number(len);
    const ptr = realloc(0, 0, 1, len);
    randomFillSync(memory.buffer, ptr, len);
    if (memory.buffer !== buf32.buffer) {
      buf32 = new Uint32Array(memory.buffer);
    }
    if (retptr % 4) {
      throw new Error("wasi-io trap: retptr not aligned");
    }
    buf32[retptr >> 2] = ptr;
    buf32[(retptr >> 2) + 1] = len;
  };
};

// action/gen/checker.js
function instantiate(getCoreModule, imports2, instantiateCore = WebAssembly.instantiate) {
  const emptyFunc = () => {
  };
  let dv = new DataView(new ArrayBuffer());
  const dataView = (mem) => dv.buffer === mem.buffer ? dv : dv = new DataView(mem.buffer);
  function toUint64(val) {
    const converted = BigInt(val);
    return BigInt.asUintN(64, converted);
  }
  function toUint16(val) {
    val >>>= 0;
    val %= 2 ** 16;
    return val;
  }
  function toUint32(val) {
    return val >>> 0;
  }
  function toUint8(val) {
    val >>>= 0;
    val %= 2 ** 8;
    return val;
  }
  function _isValidNumericPrimitive(ty, v) {
    if (v === void 0 || v === null) {
      return false;
    }
    switch (ty) {
      case "bool":
        return v === 0 || v === 1;
        break;
      case "u8":
        return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 255;
        break;
      case "s8":
        return typeof v === "number" && Number.isInteger(v) && v >= -128 && v <= 127;
        break;
      case "u16":
        return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 65535;
        break;
      case "s16":
        return typeof v === "number" && Number.isInteger(v) && v >= -32768 && v <= 32767;
      case "u32":
        return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 4294967295;
      case "s32":
        return typeof v === "number" && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;
      case "u64":
        return typeof v === "bigint" && v >= 0 && v <= 18446744073709551615n;
      case "s64":
        return typeof v === "bigint" && v >= -9223372036854775808n && v <= 9223372036854775807n;
        break;
      case "f32":
      case "f64":
        return typeof v === "number";
      default:
        return false;
    }
    return true;
  }
  function _requireValidNumericPrimitive(ty, v) {
    if (v === void 0 || v === null || !_isValidNumericPrimitive(ty, v)) {
      throw new TypeError(`invalid ${ty} value [${v}]`);
    }
    return true;
  }
  const utf16Decoder = new TextDecoder("utf-16");
  const isLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  function _utf16AllocateAndEncode(str, realloc, memory) {
    const len = str.length;
    const ptr = realloc(0, 0, 2, len * 2);
    const out = new Uint16Array(memory.buffer, ptr, len);
    let i = 0;
    if (isLE) {
      while (i < len) {
        out[i] = str.charCodeAt(i++);
      }
    } else {
      while (i < len) {
        const ch = str.charCodeAt(i);
        out[i++] = (ch & 255) << 8 | ch >>> 8;
      }
    }
    return { ptr, len, codepoints: [...str].length };
  }
  const TEXT_DECODER_UTF8 = new TextDecoder();
  const TEXT_ENCODER_UTF8 = new TextEncoder();
  function _utf8AllocateAndEncode(s, realloc, memory) {
    if (typeof s !== "string") {
      throw new TypeError("expected a string, received [" + typeof s + "]");
    }
    if (s.length === 0) {
      return { ptr: 1, len: 0 };
    }
    let len = 0;
    let codepoints = 0;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      codepoints++;
      if (ch < 128) {
        len += 1;
      } else if (ch < 2048) {
        len += 2;
      } else if (ch >= 55296 && ch <= 56319 && i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320) {
        len += 4;
        i++;
      } else {
        len += 3;
      }
    }
    const ptr = realloc(0, 0, 1, len);
    const { read, written } = TEXT_ENCODER_UTF8.encodeInto(
      s,
      new Uint8Array(memory.buffer, ptr, len)
    );
    if (read !== s.length || written !== len) {
      throw new Error("failed to encode whole string");
    }
    const res = { ptr, len, codepoints };
    return res;
  }
  const T_FLAG2 = 1 << 30;
  function rscTableCreateOwn(table, rep3) {
    const free = table[0] & ~T_FLAG2;
    table._createdReps.add(rep3);
    if (free === 0) {
      table.push(0);
      table.push(rep3 | T_FLAG2);
      return (table.length >> 1) - 1;
    }
    table[0] = table[free << 1];
    table[free << 1] = 0;
    table[(free << 1) + 1] = rep3 | T_FLAG2;
    return free;
  }
  const RESOURCE_SCOPE_TASKS = /* @__PURE__ */ new Map();
  const WebAssemblyRuntimeError = WebAssembly.RuntimeError;
  function rscTableRemove(table, handle2) {
    const scope = table[handle2 << 1];
    const val = table[(handle2 << 1) + 1];
    const own = (val & T_FLAG2) !== 0;
    const rep3 = val & ~T_FLAG2;
    if (val === 0 || (scope & T_FLAG2) !== 0) {
      throw new WebAssemblyRuntimeError(`unknown handle index ${(handle2 << 1) + 1}`);
    }
    if (own && scope !== 0) {
      throw new WebAssemblyRuntimeError("cannot remove owned resource while borrowed");
    }
    const borrowTask = own ? void 0 : RESOURCE_SCOPE_TASKS.get(scope);
    table[handle2 << 1] = table[0] | T_FLAG2;
    table[0] = handle2 | T_FLAG2;
    borrowTask?.removeBorrowedHandle();
    return { rep: rep3, scope, own };
  }
  let RESOURCE_SCOPE_ID = 0;
  let curResourceBorrows = [];
  const ASYNC_TASKS_BY_COMPONENT_IDX = /* @__PURE__ */ new Map();
  const ASYNC_CURRENT_COMPONENT_IDXS = [];
  function getCurrentTask(componentIdx2, taskID) {
    let usedGlobal = false;
    if (componentIdx2 === void 0 || componentIdx2 === null) {
      throw new Error("missing component idx");
    }
    const taskMetas = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx2);
    if (taskMetas === void 0 || taskMetas.length === 0) {
      return void 0;
    }
    if (taskID) {
      return taskMetas.find((meta) => meta.task.id() === taskID);
    }
    const taskMeta = taskMetas[taskMetas.length - 1];
    if (!taskMeta || !taskMeta.task) {
      return void 0;
    }
    return taskMeta;
  }
  const ASYNC_CURRENT_TASK_IDS = [];
  const _debugLog = (...args) => {
    if (!globalThis?.process?.env?.JCO_DEBUG) {
      return;
    }
    console.debug(...args);
  };
  function clearCurrentTask(componentIdx2, taskID) {
    _debugLog("[clearCurrentTask()] args", { componentIdx: componentIdx2, taskID });
    if (componentIdx2 === void 0 || componentIdx2 === null) {
      throw new Error("missing/invalid component instance index while ending current task");
    }
    const tasks = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx2);
    if (!tasks || !Array.isArray(tasks)) {
      throw new Error("missing/invalid tasks for component instance while ending task");
    }
    if (tasks.length == 0) {
      throw new Error(`no current tasks for component instance [${componentIdx2}] while ending task`);
    }
    if (taskID !== void 0) {
      const last = tasks[tasks.length - 1];
      if (last.id !== taskID) {
        return;
      }
    }
    ASYNC_CURRENT_TASK_IDS.pop();
    ASYNC_CURRENT_COMPONENT_IDXS.pop();
    const taskMeta = tasks.pop();
    return taskMeta.task;
  }
  const ASYNC_STATE = /* @__PURE__ */ new Map();
  function promiseWithResolvers() {
    if (Promise.withResolvers) {
      return Promise.withResolvers();
    } else {
      let resolve2;
      let reject2;
      const promise2 = new Promise((res, rej) => {
        resolve2 = res;
        reject2 = rej;
      });
      return { promise: promise2, resolve: resolve2, reject: reject2 };
    }
  }
  class Waitable {
    #componentIdx;
    #pendingEventFn = null;
    #promise;
    #resolve;
    #reject;
    #waitableSet = null;
    #hasSyncWaiter = false;
    #idx = null;
    // to component-global waitables
    target;
    constructor(args) {
      const { componentIdx: componentIdx2, target } = args;
      this.#componentIdx = componentIdx2;
      this.target = args.target;
      this.#resetPromise();
    }
    componentIdx() {
      return this.#componentIdx;
    }
    isInSet() {
      return this.#waitableSet !== null;
    }
    idx() {
      return this.#idx;
    }
    setIdx(idx) {
      if (idx === 0) {
        throw new Error("waitable idx cannot be zero");
      }
      this.#idx = idx;
    }
    setTarget(tgt) {
      this.target = tgt;
    }
    #resetPromise() {
      const { promise: promise2, resolve: resolve2, reject: reject2 } = promiseWithResolvers();
      this.#promise = promise2;
      this.#resolve = resolve2;
      this.#reject = reject2;
    }
    resolve() {
      this.#resolve();
    }
    reject(err) {
      this.#reject(err);
    }
    promise() {
      return this.#promise;
    }
    hasPendingEvent() {
      return this.#pendingEventFn !== null;
    }
    setPendingEvent(fn) {
      _debugLog("[Waitable#setPendingEvent()] args", {
        waitable: this,
        inSet: this.#waitableSet
      });
      this.#pendingEventFn = fn;
    }
    getPendingEvent() {
      _debugLog("[Waitable#getPendingEvent()] args", {
        waitable: this,
        inSet: this.#waitableSet,
        hasPendingEvent: this.#pendingEventFn !== null
      });
      if (this.#pendingEventFn === null) {
        return null;
      }
      const eventFn = this.#pendingEventFn;
      this.#pendingEventFn = null;
      const e = eventFn();
      this.#resetPromise();
      return e;
    }
    join(waitableSet) {
      _debugLog("[Waitable#join()] args", {
        waitable: this,
        waitableSet,
        isRemoval: waitableSet === null
      });
      if (this.#waitableSet === void 0) {
        throw new TypeError("waitable set must be not be undefined");
      }
      if (this.#waitableSet) {
        this.#waitableSet.removeWaitable(this);
      }
      this.#waitableSet = waitableSet;
      if (waitableSet) {
        this.#waitableSet.addWaitable(this);
      }
    }
    drop() {
      _debugLog("[Waitable#drop()] args", {
        componentIdx: this.#componentIdx,
        waitable: this
      });
      if (this.hasPendingEvent()) {
        throw new Error("waitables with pending events cannot be dropped");
      }
      this.join(null);
    }
    async waitForPendingEvent(args) {
      const { cstate } = args;
      if (!cstate) {
        throw new TypeError("missing component state");
      }
      if (this.#waitableSet !== null || this.#hasSyncWaiter) {
        throw new Error("waitable is already in a set/has a sync waiter");
      }
      this.#hasSyncWaiter = true;
      await cstate.waitUntil({
        cancellable: false,
        readyFn: () => this.hasPendingEvent()
      });
      this.#hasSyncWaiter = false;
    }
  }
  const INSTANCE_FLAGS = /* @__PURE__ */ new Map();
  const STORE_TRAP = { error: null };
  const STORE_ASYNC_STATE = { deadlockCheck: null, pendingHostOperations: 0 };
  function _checkForDeadlock() {
    if (STORE_ASYNC_STATE.deadlockCheck !== null || STORE_TRAP.error !== null) {
      return;
    }
    STORE_ASYNC_STATE.deadlockCheck = setTimeout(() => {
      STORE_ASYNC_STATE.deadlockCheck = null;
      if (STORE_TRAP.error !== null || STORE_ASYNC_STATE.pendingHostOperations > 0) {
        return;
      }
      const suspendedTasks = /* @__PURE__ */ new Set();
      for (const state of ASYNC_STATE.values()) {
        if (state.hasPendingSchedulerWork()) {
          state.runTickLoop();
          return;
        }
        for (const meta of state.suspendedTaskMetas()) {
          suspendedTasks.add(meta.task);
        }
      }
      const unresolvedRoots = /* @__PURE__ */ new Set();
      for (const task of suspendedTasks) {
        const root = task.getRootTask();
        if (!root.isResolvedState()) {
          unresolvedRoots.add(root);
        }
      }
      if (unresolvedRoots.size === 0) {
        return;
      }
      const err = new WebAssemblyRuntimeError("wasm trap: deadlock detected: event loop cannot make further progress");
      err.deadlockDetail = {
        pendingHostOperations: STORE_ASYNC_STATE.pendingHostOperations,
        suspendedTasks: [...suspendedTasks].map((task) => ({
          taskID: task.id(),
          componentIdx: task.componentIdx(),
          state: task.taskState(),
          rootTaskID: task.getRootTask().id()
        })),
        unresolvedRootTaskIDs: [...unresolvedRoots].map((root) => root.id())
      };
      STORE_TRAP.error = err;
      for (const root of unresolvedRoots) {
        root.setErrored(err);
        root.reject(err);
      }
      for (const task of suspendedTasks) {
        if (!task.isResolvedState() && unresolvedRoots.has(task.getRootTask())) {
          task.setErrored(err);
          task.reject(err);
        }
      }
      for (const state of ASYNC_STATE.values()) {
        state.runTickLoop();
      }
    }, 0);
  }
  const CORE_TRAP_MESSAGES = /* @__PURE__ */ new Map([
    ["unreachable", "wasm trap: wasm `unreachable` instruction executed"],
    ["memory access out of bounds", "wasm trap: out of bounds memory access"],
    ["divide by zero", "wasm trap: integer divide by zero"],
    ["remainder by zero", "wasm trap: integer divide by zero"],
    ["divide result unrepresentable", "wasm trap: integer overflow"],
    ["float unrepresentable in integer range", "wasm trap: invalid conversion to integer"],
    ["table index is out of bounds", "wasm trap: undefined element: out of bounds table access"],
    ["function signature mismatch", "wasm trap: indirect call type mismatch"],
    ["call stack exhausted", "wasm trap: call stack exhausted"]
  ]);
  function _normalizeCoreTrap(err) {
    if (!(err instanceof WebAssemblyRuntimeError)) {
      return err;
    }
    const message = CORE_TRAP_MESSAGES.get(err.message);
    if (message !== void 0) {
      err.message = message;
    }
    return err;
  }
  class RepTable {
    // Sentinel marking a freed slot; the freelist link for a freed slot
    // lives in the odd cell. This keeps get()/contains()/remove() on freed
    // reps well-defined (previously they returned/corrupted freelist links).
    static FREE = /* @__PURE__ */ Symbol("RepTable.free");
    #data = [0, null];
    #size = 0;
    #target;
    constructor(args) {
      this.target = args?.target;
    }
    data() {
      return this.#data;
    }
    insert(val) {
      _debugLog("[RepTable#insert()] args", { val, target: this.target });
      const freeIdx = this.#data[0];
      if (freeIdx === 0) {
        this.#data.push(val);
        this.#data.push(null);
        const rep3 = (this.#data.length >> 1) - 1;
        _debugLog("[RepTable#insert()] inserted", { val, target: this.target, rep: rep3 });
        this.#size += 1;
        return rep3;
      }
      const placementIdx = freeIdx << 1;
      if (this.#data[placementIdx] !== RepTable.FREE) {
        throw new Error("corrupt rep table freelist: head does not point at a freed slot");
      }
      this.#data[0] = this.#data[placementIdx + 1];
      this.#data[placementIdx] = val;
      this.#data[placementIdx + 1] = null;
      _debugLog("[RepTable#insert()] inserted", { val, target: this.target, rep: freeIdx });
      this.#size += 1;
      return freeIdx;
    }
    get(rep3) {
      _debugLog("[RepTable#get()] args", { rep: rep3, target: this.target });
      if (rep3 === 0) {
        throw new Error("invalid resource rep during get, (cannot be 0)");
      }
      const baseIdx = rep3 << 1;
      const val = this.#data[baseIdx];
      if (val === RepTable.FREE) {
        return void 0;
      }
      return val;
    }
    contains(rep3) {
      _debugLog("[RepTable#contains()] args", { rep: rep3, target: this.target });
      if (rep3 === 0) {
        throw new Error("invalid resource rep during contains, (cannot be 0)");
      }
      const baseIdx = rep3 << 1;
      const val = this.#data[baseIdx];
      return val !== RepTable.FREE && !!val;
    }
    remove(rep3) {
      _debugLog("[RepTable#remove()] args", { rep: rep3, target: this.target });
      if (rep3 === 0) {
        throw new Error("invalid resource rep during remove, (cannot be 0)");
      }
      if (this.#data.length === 2) {
        throw new Error("invalid");
      }
      const baseIdx = rep3 << 1;
      if (baseIdx >= this.#data.length) {
        throw new Error(`invalid rep [${rep3}] during remove, out of range`);
      }
      const val = this.#data[baseIdx];
      if (val === RepTable.FREE) {
        throw new Error(`double removal of rep [${rep3}] (already freed)`);
      }
      this.#data[baseIdx] = RepTable.FREE;
      this.#data[baseIdx + 1] = this.#data[0];
      this.#data[0] = rep3;
      this.#size -= 1;
      return val;
    }
    size() {
      return this.#size;
    }
    clear() {
      _debugLog("[RepTable#clear()] args", { rep, target: this.target });
      this.#data = [0, null];
    }
  }
  class ComponentAsyncState {
    static EVENT_HANDLER_EVENTS = ["backpressure-change"];
    static TickResult = {
      // no suspended tasks remain
      DONE: "done",
      // a suspended task was resumed (more may be ready)
      RESUMED: "resumed",
      // suspended tasks remain but none were ready
      IDLE: "idle"
    };
    #componentIdx;
    #callingAsyncImport = false;
    #syncImportWait = promiseWithResolvers();
    #lockHolderTaskID = null;
    #lockWaiters = [];
    #lockHandoffScheduled = false;
    #pendingTaskStarts = 0;
    #parkedTasks = /* @__PURE__ */ new Map();
    #suspendedTasksByTaskID = /* @__PURE__ */ new Map();
    #suspendedTaskIDs = [];
    #errored = null;
    #trapped = false;
    #backpressure = 0;
    #backpressureWaiters = 0n;
    #handlerMap = /* @__PURE__ */ new Map();
    #nextHandlerID = 0n;
    #tickLoop = null;
    #tickLoopInterval = null;
    #onExclusiveReleaseHandlers = [];
    #mayLeave = true;
    handles;
    subtasks;
    constructor(args) {
      this.#componentIdx = args.componentIdx;
      this.handles = new RepTable({ target: `component [${this.#componentIdx}] handles (waitable objects)` });
      this.subtasks = new RepTable({ target: `component [${this.#componentIdx}] subtasks` });
    }
    componentIdx() {
      return this.#componentIdx;
    }
    get mayLeave() {
      const flags = INSTANCE_FLAGS.get(this.#componentIdx);
      return flags === void 0 ? this.#mayLeave : flags.value === 1;
    }
    set mayLeave(value) {
      if (typeof value !== "boolean") {
        throw new TypeError("mayLeave must be a boolean");
      }
      this.#mayLeave = value;
      const flags = INSTANCE_FLAGS.get(this.#componentIdx);
      if (flags !== void 0) {
        flags.value = value ? 1 : 0;
      }
    }
    errored() {
      return this.#errored !== null;
    }
    setErrored(err) {
      _debugLog("[ComponentAsyncState#setErrored()] component errored", { err, componentIdx: this.#componentIdx });
      if (this.#errored) {
        return;
      }
      if (!err) {
        err = new Error("error elswehere (see other component instance error)");
        err.componentIdx = this.#componentIdx;
      }
      this.#errored = err;
    }
    markTrapped(err) {
      if (!(err instanceof WebAssemblyRuntimeError)) {
        return false;
      }
      err = _normalizeCoreTrap(err);
      this.#trapped = true;
      _debugLog("[ComponentAsyncState#markTrapped()] component trapped", { err, componentIdx: this.#componentIdx });
      if (STORE_TRAP.error === null) {
        STORE_TRAP.error = err;
      }
      return true;
    }
    throwIfTrapped() {
      if (this.#trapped) {
        throw new WebAssemblyRuntimeError("wasm trap: cannot enter component instance");
      }
    }
    callingSyncImport(val) {
      if (val === void 0) {
        return this.#callingAsyncImport;
      }
      if (typeof val !== "boolean") {
        throw new TypeError("invalid setting for async import");
      }
      const prev = this.#callingAsyncImport;
      this.#callingAsyncImport = val;
      if (prev === true && this.#callingAsyncImport === false) {
        this.#notifySyncImportEnd();
      }
    }
    #notifySyncImportEnd() {
      const existing = this.#syncImportWait;
      this.#syncImportWait = promiseWithResolvers();
      existing.resolve();
    }
    async waitForSyncImportCallEnd() {
      await this.#syncImportWait.promise;
    }
    setBackpressure(v) {
      this.#backpressure = v;
      return this.#backpressure;
    }
    getBackpressure() {
      return this.#backpressure;
    }
    incrementBackpressure() {
      const current = this.#backpressure;
      if (current < 0 || current > 2 ** 16) {
        throw new Error(`invalid current backpressure value [${current}]`);
      }
      const newValue = this.getBackpressure() + 1;
      if (newValue >= 2 ** 16) {
        throw new Error(`invalid new backpressure value [${newValue}], overflow`);
      }
      return this.setBackpressure(newValue);
    }
    decrementBackpressure() {
      const current = this.#backpressure;
      if (current < 0 || current > 2 ** 16) {
        throw new Error(`invalid current backpressure value [${current}]`);
      }
      const newValue = Math.max(0, current - 1);
      if (newValue < 0) {
        throw new Error(`invalid new backpressure value [${newValue}], underflow`);
      }
      return this.setBackpressure(newValue);
    }
    hasBackpressure() {
      return this.#backpressure > 0;
    }
    waitForBackpressure() {
      let backpressureCleared = false;
      const cstate = this;
      cstate.addBackpressureWaiter();
      const handlerID = this.registerHandler({
        event: "backpressure-change",
        fn: (bp) => {
          if (bp === 0) {
            cstate.removeHandler(handlerID);
            backpressureCleared = true;
          }
        }
      });
      return new Promise((resolve2) => {
        const interval = setInterval(() => {
          if (backpressureCleared) {
            return;
          }
          clearInterval(interval);
          cstate.removeBackpressureWaiter();
          resolve2(null);
        }, 0);
      });
    }
    registerHandler(args) {
      const { event, fn } = args;
      if (!event) {
        throw new Error("missing handler event");
      }
      if (!fn) {
        throw new Error("missing handler fn");
      }
      if (!ComponentAsyncState.EVENT_HANDLER_EVENTS.includes(event)) {
        throw new Error(`unrecognized event handler [${event}]`);
      }
      const handlerID = this.#nextHandlerID++;
      let handlers = this.#handlerMap.get(event);
      if (!handlers) {
        handlers = [];
        this.#handlerMap.set(event, handlers);
      }
      handlers.push({ id: handlerID, fn, event });
      return handlerID;
    }
    removeHandler(args) {
      const { event, handlerID } = args;
      const registeredHandlers = this.#handlerMap.get(event);
      if (!registeredHandlers) {
        return;
      }
      const found = registeredHandlers.find((h) => h.id === handlerID);
      if (!found) {
        return;
      }
      this.#handlerMap.set(event, this.#handlerMap.get(event).filter((h) => h.id !== handlerID));
    }
    getBackpressureWaiters() {
      return this.#backpressureWaiters;
    }
    addBackpressureWaiter() {
      this.#backpressureWaiters++;
    }
    removeBackpressureWaiter() {
      this.#backpressureWaiters--;
      if (this.#backpressureWaiters < 0) {
        throw new Error("unexepctedly negative number of backpressure waiters");
      }
    }
    // The per-slice mutual-exclusion lock for guest execution in this
    // component instance. Guest slices (callback invocations and
    // sync-lifted bodies) must be atomic per component even across the
    // JSPI suspensions jco introduces for host imports: wit-bindgen's
    // executors publish per-task state in single linear-memory cells
    // (the wasip3-task pointer, context-local storage discipline) that
    // an interleaved slice of the same component corrupts
    //
    // The lock is *owned*: acquisition records the holder task and
    // release is a no-op for anyone else, so a task exiting can no
    // longer drop a hold it does not own (blind acquire/release-any
    // was the previous discipline). Contended acquisition queues
    // FIFO; release hands the lock to the next waiter directly.
    isExclusivelyLocked() {
      return this.#lockHolderTaskID !== null;
    }
    exclusivelyLockedBy(taskID) {
      return this.#lockHolderTaskID === taskID;
    }
    exclusiveLock(taskID) {
      _debugLog("[ComponentAsyncState#exclusiveLock()]", {
        holder: this.#lockHolderTaskID,
        requester: taskID,
        componentIdx: this.#componentIdx
      });
      if (taskID === void 0 || taskID === null) {
        throw new Error("exclusive lock requires the acquiring task id");
      }
      if (this.#lockHolderTaskID !== null) {
        throw new Error(`component [${this.#componentIdx}] exclusive lock held by task [${this.#lockHolderTaskID}], requested by [${taskID}]`);
      }
      this.#lockHolderTaskID = taskID;
    }
    // Awaitable acquisition: takes the lock immediately when free,
    // otherwise queues FIFO behind the current holder and earlier
    // waiters. The resolved promise implies ownership.
    acquireExclusiveLock(taskID) {
      if (taskID === void 0 || taskID === null) {
        throw new Error("exclusive lock requires the acquiring task id");
      }
      if (this.#lockHolderTaskID === null) {
        this.#lockHolderTaskID = taskID;
        _debugLog("[ComponentAsyncState#acquireExclusiveLock()] acquired", {
          holder: taskID,
          componentIdx: this.#componentIdx
        });
        return;
      }
      if (this.#lockHolderTaskID === taskID) {
        throw new Error(`task [${taskID}] already holds the lock for component [${this.#componentIdx}]`);
      }
      _debugLog("[ComponentAsyncState#acquireExclusiveLock()] waiting", {
        holder: this.#lockHolderTaskID,
        requester: taskID,
        componentIdx: this.#componentIdx,
        queued: this.#lockWaiters.length
      });
      return new Promise((resolve2) => {
        this.#lockWaiters.push({ taskID, resolve: resolve2 });
      });
    }
    exclusiveRelease(taskID) {
      _debugLog("[ComponentAsyncState#exclusiveRelease()] args", {
        holder: this.#lockHolderTaskID,
        releaser: taskID,
        componentIdx: this.#componentIdx
      });
      if (this.#lockHolderTaskID !== taskID) {
        _debugLog("[ComponentAsyncState#exclusiveRelease()] ignoring foreign release", {
          holder: this.#lockHolderTaskID,
          releaser: taskID,
          componentIdx: this.#componentIdx
        });
        return false;
      }
      this.#lockHolderTaskID = null;
      this.#onExclusiveReleaseHandlers = this.#onExclusiveReleaseHandlers.filter((v) => !!v);
      for (const [idx, f] of this.#onExclusiveReleaseHandlers.entries()) {
        try {
          this.#onExclusiveReleaseHandlers[idx] = null;
          f();
        } catch (err) {
          _debugLog("error while executing handler for next exclusive release", err);
          throw err;
        }
      }
      this.#scheduleLockHandoff();
      return true;
    }
    #scheduleLockHandoff() {
      if (this.#lockHandoffScheduled || this.#lockWaiters.length === 0) {
        return;
      }
      this.#lockHandoffScheduled = true;
      queueMicrotask(() => {
        this.#lockHandoffScheduled = false;
        if (this.#lockHolderTaskID !== null) {
          this.#scheduleLockHandoff();
          return;
        }
        const next = this.#lockWaiters.shift();
        if (!next) {
          return;
        }
        this.#lockHolderTaskID = next.taskID;
        next.resolve();
      });
    }
    onNextExclusiveRelease(fn) {
      _debugLog("[ComponentAsyncState#()onNextExclusiveRelease] registering");
      this.#onExclusiveReleaseHandlers.push(fn);
    }
    async waitForExclusiveRelease() {
      while (this.isExclusivelyLocked()) {
        await new Promise((resolve2) => this.onNextExclusiveRelease(resolve2));
      }
    }
    #getSuspendedTaskMeta(taskID) {
      return this.#suspendedTasksByTaskID.get(taskID);
    }
    #removeSuspendedTaskMeta(taskID) {
      _debugLog("[ComponentAsyncState#removeSuspendedTaskMeta()] removing suspended task", {
        taskID,
        componentIdx: this.#componentIdx
      });
      const idx = this.#suspendedTaskIDs.findIndex((t) => t === taskID);
      const meta = this.#suspendedTasksByTaskID.get(taskID);
      this.#suspendedTaskIDs[idx] = null;
      this.#suspendedTasksByTaskID.delete(taskID);
      return meta;
    }
    #addSuspendedTaskMeta(meta) {
      if (!meta) {
        throw new Error("missing task meta");
      }
      const taskID = meta.taskID;
      this.#suspendedTasksByTaskID.set(taskID, meta);
      this.#suspendedTaskIDs.push(taskID);
      if (this.#suspendedTasksByTaskID.size < this.#suspendedTaskIDs.length - 10) {
        this.#suspendedTaskIDs = this.#suspendedTaskIDs.filter((t) => t !== null);
      }
    }
    // TODO(threads): readyFn is normally on the thread
    suspendTask(args) {
      const { task, readyFn, cancellable, onResume } = args;
      const taskID = task.id();
      const componentIdx2 = task.componentIdx();
      _debugLog("[ComponentAsyncState#suspendTask()]", {
        taskID,
        componentIdx: this.#componentIdx,
        taskEntryFnName: task.entryFnName(),
        subtask: task.getParentSubtask()
      });
      if (componentIdx2 !== this.#componentIdx) {
        throw new Error("assert: task component idx should match async state");
      }
      if (this.#getSuspendedTaskMeta(taskID)) {
        throw new Error(`task [${taskID}] already suspended`);
      }
      let promise2;
      let resume;
      if (onResume) {
        resume = () => onResume(!task.isCancelled());
      } else {
        const resolvers = promiseWithResolvers();
        promise2 = resolvers.promise;
        resume = () => resolvers.resolve(!task.isCancelled());
      }
      this.#addSuspendedTaskMeta({
        task,
        taskID,
        cancellable,
        readyFn,
        resume: () => {
          _debugLog("[ComponentAsyncState] resuming suspended task", {
            taskID,
            componentIdx: this.#componentIdx
          });
          resume();
        }
      });
      task.notifyProgress();
      this.runTickLoop();
      _checkForDeadlock();
      return promise2;
    }
    resumeTaskByID(taskID) {
      const meta = this.#removeSuspendedTaskMeta(taskID);
      if (!meta) {
        return false;
      }
      if (meta.taskID !== taskID) {
        throw new Error("task ID does not match");
      }
      meta.resume();
      return true;
    }
    suspendedTaskReady(taskID) {
      const meta = this.#getSuspendedTaskMeta(taskID);
      if (!meta) {
        return false;
      }
      if (!meta.readyFn) {
        throw new Error(`suspended task [${taskID}] is missing a readiness function`);
      }
      return meta.task.isRejected() || meta.readyFn();
    }
    suspendedTaskCancellable(taskID) {
      return !!this.#getSuspendedTaskMeta(taskID)?.cancellable;
    }
    isTaskSuspended(taskID) {
      return this.#suspendedTasksByTaskID.has(taskID);
    }
    suspendedTaskMetas() {
      return this.#suspendedTasksByTaskID.values();
    }
    addPendingTaskStart() {
      this.#pendingTaskStarts++;
    }
    removePendingTaskStart() {
      this.#pendingTaskStarts--;
    }
    hasPendingSchedulerWork() {
      if (this.#pendingTaskStarts > 0) {
        return true;
      }
      if (this.#lockHandoffScheduled) {
        return true;
      }
      for (const meta of this.#suspendedTasksByTaskID.values()) {
        if (meta.task.isRejected() || meta.readyFn()) {
          return true;
        }
      }
      return false;
    }
    async runTickLoop() {
      if (this.#tickLoop !== null) {
        return;
      }
      this.#tickLoop = 1;
      setTimeout(async () => {
        let result = this.tick();
        while (result !== ComponentAsyncState.TickResult.DONE) {
          if (result === ComponentAsyncState.TickResult.IDLE) {
            _checkForDeadlock();
          }
          const delay = result === ComponentAsyncState.TickResult.RESUMED ? 0 : 10;
          await new Promise((resolve2) => setTimeout(resolve2, delay));
          result = this.tick();
        }
        this.#tickLoop = null;
      }, 10);
    }
    tick() {
      const resumableTasks = this.#suspendedTaskIDs.filter((t) => t !== null);
      for (const taskID of resumableTasks) {
        const meta = this.#suspendedTasksByTaskID.get(taskID);
        if (!meta || !meta.readyFn) {
          throw new Error(`missing/invalid task despite ID [${taskID}] being present`);
        }
        if (meta.task.isRejected()) {
          _debugLog("[ComponentAsyncState#tick()] detected task rejection, leaving early", { meta });
          this.resumeTaskByID(taskID);
          return ComponentAsyncState.TickResult.RESUMED;
        }
        const isReady = meta.readyFn();
        if (!isReady) {
          continue;
        }
        _debugLog("[ComponentAsyncState#tick()] resuming task via tick", {
          taskID,
          componentIdx: this.#componentIdx
        });
        this.resumeTaskByID(taskID);
        return ComponentAsyncState.TickResult.RESUMED;
      }
      const idle = this.#suspendedTaskIDs.filter((t) => t !== null).length > 0;
      return idle ? ComponentAsyncState.TickResult.IDLE : ComponentAsyncState.TickResult.DONE;
    }
    createWaitable(args) {
      return new Waitable({ target: args?.target });
    }
  }
  function getOrCreateAsyncState(componentIdx2, init) {
    if (!ASYNC_STATE.has(componentIdx2)) {
      const newState = new ComponentAsyncState({ componentIdx: componentIdx2 });
      ASYNC_STATE.set(componentIdx2, newState);
    }
    return ASYNC_STATE.get(componentIdx2);
  }
  const GLOBAL_COMPONENT_MEMORY_MAP = /* @__PURE__ */ new Map();
  function lookupMemoriesForComponent(args) {
    const { componentIdx: componentIdx2 } = args ?? {};
    if (args.componentIdx === void 0) {
      throw new TypeError("missing component idx");
    }
    const metas = GLOBAL_COMPONENT_MEMORY_MAP.get(componentIdx2);
    if (!metas) {
      return [];
    }
    if (args.memoryIdx === void 0) {
      return Object.values(metas);
    }
    const meta = metas[args.memoryIdx];
    return meta?.memory;
  }
  class AsyncSubtask {
    static _ID = 0n;
    static State = {
      STARTING: 0,
      STARTED: 1,
      RETURNED: 2,
      CANCELLED_BEFORE_STARTED: 3,
      CANCELLED_BEFORE_RETURNED: 4
    };
    #id;
    #state = AsyncSubtask.State.STARTING;
    #componentIdx;
    #parentTask;
    #childTask = null;
    #dropped = false;
    #cancelRequested = false;
    #memoryIdx = null;
    #lenders = null;
    #waitable = null;
    #callbackFn = null;
    #callbackFnName = null;
    #postReturnFn = null;
    #onProgressFn = null;
    #pendingEventFn = null;
    #callMetadata = {};
    #resolved = false;
    #onResolveHandlers = [];
    #onStartHandlers = [];
    #result = null;
    #resultSet = false;
    fnName;
    target;
    isAsync;
    isManualAsync;
    // One execution slice awaited by the conditional cancel trampoline.
    cancelProgress = null;
    constructor(args) {
      if (typeof args.componentIdx !== "number") {
        throw new Error("invalid componentIdx for subtask creation");
      }
      this.#componentIdx = args.componentIdx;
      this.#id = ++AsyncSubtask._ID;
      this.fnName = args.fnName;
      if (!args.parentTask) {
        throw new Error("missing parent task during subtask creation");
      }
      this.#parentTask = args.parentTask;
      if (args.childTask) {
        this.#childTask = args.childTask;
      }
      if (args.memoryIdx) {
        this.#memoryIdx = args.memoryIdx;
      }
      if (!args.waitable) {
        throw new Error("missing/invalid waitable");
      }
      this.#waitable = args.waitable;
      if (args.callMetadata) {
        this.#callMetadata = args.callMetadata;
      }
      this.#lenders = [];
      this.target = args.target;
      this.isAsync = args.isAsync;
      this.isManualAsync = args.isManualAsync;
    }
    id() {
      return this.#id;
    }
    parentTaskID() {
      return this.#parentTask?.id();
    }
    childTaskID() {
      return this.#childTask?.id();
    }
    state() {
      return this.#state;
    }
    waitable() {
      return this.#waitable;
    }
    waitableRep() {
      return this.#waitable.idx();
    }
    join() {
      return this.#waitable.join(...arguments);
    }
    getPendingEvent() {
      return this.#waitable.getPendingEvent(...arguments);
    }
    hasPendingEvent() {
      return this.#waitable.hasPendingEvent(...arguments);
    }
    setPendingEvent() {
      return this.#waitable.setPendingEvent(...arguments);
    }
    setTarget(tgt) {
      this.target = tgt;
    }
    getResult() {
      if (!this.#resultSet) {
        throw new Error("subtask result has not been set");
      }
      return this.#result;
    }
    setResult(v) {
      if (this.#resultSet) {
        throw new Error("subtask result has already been set");
      }
      this.#result = v;
      this.#resultSet = true;
    }
    componentIdx() {
      return this.#componentIdx;
    }
    setChildTask(t) {
      if (!t) {
        throw new Error("cannot set missing/invalid child task on subtask");
      }
      if (this.#childTask) {
        throw new Error("child task is already set on subtask");
      }
      if (this.#parentTask === t) {
        throw new Error("parent cannot be child");
      }
      this.#childTask = t;
    }
    getChildTask(t) {
      return this.#childTask;
    }
    getParentTask() {
      return this.#parentTask;
    }
    setCallbackFn(f, name) {
      if (!f) {
        return;
      }
      if (this.#callbackFn) {
        throw new Error("callback fn can only be set once");
      }
      this.#callbackFn = f;
      this.#callbackFnName = name;
    }
    getCallbackFnName() {
      if (!this.#callbackFn) {
        return void 0;
      }
      return this.#callbackFn.name;
    }
    setPostReturnFn(f) {
      if (!f) {
        return;
      }
      if (this.#postReturnFn) {
        throw new Error("postReturn fn can only be set once");
      }
      this.#postReturnFn = f;
    }
    setOnProgressFn(f) {
      if (this.#onProgressFn) {
        throw new Error("on progress fn can only be set once");
      }
      this.#onProgressFn = f;
    }
    isNotStarted() {
      return this.#state == AsyncSubtask.State.STARTING;
    }
    cancellationRequested() {
      return this.#cancelRequested;
    }
    // Request cooperative cancellation of this subtask, on behalf of the
    // supertask (i.e. `canon subtask.cancel`).
    //
    // If the callee is another guest task, the request is delivered to it and
    // the callee confirms via `task.cancel` (or still resolves via `task.return`).
    //
    // If the callee is a host function there is (currently) no host-side
    // cancellation hook, so the pending call is treated as immediately
    // cancelled -- consistent with hosts being expected to resolve
    // cancellation promptly -- and any later host resolution is discarded
    // (see `AsyncTask#onResolve`).
    requestCancellation() {
      _debugLog("[AsyncSubtask#requestCancellation()] args", {
        componentIdx: this.#componentIdx,
        subtaskID: this.#id,
        state: this.#state,
        childTaskID: this.childTaskID(),
        fnName: this.fnName
      });
      if (this.#cancelRequested) {
        throw new Error("cancellation has already been requested for this subtask");
      }
      this.#cancelRequested = true;
      if (this.#resolved) {
        return;
      }
      if (this.#childTask) {
        this.#childTask.requestCancellation();
        return;
      }
      this.onResolve(null);
    }
    registerOnStartHandler(f) {
      this.#onStartHandlers.push(f);
    }
    onStart(args) {
      _debugLog("[AsyncSubtask#onStart()] args", {
        componentIdx: this.#componentIdx,
        subtaskID: this.#id,
        parentTaskID: this.parentTaskID(),
        fnName: this.fnName,
        args
      });
      if (this.#onProgressFn) {
        this.#onProgressFn();
      }
      this.#parentTask.notifyProgress();
      this.#state = AsyncSubtask.State.STARTED;
      let result;
      if (this.#callMetadata.startFn) {
        result = this.#callMetadata.startFn.apply(null, args?.startFnParams ?? []);
      }
      return result;
    }
    registerOnResolveHandler(f) {
      this.#onResolveHandlers.push(f);
    }
    reject(subtaskErr) {
      if (this.#resolved) {
        return;
      }
      if (this.#onProgressFn) {
        this.#onProgressFn();
      }
      if (this.#state === AsyncSubtask.State.STARTING) {
        this.#state = AsyncSubtask.State.CANCELLED_BEFORE_STARTED;
      } else if (this.#state === AsyncSubtask.State.STARTED) {
        this.#state = AsyncSubtask.State.CANCELLED_BEFORE_RETURNED;
      } else {
        throw new Error("cannot reject a completed subtask");
      }
      this.#resolved = true;
      this.#parentTask.removeSubtask(this);
      this.#parentTask.reject(subtaskErr);
    }
    onResolve(subtaskValue) {
      _debugLog("[AsyncSubtask#onResolve()] args", {
        componentIdx: this.#componentIdx,
        subtaskID: this.#id,
        isAsync: this.isAsync,
        childTaskID: this.childTaskID(),
        parentTaskID: this.parentTaskID(),
        parentTaskFnName: this.#parentTask?.entryFnName(),
        fnName: this.fnName
      });
      if (this.#resolved) {
        throw new Error("subtask has already been resolved");
      }
      if (this.#onProgressFn) {
        this.#onProgressFn();
      }
      if (subtaskValue === null && this.#cancelRequested) {
        if (this.#state === AsyncSubtask.State.STARTING) {
          this.#state = AsyncSubtask.State.CANCELLED_BEFORE_STARTED;
        } else {
          if (this.#state !== AsyncSubtask.State.STARTED) {
            throw new Error("resolved subtask must have been started before cancellation");
          }
          this.#state = AsyncSubtask.State.CANCELLED_BEFORE_RETURNED;
        }
      } else {
        if (this.#state !== AsyncSubtask.State.STARTED) {
          throw new Error("resolved subtask must have been started before completion");
        }
        this.#state = AsyncSubtask.State.RETURNED;
      }
      this.setResult(subtaskValue);
      for (const f of this.#onResolveHandlers) {
        try {
          f(subtaskValue);
        } catch (err) {
          console.error("error during subtask resolve handler", err);
          throw err;
        }
      }
      const callMetadata = this.getCallMetadata();
      const memory = callMetadata.memory ?? this.#parentTask?.getReturnMemory() ?? lookupMemoriesForComponent({ componentIdx: this.#parentTask?.componentIdx() })[0];
      const returned = this.#state === AsyncSubtask.State.RETURNED;
      if (returned && callMetadata && !callMetadata.returnFn && (this.isAsync || callMetadata.funcTypeIsAsync) && callMetadata.resultPtr && memory) {
        const { resultPtr, realloc } = callMetadata;
        const lowers = callMetadata.lowers;
        if (lowers && lowers.length > 0) {
          lowers[0]({
            componentIdx: this.#componentIdx,
            memory,
            realloc,
            vals: [subtaskValue],
            storagePtr: resultPtr,
            stringEncoding: callMetadata.stringEncoding
          });
        }
      }
      this.#resolved = true;
      this.#parentTask.removeSubtask(this);
      if (!this.isAsync) {
        this.deliverResolve();
        const rep3 = this.waitableRep();
        if (rep3) {
          try {
            const removed = this.#getComponentState().handles.remove(rep3);
            if (removed !== this) {
              throw new Error("unexpectedly received non-self Subtask from handle removal");
            }
            this.drop();
          } catch (err) {
            _debugLog("[AsyncSubtask#onResolve()] failed to remove subtask after sync subtask completion", err);
          }
        }
      }
    }
    getStateNumber() {
      return this.#state;
    }
    isReturned() {
      return this.#state === AsyncSubtask.State.RETURNED;
    }
    getCallMetadata() {
      return this.#callMetadata;
    }
    isResolved() {
      if (this.#state === AsyncSubtask.State.STARTING || this.#state === AsyncSubtask.State.STARTED) {
        return false;
      }
      if (this.#state === AsyncSubtask.State.RETURNED || this.#state === AsyncSubtask.State.CANCELLED_BEFORE_STARTED || this.#state === AsyncSubtask.State.CANCELLED_BEFORE_RETURNED) {
        return true;
      }
      throw new Error("unrecognized internal Subtask state [" + this.#state + "]");
    }
    addLender(handle2) {
      _debugLog("[AsyncSubtask#addLender()] args", { handle: handle2 });
      if (!Number.isNumber(handle2)) {
        throw new Error("missing/invalid lender handle [" + handle2 + "]");
      }
      if (this.#lenders.length === 0 || this.isResolved()) {
        throw new Error("subtask has no lendors or has already been resolved");
      }
      handle2.lends++;
      this.#lenders.push(handle2);
    }
    deliverResolve() {
      _debugLog("[AsyncSubtask#deliverResolve()] args", {
        lenders: this.#lenders,
        parentTaskID: this.parentTaskID(),
        subtaskID: this.#id,
        childTaskID: this.childTaskID(),
        resolved: this.isResolved(),
        resolveDelivered: this.resolveDelivered()
      });
      const cannotDeliverResolve = this.resolveDelivered() || !this.isResolved();
      if (cannotDeliverResolve) {
        throw new Error("subtask cannot deliver resolution twice, and the subtask must be resolved");
      }
      for (const lender of this.#lenders) {
        lender.lends--;
      }
      this.#lenders = null;
    }
    resolveDelivered() {
      _debugLog("[AsyncSubtask#resolveDelivered()] args", {});
      if (this.#lenders === null && !this.isResolved()) {
        throw new Error("invalid subtask state, lenders missing and subtask has not been resolved");
      }
      return this.#lenders === null;
    }
    drop() {
      _debugLog("[AsyncSubtask#drop()] args", {
        componentIdx: this.#componentIdx,
        parentTaskID: this.#parentTask?.id(),
        parentTaskFnName: this.#parentTask?.entryFnName(),
        childTaskID: this.#childTask?.id(),
        childTaskFnName: this.#childTask?.entryFnName(),
        subtaskFnName: this.fnName
      });
      if (!this.#waitable) {
        throw new Error("missing/invalid inner waitable");
      }
      if (!this.resolveDelivered()) {
        throw new Error("cannot drop a subtask which has not yet resolved");
      }
      if (this.#waitable) {
        this.#waitable.drop();
      }
      this.#dropped = true;
    }
    #getComponentState() {
      const state = getOrCreateAsyncState(this.#componentIdx);
      if (!state) {
        throw new Error("invalid/missing async state for component [" + componentIdx + "]");
      }
      return state;
    }
    getWaitableHandleIdx() {
      _debugLog("[AsyncSubtask#getWaitableHandleIdx()] args", {});
      if (!this.#waitable) {
        throw new Error("missing/invalid waitable");
      }
      return this.waitableRep();
    }
  }
  class FutureValue {
    #start;
    #settled;
    #hideThen = 0;
    #thenFn;
    constructor(start) {
      if (typeof start !== "function") {
        throw new TypeError("future start operation must be a function");
      }
      this.#start = start;
      this.#thenFn = this.#then.bind(this);
    }
    get then() {
      return this.#hideThen === 0 ? this.#thenFn : void 0;
    }
    #read() {
      if (!this.#settled) {
        this.#settled = Promise.resolve().then(this.#start);
      }
      return this.#settled;
    }
    resolveAsValue(resolve2) {
      this.#hideThen++;
      try {
        resolve2(this);
      } finally {
        this.#hideThen--;
      }
    }
    #deliver(resolve2, value) {
      if (value instanceof FutureValue) {
        value.resolveAsValue(resolve2);
        return;
      }
      resolve2(value);
    }
    #then(resolve2, reject2) {
      return this.#read().then(
        (box) => this.#deliver(resolve2, box.value),
        reject2
      );
    }
  }
  const ASYNC_DETERMINISM = "random";
  const _coinFlip = () => {
    return Math.random() > 0.5;
  };
  const ASYNC_EVENT_CODE = {
    NONE: 0,
    SUBTASK: 1,
    STREAM_READ: 2,
    STREAM_WRITE: 3,
    FUTURE_READ: 4,
    FUTURE_WRITE: 5,
    TASK_CANCELLED: 6
  };
  const CURRENT_TASK_META = {};
  function _withGlobalCurrentTaskMeta(args) {
    _debugLog("[_withGlobalCurrentTaskMeta()] args", args);
    if (!args) {
      throw new TypeError("args missing");
    }
    if (args.taskID === void 0) {
      throw new TypeError("missing task ID");
    }
    if (args.componentIdx === void 0) {
      throw new TypeError("missing component idx");
    }
    if (!args.fn) {
      throw new TypeError("missing fn");
    }
    const { taskID, componentIdx: componentIdx2, fn } = args;
    const previous = CURRENT_TASK_META[componentIdx2] ?? null;
    const previousCurrent = CURRENT_TASK_META.current ?? null;
    try {
      CURRENT_TASK_META.current = CURRENT_TASK_META[componentIdx2] = { taskID, componentIdx: componentIdx2 };
      return fn();
    } catch (err) {
      _debugLog("error while executing sync callee/callback", {
        ...args,
        err
      });
      throw err;
    } finally {
      CURRENT_TASK_META[componentIdx2] = previous;
      CURRENT_TASK_META.current = previousCurrent;
    }
  }
  async function _withGlobalCurrentTaskMetaAsync(args) {
    _debugLog("[_withGlobalCurrentTaskMetaAsync()] args", args);
    if (!args) {
      throw new TypeError("args missing");
    }
    if (args.taskID === void 0) {
      throw new TypeError("missing task ID");
    }
    if (args.componentIdx === void 0) {
      throw new TypeError("missing component idx");
    }
    if (!args.fn) {
      throw new TypeError("missing fn");
    }
    const { taskID, componentIdx: componentIdx2, fn } = args;
    try {
      CURRENT_TASK_META.current = CURRENT_TASK_META[componentIdx2] = { taskID, componentIdx: componentIdx2 };
      return await fn();
    } catch (err) {
      _debugLog("error while executing async callee/callback", {
        ...args,
        err
      });
      throw err;
    } finally {
      CURRENT_TASK_META[componentIdx2] = null;
      if (CURRENT_TASK_META.current?.taskID === taskID) {
        CURRENT_TASK_META.current = null;
      }
    }
  }
  class AsyncTask {
    static _ID = 0n;
    static State = {
      INITIAL: "initial",
      CANCELLED: "cancelled",
      CANCEL_PENDING: "cancel-pending",
      CANCEL_DELIVERED: "cancel-delivered",
      RESOLVED: "resolved"
    };
    static BlockResult = {
      CANCELLED: "block.cancelled",
      NOT_CANCELLED: "block.not-cancelled"
    };
    #id;
    #componentIdx;
    #state;
    #isAsync;
    #isManualAsync;
    #callingWasmExport = true;
    #lockFreeEntry = false;
    #preserveFutureResult;
    #entryFnName = null;
    #onResolveHandlers = [];
    #progressWaiters = [];
    #completionPromise = null;
    #completionValue;
    #completionReady = false;
    #settleCompletionPromise;
    #rejected = false;
    #exitPromise = null;
    #onExitHandlers = [];
    #memoryIdx = null;
    #memory = null;
    #callbackFn = null;
    #callbackFnName = null;
    #postReturnFn = null;
    #getCalleeParamsFn = null;
    #calleeIsAsync = null;
    #stringEncoding = null;
    #parentSubtask = null;
    #errHandling;
    #backpressurePromise;
    #backpressureWaiters = 0n;
    #returnLowerFns = null;
    #resourceScopeId;
    #resourceBorrowCount = 0;
    #resourceLenders = [];
    #resourceScopeExited = false;
    #subtasks = [];
    #entered = false;
    #exited = false;
    #errored = null;
    cancelled = false;
    cancelRequested = false;
    alwaysTaskReturn = false;
    returnCalls = 0;
    storage = [0, 0];
    tmpRetI64HighBits = 0 | 0;
    constructor(opts) {
      this.#id = ++AsyncTask._ID;
      this.#resourceScopeId = ++RESOURCE_SCOPE_ID;
      RESOURCE_SCOPE_TASKS.set(this.#resourceScopeId, this);
      if (opts?.componentIdx === void 0) {
        throw new TypeError("missing component id during task creation");
      }
      this.#componentIdx = opts.componentIdx;
      this.#state = AsyncTask.State.INITIAL;
      this.#isAsync = opts?.isAsync ?? false;
      this.#isManualAsync = opts?.isManualAsync ?? false;
      this.#preserveFutureResult = opts?.preserveFutureResult ?? false;
      this.#entryFnName = opts.entryFnName;
      this.#callingWasmExport = opts?.callingWasmExport !== false;
      const {
        promise: completionPromise,
        resolve: resolveCompletionPromise,
        reject: rejectCompletionPromise
      } = promiseWithResolvers();
      this.#completionPromise = completionPromise;
      completionPromise.catch(() => {
      });
      let completionSettled = false;
      const settleCompletionPromise = () => {
        if (completionSettled || !this.#completionReady) {
          return;
        }
        completionSettled = true;
        if (this.#errored !== null) {
          rejectCompletionPromise(this.#errored);
        } else if (this.#rejected) {
          rejectCompletionPromise(this.#completionValue);
        } else if (this.#preserveFutureResult && this.#completionValue instanceof FutureValue) {
          this.#completionValue.resolveAsValue(resolveCompletionPromise);
        } else {
          resolveCompletionPromise(this.#completionValue);
        }
      };
      this.#settleCompletionPromise = settleCompletionPromise;
      this.#onResolveHandlers.push((results) => {
        if (this.#parentSubtask !== null) {
          return;
        }
        if (!this.#isAsync && !this.#isManualAsync) {
          return;
        }
        this.#completionValue = results;
        this.#completionReady = true;
      });
      const {
        promise: exitPromise,
        resolve: resolveExitPromise,
        reject: rejectExitPromise
      } = promiseWithResolvers();
      this.#exitPromise = exitPromise;
      this.#onExitHandlers.push(() => {
        if (this.#parentSubtask === null && (this.#isAsync || this.#isManualAsync)) {
          settleCompletionPromise();
        }
        resolveExitPromise();
      });
      if (opts.callbackFn) {
        this.#callbackFn = opts.callbackFn;
      }
      if (opts.callbackFnName) {
        this.#callbackFnName = opts.callbackFnName;
      }
      if (opts.getCalleeParamsFn) {
        this.#getCalleeParamsFn = opts.getCalleeParamsFn;
      }
      if (opts.stringEncoding) {
        this.#stringEncoding = opts.stringEncoding;
      }
      if (opts.parentSubtask) {
        this.#parentSubtask = opts.parentSubtask;
      }
      if (opts.errHandling) {
        this.#errHandling = opts.errHandling;
      }
    }
    taskState() {
      return this.#state;
    }
    id() {
      return this.#id;
    }
    componentIdx() {
      return this.#componentIdx;
    }
    entryFnName() {
      return this.#entryFnName;
    }
    resourceScopeId() {
      return this.#resourceScopeId;
    }
    addBorrowedHandle() {
      if (this.#resourceScopeExited) {
        throw new Error("cannot add a borrow to an exited resource scope");
      }
      this.#resourceBorrowCount++;
    }
    removeBorrowedHandle() {
      if (this.#resourceBorrowCount === 0) {
        throw new Error("resource borrow count underflow");
      }
      this.#resourceBorrowCount--;
    }
    addResourceLender(table, handle2) {
      if (this.#resourceScopeExited) {
        throw new Error("cannot add a lender to an exited resource scope");
      }
      this.#resourceLenders.push({ table, handle: handle2 });
    }
    validateResourceBorrowScope() {
      if (this.#resourceScopeExited) {
        return;
      }
      if (this.#resourceBorrowCount !== 0) {
        throw new WebAssemblyRuntimeError("borrow handles still remain at the end of the call");
      }
      for (const { table, handle: handle2 } of this.#resourceLenders) {
        const idx = handle2 << 1;
        const lendCount = table[idx];
        if (!Number.isInteger(lendCount) || lendCount <= 0 || lendCount >= 2 ** 30) {
          throw new Error("invalid resource lender state at scope exit");
        }
        table[idx] = lendCount - 1;
      }
      this.#resourceLenders = [];
      this.#resourceScopeExited = true;
      RESOURCE_SCOPE_TASKS.delete(this.#resourceScopeId);
    }
    completionPromise() {
      return this.#completionPromise;
    }
    settleCompletion() {
      this.#settleCompletionPromise();
    }
    exitPromise() {
      return this.#exitPromise;
    }
    waitForProgress() {
      const { promise: promise2, resolve: resolve2 } = promiseWithResolvers();
      this.#progressWaiters.push(resolve2);
      return promise2;
    }
    notifyProgress() {
      const waiters = this.#progressWaiters;
      this.#progressWaiters = [];
      for (const resolve2 of waiters) {
        resolve2();
      }
    }
    isAsync() {
      return this.#isAsync;
    }
    isManualAsync() {
      return this.#isManualAsync;
    }
    isSync() {
      return !this.isAsync();
    }
    getErrHandling() {
      return this.#errHandling;
    }
    hasCallback() {
      return this.#callbackFn !== null;
    }
    getReturnMemoryIdx() {
      return this.#memoryIdx;
    }
    setReturnMemoryIdx(idx) {
      if (idx === null) {
        return;
      }
      this.#memoryIdx = idx;
    }
    getReturnMemory() {
      return this.#memory;
    }
    setReturnMemory(m) {
      if (m === null) {
        return;
      }
      this.#memory = m;
    }
    setReturnLowerFns(fns) {
      this.#returnLowerFns = fns;
    }
    getReturnLowerFns() {
      return this.#returnLowerFns;
    }
    setCalleeIsAsync(value) {
      if (typeof value !== "boolean") {
        throw new TypeError("callee async state must be a boolean");
      }
      this.#calleeIsAsync = value;
    }
    setParentSubtask(subtask) {
      if (!subtask || !(subtask instanceof AsyncSubtask)) {
        return;
      }
      if (this.#parentSubtask) {
        throw new Error("parent subtask can only be set once");
      }
      this.#parentSubtask = subtask;
    }
    getParentSubtask() {
      return this.#parentSubtask;
    }
    // TODO(threads): this is very inefficient, we can pass along a root task,
    // and ideally do not need this once thread support is in place
    getRootTask() {
      let currentSubtask = this.getParentSubtask();
      let task = this;
      while (currentSubtask) {
        task = currentSubtask.getParentTask();
        currentSubtask = task.getParentSubtask();
      }
      return task;
    }
    setPostReturnFn(f) {
      if (!f) {
        return;
      }
      if (this.#postReturnFn) {
        throw new Error("postReturn fn can only be set once");
      }
      this.#postReturnFn = f;
    }
    setCallbackFn(f, name) {
      if (!f) {
        return;
      }
      if (this.#callbackFn) {
        throw new Error("callback fn can only be set once");
      }
      this.#callbackFn = f;
      this.#callbackFnName = name;
    }
    getCallbackFnName() {
      if (!this.#callbackFnName) {
        return void 0;
      }
      return this.#callbackFnName;
    }
    runCallbackFn(...args) {
      if (!this.#callbackFn) {
        throw new Error("no callback function has been set for task");
      }
      if (this.#callbackFn._jcoMaySuspend === false) {
        return _withGlobalCurrentTaskMeta({
          taskID: this.#id,
          componentIdx: this.#componentIdx,
          fn: () => this.#callbackFn.apply(null, args)
        });
      }
      return _withGlobalCurrentTaskMetaAsync({
        taskID: this.#id,
        componentIdx: this.#componentIdx,
        fn: () => {
          return this.#callbackFn.apply(null, args);
        }
      });
    }
    getCalleeParams() {
      if (!this.#getCalleeParamsFn) {
        throw new Error("missing/invalid getCalleeParamsFn");
      }
      return this.#getCalleeParamsFn();
    }
    // Legacy manually-async exports are sync-typed in the component
    // but use JSPI precisely so their guest stack may suspend.
    mayBlock() {
      return this.isAsync() || this.isManualAsync() || this.isResolvedState();
    }
    mayEnter(task) {
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      if (cstate.hasBackpressure()) {
        _debugLog("[AsyncTask#mayEnter()] disallowed due to backpressure", { taskID: this.#id });
        return false;
      }
      if (!cstate.callingSyncImport()) {
        _debugLog("[AsyncTask#mayEnter()] disallowed due to sync import call", { taskID: this.#id });
        return false;
      }
      const callingSyncExportWithSyncPending = cstate.callingSyncExport && !task.isAsync;
      if (!callingSyncExportWithSyncPending) {
        _debugLog("[AsyncTask#mayEnter()] disallowed due to sync export w/ sync pending", { taskID: this.#id });
        return false;
      }
      return true;
    }
    enterSync() {
      if (this.needsExclusiveLock()) {
        const cstate = getOrCreateAsyncState(this.#componentIdx);
        if (!cstate.isExclusivelyLocked()) {
          cstate.exclusiveLock(this.#id);
        } else {
          this.#lockFreeEntry = true;
          _debugLog("[AsyncTask#enterSync()] entering without exclusive lock", {
            taskID: this.#id,
            componentIdx: this.#componentIdx
          });
        }
      }
      return true;
    }
    tryEnter() {
      if (this.#entered) {
        throw new Error(`task with ID [${this.#id}] should not be entered twice`);
      }
      if (this.deliverPendingCancel({ cancellable: true })) {
        this.cancel();
        return false;
      }
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      if (this.isSync()) {
        this.#entered = true;
        return true;
      }
      if (cstate.hasBackpressure()) {
        return null;
      }
      if (this.needsExclusiveLock()) {
        if (cstate.isExclusivelyLocked()) {
          return null;
        }
        cstate.exclusiveLock(this.#id);
      }
      if (this.deliverPendingCancel({ cancellable: true })) {
        cstate.exclusiveRelease(this.#id);
        this.cancel();
        return false;
      }
      this.#entered = true;
      return true;
    }
    async enter(opts) {
      _debugLog("[AsyncTask#enter()] args", {
        taskID: this.#id,
        componentIdx: this.#componentIdx,
        subtaskID: this.getParentSubtask()?.id(),
        args: opts,
        entryFnName: this.#entryFnName
      });
      if (this.#entered) {
        throw new Error(`task with ID [${this.#id}] should not be entered twice`);
      }
      if (this.deliverPendingCancel({ cancellable: true })) {
        this.cancel();
        return false;
      }
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      if (opts?.isHost) {
        this.#entered = true;
        const parentTask = this.#parentSubtask?.getParentTask();
        if (parentTask?.taskState() === AsyncTask.State.CANCEL_DELIVERED || parentTask && !parentTask.hasCallback()) {
          parentTask.notifyProgress();
        }
        return this.#entered;
      }
      if (this.isSync()) {
        this.#entered = true;
        if (this.#isManualAsync) {
          if (this.needsExclusiveLock()) {
            await cstate.acquireExclusiveLock(this.#id);
          }
        }
        return this.#entered;
      }
      if (cstate.hasBackpressure()) {
        cstate.addBackpressureWaiter();
        const result = await this.waitUntil({
          readyFn: () => {
            return !cstate.hasBackpressure();
          },
          cancellable: true
        });
        cstate.removeBackpressureWaiter();
        if (!result || this.isCancelled()) {
          if (!this.isResolvedState()) {
            this.cancel();
          }
          return false;
        }
      }
      if (this.needsExclusiveLock()) {
        await cstate.acquireExclusiveLock(this.#id);
      }
      if (this.isResolvedState() || this.isCancelled()) {
        cstate.exclusiveRelease(this.#id);
        return false;
      }
      if (this.deliverPendingCancel({ cancellable: true })) {
        cstate.exclusiveRelease(this.#id);
        this.cancel();
        return false;
      }
      this.#entered = true;
      return this.#entered;
    }
    isRunningState() {
      return this.#state !== AsyncTask.State.RESOLVED;
    }
    isResolvedState() {
      return this.#state === AsyncTask.State.RESOLVED;
    }
    isResolved() {
      return this.#state === AsyncTask.State.RESOLVED;
    }
    isExited() {
      return this.#exited;
    }
    async waitUntil(opts) {
      const { readyFn, cancellable } = opts;
      _debugLog("[AsyncTask#waitUntil()] args", { taskID: this.#id, args: { cancellable } });
      const keepGoing = await this.suspendUntil({
        readyFn,
        cancellable
      });
      return keepGoing;
    }
    async yieldUntil(opts) {
      const { readyFn, cancellable } = opts;
      _debugLog("[AsyncTask#yieldUntil()]", {
        taskID: this.#id,
        args: {
          cancellable
        },
        componentIdx: this.#componentIdx
      });
      const keepGoing = await this.immediateSuspend({ readyFn, cancellable });
      if (keepGoing) {
        return {
          code: ASYNC_EVENT_CODE.NONE,
          payload0: 0,
          payload1: 0
        };
      }
      return {
        code: ASYNC_EVENT_CODE.TASK_CANCELLED,
        payload0: 0,
        payload1: 0
      };
    }
    async suspendUntil(opts) {
      const { cancellable, readyFn } = opts;
      _debugLog("[AsyncTask#suspendUntil()] args", {
        taskID: this.#id,
        args: {
          cancellable
        },
        componentIdx: this.#componentIdx
      });
      const pendingCancelled = this.deliverPendingCancel({ cancellable });
      if (pendingCancelled) {
        return false;
      }
      const completed = await this.immediateSuspendUntil({ readyFn, cancellable });
      return completed;
    }
    suspendUntilCallback(opts, onResume) {
      const { cancellable, readyFn } = opts;
      if (this.deliverPendingCancel({ cancellable })) {
        onResume(false);
        return;
      }
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      cstate.suspendTask({
        task: this,
        cancellable,
        readyFn: () => {
          if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
            return true;
          }
          return readyFn();
        },
        onResume: (keepGoing) => {
          if (keepGoing && this.deliverPendingCancel({ cancellable })) {
            keepGoing = false;
          }
          onResume(keepGoing);
        }
      });
    }
    // TODO(threads): equivalent to thread.suspend_until()
    async immediateSuspendUntil(opts) {
      const { cancellable, readyFn } = opts;
      _debugLog("[AsyncTask#immediateSuspendUntil()] args", {
        args: {
          cancellable,
          readyFn
        },
        taskID: this.#id,
        componentIdx: this.#componentIdx
      });
      const ready = readyFn();
      if (ready && ASYNC_DETERMINISM === "random") {
        const coinFlip = _coinFlip();
        if (coinFlip) {
          return true;
        }
      }
      const keepGoing = await this.immediateSuspend({ cancellable, readyFn });
      return keepGoing;
    }
    async immediateSuspend(opts) {
      const { cancellable, readyFn } = opts;
      _debugLog("[AsyncTask#immediateSuspend()] args", { cancellable, readyFn });
      const pendingCancelled = this.deliverPendingCancel({ cancellable });
      if (pendingCancelled) {
        return false;
      }
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      const keepGoing = await cstate.suspendTask({
        task: this,
        cancellable,
        readyFn: () => {
          if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
            return true;
          }
          return readyFn();
        }
      });
      if (keepGoing && this.deliverPendingCancel({ cancellable })) {
        return false;
      }
      return keepGoing;
    }
    deliverPendingCancel(opts) {
      const { cancellable } = opts;
      _debugLog("[AsyncTask#deliverPendingCancel()]", {
        args: { cancellable },
        taskID: this.#id,
        componentIdx: this.#componentIdx
      });
      if (cancellable && this.#state === AsyncTask.State.CANCEL_PENDING) {
        this.#state = AsyncTask.State.CANCEL_DELIVERED;
        return true;
      }
      return false;
    }
    isCancelled() {
      return this.cancelled;
    }
    cancellationRequested() {
      return this.cancelRequested;
    }
    // Request cooperative cancellation of this task, called on behalf of a
    // supertask performing `subtask.cancel` on the subtask this task backs.
    //
    // The request is delivered at this task's next cancellable wait
    // (see suspendUntil/immediateSuspend), at which point the task is
    // expected to acknowledge via `task.cancel` or still resolve via
    // `task.return`.
    requestCancellation() {
      _debugLog("[AsyncTask#requestCancellation()] args", {
        taskID: this.#id,
        componentIdx: this.#componentIdx,
        state: this.#state
      });
      if (this.isResolvedState() || this.cancelRequested) {
        return;
      }
      this.cancelRequested = true;
      if (this.#state === AsyncTask.State.INITIAL) {
        this.#state = AsyncTask.State.CANCEL_PENDING;
      }
      getOrCreateAsyncState(this.#componentIdx).runTickLoop();
    }
    cancel(args) {
      _debugLog("[AsyncTask#cancel()] args", {});
      if (this.taskState() !== AsyncTask.State.CANCEL_DELIVERED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}] invalid task state [${this.taskState()}] for cancellation`);
      }
      this.validateResourceBorrowScope();
      this.cancelled = true;
      this.onResolve(args?.error ?? null);
      this.#state = AsyncTask.State.RESOLVED;
      if (!this.#entered) {
        this.notifyProgress();
      }
    }
    onResolve(taskValue) {
      const handlers = this.#onResolveHandlers;
      this.#onResolveHandlers = [];
      for (const f of handlers) {
        try {
          f(taskValue);
        } catch (err) {
          _debugLog("[AsyncTask#onResolve] error during task resolve handler", err);
          throw err;
        }
      }
      if (this.#rejected) {
        this.#parentSubtask?.reject(taskValue);
        return;
      }
      const parentSubtaskPending = this.#parentSubtask && !this.#parentSubtask.isResolved();
      const taskReturned = !this.isCancelled();
      if (parentSubtaskPending && taskReturned) {
        const meta = this.#parentSubtask.getCallMetadata();
        if (meta.returnFn && !meta.returnFnCalled) {
          _debugLog("[AsyncTask#onResolve()] running returnFn", {
            componentIdx: this.#componentIdx,
            taskID: this.#id,
            subtaskID: this.#parentSubtask.id()
          });
          const callerTask = this.#parentSubtask.getParentTask();
          _withGlobalCurrentTaskMeta({
            taskID: callerTask.id(),
            componentIdx: callerTask.componentIdx(),
            fn: () => meta.returnFn.apply(null, [taskValue, meta.resultPtr])
          });
          meta.returnFnCalled = true;
        }
      }
      if (this.#postReturnFn && taskReturned) {
        _debugLog("[AsyncTask#onResolve()] running post return ", {
          componentIdx: this.#componentIdx,
          taskID: this.#id
        });
        try {
          _withGlobalCurrentTaskMeta({
            taskID: this.#id,
            componentIdx: this.#componentIdx,
            fn: () => this.#postReturnFn(taskValue)
          });
        } catch (err) {
          _debugLog("[AsyncTask#onResolve] error during task resolve handler", err);
          throw err;
        }
      }
      if (parentSubtaskPending) {
        this.#parentSubtask.onResolve(taskValue);
      }
    }
    registerOnResolveHandler(f) {
      this.#onResolveHandlers.push(f);
    }
    isRejected() {
      return this.#rejected;
    }
    isErrored() {
      return this.#errored;
    }
    setErrored(err) {
      if (this.#errored === null) {
        this.#errored = err;
      }
    }
    reject(taskErr) {
      _debugLog("[AsyncTask#reject()] args", {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
        parentSubtask: this.#parentSubtask,
        parentSubtaskID: this.#parentSubtask?.id(),
        entryFnName: this.entryFnName(),
        callbackFnName: this.#callbackFnName,
        errMsg: taskErr.message
      });
      this.setErrored(taskErr);
      if (this.#rejected) {
        return;
      }
      if (this.isResolvedState()) {
        this.#rejected = true;
        this.#errored = taskErr;
        const parentTask = this.#parentSubtask?.getParentTask();
        if (parentTask) {
          parentTask.reject(taskErr);
        }
        return;
      }
      this.#rejected = true;
      this.cancelRequested = true;
      this.#state = AsyncTask.State.CANCEL_PENDING;
      const cancelled = this.deliverPendingCancel({ cancellable: true });
      this.cancel({ error: taskErr });
    }
    resolve(results) {
      _debugLog("[AsyncTask#resolve()] args", {
        componentIdx: this.#componentIdx,
        taskID: this.#id,
        entryFnName: this.entryFnName(),
        callbackFnName: this.#callbackFnName
      });
      if (this.#state === AsyncTask.State.RESOLVED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}]  is already resolved (did you forget to wait for an import?)`);
      }
      this.validateResourceBorrowScope();
      this.#state = AsyncTask.State.RESOLVED;
      switch (results.length) {
        case 0:
          this.onResolve(void 0);
          break;
        case 1:
          this.onResolve(results[0]);
          break;
        default:
          _debugLog("[AsyncTask#resolve()] unexpected number of results", {
            componentIdx: this.#componentIdx,
            results,
            taskID: this.#id,
            subtaskID: this.#parentSubtask?.id(),
            entryFnName: this.#entryFnName,
            callbackFnName: this.#callbackFnName
          });
          throw new Error("unexpected number of results");
      }
    }
    exit(args) {
      _debugLog("[AsyncTask#exit()]", {
        componentIdx: this.#componentIdx,
        taskID: this.#id
      });
      if (this.#exited) {
        throw new Error("task has already exited");
      }
      if (this.#state !== AsyncTask.State.RESOLVED) {
        throw new Error(`(component [${this.#componentIdx}]) task [${this.#id}] exited without resolution`);
      }
      this.validateResourceBorrowScope();
      const state = getOrCreateAsyncState(this.#componentIdx);
      if (!state) {
        throw new Error("missing async state for component [" + this.#componentIdx + "]");
      }
      if (this.#componentIdx !== -1 && !args?.skipExclusiveLockCheck && !this.#lockFreeEntry) {
        if (this.needsExclusiveLock() && !state.exclusivelyLockedBy(this.#id)) {
          throw new Error(`task [${this.#id}] exit: component [${this.#componentIdx}] should have been exclusively locked by it`);
        }
      }
      state.exclusiveRelease(this.#id);
      this.notifyProgress();
      for (const f of this.#onExitHandlers) {
        try {
          f();
        } catch (err) {
          console.error("error during task exit handler", err);
          throw err;
        }
      }
      this.#exited = true;
      clearCurrentTask(this.#componentIdx, this.id());
    }
    needsExclusiveLock() {
      if (this.#componentIdx === -1) {
        return false;
      }
      if (!this.#callingWasmExport) {
        return false;
      }
      return !this.#isAsync || this.hasCallback() || this.#calleeIsAsync === false;
    }
    createSubtask(args) {
      _debugLog("[AsyncTask#createSubtask()] args", args);
      const { componentIdx: componentIdx2, childTask, callMetadata, fnName, isAsync, isManualAsync } = args;
      const cstate = getOrCreateAsyncState(this.#componentIdx);
      if (!cstate) {
        throw new Error(`invalid/missing async state for component idx [${componentIdx2}]`);
      }
      const waitable = new Waitable({
        componentIdx: this.#componentIdx,
        target: `subtask (internal ID [${this.#id}])`
      });
      const newSubtask = new AsyncSubtask({
        componentIdx: componentIdx2,
        childTask,
        parentTask: this,
        callMetadata,
        isAsync,
        isManualAsync,
        fnName,
        waitable
      });
      this.#subtasks.push(newSubtask);
      newSubtask.setTarget(`subtask (internal ID [${newSubtask.id()}], waitable [${waitable.idx()}], component [${componentIdx2}])`);
      waitable.setIdx(cstate.handles.insert(newSubtask));
      waitable.setTarget(`waitable for subtask (waitable id [${waitable.idx()}], subtask internal ID [${newSubtask.id()}])`);
      return newSubtask;
    }
    getLatestSubtask() {
      return this.#subtasks.at(-1);
    }
    getSubtaskByWaitableRep(rep3) {
      if (rep3 === void 0) {
        throw new TypeError("missing rep");
      }
      return this.#subtasks.find((s) => s.waitableRep() === rep3);
    }
    currentSubtask() {
      _debugLog("[AsyncTask#currentSubtask()]");
      if (this.#subtasks.length === 0) {
        return void 0;
      }
      return this.#subtasks.at(-1);
    }
    removeSubtask(subtask) {
      if (this.#subtasks.length === 0) {
        throw new Error("cannot end current subtask: no current subtask");
      }
      this.#subtasks = this.#subtasks.filter((t) => t !== subtask);
      return subtask;
    }
  }
  function createNewCurrentTask(args) {
    _debugLog("[createNewCurrentTask()] args", args);
    const {
      componentIdx: componentIdx2,
      isAsync,
      isManualAsync,
      preserveFutureResult,
      entryFnName,
      parentSubtaskID,
      callbackFnName,
      getCallbackFn,
      getParamsFn,
      stringEncoding,
      errHandling,
      getCalleeParamsFn,
      resultPtr,
      callingWasmExport
    } = args;
    if (componentIdx2 === void 0 || componentIdx2 === null) {
      throw new Error("missing/invalid component instance index while starting task");
    }
    let taskMetas = ASYNC_TASKS_BY_COMPONENT_IDX.get(componentIdx2);
    const callbackFn = getCallbackFn ? getCallbackFn() : null;
    const newTask = new AsyncTask({
      componentIdx: componentIdx2,
      isAsync,
      isManualAsync,
      preserveFutureResult,
      entryFnName,
      callbackFn,
      callbackFnName,
      stringEncoding,
      getCalleeParamsFn,
      resultPtr,
      errHandling,
      callingWasmExport
    });
    const newTaskID = newTask.id();
    const newTaskMeta = { id: newTaskID, componentIdx: componentIdx2, task: newTask };
    ASYNC_CURRENT_TASK_IDS.push(newTaskID);
    ASYNC_CURRENT_COMPONENT_IDXS.push(componentIdx2);
    if (!taskMetas) {
      taskMetas = [newTaskMeta];
      ASYNC_TASKS_BY_COMPONENT_IDX.set(componentIdx2, [newTaskMeta]);
    } else {
      taskMetas.push(newTaskMeta);
    }
    return [newTask, newTaskID];
  }
  function _checkMayLeave(componentIdx2) {
    if (INSTANCE_FLAGS.get(componentIdx2)?.value !== 1) {
      throw new WebAssemblyRuntimeError("cannot leave component instance");
    }
  }
  function _getGlobalCurrentTaskMeta(componentIdx2) {
    const v = componentIdx2 === void 0 || componentIdx2 === null ? CURRENT_TASK_META.current : CURRENT_TASK_META[componentIdx2];
    if (v === void 0 || v === null) {
      return void 0;
    }
    return { ...v };
  }
  function _setGlobalCurrentTaskMeta(args) {
    if (!args) {
      throw new TypeError("args missing");
    }
    if (args.taskID === void 0) {
      throw new TypeError("missing task ID");
    }
    if (args.componentIdx === void 0) {
      throw new TypeError("missing component idx");
    }
    const { taskID, componentIdx: componentIdx2 } = args;
    return CURRENT_TASK_META.current = CURRENT_TASK_META[componentIdx2] = { taskID, componentIdx: componentIdx2 };
  }
  async function _clearCurrentTask(args) {
    _debugLog("[_clearCurrentTask()] args", args);
    if (!args) {
      throw new TypeError("args missing");
    }
    if (args.taskID === void 0) {
      throw new TypeError("missing task ID");
    }
    if (args.componentIdx === void 0) {
      throw new TypeError("missing component idx");
    }
    const { taskID, componentIdx: componentIdx2 } = args;
    const meta = CURRENT_TASK_META[componentIdx2];
    if (!meta) {
      throw new Error(`missing current task meta for component idx [${componentIdx2}]`);
    }
    if (meta.taskID !== taskID) {
      throw new Error(`task ID [${meta.taskID}] != requested ID [${taskID}]`);
    }
    if (meta.componentIdx !== componentIdx2) {
      throw new Error(`component idx [${meta.componentIdx}] != requested idx [${componentIdx2}]`);
    }
    CURRENT_TASK_META[componentIdx2] = null;
    if (CURRENT_TASK_META.current?.taskID === taskID) {
      CURRENT_TASK_META.current = null;
    }
  }
  function _lowerImportBackwardsCompat(args) {
    const params = [...arguments].slice(1);
    _debugLog("[_lowerImportBackwardsCompat()] args", { args, params });
    const {
      functionIdx,
      componentIdx: componentIdx2,
      isAsync,
      isManualAsync,
      paramLiftFns,
      resultLowerFns,
      hasResultPointer,
      funcTypeIsAsync,
      metadata,
      memoryIdx,
      getMemoryFn,
      getReallocFn,
      importFn,
      stringEncoding
    } = args;
    _checkMayLeave(componentIdx2);
    let meta = _getGlobalCurrentTaskMeta(componentIdx2);
    let createdTask;
    if (!meta) {
      if (funcTypeIsAsync || isAsync && !isManualAsync) {
        throw new Error("p3 async wasm exports cannot use backwards compat auto-task init");
      }
      const [newTask, newTaskID] = createNewCurrentTask({
        componentIdx: componentIdx2,
        isAsync,
        isManualAsync,
        callingWasmExport: false
      });
      createdTask = newTask;
      createdTask.registerOnResolveHandler(() => {
        _clearCurrentTask({
          taskID: task.id(),
          componentIdx: task.componentIdx()
        });
      });
      _setGlobalCurrentTaskMeta({
        componentIdx: componentIdx2,
        taskID: newTaskID
      });
      meta = _getGlobalCurrentTaskMeta(componentIdx2);
    }
    const { taskID } = meta;
    const taskMeta = getCurrentTask(componentIdx2, taskID);
    if (!taskMeta) {
      throw new Error("invalid/missing async task meta");
    }
    const task = taskMeta.task;
    if (!task) {
      throw new Error("invalid/missing async task");
    }
    const cstate = getOrCreateAsyncState(componentIdx2);
    if (!task.mayBlock() && funcTypeIsAsync && !isAsync) {
      throw new Error("non async exports cannot synchronously call async functions");
    }
    const memory = getMemoryFn();
    const resultPtr = hasResultPointer ? params[params.length - 1] : void 0;
    const subtask = task.createSubtask({
      componentIdx: componentIdx2,
      parentTask: task,
      fnName: importFn.fnName,
      isAsync,
      isManualAsync,
      callMetadata: {
        memoryIdx,
        memory,
        realloc: getReallocFn?.(),
        getReallocFn,
        resultPtr,
        lowers: resultLowerFns,
        funcTypeIsAsync,
        stringEncoding
      }
    });
    task.setReturnMemoryIdx(memoryIdx);
    task.setReturnMemory(getMemoryFn());
    subtask.onStart();
    if (!isManualAsync && !isAsync && !funcTypeIsAsync) {
      if (createdTask) {
        createdTask.enterSync();
      }
      const res = importFn(...params);
      if (!funcTypeIsAsync && !subtask.isReturned()) {
        throw new Error("post-execution subtasks must either be async or returned");
      }
      const syncRes = subtask.getResult();
      if (createdTask) {
        createdTask.resolve([syncRes]);
      }
      return syncRes;
    }
    if (!isManualAsync && !isAsync && funcTypeIsAsync) {
      const { promise: promise2, resolve: resolve2, reject: reject2 } = promiseWithResolvers();
      queueMicrotask(async () => {
        try {
          await importFn(...params);
          if (!subtask.isResolved()) {
            await task.suspendUntil({ readyFn: () => subtask.isResolved() });
          }
          resolve2(subtask.getResult());
        } catch (err) {
          reject2(err);
        }
      });
      return promise2;
    }
    const subtaskState = subtask.getStateNumber();
    if (subtaskState < 0 || subtaskState >= 2 ** 4) {
      throw new Error("invalid subtask state, out of valid range");
    }
    subtask.setOnProgressFn(() => {
      subtask.setPendingEvent(() => {
        if (subtask.isResolved()) {
          subtask.deliverResolve();
        }
        const event = {
          code: ASYNC_EVENT_CODE.SUBTASK,
          payload0: subtask.waitableRep(),
          payload1: subtask.getStateNumber()
        };
        return event;
      });
    });
    const requiresManualAsyncResult = !isAsync && !funcTypeIsAsync && isManualAsync;
    let manualAsyncResult;
    if (requiresManualAsyncResult) {
      manualAsyncResult = promiseWithResolvers();
    }
    queueMicrotask(async () => {
      try {
        _debugLog("[_lowerImportBackwardsCompat()] calling lowered import", { importFn, params });
        if (createdTask) {
          await createdTask.enter();
        }
        const asyncRes = await importFn(...params);
        if (requiresManualAsyncResult) {
          manualAsyncResult.resolve(subtask.getResult());
        }
        if (createdTask) {
          createdTask.resolve([asyncRes]);
        }
      } catch (err) {
        _debugLog("[_lowerImportBackwardsCompat()] import fn error:", err);
        if (requiresManualAsyncResult) {
          manualAsyncResult.reject(err);
          return;
        }
        task.setErrored(err);
        task.reject(err);
      }
    });
    if (requiresManualAsyncResult) {
      return manualAsyncResult.promise;
    }
    _debugLog("[_lowerImportBackwardsCompat()] async-lowered import return", {
      fnName: importFn.fnName,
      componentIdx: componentIdx2,
      subtaskID: subtask.id(),
      waitableRep: subtask.waitableRep(),
      subtaskState,
      packedResult: Number(subtask.waitableRep()) << 4 | subtaskState
    });
    return Number(subtask.waitableRep()) << 4 | subtaskState;
  }
  const CURRENT_TASK_MAY_BLOCK = globalThis.WebAssembly ? new globalThis.WebAssembly.Global({ value: "i32", mutable: true }, 0) : false;
  function _liftFlatU8(ctx) {
    _debugLog("[_liftFlatU8()] args", { ctx });
    let val;
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) {
        throw new Error("expected at least a single i32 argument");
      }
      val = ctx.params[0];
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    if (ctx.storageLen !== void 0 && ctx.storageLen < 1) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u8 requires 1 byte)`);
    }
    val = new DataView(ctx.memory.buffer).getUint8(ctx.storagePtr, true);
    ctx.storagePtr += 1;
    if (ctx.storageLen !== void 0) {
      ctx.storageLen -= 1;
    }
    return [val, ctx];
  }
  function _liftFlatU16(ctx) {
    _debugLog("[_liftFlatU16()] args", { ctx });
    let val;
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) {
        throw new Error("expected at least a single i32 argument");
      }
      val = ctx.params[0];
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    if (ctx.storageLen !== void 0 && ctx.storageLen < 2) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u16 requires 2 bytes)`);
    }
    val = new DataView(ctx.memory.buffer).getUint16(ctx.storagePtr, true);
    ctx.storagePtr += 2;
    if (ctx.storageLen !== void 0) {
      ctx.storageLen -= 2;
    }
    const rem = ctx.storagePtr % 2;
    if (rem !== 0) {
      ctx.storagePtr += 2 - rem;
    }
    return [val, ctx];
  }
  function _liftFlatU32(ctx) {
    _debugLog("[_liftFlatU32()] args", { ctx });
    let val;
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) {
        throw new Error("expected at least a single i34 argument");
      }
      val = ctx.params[0] >>> 0;
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    if (ctx.storageLen !== void 0 && ctx.storageLen < 4) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u32 requires 4 bytes)`);
    }
    val = new DataView(ctx.memory.buffer).getUint32(ctx.storagePtr, true);
    ctx.storagePtr += 4;
    if (ctx.storageLen !== void 0) {
      ctx.storageLen -= 4;
    }
    return [val, ctx];
  }
  function _liftFlatU64(ctx) {
    _debugLog("[_liftFlatU64()] args", { ctx });
    let val;
    if (ctx.useDirectParams) {
      if (ctx.params.length === 0) {
        throw new Error("expected at least one single i64 argument");
      }
      if (typeof ctx.params[0] !== "bigint") {
        throw new Error("expected bigint");
      }
      val = BigInt.asUintN(64, ctx.params[0]);
      ctx.params = ctx.params.slice(1);
      return [val, ctx];
    }
    if (ctx.storageLen !== void 0 && ctx.storageLen < 8) {
      throw new Error(`insufficient storage ([${ctx.storageLen}] bytes) for lift (u64 requires 8 bytes)`);
    }
    val = new DataView(ctx.memory.buffer).getBigUint64(ctx.storagePtr, true);
    ctx.storagePtr += 8;
    if (ctx.storageLen !== void 0) {
      ctx.storageLen -= 8;
    }
    return [val, ctx];
  }
  function _liftFlatStringUTF8(ctx) {
    _debugLog("[_liftFlatStringUTF8()] args", { ctx });
    let val;
    if (ctx.useDirectParams) {
      if (ctx.params.length < 2) {
        throw new Error("expected at least two u32 arguments");
      }
      let offset = ctx.params[0];
      if (typeof offset === "bigint") {
        offset = Number(offset);
      }
      if (!Number.isSafeInteger(offset)) {
        throw new Error("invalid offset");
      }
      const len = ctx.params[1];
      if (!Number.isSafeInteger(len)) {
        throw new Error("invalid len");
      }
      val = TEXT_DECODER_UTF8.decode(new DataView(ctx.memory.buffer, offset, len));
      ctx.params = ctx.params.slice(2);
      return [val, ctx];
    }
    const rem = ctx.storagePtr % 4;
    if (rem !== 0) {
      ctx.storagePtr += 4 - rem;
    }
    const dv2 = new DataView(ctx.memory.buffer);
    const start = dv2.getUint32(ctx.storagePtr, true);
    const codeUnits = dv2.getUint32(ctx.storagePtr + 4, true);
    val = TEXT_DECODER_UTF8.decode(new Uint8Array(ctx.memory.buffer, start, codeUnits));
    ctx.storagePtr += 8;
    if (ctx.storageLen !== void 0) {
      ctx.storagelen -= 8;
    }
    return [val, ctx];
  }
  function _liftFlatStringUTF16(ctx) {
    _debugLog("[_liftFlatStringUTF16()] args", { ctx });
    let val;
    if (ctx.useDirectParams) {
      if (ctx.params.length < 2) {
        throw new Error("expected at least two u32 arguments");
      }
      let offset = ctx.params[0];
      if (typeof offset === "bigint") {
        offset = Number(offset);
      }
      if (!Number.isSafeInteger(offset)) {
        throw new Error("invalid offset");
      }
      const len = ctx.params[1];
      if (!Number.isSafeInteger(len)) {
        throw new Error("invalid len");
      }
      val = utf16Decoder.decode(new DataView(ctx.memory.buffer, offset, len));
      ctx.params = ctx.params.slice(2);
      return [val, ctx];
    }
    const data = new DataView(ctx.memory.buffer);
    const start = data.getUint32(ctx.storagePtr, vals[0], true);
    const codeUnits = data.getUint32(ctx.storagePtr, vals[0] + 4, true);
    val = utf16Decoder.decode(new Uint16Array(ctx.memory.buffer, start, codeUnits));
    ctx.storagePtr = ctx.storagePtr + 2 * codeUnits;
    if (ctx.storageLen !== void 0) {
      ctx.storageLen = ctx.storageLen - 2 * codeUnits;
    }
    return [val, ctx];
  }
  function _liftFlatStringAny(ctx) {
    switch (ctx.stringEncoding) {
      case "utf8":
        return _liftFlatStringUTF8(ctx);
      case "utf16":
        return _liftFlatStringUTF16(ctx);
      default:
        throw new Error(`missing/unrecognized/unsupported string encoding [${ctx.stringEncoding}]`);
    }
  }
  const _liftFlatVariantScratch = new DataView(new ArrayBuffer(8));
  function _liftFlatVariant(meta) {
    const {
      caseMetas,
      variantSize32,
      variantAlign32,
      variantPayloadOffset32,
      variantFlatCount,
      variantPayloadFlatTypes,
      isEnum
    } = meta;
    return function _liftFlatVariantInner(ctx) {
      _debugLog("[_liftFlatVariant()] args", { ctx });
      const origUseParams = ctx.useDirectParams;
      let caseIdx;
      let liftRes;
      const originalPtr = ctx.storagePtr;
      const numCases = caseMetas.length;
      if (caseMetas.length < 256) {
        liftRes = _liftFlatU8(ctx);
      } else if (numCases >= 256 && numCases < 65536) {
        liftRes = _liftFlatU16(ctx);
      } else if (numCases >= 65536 && numCases < 4294967296) {
        liftRes = _liftFlatU32(ctx);
      } else {
        throw new Error(`unsupported number of variant cases [${numCases}]`);
      }
      caseIdx = liftRes[0];
      ctx = liftRes[1];
      const [
        tag,
        liftFn,
        caseSize32,
        caseAlign32,
        caseFlatCount,
        caseFlatTypes
      ] = caseMetas[caseIdx];
      if (variantPayloadOffset32 === void 0) {
        throw new Error("unexpectedly missing payload offset");
      }
      if (originalPtr !== void 0) {
        ctx.storagePtr = originalPtr + variantPayloadOffset32;
      }
      let val;
      if (liftFn === null) {
        val = { tag };
        if (originalPtr !== void 0) {
          ctx.storagePtr = originalPtr + variantSize32;
        }
      } else {
        if (ctx.useDirectParams) {
          if (!variantPayloadFlatTypes || !caseFlatTypes) {
            throw new Error("missing variant flat type metadata during direct-param lift");
          }
          const scratch = _liftFlatVariantScratch;
          for (let i = 0; i < caseFlatTypes.length; i++) {
            const have = variantPayloadFlatTypes[i];
            const want = caseFlatTypes[i];
            if (have === want) {
              continue;
            }
            const val2 = ctx.params[i];
            if (have === "i64" && want === "i32") {
              ctx.params[i] = Number(BigInt.asIntN(32, val2));
            } else if (have === "i64" && want === "f32") {
              scratch.setInt32(0, Number(BigInt.asIntN(32, val2)), true);
              ctx.params[i] = scratch.getFloat32(0, true);
            } else if (have === "i64" && want === "f64") {
              scratch.setBigInt64(0, val2, true);
              ctx.params[i] = scratch.getFloat64(0, true);
            } else if (have === "i32" && want === "f32") {
              scratch.setInt32(0, val2, true);
              ctx.params[i] = scratch.getFloat32(0, true);
            } else {
              throw new Error(`invalid variant payload coercion [${have}] -> [${want}]`);
            }
          }
        }
        const [newVal, newCtx] = liftFn(ctx);
        val = { tag, val: newVal };
        ctx = newCtx;
      }
      if (origUseParams) {
        if (variantFlatCount === void 0 || variantFlatCount === null) {
          _debugLog("[_liftFlatVariant()] variant with unknown flat count", { ctx, meta });
          throw new Error("cannot lift variant with unknown flat count");
        }
        if (caseFlatCount === void 0 || caseFlatCount === null) {
          _debugLog("[_liftFlatVariant()] case with unknown flat count", { ctx, meta, case: meta.caseMetas[caseIdx] });
          throw new Error("cannot lift case with unknown flat count");
        }
        const remainingPayloadParams = variantFlatCount - caseFlatCount - (isEnum ? 0 : 1);
        if (remainingPayloadParams < 0) {
          throw new Error(`invalid variant flat count metadata`);
        }
        if (ctx.params.length < remainingPayloadParams) {
          throw new Error(`expected at least [${remainingPayloadParams}] remaining variant payload params, but got [${ctx.params.length}]`);
        }
        ctx.params = ctx.params.slice(remainingPayloadParams);
      }
      if (ctx.storagePtr !== void 0) {
        const rem = ctx.storagePtr % variantAlign32;
        if (rem !== 0) {
          ctx.storagePtr += variantAlign32 - rem;
        }
      }
      return [val, ctx];
    };
  }
  function _liftFlatList(meta) {
    const { elemLiftFn, elemSize32, elemAlign32, knownLen, typedArray } = meta;
    const listValue = typedArray === void 0 ? (values) => values : (values) => new typedArray(values);
    const readValuesAndReset = (ctx, originalPtr, originalLen, dataPtr, len) => {
      if (dataPtr % elemAlign32 !== 0) {
        throw new TypeError(`list pointer [${dataPtr}] is not aligned to ${elemAlign32}`);
      }
      ctx.storagePtr = dataPtr;
      const val = [];
      for (var i = 0; i < len; i++) {
        const elemPtr = dataPtr + i * elemSize32;
        ctx.storagePtr = elemPtr;
        const [res, nextCtx] = elemLiftFn(ctx);
        val.push(res);
        ctx = nextCtx;
        ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
      }
      if (originalPtr !== null) {
        ctx.storagePtr = originalPtr;
      }
      if (originalLen !== null) {
        ctx.storageLen = originalLen;
      }
      return [listValue(val), ctx];
    };
    return function _liftFlatListInner(ctx) {
      _debugLog("[_liftFlatList()] args", { ctx });
      let liftResults;
      if (knownLen !== void 0) {
        if (ctx.useDirectParams) {
          _debugLog("memory unexpectedly missing while lifting unknown length list", { ctx });
          liftResults = [listValue(ctx.params.slice(0, knownLen)), ctx];
          ctx.params = ctx.params.slice(knownLen);
        } else {
          if (ctx.memory === null) {
            _debugLog("memory unexpectedly missing while lifting known length list", { knownLen, ctx });
            throw new Error(`memory missing while lifting known length (${knownLen}) list`);
          }
          const originalLen = ctx.storageLen;
          const originalPtr = ctx.storagePtr;
          ctx.storageLen = knownLen * elemSize32;
          liftResults = readValuesAndReset(ctx, null, originalLen, ctx.storagePtr, knownLen);
        }
      } else {
        if (ctx.useDirectParams) {
          const dataPtr = ctx.params[0];
          const len = ctx.params[1];
          ctx.params = ctx.params.slice(2);
          ctx.useDirectParams = false;
          const originalPtr = ctx.storagePtr;
          const originalLen = ctx.storageLen;
          ctx.storageLen = len * elemSize32;
          liftResults = readValuesAndReset(ctx, originalPtr, originalLen, dataPtr, len);
          ctx.useDirectParams = true;
        } else {
          const originalLen = ctx.storageLen;
          ctx.storageLen = 8;
          const dataPtrLiftRes = _liftFlatU32(ctx);
          const dataPtr = dataPtrLiftRes[0];
          ctx = dataPtrLiftRes[1];
          const lenLiftRes = _liftFlatU32(ctx);
          const len = lenLiftRes[0];
          ctx = lenLiftRes[1];
          const originalPtr = ctx.storagePtr;
          ctx.storagePtr = dataPtr;
          ctx.storageLen = len * elemSize32;
          liftResults = readValuesAndReset(ctx, originalPtr, originalLen, dataPtr, len);
        }
      }
      return liftResults;
    };
  }
  function _liftFlatOption(meta) {
    const { payloadMaybeNull } = meta;
    const f = _liftFlatVariant(meta);
    return function _liftFlatOptionInner(ctx) {
      _debugLog("[_liftFlatOption()] args", { ctx });
      const res = f(ctx);
      if (!payloadMaybeNull) {
        res[0] = res[0].tag === "none" ? void 0 : res[0].val;
      }
      return res;
    };
  }
  function _liftFlatResult(meta) {
    const f = _liftFlatVariant(meta);
    return function _liftFlatResultInner(ctx) {
      _debugLog("[_liftFlatResult()] args", { ctx });
      const res = f(ctx);
      if (!("val" in res[0])) {
        res[0].val = void 0;
      }
      return res;
    };
  }
  function _liftFlatOwn(meta) {
    const { classNameFn, createResourceFn, componentIdx: componentIdx2, tableIdx } = meta;
    return function _liftFlatOwnInner(ctx) {
      _debugLog("[_liftFlatOwn()] args", { ctx, className: classNameFn() });
      if (ctx.componentIdx !== componentIdx2) {
        throw new Error("invalid component for resource lift");
      }
      const [handle2, newCtx] = _liftFlatU32(ctx);
      const resource = ctx.liftResource ? ctx.liftResource(handle2, tableIdx) : createResourceFn(handle2);
      return [resource, newCtx];
    };
  }
  function _liftFlatBorrow(componentTableIdx, size, memory, vals2, storagePtr, storageLen) {
    _debugLog("[_liftFlatBorrow()] args", { size, memory, vals: vals2, storagePtr, storageLen });
    throw new Error("flat lift for borrowed resources is not supported!");
  }
  function _lowerFlatU8(ctx) {
    _debugLog("[_lowerFlatU8()] args", ctx);
    if (ctx.vals.length !== 1) {
      throw new Error(`unexpected number [${ctx.vals.length}] of vals (expected 1)`);
    }
    _requireValidNumericPrimitive.bind("u8", ctx.vals[0]);
    if (!ctx.memory) {
      throw new Error("missing memory for lower");
    }
    new DataView(ctx.memory.buffer).setUint8(ctx.storagePtr, ctx.vals[0]);
    ctx.storagePtr += 1;
  }
  function _lowerFlatU16(ctx) {
    _debugLog("[_lowerFlatU16()] args", { ctx });
    if (!ctx.memory) {
      throw new Error("missing memory for lower");
    }
    if (ctx.vals.length !== 1) {
      throw new Error(`unexpected number [${ctx.vals.length}] of vals (expected 1)`);
    }
    const rem = ctx.storagePtr % 2;
    if (rem !== 0) {
      ctx.storagePtr += 2 - rem;
    }
    _requireValidNumericPrimitive.bind("u16", ctx.vals[0]);
    new DataView(ctx.memory.buffer).setUint16(ctx.storagePtr, ctx.vals[0], true);
    ctx.storagePtr += 2;
  }
  function _lowerFlatU32(ctx) {
    _debugLog("[_lowerFlatU32()] args", { ctx });
    if (ctx.vals.length !== 1) {
      throw new Error(`expected single value to lower, got [${ctx.vals.length}]`);
    }
    const rem = ctx.storagePtr % 4;
    if (rem !== 0) {
      ctx.storagePtr += 4 - rem;
    }
    _requireValidNumericPrimitive.bind("u32", ctx.vals[0]);
    new DataView(ctx.memory.buffer).setUint32(ctx.storagePtr, ctx.vals[0], true);
    ctx.storagePtr += 4;
  }
  function _lowerFlatU64(ctx) {
    _debugLog("[_lowerFlatU64()] args", { ctx });
    if (ctx.vals.length !== 1) {
      throw new Error("unexpected number of vals");
    }
    const rem = ctx.storagePtr % 8;
    if (rem !== 0) {
      ctx.storagePtr += 8 - rem;
    }
    _requireValidNumericPrimitive.bind("u64", ctx.vals[0]);
    new DataView(ctx.memory.buffer).setBigUint64(ctx.storagePtr, ctx.vals[0], true);
    ctx.storagePtr += 8;
  }
  function _lowerFlatStringUTF8(ctx) {
    _debugLog("[_lowerFlatStringUTF8()] args", ctx);
    if (!ctx.realloc) {
      throw new Error("missing realloc during flat string lower");
    }
    const { ptr, len } = _utf8AllocateAndEncode(ctx.vals[0], ctx.realloc, ctx.memory);
    const view = new DataView(ctx.memory.buffer);
    view.setUint32(ctx.storagePtr, ptr, true);
    view.setUint32(ctx.storagePtr + 4, len, true);
    ctx.storagePtr += 8;
  }
  function _lowerFlatStringUTF16(ctx) {
    _debugLog("[_lowerFlatStringUTF16()] args", { ctx });
    if (!ctx.realloc) {
      throw new Error("missing realloc during flat string lower");
    }
    const { ptr, len } = _utf16AllocateAndEncode(ctx.vals[0], ctx.realloc, ctx.memory);
    const view = new DataView(ctx.memory.buffer);
    view.setUint32(ctx.storagePtr, ptr, true);
    view.setUint32(ctx.storagePtr + 4, len, true);
    ctx.storagePtr += 8;
  }
  function _lowerFlatStringAny(ctx) {
    switch (ctx.stringEncoding) {
      case "utf8":
        return _lowerFlatStringUTF8(ctx);
      case "utf16":
        return _lowerFlatStringUTF16(ctx);
      default:
        throw new Error(`missing/unrecognized/unsupported string encoding [${ctx.stringEncoding}]`);
    }
  }
  function _lowerFlatRecord(meta) {
    const { fieldMetas, size32: recordSize32, align32: recordAlign32 } = meta;
    return function _lowerFlatRecordInner(ctx) {
      _debugLog("[_lowerFlatRecord()] args", { ctx });
      const originalPtr = ctx.storagePtr;
      const r = ctx.vals[0];
      for (const [tag, lowerFn, size32, align32] of fieldMetas) {
        const rem2 = ctx.storagePtr % align32;
        if (rem2 !== 0) {
          ctx.storagePtr += align32 - rem2;
        }
        const fieldPtr = ctx.storagePtr;
        ctx.vals = [r[tag]];
        lowerFn(ctx);
        ctx.storagePtr = Math.max(ctx.storagePtr, fieldPtr + size32);
      }
      ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + recordSize32);
      const rem = ctx.storagePtr % recordAlign32;
      if (rem !== 0) {
        ctx.storagePtr += recordAlign32 - rem;
      }
    };
  }
  function _lowerFlatVariant(meta) {
    const { variantSize32, variantAlign32, variantPayloadOffset32, caseMetas } = meta;
    let caseLookup = {};
    for (const [idx, meta2] of caseMetas.entries()) {
      let tag = meta2[0];
      caseLookup[tag] = { discriminant: idx, meta: meta2 };
    }
    return function _lowerFlatVariantInner(ctx) {
      _debugLog("[_lowerFlatVariant()] args", { ctx });
      const { tag, val } = ctx.vals[0];
      const variantCase = caseLookup[tag];
      if (!variantCase) {
        throw new Error(`missing tag [${tag}] (valid tags: ${Object.keys(caseLookup)})`);
      }
      const [_tag, lowerFn, caseSize32, caseAlign32, caseFlatCount] = variantCase.meta;
      const originalPtr = ctx.storagePtr;
      ctx.vals = [variantCase.discriminant];
      let discLowerRes;
      if (caseMetas.length < 256) {
        discLowerRes = _lowerFlatU8(ctx);
      } else if (caseMetas.length >= 256 && caseMetas.length < 65536) {
        discLowerRes = _lowerFlatU16(ctx);
      } else if (caseMetas.length >= 65536 && caseMetas.length < 4294967296) {
        discLowerRes = _lowerFlatU32(ctx);
      } else {
        throw new Error(`unsupported number of cases [${caseMetas.length}]`);
      }
      const payloadOffsetPtr = originalPtr + variantPayloadOffset32;
      ctx.storagePtr = payloadOffsetPtr;
      ctx.vals = [val];
      if (lowerFn) {
        lowerFn(ctx);
      }
      ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + variantSize32);
      const rem = ctx.storagePtr % variantAlign32;
      if (rem !== 0) {
        ctx.storagePtr += variantAlign32 - rem;
      }
    };
  }
  function _lowerFlatList(meta) {
    const {
      elemLowerFn,
      knownLen,
      size32,
      align32,
      elemSize32,
      elemAlign32
    } = meta;
    if (!elemLowerFn) {
      throw new TypeError("missing/invalid element lower fn for list");
    }
    return function _lowerFlatListInner(ctx) {
      _debugLog("[_lowerFlatList()] args", { ctx });
      if (ctx.useDirectParams) {
        if (ctx.params.length < 2) {
          throw new Error("insufficient params left to lower list");
        }
        const storagePtr = ctx.params[0];
        const elemCount = ctx.params[1];
        ctx.params = ctx.params.slice(2);
        const list = ctx.vals[0];
        if (!list) {
          throw new Error("missing direct param value");
        }
        const lowerCtx = {
          storagePtr,
          memory: ctx.memory,
          stringEncoding: ctx.stringEncoding
        };
        for (let idx = 0; idx < list.length; idx++) {
          const elemPtr = storagePtr + idx * elemSize32;
          lowerCtx.storagePtr = elemPtr;
          lowerCtx.vals = list.slice(idx, idx + 1);
          elemLowerFn(lowerCtx);
          lowerCtx.storagePtr = Math.max(lowerCtx.storagePtr, elemPtr + elemSize32);
        }
        ctx.storagePtr = lowerCtx.storagePtr;
        return;
      }
      const elems = ctx.vals[0];
      if (knownLen === void 0) {
        if (!ctx.realloc) {
          throw new Error("missing realloc during flat string lower");
        }
        const dataPtr = ctx.realloc(0, 0, elemAlign32, elemSize32 * elems.length);
        ctx.vals[0] = dataPtr;
        _lowerFlatU32(ctx);
        ctx.vals[0] = elems.length;
        _lowerFlatU32(ctx);
        const origPtr = ctx.storagePtr;
        ctx.storagePtr = dataPtr;
        for (const [idx, elem] of elems.entries()) {
          const elemPtr = dataPtr + idx * elemSize32;
          ctx.storagePtr = elemPtr;
          ctx.vals = [elem];
          elemLowerFn(ctx);
          ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
        }
        ctx.storagePtr = origPtr;
      } else {
        if (elems.length !== knownLen) {
          throw new TypeError(`invalid list input of length [${elems.length}], must be length [${knownLen}]`);
        }
        const originalPtr = ctx.storagePtr;
        for (const [idx, elem] of elems.entries()) {
          const elemPtr = originalPtr + idx * elemSize32;
          ctx.storagePtr = elemPtr;
          ctx.vals = [elem];
          elemLowerFn(ctx);
          ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + elemSize32);
        }
      }
      const totalSizeBytes = elems.length * size32;
      if (ctx.storageLen !== void 0 && totalSizeBytes > ctx.storageLen) {
        throw new Error("not enough storage remaining for list flat lower");
      }
    };
  }
  function _lowerFlatTuple(meta) {
    const { elemLowerMetas, size32: tupleSize32, align32: tupleAlign32 } = meta;
    return function _lowerFlatTupleInner(ctx) {
      _debugLog("[_lowerFlatTuple()] args", { ctx });
      const originalPtr = ctx.storagePtr;
      const tuple = ctx.vals[0];
      for (const [idx, [lowerFn, size32, align32]] of elemLowerMetas.entries()) {
        const rem2 = ctx.storagePtr % align32;
        if (rem2 !== 0) {
          ctx.storagePtr += align32 - rem2;
        }
        const elemPtr = ctx.storagePtr;
        ctx.vals = [tuple[idx]];
        lowerFn(ctx);
        ctx.storagePtr = Math.max(ctx.storagePtr, elemPtr + size32);
      }
      ctx.storagePtr = Math.max(ctx.storagePtr, originalPtr + tupleSize32);
      const rem = ctx.storagePtr % tupleAlign32;
      if (rem !== 0) {
        ctx.storagePtr += tupleAlign32 - rem;
      }
    };
  }
  function _lowerFlatOption(meta) {
    const { payloadMaybeNull } = meta;
    const f = _lowerFlatVariant(meta);
    return function _lowerFlatOptionInner(ctx) {
      _debugLog("[_lowerFlatOption()] args", { ctx });
      const v = ctx.vals[0];
      if (v === null || v === void 0) {
        ctx.vals[0] = { tag: "none" };
      } else if (payloadMaybeNull) {
        const isNotOptionObject = typeof v !== "object" || Object.keys(v).length !== 2 || !("tag" in v) || !(v.tag === "some" || v.tag === "none") || !("val" in v);
        if (isNotOptionObject) {
          ctx.vals[0] = { tag: "some", val: v };
        }
      } else {
        ctx.vals[0] = { tag: "some", val: v };
      }
      f(ctx);
    };
  }
  function _lowerFlatResult(meta) {
    const f = _lowerFlatVariant(meta);
    return function _lowerFlatResultInner(ctx) {
      _debugLog("[_lowerFlatResult()] args", { ctx });
      const v = ctx.vals[0];
      const isNotResultObject = typeof v !== "object" || Object.keys(v).length !== 2 || !("tag" in v) || !("ok" === v.tag || "err" === v.tag) || !("val" in v);
      if (isNotResultObject) {
        ctx.vals[0] = { tag: "ok", val: v };
      }
      f(ctx);
    };
  }
  function _lowerFlatOwn(meta) {
    const { lowerFn, componentIdx: componentIdx2, tableIdx } = meta;
    return function _lowerFlatOwnInner(ctx) {
      _debugLog("[_lowerFlatOwn()] args", { ctx });
      const { createFn } = ctx;
      if (ctx.componentIdx !== componentIdx2) {
        throw new Error(`component index mismatch (expected [${componentIdx2}], lift called from [${ctx.componentIdx}])`);
      }
      const obj = ctx.vals[0];
      if (obj === void 0 || obj === null) {
        throw new Error("missing resource");
      }
      const handle2 = ctx.lowerResource ? ctx.lowerResource(obj, tableIdx) : lowerFn(obj);
      ctx.vals[0] = handle2;
      _lowerFlatU32(ctx);
    };
  }
  function _trackHostOperation(operation) {
    const result = operation();
    if (result === null || typeof result !== "object" && typeof result !== "function" || typeof result.then !== "function") {
      return result;
    }
    STORE_ASYNC_STATE.pendingHostOperations++;
    return Promise.resolve(result).finally(() => {
      STORE_ASYNC_STATE.pendingHostOperations--;
      if (STORE_ASYNC_STATE.pendingHostOperations < 0) {
        throw new Error("negative pending host operation count");
      }
      for (const state of ASYNC_STATE.values()) {
        state.runTickLoop();
      }
      _checkForDeadlock();
    });
  }
  function _guardMayLeave(componentIdx2, fn) {
    return function(...args) {
      _checkMayLeave(componentIdx2);
      return fn.apply(this, args);
    };
  }
  function clampGuest(i, min, max) {
    if (i < min || i > max) {
      throw new TypeError(`must be between ${min} and ${max}`);
    }
    return i;
  }
  const isNode = typeof process !== "undefined" && process.versions && process.versions.node;
  let _fs;
  async function fetchCompile(url) {
    if (isNode) {
      _fs = _fs || await import("node:fs/promises");
      return WebAssembly.compile(await _fs.readFile(url));
    }
    return fetch(url).then(WebAssembly.compileStreaming);
  }
  const symbolCabiDispose = /* @__PURE__ */ Symbol.for("cabiDispose");
  const symbolRscHandle = /* @__PURE__ */ Symbol("handle");
  const symbolRscRep = /* @__PURE__ */ Symbol.for("cabiRep");
  const symbolDispose3 = Symbol.dispose || /* @__PURE__ */ Symbol.for("dispose");
  const HANDLE_TABLES = [];
  class ComponentError extends Error {
    constructor(value) {
      const enumerable = typeof value !== "string";
      super(enumerable ? `${String(value)} (see error.payload)` : value);
      Object.defineProperty(this, "payload", { value, enumerable });
    }
  }
  const hasOwnProperty = Object.prototype.hasOwnProperty;
  function getErrorPayload(e) {
    if (e && hasOwnProperty.call(e, "payload")) return e.payload;
    if (e instanceof Error) throw e;
    return e;
  }
  function throwInvalidBool() {
    throw new TypeError("invalid variant discriminant for bool");
  }
  function _suspendingImport(componentIdx2, fn, syncOnly = false, switchesTask = false) {
    return function(...args) {
      _checkMayLeave(componentIdx2);
      const saved = CURRENT_TASK_META[componentIdx2] ?? null;
      const savedTask = saved ? getCurrentTask(saved.componentIdx, saved.taskID)?.task : null;
      const mayBlock = savedTask ? savedTask?.mayBlock() ?? CURRENT_TASK_MAY_BLOCK.value !== 0 : false;
      if (!saved && !mayBlock) {
        throw new WebAssemblyRuntimeError("cannot block a synchronous task before returning");
      }
      if (syncOnly || !mayBlock) {
        let result;
        try {
          result = fn.apply(null, args);
        } catch (err) {
          CURRENT_TASK_META[componentIdx2] = saved;
          if (!switchesTask) {
            CURRENT_TASK_META.current = saved;
          }
          throw err;
        }
        CURRENT_TASK_META[componentIdx2] = saved;
        if (!switchesTask) {
          CURRENT_TASK_META.current = saved;
        }
        if (result !== null && (typeof result === "object" || typeof result === "function") && typeof result.then === "function") {
          Promise.resolve(result).catch(() => {
          });
          throw new WebAssemblyRuntimeError("cannot block a synchronous task before returning");
        }
        return result;
      }
      return (async () => {
        try {
          return await fn.apply(null, args);
        } finally {
          CURRENT_TASK_META[componentIdx2] = saved;
          if (!switchesTask) {
            CURRENT_TASK_META.current = saved;
          }
        }
      })();
    };
  }
  if (!getCoreModule) getCoreModule = (name) => fetchCompile(new URL(`./${name}`, import.meta.url));
  const module0 = getCoreModule("checker.core.wasm");
  const module1 = getCoreModule("checker.core2.wasm");
  const module2 = getCoreModule("checker.core3.wasm");
  const { getEnvironment } = imports2["wasi:cli/environment"];
  if (getEnvironment === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getEnvironment', was 'getEnvironment' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { exit: exit3 } = imports2["wasi:cli/exit"];
  if (exit3 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'exit', was 'exit' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { getStderr } = imports2["wasi:cli/stderr"];
  if (getStderr === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getStderr', was 'getStderr' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { getStdin } = imports2["wasi:cli/stdin"];
  if (getStdin === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getStdin', was 'getStdin' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { getStdout } = imports2["wasi:cli/stdout"];
  if (getStdout === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getStdout', was 'getStdout' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { TerminalInput: TerminalInput2 } = imports2["wasi:cli/terminal-input"];
  if (TerminalInput2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'TerminalInput', was 'TerminalInput' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { TerminalOutput: TerminalOutput2 } = imports2["wasi:cli/terminal-output"];
  if (TerminalOutput2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'TerminalOutput', was 'TerminalOutput' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { getTerminalStderr } = imports2["wasi:cli/terminal-stderr"];
  if (getTerminalStderr === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getTerminalStderr', was 'getTerminalStderr' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { getTerminalStdin } = imports2["wasi:cli/terminal-stdin"];
  if (getTerminalStdin === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getTerminalStdin', was 'getTerminalStdin' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { getTerminalStdout } = imports2["wasi:cli/terminal-stdout"];
  if (getTerminalStdout === void 0) {
    const err = new Error("unexpectedly undefined instance import 'getTerminalStdout', was 'getTerminalStdout' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { now } = imports2["wasi:clocks/monotonic-clock"];
  if (now === void 0) {
    const err = new Error("unexpectedly undefined instance import 'now', was 'now' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { handle } = imports2["wasi:http/outgoing-handler"];
  if (handle === void 0) {
    const err = new Error("unexpectedly undefined instance import 'handle', was 'handle' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { Fields: Fields2, FutureIncomingResponse: FutureIncomingResponse2, FutureTrailers: FutureTrailers2, IncomingBody: IncomingBody2, IncomingResponse: IncomingResponse2, OutgoingRequest: OutgoingRequest2, RequestOptions: RequestOptions2 } = imports2["wasi:http/types"];
  if (Fields2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'Fields', was 'Fields' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (FutureIncomingResponse2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'FutureIncomingResponse', was 'FutureIncomingResponse' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (FutureTrailers2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'FutureTrailers', was 'FutureTrailers' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (IncomingBody2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'IncomingBody', was 'IncomingBody' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (IncomingResponse2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'IncomingResponse', was 'IncomingResponse' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (OutgoingRequest2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'OutgoingRequest', was 'OutgoingRequest' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (RequestOptions2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'RequestOptions', was 'RequestOptions' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { Error: Error$1 } = imports2["wasi:io/error"];
  if (Error$1 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'Error$1', was 'Error' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { Pollable: Pollable2, poll: poll2 } = imports2["wasi:io/poll"];
  if (Pollable2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'Pollable', was 'Pollable' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (poll2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'poll', was 'poll' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { InputStream: InputStream2, OutputStream: OutputStream2 } = imports2["wasi:io/streams"];
  if (InputStream2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'InputStream', was 'InputStream' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  if (OutputStream2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'OutputStream', was 'OutputStream' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { insecureSeed: insecureSeed2 } = imports2["wasi:random/insecure-seed"];
  if (insecureSeed2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'insecureSeed', was 'insecureSeed' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  let gen = (function* _initGenerator() {
    const instanceFlags0 = new WebAssembly.Global({ value: "i32", mutable: true }, 1);
    INSTANCE_FLAGS.set(0, instanceFlags0);
    let exports0;
    const handleTable10 = [T_FLAG2, 0];
    handleTable10._createdReps = /* @__PURE__ */ new Set();
    handleTable10._componentIdx = 0;
    const captureTable10 = /* @__PURE__ */ new Map();
    let captureCnt10 = 0;
    HANDLE_TABLES[10] = handleTable10;
    const handleTable6 = [T_FLAG2, 0];
    handleTable6._createdReps = /* @__PURE__ */ new Set();
    handleTable6._componentIdx = 0;
    const captureTable6 = /* @__PURE__ */ new Map();
    let captureCnt6 = 0;
    HANDLE_TABLES[6] = handleTable6;
    const _trampoline9 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable10[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable10.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(IncomingBody2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      } else {
        captureTable10.delete(rep22);
      }
      rscTableRemove(handleTable10, handle1);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[static]incoming-body.finish"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "IncomingBody.finish",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => IncomingBody2.finish(rsc0))
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof FutureTrailers2)) {
        throw new TypeError('Resource error: Not a valid "FutureTrailers" resource.');
      }
      var handle3 = ret[symbolRscHandle];
      if (!handle3) {
        const rep3 = ret[symbolRscRep] || ++captureCnt6;
        captureTable6.set(rep3, ret);
        handle3 = rscTableCreateOwn(handleTable6, rep3);
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[static]incoming-body.finish"][Instruction::Return]', {
        funcName: "[static]incoming-body.finish",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle3]);
      task.exit();
      return handle3;
    };
    _trampoline9.fnName = "wasi:http/types@0.2.12#IncomingBody.finish";
    const handleTable9 = [T_FLAG2, 0];
    handleTable9._createdReps = /* @__PURE__ */ new Set();
    handleTable9._componentIdx = 0;
    const captureTable9 = /* @__PURE__ */ new Map();
    let captureCnt9 = 0;
    HANDLE_TABLES[9] = handleTable9;
    const _trampoline11 = function(arg0, arg1, arg2) {
      var handle1 = arg0;
      var rep22 = handleTable9[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable9.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(RequestOptions2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant3;
      switch (arg1) {
        case 0: {
          variant3 = void 0;
          break;
        }
        case 1: {
          variant3 = BigInt.asUintN(64, BigInt(arg2));
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]request-options.set-connect-timeout"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setConnectTimeout",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet4 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setConnectTimeout(variant3))
        });
        ret = hostRet4 !== null && typeof hostRet4 === "object" && (hostRet4.tag === "ok" || hostRet4.tag === "err") ? hostRet4 : { tag: "ok", val: hostRet4 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant5 = ret;
      let variant5_0;
      switch (variant5.tag) {
        case "ok": {
          const e = variant5.val;
          variant5_0 = 0;
          break;
        }
        case "err": {
          const e = variant5.val;
          variant5_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant5, valueType: typeof variant5 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]request-options.set-connect-timeout"][Instruction::Return]', {
        funcName: "[method]request-options.set-connect-timeout",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant5_0]);
      task.exit();
      return variant5_0;
    };
    _trampoline11.fnName = "wasi:http/types@0.2.12#setConnectTimeout";
    const _trampoline12 = function(arg0, arg1, arg2) {
      var handle1 = arg0;
      var rep22 = handleTable9[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable9.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(RequestOptions2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant3;
      switch (arg1) {
        case 0: {
          variant3 = void 0;
          break;
        }
        case 1: {
          variant3 = BigInt.asUintN(64, BigInt(arg2));
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]request-options.set-first-byte-timeout"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setFirstByteTimeout",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet4 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setFirstByteTimeout(variant3))
        });
        ret = hostRet4 !== null && typeof hostRet4 === "object" && (hostRet4.tag === "ok" || hostRet4.tag === "err") ? hostRet4 : { tag: "ok", val: hostRet4 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant5 = ret;
      let variant5_0;
      switch (variant5.tag) {
        case "ok": {
          const e = variant5.val;
          variant5_0 = 0;
          break;
        }
        case "err": {
          const e = variant5.val;
          variant5_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant5, valueType: typeof variant5 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]request-options.set-first-byte-timeout"][Instruction::Return]', {
        funcName: "[method]request-options.set-first-byte-timeout",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant5_0]);
      task.exit();
      return variant5_0;
    };
    _trampoline12.fnName = "wasi:http/types@0.2.12#setFirstByteTimeout";
    const _trampoline13 = function(arg0, arg1, arg2) {
      var handle1 = arg0;
      var rep22 = handleTable9[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable9.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(RequestOptions2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant3;
      switch (arg1) {
        case 0: {
          variant3 = void 0;
          break;
        }
        case 1: {
          variant3 = BigInt.asUintN(64, BigInt(arg2));
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]request-options.set-between-bytes-timeout"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setBetweenBytesTimeout",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet4 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setBetweenBytesTimeout(variant3))
        });
        ret = hostRet4 !== null && typeof hostRet4 === "object" && (hostRet4.tag === "ok" || hostRet4.tag === "err") ? hostRet4 : { tag: "ok", val: hostRet4 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant5 = ret;
      let variant5_0;
      switch (variant5.tag) {
        case "ok": {
          const e = variant5.val;
          variant5_0 = 0;
          break;
        }
        case "err": {
          const e = variant5.val;
          variant5_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant5, valueType: typeof variant5 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]request-options.set-between-bytes-timeout"][Instruction::Return]', {
        funcName: "[method]request-options.set-between-bytes-timeout",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant5_0]);
      task.exit();
      return variant5_0;
    };
    _trampoline13.fnName = "wasi:http/types@0.2.12#setBetweenBytesTimeout";
    const _trampoline14 = function() {
      _debugLog('[iface="wasi:http/types@0.2.12", function="[constructor]request-options"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "new RequestOptions",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => new RequestOptions2())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof RequestOptions2)) {
        throw new TypeError('Resource error: Not a valid "RequestOptions" resource.');
      }
      var handle0 = ret[symbolRscHandle];
      if (!handle0) {
        const rep3 = ret[symbolRscRep] || ++captureCnt9;
        captureTable9.set(rep3, ret);
        handle0 = rscTableCreateOwn(handleTable9, rep3);
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[constructor]request-options"][Instruction::Return]', {
        funcName: "[constructor]request-options",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle0]);
      task.exit();
      return handle0;
    };
    _trampoline14.fnName = "wasi:http/types@0.2.12#new RequestOptions";
    const handleTable5 = [T_FLAG2, 0];
    handleTable5._createdReps = /* @__PURE__ */ new Set();
    handleTable5._componentIdx = 0;
    const captureTable5 = /* @__PURE__ */ new Map();
    let captureCnt5 = 0;
    HANDLE_TABLES[5] = handleTable5;
    const handleTable4 = [T_FLAG2, 0];
    handleTable4._createdReps = /* @__PURE__ */ new Set();
    handleTable4._componentIdx = 0;
    const captureTable4 = /* @__PURE__ */ new Map();
    let captureCnt4 = 0;
    HANDLE_TABLES[4] = handleTable4;
    const _trampoline15 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable5[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable5.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(Fields2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      } else {
        captureTable5.delete(rep22);
      }
      rscTableRemove(handleTable5, handle1);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[constructor]outgoing-request"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "new OutgoingRequest",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => new OutgoingRequest2(rsc0))
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof OutgoingRequest2)) {
        throw new TypeError('Resource error: Not a valid "OutgoingRequest" resource.');
      }
      var handle3 = ret[symbolRscHandle];
      if (!handle3) {
        const rep3 = ret[symbolRscRep] || ++captureCnt4;
        captureTable4.set(rep3, ret);
        handle3 = rscTableCreateOwn(handleTable4, rep3);
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[constructor]outgoing-request"][Instruction::Return]', {
        funcName: "[constructor]outgoing-request",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle3]);
      task.exit();
      return handle3;
    };
    _trampoline15.fnName = "wasi:http/types@0.2.12#new OutgoingRequest";
    const handleTable7 = [T_FLAG2, 0];
    handleTable7._createdReps = /* @__PURE__ */ new Set();
    handleTable7._componentIdx = 0;
    const captureTable7 = /* @__PURE__ */ new Map();
    let captureCnt7 = 0;
    HANDLE_TABLES[7] = handleTable7;
    const _trampoline16 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable7[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable7.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(IncomingResponse2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-response.status"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "status",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.status())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-response.status"][Instruction::Return]', {
        funcName: "[method]incoming-response.status",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([toUint16(ret)]);
      task.exit();
      return toUint16(ret);
    };
    _trampoline16.fnName = "wasi:http/types@0.2.12#status";
    const _trampoline17 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable7[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable7.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(IncomingResponse2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-response.headers"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "headers",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.headers())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      if (!(ret instanceof Fields2)) {
        throw new TypeError('Resource error: Not a valid "Headers" resource.');
      }
      var handle3 = ret[symbolRscHandle];
      if (!handle3) {
        const rep3 = ret[symbolRscRep] || ++captureCnt5;
        captureTable5.set(rep3, ret);
        handle3 = rscTableCreateOwn(handleTable5, rep3);
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-response.headers"][Instruction::Return]', {
        funcName: "[method]incoming-response.headers",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle3]);
      task.exit();
      return handle3;
    };
    _trampoline17.fnName = "wasi:http/types@0.2.12#headers";
    const handleTable8 = [T_FLAG2, 0];
    handleTable8._createdReps = /* @__PURE__ */ new Set();
    handleTable8._componentIdx = 0;
    const captureTable8 = /* @__PURE__ */ new Map();
    let captureCnt8 = 0;
    HANDLE_TABLES[8] = handleTable8;
    const handleTable0 = [T_FLAG2, 0];
    handleTable0._createdReps = /* @__PURE__ */ new Set();
    handleTable0._componentIdx = 0;
    const captureTable0 = /* @__PURE__ */ new Map();
    let captureCnt0 = 0;
    HANDLE_TABLES[0] = handleTable0;
    const _trampoline18 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable8[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable8.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(FutureIncomingResponse2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]future-incoming-response.subscribe"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "subscribe",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.subscribe())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      if (!(ret instanceof Pollable2)) {
        throw new TypeError('Resource error: Not a valid "Pollable" resource.');
      }
      var handle3 = ret[symbolRscHandle];
      if (!handle3) {
        const rep3 = ret[symbolRscRep] || ++captureCnt0;
        captureTable0.set(rep3, ret);
        handle3 = rscTableCreateOwn(handleTable0, rep3);
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]future-incoming-response.subscribe"][Instruction::Return]', {
        funcName: "[method]future-incoming-response.subscribe",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle3]);
      task.exit();
      return handle3;
    };
    _trampoline18.fnName = "wasi:http/types@0.2.12#subscribe";
    const _trampoline19 = function() {
      _debugLog('[iface="wasi:http/types@0.2.12", function="[constructor]fields"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "new Fields",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => new Fields2())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof Fields2)) {
        throw new TypeError('Resource error: Not a valid "Fields" resource.');
      }
      var handle0 = ret[symbolRscHandle];
      if (!handle0) {
        const rep3 = ret[symbolRscRep] || ++captureCnt5;
        captureTable5.set(rep3, ret);
        handle0 = rscTableCreateOwn(handleTable5, rep3);
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[constructor]fields"][Instruction::Return]', {
        funcName: "[constructor]fields",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle0]);
      task.exit();
      return handle0;
    };
    _trampoline19.fnName = "wasi:http/types@0.2.12#new Fields";
    const _trampoline20 = function() {
      _debugLog('[iface="wasi:clocks/monotonic-clock@0.2.12", function="now"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "now",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => now())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      _debugLog('[iface="wasi:clocks/monotonic-clock@0.2.12", function="now"][Instruction::Return]', {
        funcName: "now",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([toUint64(ret)]);
      task.exit();
      return toUint64(ret);
    };
    _trampoline20.fnName = "wasi:clocks/monotonic-clock@0.2.12#now";
    const _trampoline24 = function(arg0) {
      let variant0;
      switch (arg0) {
        case 0: {
          variant0 = {
            tag: "ok",
            val: void 0
          };
          break;
        }
        case 1: {
          variant0 = {
            tag: "err",
            val: void 0
          };
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for expected");
        }
      }
      _debugLog('[iface="wasi:cli/exit@0.2.12", function="exit"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "exit",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => exit3(variant0))
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      _debugLog('[iface="wasi:cli/exit@0.2.12", function="exit"][Instruction::Return]', {
        funcName: "exit",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline24.fnName = "wasi:cli/exit@0.2.12#exit";
    const _trampoline25 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable0.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(Pollable2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:io/poll@0.2.12", function="[method]pollable.block"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "block",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.block())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      _debugLog('[iface="wasi:io/poll@0.2.12", function="[method]pollable.block"][Instruction::Return]', {
        funcName: "[method]pollable.block",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline25.fnName = "wasi:io/poll@0.2.12#block";
    const handleTable3 = [T_FLAG2, 0];
    handleTable3._createdReps = /* @__PURE__ */ new Set();
    handleTable3._componentIdx = 0;
    const captureTable3 = /* @__PURE__ */ new Map();
    let captureCnt3 = 0;
    HANDLE_TABLES[3] = handleTable3;
    const _trampoline26 = function(arg0) {
      var handle1 = arg0;
      var rep22 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable3.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutputStream2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.subscribe"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "subscribe",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.subscribe())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      if (!(ret instanceof Pollable2)) {
        throw new TypeError('Resource error: Not a valid "Pollable" resource.');
      }
      var handle3 = ret[symbolRscHandle];
      if (!handle3) {
        const rep3 = ret[symbolRscRep] || ++captureCnt0;
        captureTable0.set(rep3, ret);
        handle3 = rscTableCreateOwn(handleTable0, rep3);
      }
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.subscribe"][Instruction::Return]', {
        funcName: "[method]output-stream.subscribe",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle3]);
      task.exit();
      return handle3;
    };
    _trampoline26.fnName = "wasi:io/streams@0.2.12#subscribe";
    const handleTable2 = [T_FLAG2, 0];
    handleTable2._createdReps = /* @__PURE__ */ new Set();
    handleTable2._componentIdx = 0;
    const captureTable2 = /* @__PURE__ */ new Map();
    let captureCnt2 = 0;
    HANDLE_TABLES[2] = handleTable2;
    const _trampoline27 = function() {
      _debugLog('[iface="wasi:cli/stdin@0.2.12", function="get-stdin"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getStdin",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getStdin())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof InputStream2)) {
        throw new TypeError('Resource error: Not a valid "InputStream" resource.');
      }
      var handle0 = ret[symbolRscHandle];
      if (!handle0) {
        const rep3 = ret[symbolRscRep] || ++captureCnt2;
        captureTable2.set(rep3, ret);
        handle0 = rscTableCreateOwn(handleTable2, rep3);
      }
      _debugLog('[iface="wasi:cli/stdin@0.2.12", function="get-stdin"][Instruction::Return]', {
        funcName: "get-stdin",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle0]);
      task.exit();
      return handle0;
    };
    _trampoline27.fnName = "wasi:cli/stdin@0.2.12#getStdin";
    const _trampoline28 = function() {
      _debugLog('[iface="wasi:cli/stdout@0.2.12", function="get-stdout"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getStdout",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getStdout())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof OutputStream2)) {
        throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
      }
      var handle0 = ret[symbolRscHandle];
      if (!handle0) {
        const rep3 = ret[symbolRscRep] || ++captureCnt3;
        captureTable3.set(rep3, ret);
        handle0 = rscTableCreateOwn(handleTable3, rep3);
      }
      _debugLog('[iface="wasi:cli/stdout@0.2.12", function="get-stdout"][Instruction::Return]', {
        funcName: "get-stdout",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle0]);
      task.exit();
      return handle0;
    };
    _trampoline28.fnName = "wasi:cli/stdout@0.2.12#getStdout";
    const _trampoline29 = function() {
      _debugLog('[iface="wasi:cli/stderr@0.2.12", function="get-stderr"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getStderr",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getStderr())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      if (!(ret instanceof OutputStream2)) {
        throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
      }
      var handle0 = ret[symbolRscHandle];
      if (!handle0) {
        const rep3 = ret[symbolRscRep] || ++captureCnt3;
        captureTable3.set(rep3, ret);
        handle0 = rscTableCreateOwn(handleTable3, rep3);
      }
      _debugLog('[iface="wasi:cli/stderr@0.2.12", function="get-stderr"][Instruction::Return]', {
        funcName: "get-stderr",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([handle0]);
      task.exit();
      return handle0;
    };
    _trampoline29.fnName = "wasi:cli/stderr@0.2.12#getStderr";
    let exports1;
    let memory0;
    let realloc0;
    let realloc0Async;
    const _trampoline30 = function(arg0, arg1) {
      var handle1 = arg0;
      var rep22 = handleTable10[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable10.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(IncomingBody2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-body.stream"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "stream",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet3 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.stream())
        });
        ret = hostRet3 !== null && typeof hostRet3 === "object" && (hostRet3.tag === "ok" || hostRet3.tag === "err") ? hostRet3 : { tag: "ok", val: hostRet3 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant5 = ret;
      switch (variant5.tag) {
        case "ok": {
          const e = variant5.val;
          dataView(memory0).setInt8(arg1 + 0, 0, true);
          if (!(e instanceof InputStream2)) {
            throw new TypeError('Resource error: Not a valid "InputStream" resource.');
          }
          var handle4 = e[symbolRscHandle];
          if (!handle4) {
            const rep3 = e[symbolRscRep] || ++captureCnt2;
            captureTable2.set(rep3, e);
            handle4 = rscTableCreateOwn(handleTable2, rep3);
          }
          dataView(memory0).setInt32(arg1 + 4, handle4, true);
          break;
        }
        case "err": {
          const e = variant5.val;
          dataView(memory0).setInt8(arg1 + 0, 1, true);
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant5, valueType: typeof variant5 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-body.stream"][Instruction::Return]', {
        funcName: "[method]incoming-body.stream",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline30.fnName = "wasi:http/types@0.2.12#stream";
    const _trampoline31 = function(arg0, arg1, arg2, arg3) {
      var handle1 = arg0;
      var rep22 = handleTable4[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable4.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutgoingRequest2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant4;
      switch (arg1) {
        case 0: {
          variant4 = {
            tag: "get"
          };
          break;
        }
        case 1: {
          variant4 = {
            tag: "head"
          };
          break;
        }
        case 2: {
          variant4 = {
            tag: "post"
          };
          break;
        }
        case 3: {
          variant4 = {
            tag: "put"
          };
          break;
        }
        case 4: {
          variant4 = {
            tag: "delete"
          };
          break;
        }
        case 5: {
          variant4 = {
            tag: "connect"
          };
          break;
        }
        case 6: {
          variant4 = {
            tag: "options"
          };
          break;
        }
        case 7: {
          variant4 = {
            tag: "trace"
          };
          break;
        }
        case 8: {
          variant4 = {
            tag: "patch"
          };
          break;
        }
        case 9: {
          var ptr3 = arg2;
          var len3 = arg3;
          var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
          variant4 = {
            tag: "other",
            val: result3
          };
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for Method");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-method"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setMethod",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet5 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setMethod(variant4))
        });
        ret = hostRet5 !== null && typeof hostRet5 === "object" && (hostRet5.tag === "ok" || hostRet5.tag === "err") ? hostRet5 : { tag: "ok", val: hostRet5 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant6 = ret;
      let variant6_0;
      switch (variant6.tag) {
        case "ok": {
          const e = variant6.val;
          variant6_0 = 0;
          break;
        }
        case "err": {
          const e = variant6.val;
          variant6_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-method"][Instruction::Return]', {
        funcName: "[method]outgoing-request.set-method",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant6_0]);
      task.exit();
      return variant6_0;
    };
    _trampoline31.fnName = "wasi:http/types@0.2.12#setMethod";
    const _trampoline32 = function(arg0, arg1, arg2, arg3, arg4) {
      var handle1 = arg0;
      var rep22 = handleTable4[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable4.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutgoingRequest2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant5;
      switch (arg1) {
        case 0: {
          variant5 = void 0;
          break;
        }
        case 1: {
          let variant4;
          switch (arg2) {
            case 0: {
              variant4 = {
                tag: "HTTP"
              };
              break;
            }
            case 1: {
              variant4 = {
                tag: "HTTPS"
              };
              break;
            }
            case 2: {
              var ptr3 = arg3;
              var len3 = arg4;
              var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
              variant4 = {
                tag: "other",
                val: result3
              };
              break;
            }
            default: {
              throw new TypeError("invalid variant discriminant for Scheme");
            }
          }
          variant5 = variant4;
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-scheme"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setScheme",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet6 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setScheme(variant5))
        });
        ret = hostRet6 !== null && typeof hostRet6 === "object" && (hostRet6.tag === "ok" || hostRet6.tag === "err") ? hostRet6 : { tag: "ok", val: hostRet6 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant7 = ret;
      let variant7_0;
      switch (variant7.tag) {
        case "ok": {
          const e = variant7.val;
          variant7_0 = 0;
          break;
        }
        case "err": {
          const e = variant7.val;
          variant7_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant7, valueType: typeof variant7 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-scheme"][Instruction::Return]', {
        funcName: "[method]outgoing-request.set-scheme",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant7_0]);
      task.exit();
      return variant7_0;
    };
    _trampoline32.fnName = "wasi:http/types@0.2.12#setScheme";
    const _trampoline33 = function(arg0, arg1, arg2, arg3) {
      var handle1 = arg0;
      var rep22 = handleTable4[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable4.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutgoingRequest2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant4;
      switch (arg1) {
        case 0: {
          variant4 = void 0;
          break;
        }
        case 1: {
          var ptr3 = arg2;
          var len3 = arg3;
          var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
          variant4 = result3;
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-authority"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setAuthority",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet5 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setAuthority(variant4))
        });
        ret = hostRet5 !== null && typeof hostRet5 === "object" && (hostRet5.tag === "ok" || hostRet5.tag === "err") ? hostRet5 : { tag: "ok", val: hostRet5 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant6 = ret;
      let variant6_0;
      switch (variant6.tag) {
        case "ok": {
          const e = variant6.val;
          variant6_0 = 0;
          break;
        }
        case "err": {
          const e = variant6.val;
          variant6_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-authority"][Instruction::Return]', {
        funcName: "[method]outgoing-request.set-authority",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant6_0]);
      task.exit();
      return variant6_0;
    };
    _trampoline33.fnName = "wasi:http/types@0.2.12#setAuthority";
    const _trampoline34 = function(arg0, arg1, arg2, arg3) {
      var handle1 = arg0;
      var rep22 = handleTable4[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable4.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutgoingRequest2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      let variant4;
      switch (arg1) {
        case 0: {
          variant4 = void 0;
          break;
        }
        case 1: {
          var ptr3 = arg2;
          var len3 = arg3;
          var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
          variant4 = result3;
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-path-with-query"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "setPathWithQuery",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet5 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.setPathWithQuery(variant4))
        });
        ret = hostRet5 !== null && typeof hostRet5 === "object" && (hostRet5.tag === "ok" || hostRet5.tag === "err") ? hostRet5 : { tag: "ok", val: hostRet5 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant6 = ret;
      let variant6_0;
      switch (variant6.tag) {
        case "ok": {
          const e = variant6.val;
          variant6_0 = 0;
          break;
        }
        case "err": {
          const e = variant6.val;
          variant6_0 = 1;
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]outgoing-request.set-path-with-query"][Instruction::Return]', {
        funcName: "[method]outgoing-request.set-path-with-query",
        paramCount: 1,
        async: false,
        postReturn: false
      });
      task.resolve([variant6_0]);
      task.exit();
      return variant6_0;
    };
    _trampoline34.fnName = "wasi:http/types@0.2.12#setPathWithQuery";
    const _trampoline35 = function(arg0, arg1) {
      var handle1 = arg0;
      var rep22 = handleTable7[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable7.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(IncomingResponse2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-response.consume"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "consume",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet3 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.consume())
        });
        ret = hostRet3 !== null && typeof hostRet3 === "object" && (hostRet3.tag === "ok" || hostRet3.tag === "err") ? hostRet3 : { tag: "ok", val: hostRet3 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant5 = ret;
      switch (variant5.tag) {
        case "ok": {
          const e = variant5.val;
          dataView(memory0).setInt8(arg1 + 0, 0, true);
          if (!(e instanceof IncomingBody2)) {
            throw new TypeError('Resource error: Not a valid "IncomingBody" resource.');
          }
          var handle4 = e[symbolRscHandle];
          if (!handle4) {
            const rep3 = e[symbolRscRep] || ++captureCnt10;
            captureTable10.set(rep3, e);
            handle4 = rscTableCreateOwn(handleTable10, rep3);
          }
          dataView(memory0).setInt32(arg1 + 4, handle4, true);
          break;
        }
        case "err": {
          const e = variant5.val;
          dataView(memory0).setInt8(arg1 + 0, 1, true);
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant5, valueType: typeof variant5 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]incoming-response.consume"][Instruction::Return]', {
        funcName: "[method]incoming-response.consume",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline35.fnName = "wasi:http/types@0.2.12#consume";
    const _trampoline36 = function(arg0, arg1) {
      var handle1 = arg0;
      var rep22 = handleTable8[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable8.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(FutureIncomingResponse2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]future-incoming-response.get"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "get",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.get())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant44 = ret;
      if (variant44 === null || variant44 === void 0) {
        dataView(memory0).setInt8(arg1 + 0, 0, true);
      } else {
        const e = variant44;
        dataView(memory0).setInt8(arg1 + 0, 1, true);
        var variant43 = e;
        switch (variant43.tag) {
          case "ok": {
            const e2 = variant43.val;
            dataView(memory0).setInt8(arg1 + 8, 0, true);
            var variant42 = e2;
            switch (variant42.tag) {
              case "ok": {
                const e3 = variant42.val;
                dataView(memory0).setInt8(arg1 + 16, 0, true);
                if (!(e3 instanceof IncomingResponse2)) {
                  throw new TypeError('Resource error: Not a valid "IncomingResponse" resource.');
                }
                var handle3 = e3[symbolRscHandle];
                if (!handle3) {
                  const rep3 = e3[symbolRscRep] || ++captureCnt7;
                  captureTable7.set(rep3, e3);
                  handle3 = rscTableCreateOwn(handleTable7, rep3);
                }
                dataView(memory0).setInt32(arg1 + 24, handle3, true);
                break;
              }
              case "err": {
                const e3 = variant42.val;
                dataView(memory0).setInt8(arg1 + 16, 1, true);
                var variant41 = e3;
                switch (variant41.tag) {
                  case "DNS-timeout": {
                    dataView(memory0).setInt8(arg1 + 24, 0, true);
                    break;
                  }
                  case "DNS-error": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 1, true);
                    var { rcode: v4_0, infoCode: v4_1 } = e4;
                    var variant6 = v4_0;
                    if (variant6 === null || variant6 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant6;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr5 = encodeRes.ptr;
                      var len5 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len5, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr5, true);
                    }
                    var variant7 = v4_1;
                    if (variant7 === null || variant7 === void 0) {
                      dataView(memory0).setInt8(arg1 + 44, 0, true);
                    } else {
                      const e5 = variant7;
                      dataView(memory0).setInt8(arg1 + 44, 1, true);
                      dataView(memory0).setInt16(arg1 + 46, toUint16(e5), true);
                    }
                    break;
                  }
                  case "destination-not-found": {
                    dataView(memory0).setInt8(arg1 + 24, 2, true);
                    break;
                  }
                  case "destination-unavailable": {
                    dataView(memory0).setInt8(arg1 + 24, 3, true);
                    break;
                  }
                  case "destination-IP-prohibited": {
                    dataView(memory0).setInt8(arg1 + 24, 4, true);
                    break;
                  }
                  case "destination-IP-unroutable": {
                    dataView(memory0).setInt8(arg1 + 24, 5, true);
                    break;
                  }
                  case "connection-refused": {
                    dataView(memory0).setInt8(arg1 + 24, 6, true);
                    break;
                  }
                  case "connection-terminated": {
                    dataView(memory0).setInt8(arg1 + 24, 7, true);
                    break;
                  }
                  case "connection-timeout": {
                    dataView(memory0).setInt8(arg1 + 24, 8, true);
                    break;
                  }
                  case "connection-read-timeout": {
                    dataView(memory0).setInt8(arg1 + 24, 9, true);
                    break;
                  }
                  case "connection-write-timeout": {
                    dataView(memory0).setInt8(arg1 + 24, 10, true);
                    break;
                  }
                  case "connection-limit-reached": {
                    dataView(memory0).setInt8(arg1 + 24, 11, true);
                    break;
                  }
                  case "TLS-protocol-error": {
                    dataView(memory0).setInt8(arg1 + 24, 12, true);
                    break;
                  }
                  case "TLS-certificate-error": {
                    dataView(memory0).setInt8(arg1 + 24, 13, true);
                    break;
                  }
                  case "TLS-alert-received": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 14, true);
                    var { alertId: v8_0, alertMessage: v8_1 } = e4;
                    var variant9 = v8_0;
                    if (variant9 === null || variant9 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant9;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setInt8(arg1 + 33, toUint8(e5), true);
                    }
                    var variant11 = v8_1;
                    if (variant11 === null || variant11 === void 0) {
                      dataView(memory0).setInt8(arg1 + 36, 0, true);
                    } else {
                      const e5 = variant11;
                      dataView(memory0).setInt8(arg1 + 36, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr10 = encodeRes.ptr;
                      var len10 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 44, len10, true);
                      dataView(memory0).setUint32(arg1 + 40, ptr10, true);
                    }
                    break;
                  }
                  case "HTTP-request-denied": {
                    dataView(memory0).setInt8(arg1 + 24, 15, true);
                    break;
                  }
                  case "HTTP-request-length-required": {
                    dataView(memory0).setInt8(arg1 + 24, 16, true);
                    break;
                  }
                  case "HTTP-request-body-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 17, true);
                    var variant12 = e4;
                    if (variant12 === null || variant12 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant12;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setBigInt64(arg1 + 40, toUint64(e5), true);
                    }
                    break;
                  }
                  case "HTTP-request-method-invalid": {
                    dataView(memory0).setInt8(arg1 + 24, 18, true);
                    break;
                  }
                  case "HTTP-request-URI-invalid": {
                    dataView(memory0).setInt8(arg1 + 24, 19, true);
                    break;
                  }
                  case "HTTP-request-URI-too-long": {
                    dataView(memory0).setInt8(arg1 + 24, 20, true);
                    break;
                  }
                  case "HTTP-request-header-section-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 21, true);
                    var variant13 = e4;
                    if (variant13 === null || variant13 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant13;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setInt32(arg1 + 36, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-request-header-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 22, true);
                    var variant18 = e4;
                    if (variant18 === null || variant18 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant18;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var { fieldName: v14_0, fieldSize: v14_1 } = e5;
                      var variant16 = v14_0;
                      if (variant16 === null || variant16 === void 0) {
                        dataView(memory0).setInt8(arg1 + 36, 0, true);
                      } else {
                        const e6 = variant16;
                        dataView(memory0).setInt8(arg1 + 36, 1, true);
                        var encodeRes = _utf8AllocateAndEncode(e6, realloc0, memory0);
                        var ptr15 = encodeRes.ptr;
                        var len15 = encodeRes.len;
                        dataView(memory0).setUint32(arg1 + 44, len15, true);
                        dataView(memory0).setUint32(arg1 + 40, ptr15, true);
                      }
                      var variant17 = v14_1;
                      if (variant17 === null || variant17 === void 0) {
                        dataView(memory0).setInt8(arg1 + 48, 0, true);
                      } else {
                        const e6 = variant17;
                        dataView(memory0).setInt8(arg1 + 48, 1, true);
                        dataView(memory0).setInt32(arg1 + 52, toUint32(e6), true);
                      }
                    }
                    break;
                  }
                  case "HTTP-request-trailer-section-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 23, true);
                    var variant19 = e4;
                    if (variant19 === null || variant19 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant19;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setInt32(arg1 + 36, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-request-trailer-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 24, true);
                    var { fieldName: v20_0, fieldSize: v20_1 } = e4;
                    var variant22 = v20_0;
                    if (variant22 === null || variant22 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant22;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr21 = encodeRes.ptr;
                      var len21 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len21, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr21, true);
                    }
                    var variant23 = v20_1;
                    if (variant23 === null || variant23 === void 0) {
                      dataView(memory0).setInt8(arg1 + 44, 0, true);
                    } else {
                      const e5 = variant23;
                      dataView(memory0).setInt8(arg1 + 44, 1, true);
                      dataView(memory0).setInt32(arg1 + 48, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-response-incomplete": {
                    dataView(memory0).setInt8(arg1 + 24, 25, true);
                    break;
                  }
                  case "HTTP-response-header-section-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 26, true);
                    var variant24 = e4;
                    if (variant24 === null || variant24 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant24;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setInt32(arg1 + 36, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-response-header-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 27, true);
                    var { fieldName: v25_0, fieldSize: v25_1 } = e4;
                    var variant27 = v25_0;
                    if (variant27 === null || variant27 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant27;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr26 = encodeRes.ptr;
                      var len26 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len26, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr26, true);
                    }
                    var variant28 = v25_1;
                    if (variant28 === null || variant28 === void 0) {
                      dataView(memory0).setInt8(arg1 + 44, 0, true);
                    } else {
                      const e5 = variant28;
                      dataView(memory0).setInt8(arg1 + 44, 1, true);
                      dataView(memory0).setInt32(arg1 + 48, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-response-body-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 28, true);
                    var variant29 = e4;
                    if (variant29 === null || variant29 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant29;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setBigInt64(arg1 + 40, toUint64(e5), true);
                    }
                    break;
                  }
                  case "HTTP-response-trailer-section-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 29, true);
                    var variant30 = e4;
                    if (variant30 === null || variant30 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant30;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      dataView(memory0).setInt32(arg1 + 36, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-response-trailer-size": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 30, true);
                    var { fieldName: v31_0, fieldSize: v31_1 } = e4;
                    var variant33 = v31_0;
                    if (variant33 === null || variant33 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant33;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr32 = encodeRes.ptr;
                      var len32 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len32, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr32, true);
                    }
                    var variant34 = v31_1;
                    if (variant34 === null || variant34 === void 0) {
                      dataView(memory0).setInt8(arg1 + 44, 0, true);
                    } else {
                      const e5 = variant34;
                      dataView(memory0).setInt8(arg1 + 44, 1, true);
                      dataView(memory0).setInt32(arg1 + 48, toUint32(e5), true);
                    }
                    break;
                  }
                  case "HTTP-response-transfer-coding": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 31, true);
                    var variant36 = e4;
                    if (variant36 === null || variant36 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant36;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr35 = encodeRes.ptr;
                      var len35 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len35, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr35, true);
                    }
                    break;
                  }
                  case "HTTP-response-content-coding": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 32, true);
                    var variant38 = e4;
                    if (variant38 === null || variant38 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant38;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr37 = encodeRes.ptr;
                      var len37 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len37, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr37, true);
                    }
                    break;
                  }
                  case "HTTP-response-timeout": {
                    dataView(memory0).setInt8(arg1 + 24, 33, true);
                    break;
                  }
                  case "HTTP-upgrade-failed": {
                    dataView(memory0).setInt8(arg1 + 24, 34, true);
                    break;
                  }
                  case "HTTP-protocol-error": {
                    dataView(memory0).setInt8(arg1 + 24, 35, true);
                    break;
                  }
                  case "loop-detected": {
                    dataView(memory0).setInt8(arg1 + 24, 36, true);
                    break;
                  }
                  case "configuration-error": {
                    dataView(memory0).setInt8(arg1 + 24, 37, true);
                    break;
                  }
                  case "internal-error": {
                    const e4 = variant41.val;
                    dataView(memory0).setInt8(arg1 + 24, 38, true);
                    var variant40 = e4;
                    if (variant40 === null || variant40 === void 0) {
                      dataView(memory0).setInt8(arg1 + 32, 0, true);
                    } else {
                      const e5 = variant40;
                      dataView(memory0).setInt8(arg1 + 32, 1, true);
                      var encodeRes = _utf8AllocateAndEncode(e5, realloc0, memory0);
                      var ptr39 = encodeRes.ptr;
                      var len39 = encodeRes.len;
                      dataView(memory0).setUint32(arg1 + 40, len39, true);
                      dataView(memory0).setUint32(arg1 + 36, ptr39, true);
                    }
                    break;
                  }
                  default: {
                    throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant41.tag)}\` (received \`${variant41}\`) specified for \`ErrorCode\``);
                  }
                }
                break;
              }
              default: {
                _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant42, valueType: typeof variant42 });
                throw new TypeError("invalid variant specified for result");
              }
            }
            break;
          }
          case "err": {
            const e2 = variant43.val;
            dataView(memory0).setInt8(arg1 + 8, 1, true);
            break;
          }
          default: {
            _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant43, valueType: typeof variant43 });
            throw new TypeError("invalid variant specified for result");
          }
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]future-incoming-response.get"][Instruction::Return]', {
        funcName: "[method]future-incoming-response.get",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline36.fnName = "wasi:http/types@0.2.12#get";
    const _trampoline37 = function(arg0, arg1, arg2, arg3) {
      var handle1 = arg0;
      var rep22 = handleTable5[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable5.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(Fields2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      var ptr3 = arg1;
      var len3 = arg2;
      var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]fields.get"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "get",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.get(result3))
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var vec5 = ret;
      var len5 = vec5.length;
      var result5 = realloc0(0, 0, 4, len5 * 8);
      for (let i = 0; i < vec5.length; i++) {
        const e = vec5[i];
        const base = result5 + i * 8;
        var val4 = e;
        var len4 = Array.isArray(val4) ? val4.length : val4.byteLength;
        var ptr4 = realloc0(0, 0, 1, len4 * 1);
        let valData4;
        const valLenBytes4 = len4 * 1;
        if (Array.isArray(val4)) {
          let offset = 0;
          const dv4 = new DataView(memory0.buffer);
          for (const v of val4) {
            _requireValidNumericPrimitive.bind(null, "u8")(v);
            dv4.setUint8(ptr4 + offset, v, true);
            offset += 1;
          }
        } else {
          valData4 = new Uint8Array(val4.buffer || val4, val4.byteOffset, valLenBytes4);
          const out4 = new Uint8Array(memory0.buffer, ptr4, valLenBytes4);
          out4.set(valData4);
        }
        dataView(memory0).setUint32(base + 4, len4, true);
        dataView(memory0).setUint32(base + 0, ptr4, true);
      }
      dataView(memory0).setUint32(arg3 + 4, len5, true);
      dataView(memory0).setUint32(arg3 + 0, result5, true);
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]fields.get"][Instruction::Return]', {
        funcName: "[method]fields.get",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline37.fnName = "wasi:http/types@0.2.12#get";
    const _trampoline38 = function(arg0, arg1, arg2, arg3, arg4, arg5) {
      var handle1 = arg0;
      var rep22 = handleTable5[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable5.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(Fields2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      var ptr3 = arg1;
      var len3 = arg2;
      var result3 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr3, len3));
      var ptr4 = arg3;
      var len4 = arg4;
      if (ptr4 % 1 !== 0) throw new TypeError(`list pointer [${ptr4}] is not aligned to 1`);
      var result4 = new Uint8Array(memory0.buffer.slice(ptr4, ptr4 + len4 * 1));
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]fields.append"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "append",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet5 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.append(result3, result4))
        });
        ret = hostRet5 !== null && typeof hostRet5 === "object" && (hostRet5.tag === "ok" || hostRet5.tag === "err") ? hostRet5 : { tag: "ok", val: hostRet5 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant7 = ret;
      switch (variant7.tag) {
        case "ok": {
          const e = variant7.val;
          dataView(memory0).setInt8(arg5 + 0, 0, true);
          break;
        }
        case "err": {
          const e = variant7.val;
          dataView(memory0).setInt8(arg5 + 0, 1, true);
          var variant6 = e;
          switch (variant6.tag) {
            case "invalid-syntax": {
              dataView(memory0).setInt8(arg5 + 1, 0, true);
              break;
            }
            case "forbidden": {
              dataView(memory0).setInt8(arg5 + 1, 1, true);
              break;
            }
            case "immutable": {
              dataView(memory0).setInt8(arg5 + 1, 2, true);
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`HeaderError\``);
            }
          }
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant7, valueType: typeof variant7 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/types@0.2.12", function="[method]fields.append"][Instruction::Return]', {
        funcName: "[method]fields.append",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline38.fnName = "wasi:http/types@0.2.12#append";
    const _trampoline39 = function(arg0, arg1, arg2) {
      var len3 = arg1;
      var base3 = arg0;
      if (base3 % 4 !== 0) throw new TypeError(`list pointer [${base3}] is not aligned to 4`);
      var result3 = [];
      for (let i = 0; i < len3; i++) {
        const base = base3 + i * 4;
        var handle1 = dataView(memory0).getInt32(base + 0, true);
        var rep22 = handleTable0[(handle1 << 1) + 1] & ~T_FLAG2;
        var rsc0 = captureTable0.get(rep22);
        if (!rsc0) {
          rsc0 = Object.create(Pollable2.prototype);
          Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
          Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
        }
        curResourceBorrows.push(rsc0);
        result3.push(rsc0);
      }
      _debugLog('[iface="wasi:io/poll@0.2.12", function="poll"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "poll",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => poll2(result3))
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var val4 = ret;
      var len4 = val4.length;
      var ptr4 = realloc0(0, 0, 4, len4 * 4);
      let valData4;
      const valLenBytes4 = len4 * 4;
      if (Array.isArray(val4)) {
        let offset = 0;
        const dv4 = new DataView(memory0.buffer);
        for (const v of val4) {
          _requireValidNumericPrimitive.bind(null, "u32")(v);
          dv4.setUint32(ptr4 + offset, v, true);
          offset += 4;
        }
      } else {
        valData4 = new Uint8Array(val4.buffer || val4, val4.byteOffset, valLenBytes4);
        const out4 = new Uint8Array(memory0.buffer, ptr4, valLenBytes4);
        out4.set(valData4);
      }
      dataView(memory0).setUint32(arg2 + 4, len4, true);
      dataView(memory0).setUint32(arg2 + 0, ptr4, true);
      _debugLog('[iface="wasi:io/poll@0.2.12", function="poll"][Instruction::Return]', {
        funcName: "poll",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline39.fnName = "wasi:io/poll@0.2.12#poll";
    const handleTable1 = [T_FLAG2, 0];
    handleTable1._createdReps = /* @__PURE__ */ new Set();
    handleTable1._componentIdx = 0;
    const captureTable1 = /* @__PURE__ */ new Map();
    let captureCnt1 = 0;
    HANDLE_TABLES[1] = handleTable1;
    const _trampoline40 = function(arg0, arg1, arg2) {
      var handle1 = arg0;
      var rep22 = handleTable2[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable2.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(InputStream2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]input-stream.blocking-read"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "blockingRead",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet3 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.blockingRead(BigInt.asUintN(64, BigInt(arg1))))
        });
        ret = hostRet3 !== null && typeof hostRet3 === "object" && (hostRet3.tag === "ok" || hostRet3.tag === "err") ? hostRet3 : { tag: "ok", val: hostRet3 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant7 = ret;
      switch (variant7.tag) {
        case "ok": {
          const e = variant7.val;
          dataView(memory0).setInt8(arg2 + 0, 0, true);
          var val4 = e;
          var len4 = Array.isArray(val4) ? val4.length : val4.byteLength;
          var ptr4 = realloc0(0, 0, 1, len4 * 1);
          let valData4;
          const valLenBytes4 = len4 * 1;
          if (Array.isArray(val4)) {
            let offset = 0;
            const dv4 = new DataView(memory0.buffer);
            for (const v of val4) {
              _requireValidNumericPrimitive.bind(null, "u8")(v);
              dv4.setUint8(ptr4 + offset, v, true);
              offset += 1;
            }
          } else {
            valData4 = new Uint8Array(val4.buffer || val4, val4.byteOffset, valLenBytes4);
            const out4 = new Uint8Array(memory0.buffer, ptr4, valLenBytes4);
            out4.set(valData4);
          }
          dataView(memory0).setUint32(arg2 + 8, len4, true);
          dataView(memory0).setUint32(arg2 + 4, ptr4, true);
          break;
        }
        case "err": {
          const e = variant7.val;
          dataView(memory0).setInt8(arg2 + 0, 1, true);
          var variant6 = e;
          switch (variant6.tag) {
            case "last-operation-failed": {
              const e2 = variant6.val;
              dataView(memory0).setInt8(arg2 + 4, 0, true);
              if (!(e2 instanceof Error$1)) {
                throw new TypeError('Resource error: Not a valid "Error" resource.');
              }
              var handle5 = e2[symbolRscHandle];
              if (!handle5) {
                const rep3 = e2[symbolRscRep] || ++captureCnt1;
                captureTable1.set(rep3, e2);
                handle5 = rscTableCreateOwn(handleTable1, rep3);
              }
              dataView(memory0).setInt32(arg2 + 8, handle5, true);
              break;
            }
            case "closed": {
              dataView(memory0).setInt8(arg2 + 4, 1, true);
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`StreamError\``);
            }
          }
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant7, valueType: typeof variant7 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]input-stream.blocking-read"][Instruction::Return]', {
        funcName: "[method]input-stream.blocking-read",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline40.fnName = "wasi:io/streams@0.2.12#blockingRead";
    const _trampoline41 = function(arg0, arg1, arg2, arg3) {
      var handle1 = arg0;
      var rep22 = handleTable4[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable4.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutgoingRequest2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      } else {
        captureTable4.delete(rep22);
      }
      rscTableRemove(handleTable4, handle1);
      let variant6;
      switch (arg1) {
        case 0: {
          variant6 = void 0;
          break;
        }
        case 1: {
          var handle4 = arg2;
          var rep5 = handleTable9[(handle4 << 1) + 1] & ~T_FLAG2;
          var rsc3 = captureTable9.get(rep5);
          if (!rsc3) {
            rsc3 = Object.create(RequestOptions2.prototype);
            Object.defineProperty(rsc3, symbolRscHandle, { writable: true, value: handle4 });
            Object.defineProperty(rsc3, symbolRscRep, { writable: true, value: rep5 });
          } else {
            captureTable9.delete(rep5);
          }
          rscTableRemove(handleTable9, handle4);
          variant6 = rsc3;
          break;
        }
        default: {
          throw new TypeError("invalid variant discriminant for option");
        }
      }
      _debugLog('[iface="wasi:http/outgoing-handler@0.2.12", function="handle"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "handle",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet7 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => handle(rsc0, variant6))
        });
        ret = hostRet7 !== null && typeof hostRet7 === "object" && (hostRet7.tag === "ok" || hostRet7.tag === "err") ? hostRet7 : { tag: "ok", val: hostRet7 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      var variant47 = ret;
      switch (variant47.tag) {
        case "ok": {
          const e = variant47.val;
          dataView(memory0).setInt8(arg3 + 0, 0, true);
          if (!(e instanceof FutureIncomingResponse2)) {
            throw new TypeError('Resource error: Not a valid "FutureIncomingResponse" resource.');
          }
          var handle8 = e[symbolRscHandle];
          if (!handle8) {
            const rep3 = e[symbolRscRep] || ++captureCnt8;
            captureTable8.set(rep3, e);
            handle8 = rscTableCreateOwn(handleTable8, rep3);
          }
          dataView(memory0).setInt32(arg3 + 8, handle8, true);
          break;
        }
        case "err": {
          const e = variant47.val;
          dataView(memory0).setInt8(arg3 + 0, 1, true);
          var variant46 = e;
          switch (variant46.tag) {
            case "DNS-timeout": {
              dataView(memory0).setInt8(arg3 + 8, 0, true);
              break;
            }
            case "DNS-error": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 1, true);
              var { rcode: v9_0, infoCode: v9_1 } = e2;
              var variant11 = v9_0;
              if (variant11 === null || variant11 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant11;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr10 = encodeRes.ptr;
                var len10 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len10, true);
                dataView(memory0).setUint32(arg3 + 20, ptr10, true);
              }
              var variant12 = v9_1;
              if (variant12 === null || variant12 === void 0) {
                dataView(memory0).setInt8(arg3 + 28, 0, true);
              } else {
                const e3 = variant12;
                dataView(memory0).setInt8(arg3 + 28, 1, true);
                dataView(memory0).setInt16(arg3 + 30, toUint16(e3), true);
              }
              break;
            }
            case "destination-not-found": {
              dataView(memory0).setInt8(arg3 + 8, 2, true);
              break;
            }
            case "destination-unavailable": {
              dataView(memory0).setInt8(arg3 + 8, 3, true);
              break;
            }
            case "destination-IP-prohibited": {
              dataView(memory0).setInt8(arg3 + 8, 4, true);
              break;
            }
            case "destination-IP-unroutable": {
              dataView(memory0).setInt8(arg3 + 8, 5, true);
              break;
            }
            case "connection-refused": {
              dataView(memory0).setInt8(arg3 + 8, 6, true);
              break;
            }
            case "connection-terminated": {
              dataView(memory0).setInt8(arg3 + 8, 7, true);
              break;
            }
            case "connection-timeout": {
              dataView(memory0).setInt8(arg3 + 8, 8, true);
              break;
            }
            case "connection-read-timeout": {
              dataView(memory0).setInt8(arg3 + 8, 9, true);
              break;
            }
            case "connection-write-timeout": {
              dataView(memory0).setInt8(arg3 + 8, 10, true);
              break;
            }
            case "connection-limit-reached": {
              dataView(memory0).setInt8(arg3 + 8, 11, true);
              break;
            }
            case "TLS-protocol-error": {
              dataView(memory0).setInt8(arg3 + 8, 12, true);
              break;
            }
            case "TLS-certificate-error": {
              dataView(memory0).setInt8(arg3 + 8, 13, true);
              break;
            }
            case "TLS-alert-received": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 14, true);
              var { alertId: v13_0, alertMessage: v13_1 } = e2;
              var variant14 = v13_0;
              if (variant14 === null || variant14 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant14;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setInt8(arg3 + 17, toUint8(e3), true);
              }
              var variant16 = v13_1;
              if (variant16 === null || variant16 === void 0) {
                dataView(memory0).setInt8(arg3 + 20, 0, true);
              } else {
                const e3 = variant16;
                dataView(memory0).setInt8(arg3 + 20, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr15 = encodeRes.ptr;
                var len15 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 28, len15, true);
                dataView(memory0).setUint32(arg3 + 24, ptr15, true);
              }
              break;
            }
            case "HTTP-request-denied": {
              dataView(memory0).setInt8(arg3 + 8, 15, true);
              break;
            }
            case "HTTP-request-length-required": {
              dataView(memory0).setInt8(arg3 + 8, 16, true);
              break;
            }
            case "HTTP-request-body-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 17, true);
              var variant17 = e2;
              if (variant17 === null || variant17 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant17;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setBigInt64(arg3 + 24, toUint64(e3), true);
              }
              break;
            }
            case "HTTP-request-method-invalid": {
              dataView(memory0).setInt8(arg3 + 8, 18, true);
              break;
            }
            case "HTTP-request-URI-invalid": {
              dataView(memory0).setInt8(arg3 + 8, 19, true);
              break;
            }
            case "HTTP-request-URI-too-long": {
              dataView(memory0).setInt8(arg3 + 8, 20, true);
              break;
            }
            case "HTTP-request-header-section-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 21, true);
              var variant18 = e2;
              if (variant18 === null || variant18 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant18;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setInt32(arg3 + 20, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-request-header-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 22, true);
              var variant23 = e2;
              if (variant23 === null || variant23 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant23;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var { fieldName: v19_0, fieldSize: v19_1 } = e3;
                var variant21 = v19_0;
                if (variant21 === null || variant21 === void 0) {
                  dataView(memory0).setInt8(arg3 + 20, 0, true);
                } else {
                  const e4 = variant21;
                  dataView(memory0).setInt8(arg3 + 20, 1, true);
                  var encodeRes = _utf8AllocateAndEncode(e4, realloc0, memory0);
                  var ptr20 = encodeRes.ptr;
                  var len20 = encodeRes.len;
                  dataView(memory0).setUint32(arg3 + 28, len20, true);
                  dataView(memory0).setUint32(arg3 + 24, ptr20, true);
                }
                var variant22 = v19_1;
                if (variant22 === null || variant22 === void 0) {
                  dataView(memory0).setInt8(arg3 + 32, 0, true);
                } else {
                  const e4 = variant22;
                  dataView(memory0).setInt8(arg3 + 32, 1, true);
                  dataView(memory0).setInt32(arg3 + 36, toUint32(e4), true);
                }
              }
              break;
            }
            case "HTTP-request-trailer-section-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 23, true);
              var variant24 = e2;
              if (variant24 === null || variant24 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant24;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setInt32(arg3 + 20, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-request-trailer-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 24, true);
              var { fieldName: v25_0, fieldSize: v25_1 } = e2;
              var variant27 = v25_0;
              if (variant27 === null || variant27 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant27;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr26 = encodeRes.ptr;
                var len26 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len26, true);
                dataView(memory0).setUint32(arg3 + 20, ptr26, true);
              }
              var variant28 = v25_1;
              if (variant28 === null || variant28 === void 0) {
                dataView(memory0).setInt8(arg3 + 28, 0, true);
              } else {
                const e3 = variant28;
                dataView(memory0).setInt8(arg3 + 28, 1, true);
                dataView(memory0).setInt32(arg3 + 32, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-response-incomplete": {
              dataView(memory0).setInt8(arg3 + 8, 25, true);
              break;
            }
            case "HTTP-response-header-section-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 26, true);
              var variant29 = e2;
              if (variant29 === null || variant29 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant29;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setInt32(arg3 + 20, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-response-header-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 27, true);
              var { fieldName: v30_0, fieldSize: v30_1 } = e2;
              var variant32 = v30_0;
              if (variant32 === null || variant32 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant32;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr31 = encodeRes.ptr;
                var len31 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len31, true);
                dataView(memory0).setUint32(arg3 + 20, ptr31, true);
              }
              var variant33 = v30_1;
              if (variant33 === null || variant33 === void 0) {
                dataView(memory0).setInt8(arg3 + 28, 0, true);
              } else {
                const e3 = variant33;
                dataView(memory0).setInt8(arg3 + 28, 1, true);
                dataView(memory0).setInt32(arg3 + 32, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-response-body-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 28, true);
              var variant34 = e2;
              if (variant34 === null || variant34 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant34;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setBigInt64(arg3 + 24, toUint64(e3), true);
              }
              break;
            }
            case "HTTP-response-trailer-section-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 29, true);
              var variant35 = e2;
              if (variant35 === null || variant35 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant35;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                dataView(memory0).setInt32(arg3 + 20, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-response-trailer-size": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 30, true);
              var { fieldName: v36_0, fieldSize: v36_1 } = e2;
              var variant38 = v36_0;
              if (variant38 === null || variant38 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant38;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr37 = encodeRes.ptr;
                var len37 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len37, true);
                dataView(memory0).setUint32(arg3 + 20, ptr37, true);
              }
              var variant39 = v36_1;
              if (variant39 === null || variant39 === void 0) {
                dataView(memory0).setInt8(arg3 + 28, 0, true);
              } else {
                const e3 = variant39;
                dataView(memory0).setInt8(arg3 + 28, 1, true);
                dataView(memory0).setInt32(arg3 + 32, toUint32(e3), true);
              }
              break;
            }
            case "HTTP-response-transfer-coding": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 31, true);
              var variant41 = e2;
              if (variant41 === null || variant41 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant41;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr40 = encodeRes.ptr;
                var len40 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len40, true);
                dataView(memory0).setUint32(arg3 + 20, ptr40, true);
              }
              break;
            }
            case "HTTP-response-content-coding": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 32, true);
              var variant43 = e2;
              if (variant43 === null || variant43 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant43;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr42 = encodeRes.ptr;
                var len42 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len42, true);
                dataView(memory0).setUint32(arg3 + 20, ptr42, true);
              }
              break;
            }
            case "HTTP-response-timeout": {
              dataView(memory0).setInt8(arg3 + 8, 33, true);
              break;
            }
            case "HTTP-upgrade-failed": {
              dataView(memory0).setInt8(arg3 + 8, 34, true);
              break;
            }
            case "HTTP-protocol-error": {
              dataView(memory0).setInt8(arg3 + 8, 35, true);
              break;
            }
            case "loop-detected": {
              dataView(memory0).setInt8(arg3 + 8, 36, true);
              break;
            }
            case "configuration-error": {
              dataView(memory0).setInt8(arg3 + 8, 37, true);
              break;
            }
            case "internal-error": {
              const e2 = variant46.val;
              dataView(memory0).setInt8(arg3 + 8, 38, true);
              var variant45 = e2;
              if (variant45 === null || variant45 === void 0) {
                dataView(memory0).setInt8(arg3 + 16, 0, true);
              } else {
                const e3 = variant45;
                dataView(memory0).setInt8(arg3 + 16, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                var ptr44 = encodeRes.ptr;
                var len44 = encodeRes.len;
                dataView(memory0).setUint32(arg3 + 24, len44, true);
                dataView(memory0).setUint32(arg3 + 20, ptr44, true);
              }
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant46.tag)}\` (received \`${variant46}\`) specified for \`ErrorCode\``);
            }
          }
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant47, valueType: typeof variant47 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:http/outgoing-handler@0.2.12", function="handle"][Instruction::Return]', {
        funcName: "handle",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline41.fnName = "wasi:http/outgoing-handler@0.2.12#handle";
    const _trampoline42 = function(arg0) {
      _debugLog('[iface="wasi:random/insecure-seed@0.2.12", function="insecure-seed"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "insecureSeed",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => insecureSeed2())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      var [tuple0_0, tuple0_1] = ret;
      dataView(memory0).setBigInt64(arg0 + 0, toUint64(tuple0_0), true);
      dataView(memory0).setBigInt64(arg0 + 8, toUint64(tuple0_1), true);
      _debugLog('[iface="wasi:random/insecure-seed@0.2.12", function="insecure-seed"][Instruction::Return]', {
        funcName: "insecure-seed",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline42.fnName = "wasi:random/insecure-seed@0.2.12#insecureSeed";
    const _trampoline43 = function(arg0, arg1) {
      var handle1 = arg0;
      var rep22 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable3.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutputStream2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.check-write"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "checkWrite",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet3 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.checkWrite())
        });
        ret = hostRet3 !== null && typeof hostRet3 === "object" && (hostRet3.tag === "ok" || hostRet3.tag === "err") ? hostRet3 : { tag: "ok", val: hostRet3 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant6 = ret;
      switch (variant6.tag) {
        case "ok": {
          const e = variant6.val;
          dataView(memory0).setInt8(arg1 + 0, 0, true);
          dataView(memory0).setBigInt64(arg1 + 8, toUint64(e), true);
          break;
        }
        case "err": {
          const e = variant6.val;
          dataView(memory0).setInt8(arg1 + 0, 1, true);
          var variant5 = e;
          switch (variant5.tag) {
            case "last-operation-failed": {
              const e2 = variant5.val;
              dataView(memory0).setInt8(arg1 + 8, 0, true);
              if (!(e2 instanceof Error$1)) {
                throw new TypeError('Resource error: Not a valid "Error" resource.');
              }
              var handle4 = e2[symbolRscHandle];
              if (!handle4) {
                const rep3 = e2[symbolRscRep] || ++captureCnt1;
                captureTable1.set(rep3, e2);
                handle4 = rscTableCreateOwn(handleTable1, rep3);
              }
              dataView(memory0).setInt32(arg1 + 12, handle4, true);
              break;
            }
            case "closed": {
              dataView(memory0).setInt8(arg1 + 8, 1, true);
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant5.tag)}\` (received \`${variant5}\`) specified for \`StreamError\``);
            }
          }
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.check-write"][Instruction::Return]', {
        funcName: "[method]output-stream.check-write",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline43.fnName = "wasi:io/streams@0.2.12#checkWrite";
    const _trampoline44 = function(arg0, arg1, arg2, arg3) {
      var handle1 = arg0;
      var rep22 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable3.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutputStream2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      var ptr3 = arg1;
      var len3 = arg2;
      if (ptr3 % 1 !== 0) throw new TypeError(`list pointer [${ptr3}] is not aligned to 1`);
      var result3 = new Uint8Array(memory0.buffer.slice(ptr3, ptr3 + len3 * 1));
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.write"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "write",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet4 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.write(result3))
        });
        ret = hostRet4 !== null && typeof hostRet4 === "object" && (hostRet4.tag === "ok" || hostRet4.tag === "err") ? hostRet4 : { tag: "ok", val: hostRet4 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant7 = ret;
      switch (variant7.tag) {
        case "ok": {
          const e = variant7.val;
          dataView(memory0).setInt8(arg3 + 0, 0, true);
          break;
        }
        case "err": {
          const e = variant7.val;
          dataView(memory0).setInt8(arg3 + 0, 1, true);
          var variant6 = e;
          switch (variant6.tag) {
            case "last-operation-failed": {
              const e2 = variant6.val;
              dataView(memory0).setInt8(arg3 + 4, 0, true);
              if (!(e2 instanceof Error$1)) {
                throw new TypeError('Resource error: Not a valid "Error" resource.');
              }
              var handle5 = e2[symbolRscHandle];
              if (!handle5) {
                const rep3 = e2[symbolRscRep] || ++captureCnt1;
                captureTable1.set(rep3, e2);
                handle5 = rscTableCreateOwn(handleTable1, rep3);
              }
              dataView(memory0).setInt32(arg3 + 8, handle5, true);
              break;
            }
            case "closed": {
              dataView(memory0).setInt8(arg3 + 4, 1, true);
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant6.tag)}\` (received \`${variant6}\`) specified for \`StreamError\``);
            }
          }
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant7, valueType: typeof variant7 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.write"][Instruction::Return]', {
        funcName: "[method]output-stream.write",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline44.fnName = "wasi:io/streams@0.2.12#write";
    const _trampoline45 = function(arg0, arg1) {
      var handle1 = arg0;
      var rep22 = handleTable3[(handle1 << 1) + 1] & ~T_FLAG2;
      var rsc0 = captureTable3.get(rep22);
      if (!rsc0) {
        rsc0 = Object.create(OutputStream2.prototype);
        Object.defineProperty(rsc0, symbolRscHandle, { writable: true, value: handle1 });
        Object.defineProperty(rsc0, symbolRscRep, { writable: true, value: rep22 });
      }
      curResourceBorrows.push(rsc0);
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.blocking-flush"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "blockingFlush",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "result-catch-handler",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        const hostRet3 = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => rsc0.blockingFlush())
        });
        ret = hostRet3 !== null && typeof hostRet3 === "object" && (hostRet3.tag === "ok" || hostRet3.tag === "err") ? hostRet3 : { tag: "ok", val: hostRet3 };
      } catch (e) {
        if (getOrCreateAsyncState(0).markTrapped(e)) {
          throw e;
        }
        ret = { tag: "err", val: getErrorPayload(e) };
      }
      for (const entry of curResourceBorrows) {
        const rsc = entry.rsc ?? entry;
        if (entry.drop) {
          if (rsc[symbolRscHandle]) {
            entry.drop(rsc[symbolRscHandle]);
          }
        }
        rsc[symbolRscHandle] = void 0;
      }
      curResourceBorrows = [];
      var variant6 = ret;
      switch (variant6.tag) {
        case "ok": {
          const e = variant6.val;
          dataView(memory0).setInt8(arg1 + 0, 0, true);
          break;
        }
        case "err": {
          const e = variant6.val;
          dataView(memory0).setInt8(arg1 + 0, 1, true);
          var variant5 = e;
          switch (variant5.tag) {
            case "last-operation-failed": {
              const e2 = variant5.val;
              dataView(memory0).setInt8(arg1 + 4, 0, true);
              if (!(e2 instanceof Error$1)) {
                throw new TypeError('Resource error: Not a valid "Error" resource.');
              }
              var handle4 = e2[symbolRscHandle];
              if (!handle4) {
                const rep3 = e2[symbolRscRep] || ++captureCnt1;
                captureTable1.set(rep3, e2);
                handle4 = rscTableCreateOwn(handleTable1, rep3);
              }
              dataView(memory0).setInt32(arg1 + 8, handle4, true);
              break;
            }
            case "closed": {
              dataView(memory0).setInt8(arg1 + 4, 1, true);
              break;
            }
            default: {
              throw new TypeError(`invalid variant tag value \`${JSON.stringify(variant5.tag)}\` (received \`${variant5}\`) specified for \`StreamError\``);
            }
          }
          break;
        }
        default: {
          _debugLog("ERROR: invalid value (expected result as object with 'tag' member)", { value: variant6, valueType: typeof variant6 });
          throw new TypeError("invalid variant specified for result");
        }
      }
      _debugLog('[iface="wasi:io/streams@0.2.12", function="[method]output-stream.blocking-flush"][Instruction::Return]', {
        funcName: "[method]output-stream.blocking-flush",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline45.fnName = "wasi:io/streams@0.2.12#blockingFlush";
    const _trampoline46 = function(arg0) {
      _debugLog('[iface="wasi:cli/environment@0.2.12", function="get-environment"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getEnvironment",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getEnvironment())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      var vec3 = ret;
      var len3 = vec3.length;
      var result3 = realloc0(0, 0, 4, len3 * 16);
      for (let i = 0; i < vec3.length; i++) {
        const e = vec3[i];
        const base = result3 + i * 16;
        var [tuple0_0, tuple0_1] = e;
        var encodeRes = _utf8AllocateAndEncode(tuple0_0, realloc0, memory0);
        var ptr1 = encodeRes.ptr;
        var len1 = encodeRes.len;
        dataView(memory0).setUint32(base + 4, len1, true);
        dataView(memory0).setUint32(base + 0, ptr1, true);
        var encodeRes = _utf8AllocateAndEncode(tuple0_1, realloc0, memory0);
        var ptr2 = encodeRes.ptr;
        var len2 = encodeRes.len;
        dataView(memory0).setUint32(base + 12, len2, true);
        dataView(memory0).setUint32(base + 8, ptr2, true);
      }
      dataView(memory0).setUint32(arg0 + 4, len3, true);
      dataView(memory0).setUint32(arg0 + 0, result3, true);
      _debugLog('[iface="wasi:cli/environment@0.2.12", function="get-environment"][Instruction::Return]', {
        funcName: "get-environment",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline46.fnName = "wasi:cli/environment@0.2.12#getEnvironment";
    const handleTable11 = [T_FLAG2, 0];
    handleTable11._createdReps = /* @__PURE__ */ new Set();
    handleTable11._componentIdx = 0;
    const captureTable11 = /* @__PURE__ */ new Map();
    let captureCnt11 = 0;
    HANDLE_TABLES[11] = handleTable11;
    const _trampoline47 = function(arg0) {
      _debugLog('[iface="wasi:cli/terminal-stdin@0.2.12", function="get-terminal-stdin"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getTerminalStdin",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getTerminalStdin())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      var variant1 = ret;
      if (variant1 === null || variant1 === void 0) {
        dataView(memory0).setInt8(arg0 + 0, 0, true);
      } else {
        const e = variant1;
        dataView(memory0).setInt8(arg0 + 0, 1, true);
        if (!(e instanceof TerminalInput2)) {
          throw new TypeError('Resource error: Not a valid "TerminalInput" resource.');
        }
        var handle0 = e[symbolRscHandle];
        if (!handle0) {
          const rep3 = e[symbolRscRep] || ++captureCnt11;
          captureTable11.set(rep3, e);
          handle0 = rscTableCreateOwn(handleTable11, rep3);
        }
        dataView(memory0).setInt32(arg0 + 4, handle0, true);
      }
      _debugLog('[iface="wasi:cli/terminal-stdin@0.2.12", function="get-terminal-stdin"][Instruction::Return]', {
        funcName: "get-terminal-stdin",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline47.fnName = "wasi:cli/terminal-stdin@0.2.12#getTerminalStdin";
    const handleTable12 = [T_FLAG2, 0];
    handleTable12._createdReps = /* @__PURE__ */ new Set();
    handleTable12._componentIdx = 0;
    const captureTable12 = /* @__PURE__ */ new Map();
    let captureCnt12 = 0;
    HANDLE_TABLES[12] = handleTable12;
    const _trampoline48 = function(arg0) {
      _debugLog('[iface="wasi:cli/terminal-stdout@0.2.12", function="get-terminal-stdout"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getTerminalStdout",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getTerminalStdout())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      var variant1 = ret;
      if (variant1 === null || variant1 === void 0) {
        dataView(memory0).setInt8(arg0 + 0, 0, true);
      } else {
        const e = variant1;
        dataView(memory0).setInt8(arg0 + 0, 1, true);
        if (!(e instanceof TerminalOutput2)) {
          throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
        }
        var handle0 = e[symbolRscHandle];
        if (!handle0) {
          const rep3 = e[symbolRscRep] || ++captureCnt12;
          captureTable12.set(rep3, e);
          handle0 = rscTableCreateOwn(handleTable12, rep3);
        }
        dataView(memory0).setInt32(arg0 + 4, handle0, true);
      }
      _debugLog('[iface="wasi:cli/terminal-stdout@0.2.12", function="get-terminal-stdout"][Instruction::Return]', {
        funcName: "get-terminal-stdout",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline48.fnName = "wasi:cli/terminal-stdout@0.2.12#getTerminalStdout";
    const _trampoline49 = function(arg0) {
      _debugLog('[iface="wasi:cli/terminal-stderr@0.2.12", function="get-terminal-stderr"] [Instruction::CallInterface] (sync, @ enter)');
      const hostProvided = true;
      let parentTask;
      let task;
      let subtask;
      const createTask = () => {
        const results = createNewCurrentTask({
          componentIdx: -1,
          isAsync: false,
          entryFnName: "getTerminalStderr",
          getCallbackFn: () => null,
          callbackFnName: null,
          errHandling: "none",
          callingWasmExport: false
        });
        task = results[0];
      };
      taskCreation: {
        parentTask = getCurrentTask(
          0,
          _getGlobalCurrentTaskMeta(0)?.taskID
        )?.task;
        if (!parentTask) {
          createTask();
          break taskCreation;
        }
        createTask();
        if (hostProvided) {
          subtask = parentTask.getLatestSubtask();
          if (!subtask) {
            throw new Error(`Missing subtask (in parent task [${parentTask.id()}]) for host import, has the import been lowered? (ensure asyncImports are set properly)`);
          }
          task.setParentSubtask(subtask);
        }
      }
      const started = task.enterSync();
      let ret;
      try {
        ret = _withGlobalCurrentTaskMeta({
          componentIdx: task.componentIdx(),
          taskID: task.id(),
          fn: () => _trackHostOperation(() => getTerminalStderr())
        });
      } catch (err) {
        _debugLog("[Instruction::CallInterface] error during sync call", {
          taskID: task.id(),
          subtaskID: task.getParentSubtask()?.id(),
          err
        });
        getOrCreateAsyncState(0).markTrapped(err);
        task.setErrored(err);
        task.reject(err);
        task.exit();
        throw err;
      }
      var variant1 = ret;
      if (variant1 === null || variant1 === void 0) {
        dataView(memory0).setInt8(arg0 + 0, 0, true);
      } else {
        const e = variant1;
        dataView(memory0).setInt8(arg0 + 0, 1, true);
        if (!(e instanceof TerminalOutput2)) {
          throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
        }
        var handle0 = e[symbolRscHandle];
        if (!handle0) {
          const rep3 = e[symbolRscRep] || ++captureCnt12;
          captureTable12.set(rep3, e);
          handle0 = rscTableCreateOwn(handleTable12, rep3);
        }
        dataView(memory0).setInt32(arg0 + 4, handle0, true);
      }
      _debugLog('[iface="wasi:cli/terminal-stderr@0.2.12", function="get-terminal-stderr"][Instruction::Return]', {
        funcName: "get-terminal-stderr",
        paramCount: 0,
        async: false,
        postReturn: false
      });
      task.resolve([ret]);
      task.exit();
    };
    _trampoline49.fnName = "wasi:cli/terminal-stderr@0.2.12#getTerminalStderr";
    let exports2;
    let postReturn0;
    let postReturn0Async;
    let postReturn1;
    let postReturn1Async;
    let postReturn2;
    let postReturn2Async;
    let postReturn3;
    let postReturn3Async;
    let postReturn4;
    let postReturn4Async;
    let postReturn5;
    let postReturn5Async;
    let postReturn6;
    let postReturn6Async;
    let analyzer010RelevantFiles;
    function relevantFiles() {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "analyzer010RelevantFiles",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "none",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="relevant-files"][Instruction::CallWasm] enter', {
              funcName: "relevant-files",
              paramCount: 0,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010RelevantFiles()
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            var len1 = dataView(memory0).getUint32(ret + 4, true);
            var base1 = dataView(memory0).getUint32(ret + 0, true);
            if (base1 % 4 !== 0) throw new TypeError(`list pointer [${base1}] is not aligned to 4`);
            var result1 = [];
            for (let i = 0; i < len1; i++) {
              const base = base1 + i * 8;
              var ptr0 = dataView(memory0).getUint32(base + 0, true);
              var len0 = dataView(memory0).getUint32(base + 4, true);
              var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
              result1.push(result0);
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="relevant-files"][Instruction::Return]', {
              funcName: "relevant-files",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result1]);
            const retCopy = result1;
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn0(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let analyzer010PresenceOnlyFiles;
    function presenceOnlyFiles() {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "analyzer010PresenceOnlyFiles",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "none",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="presence-only-files"][Instruction::CallWasm] enter', {
              funcName: "presence-only-files",
              paramCount: 0,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010PresenceOnlyFiles()
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            var len1 = dataView(memory0).getUint32(ret + 4, true);
            var base1 = dataView(memory0).getUint32(ret + 0, true);
            if (base1 % 4 !== 0) throw new TypeError(`list pointer [${base1}] is not aligned to 4`);
            var result1 = [];
            for (let i = 0; i < len1; i++) {
              const base = base1 + i * 8;
              var ptr0 = dataView(memory0).getUint32(base + 0, true);
              var len0 = dataView(memory0).getUint32(base + 4, true);
              var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
              result1.push(result0);
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="presence-only-files"][Instruction::Return]', {
              funcName: "presence-only-files",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result1]);
            const retCopy = result1;
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn0(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let analyzer010Rules;
    function rules() {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "analyzer010Rules",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "none",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="rules"][Instruction::CallWasm] enter', {
              funcName: "rules",
              paramCount: 0,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010Rules()
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            var len13 = dataView(memory0).getUint32(ret + 4, true);
            var base13 = dataView(memory0).getUint32(ret + 0, true);
            if (base13 % 4 !== 0) throw new TypeError(`list pointer [${base13}] is not aligned to 4`);
            var result13 = [];
            for (let i = 0; i < len13; i++) {
              const base = base13 + i * 84;
              var ptr0 = dataView(memory0).getUint32(base + 0, true);
              var len0 = dataView(memory0).getUint32(base + 4, true);
              var result0 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr0, len0));
              var ptr1 = dataView(memory0).getUint32(base + 8, true);
              var len1 = dataView(memory0).getUint32(base + 12, true);
              var result1 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr1, len1));
              var ptr2 = dataView(memory0).getUint32(base + 16, true);
              var len2 = dataView(memory0).getUint32(base + 20, true);
              var result2 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr2, len2));
              let enum3;
              switch (dataView(memory0).getUint8(base + 24, true)) {
                case 0: {
                  enum3 = "error";
                  break;
                }
                case 1: {
                  enum3 = "warning";
                  break;
                }
                case 2: {
                  enum3 = "note";
                  break;
                }
                default: {
                  throw new TypeError("invalid discriminant specified for Severity");
                }
              }
              let variant5;
              switch (dataView(memory0).getUint8(base + 28, true)) {
                case 0: {
                  variant5 = void 0;
                  break;
                }
                case 1: {
                  var ptr4 = dataView(memory0).getUint32(base + 32, true);
                  var len4 = dataView(memory0).getUint32(base + 36, true);
                  var result4 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr4, len4));
                  variant5 = result4;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var ptr6 = dataView(memory0).getUint32(base + 40, true);
              var len6 = dataView(memory0).getUint32(base + 44, true);
              var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
              var ptr7 = dataView(memory0).getUint32(base + 48, true);
              var len7 = dataView(memory0).getUint32(base + 52, true);
              var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
              var ptr8 = dataView(memory0).getUint32(base + 56, true);
              var len8 = dataView(memory0).getUint32(base + 60, true);
              var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
              var len10 = dataView(memory0).getUint32(base + 68, true);
              var base10 = dataView(memory0).getUint32(base + 64, true);
              if (base10 % 4 !== 0) throw new TypeError(`list pointer [${base10}] is not aligned to 4`);
              var result10 = [];
              for (let i2 = 0; i2 < len10; i2++) {
                const base2 = base10 + i2 * 8;
                var ptr9 = dataView(memory0).getUint32(base2 + 0, true);
                var len9 = dataView(memory0).getUint32(base2 + 4, true);
                var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                result10.push(result9);
              }
              var ptr11 = dataView(memory0).getUint32(base + 72, true);
              var len11 = dataView(memory0).getUint32(base + 76, true);
              var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
              var bool12 = dataView(memory0).getUint8(base + 80, true);
              result13.push({
                id: result0,
                name: result1,
                family: result2,
                defaultSeverity: enum3,
                securitySeverity: variant5,
                shortDescription: result6,
                fullDescription: result7,
                helpMarkdown: result8,
                tags: result10,
                precision: result11,
                live: bool12 == 0 ? false : bool12 == 1 ? true : throwInvalidBool()
              });
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="rules"][Instruction::Return]', {
              funcName: "rules",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result13]);
            const retCopy = result13;
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn1(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let analyzer010Analyze;
    function analyze(arg0, arg1) {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "analyzer010Analyze",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "none",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            var vec3 = arg0;
            var len3 = vec3.length;
            var result3 = realloc0(0, 0, 4, len3 * 16);
            for (let i = 0; i < vec3.length; i++) {
              const e = vec3[i];
              const base = result3 + i * 16;
              var { path: v0_0, contents: v0_1 } = e;
              var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
              var ptr1 = encodeRes.ptr;
              var len1 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len1, true);
              dataView(memory0).setUint32(base + 0, ptr1, true);
              var val2 = v0_1;
              var len2 = Array.isArray(val2) ? val2.length : val2.byteLength;
              var ptr2 = realloc0(0, 0, 1, len2 * 1);
              let valData2;
              const valLenBytes2 = len2 * 1;
              if (Array.isArray(val2)) {
                let offset = 0;
                const dv2 = new DataView(memory0.buffer);
                for (const v of val2) {
                  _requireValidNumericPrimitive.bind(null, "u8")(v);
                  dv2.setUint8(ptr2 + offset, v, true);
                  offset += 1;
                }
              } else {
                valData2 = new Uint8Array(val2.buffer || val2, val2.byteOffset, valLenBytes2);
                const out2 = new Uint8Array(memory0.buffer, ptr2, valLenBytes2);
                out2.set(valData2);
              }
              dataView(memory0).setUint32(base + 12, len2, true);
              dataView(memory0).setUint32(base + 8, ptr2, true);
            }
            var { noIgnores: v4_0, publicProxy: v4_1, publicSumdb: v4_2, proxyEnv: v4_3, slowMs: v4_4, maxProbes: v4_5, config: v4_6 } = arg1;
            var variant6 = v4_1;
            let variant6_0;
            let variant6_1;
            let variant6_2;
            if (variant6 === null || variant6 === void 0) {
              variant6_0 = 0;
              variant6_1 = 0;
              variant6_2 = 0;
            } else {
              const e = variant6;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr5 = encodeRes.ptr;
              var len5 = encodeRes.len;
              variant6_0 = 1;
              variant6_1 = ptr5;
              variant6_2 = len5;
            }
            var variant8 = v4_2;
            let variant8_0;
            let variant8_1;
            let variant8_2;
            if (variant8 === null || variant8 === void 0) {
              variant8_0 = 0;
              variant8_1 = 0;
              variant8_2 = 0;
            } else {
              const e = variant8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr7 = encodeRes.ptr;
              var len7 = encodeRes.len;
              variant8_0 = 1;
              variant8_1 = ptr7;
              variant8_2 = len7;
            }
            var vec12 = v4_3;
            var len12 = vec12.length;
            var result12 = realloc0(0, 0, 4, len12 * 16);
            for (let i = 0; i < vec12.length; i++) {
              const e = vec12[i];
              const base = result12 + i * 16;
              var [tuple9_0, tuple9_1] = e;
              var encodeRes = _utf8AllocateAndEncode(tuple9_0, realloc0, memory0);
              var ptr10 = encodeRes.ptr;
              var len10 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len10, true);
              dataView(memory0).setUint32(base + 0, ptr10, true);
              var encodeRes = _utf8AllocateAndEncode(tuple9_1, realloc0, memory0);
              var ptr11 = encodeRes.ptr;
              var len11 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len11, true);
              dataView(memory0).setUint32(base + 8, ptr11, true);
            }
            var variant14 = v4_6;
            let variant14_0;
            let variant14_1;
            let variant14_2;
            if (variant14 === null || variant14 === void 0) {
              variant14_0 = 0;
              variant14_1 = 0;
              variant14_2 = 0;
            } else {
              const e = variant14;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr13 = encodeRes.ptr;
              var len13 = encodeRes.len;
              variant14_0 = 1;
              variant14_1 = ptr13;
              variant14_2 = len13;
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="analyze"][Instruction::CallWasm] enter', {
              funcName: "analyze",
              paramCount: 16,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010Analyze(result3, len3, v4_0 ? 1 : 0, variant6_0, variant6_1, variant6_2, variant8_0, variant8_1, variant8_2, result12, len12, toUint32(v4_4), toUint32(v4_5), variant14_0, variant14_1, variant14_2)
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            var ptr15 = dataView(memory0).getUint32(ret + 0, true);
            var len15 = dataView(memory0).getUint32(ret + 4, true);
            var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
            var len17 = dataView(memory0).getUint32(ret + 12, true);
            var base17 = dataView(memory0).getUint32(ret + 8, true);
            if (base17 % 4 !== 0) throw new TypeError(`list pointer [${base17}] is not aligned to 4`);
            var result17 = [];
            for (let i = 0; i < len17; i++) {
              const base = base17 + i * 8;
              var ptr16 = dataView(memory0).getUint32(base + 0, true);
              var len16 = dataView(memory0).getUint32(base + 4, true);
              var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
              result17.push(result16);
            }
            var len40 = dataView(memory0).getUint32(ret + 20, true);
            var base40 = dataView(memory0).getUint32(ret + 16, true);
            if (base40 % 4 !== 0) throw new TypeError(`list pointer [${base40}] is not aligned to 4`);
            var result40 = [];
            for (let i = 0; i < len40; i++) {
              const base = base40 + i * 112;
              var ptr18 = dataView(memory0).getUint32(base + 0, true);
              var len18 = dataView(memory0).getUint32(base + 4, true);
              var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
              var ptr19 = dataView(memory0).getUint32(base + 8, true);
              var len19 = dataView(memory0).getUint32(base + 12, true);
              var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
              let enum20;
              switch (dataView(memory0).getUint8(base + 16, true)) {
                case 0: {
                  enum20 = "error";
                  break;
                }
                case 1: {
                  enum20 = "warning";
                  break;
                }
                case 2: {
                  enum20 = "note";
                  break;
                }
                default: {
                  throw new TypeError("invalid discriminant specified for Severity");
                }
              }
              var ptr21 = dataView(memory0).getUint32(base + 20, true);
              var len21 = dataView(memory0).getUint32(base + 24, true);
              var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
              var ptr22 = dataView(memory0).getUint32(base + 28, true);
              var len22 = dataView(memory0).getUint32(base + 32, true);
              var result22 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr22, len22));
              var ptr23 = dataView(memory0).getUint32(base + 60, true);
              var len23 = dataView(memory0).getUint32(base + 64, true);
              var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
              var len25 = dataView(memory0).getUint32(base + 72, true);
              var base25 = dataView(memory0).getUint32(base + 68, true);
              if (base25 % 4 !== 0) throw new TypeError(`list pointer [${base25}] is not aligned to 4`);
              var result25 = [];
              for (let i2 = 0; i2 < len25; i2++) {
                const base2 = base25 + i2 * 8;
                var ptr24 = dataView(memory0).getUint32(base2 + 0, true);
                var len24 = dataView(memory0).getUint32(base2 + 4, true);
                var result24 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr24, len24));
                result25.push(result24);
              }
              var len30 = dataView(memory0).getUint32(base + 80, true);
              var base30 = dataView(memory0).getUint32(base + 76, true);
              if (base30 % 4 !== 0) throw new TypeError(`list pointer [${base30}] is not aligned to 4`);
              var result30 = [];
              for (let i2 = 0; i2 < len30; i2++) {
                const base2 = base30 + i2 * 48;
                var ptr26 = dataView(memory0).getUint32(base2 + 0, true);
                var len26 = dataView(memory0).getUint32(base2 + 4, true);
                var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                var ptr27 = dataView(memory0).getUint32(base2 + 32, true);
                var len27 = dataView(memory0).getUint32(base2 + 36, true);
                var result27 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr27, len27));
                var len29 = dataView(memory0).getUint32(base2 + 44, true);
                var base29 = dataView(memory0).getUint32(base2 + 40, true);
                if (base29 % 4 !== 0) throw new TypeError(`list pointer [${base29}] is not aligned to 4`);
                var result29 = [];
                for (let i3 = 0; i3 < len29; i3++) {
                  const base3 = base29 + i3 * 8;
                  var ptr28 = dataView(memory0).getUint32(base3 + 0, true);
                  var len28 = dataView(memory0).getUint32(base3 + 4, true);
                  var result28 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr28, len28));
                  result29.push(result28);
                }
                result30.push({
                  path: result26,
                  span: {
                    start: dataView(memory0).getInt32(base2 + 8, true) >>> 0,
                    end: dataView(memory0).getInt32(base2 + 12, true) >>> 0,
                    startLine: dataView(memory0).getInt32(base2 + 16, true) >>> 0,
                    startColumn: dataView(memory0).getInt32(base2 + 20, true) >>> 0,
                    endLine: dataView(memory0).getInt32(base2 + 24, true) >>> 0,
                    endColumn: dataView(memory0).getInt32(base2 + 28, true) >>> 0
                  },
                  label: result27,
                  lines: result29
                });
              }
              let variant32;
              switch (dataView(memory0).getUint8(base + 84, true)) {
                case 0: {
                  variant32 = void 0;
                  break;
                }
                case 1: {
                  var ptr31 = dataView(memory0).getUint32(base + 88, true);
                  var len31 = dataView(memory0).getUint32(base + 92, true);
                  var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
                  variant32 = result31;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var len38 = dataView(memory0).getUint32(base + 100, true);
              var base38 = dataView(memory0).getUint32(base + 96, true);
              if (base38 % 4 !== 0) throw new TypeError(`list pointer [${base38}] is not aligned to 4`);
              var result38 = [];
              for (let i2 = 0; i2 < len38; i2++) {
                const base2 = base38 + i2 * 20;
                var ptr33 = dataView(memory0).getUint32(base2 + 0, true);
                var len33 = dataView(memory0).getUint32(base2 + 4, true);
                var result33 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr33, len33));
                let enum34;
                switch (dataView(memory0).getUint8(base2 + 8, true)) {
                  case 0: {
                    enum34 = "safe";
                    break;
                  }
                  case 1: {
                    enum34 = "unsafe";
                    break;
                  }
                  case 2: {
                    enum34 = "display-only";
                    break;
                  }
                  default: {
                    throw new TypeError("invalid discriminant specified for Applicability");
                  }
                }
                var len37 = dataView(memory0).getUint32(base2 + 16, true);
                var base37 = dataView(memory0).getUint32(base2 + 12, true);
                if (base37 % 4 !== 0) throw new TypeError(`list pointer [${base37}] is not aligned to 4`);
                var result37 = [];
                for (let i3 = 0; i3 < len37; i3++) {
                  const base3 = base37 + i3 * 40;
                  var ptr35 = dataView(memory0).getUint32(base3 + 0, true);
                  var len35 = dataView(memory0).getUint32(base3 + 4, true);
                  var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
                  var ptr36 = dataView(memory0).getUint32(base3 + 32, true);
                  var len36 = dataView(memory0).getUint32(base3 + 36, true);
                  var result36 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr36, len36));
                  result37.push({
                    path: result35,
                    span: {
                      start: dataView(memory0).getInt32(base3 + 8, true) >>> 0,
                      end: dataView(memory0).getInt32(base3 + 12, true) >>> 0,
                      startLine: dataView(memory0).getInt32(base3 + 16, true) >>> 0,
                      startColumn: dataView(memory0).getInt32(base3 + 20, true) >>> 0,
                      endLine: dataView(memory0).getInt32(base3 + 24, true) >>> 0,
                      endColumn: dataView(memory0).getInt32(base3 + 28, true) >>> 0
                    },
                    replacement: result36
                  });
                }
                result38.push({
                  description: result33,
                  applicability: enum34,
                  edits: result37
                });
              }
              var ptr39 = dataView(memory0).getUint32(base + 104, true);
              var len39 = dataView(memory0).getUint32(base + 108, true);
              var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
              result40.push({
                rule: result18,
                name: result19,
                severity: enum20,
                message: result21,
                primary: {
                  path: result22,
                  span: {
                    start: dataView(memory0).getInt32(base + 36, true) >>> 0,
                    end: dataView(memory0).getInt32(base + 40, true) >>> 0,
                    startLine: dataView(memory0).getInt32(base + 44, true) >>> 0,
                    startColumn: dataView(memory0).getInt32(base + 48, true) >>> 0,
                    endLine: dataView(memory0).getInt32(base + 52, true) >>> 0,
                    endColumn: dataView(memory0).getInt32(base + 56, true) >>> 0
                  },
                  label: result23,
                  lines: result25
                },
                related: result30,
                help: variant32,
                fixes: result38,
                fingerprint: result39
              });
            }
            var len44 = dataView(memory0).getUint32(ret + 28, true);
            var base44 = dataView(memory0).getUint32(ret + 24, true);
            if (base44 % 4 !== 0) throw new TypeError(`list pointer [${base44}] is not aligned to 4`);
            var result44 = [];
            for (let i = 0; i < len44; i++) {
              const base = base44 + i * 20;
              var ptr41 = dataView(memory0).getUint32(base + 0, true);
              var len41 = dataView(memory0).getUint32(base + 4, true);
              var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
              var ptr42 = dataView(memory0).getUint32(base + 8, true);
              var len42 = dataView(memory0).getUint32(base + 12, true);
              var result42 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr42, len42));
              var bool43 = dataView(memory0).getUint8(base + 16, true);
              result44.push({
                path: result41,
                message: result42,
                skipped: bool43 == 0 ? false : bool43 == 1 ? true : throwInvalidBool()
              });
            }
            var len61 = dataView(memory0).getUint32(ret + 36, true);
            var base61 = dataView(memory0).getUint32(ret + 32, true);
            if (base61 % 4 !== 0) throw new TypeError(`list pointer [${base61}] is not aligned to 4`);
            var result61 = [];
            for (let i = 0; i < len61; i++) {
              const base = base61 + i * 84;
              var ptr45 = dataView(memory0).getUint32(base + 0, true);
              var len45 = dataView(memory0).getUint32(base + 4, true);
              var result45 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr45, len45));
              var ptr46 = dataView(memory0).getUint32(base + 8, true);
              var len46 = dataView(memory0).getUint32(base + 12, true);
              var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
              let variant48;
              switch (dataView(memory0).getUint8(base + 20, true)) {
                case 0: {
                  variant48 = void 0;
                  break;
                }
                case 1: {
                  var ptr47 = dataView(memory0).getUint32(base + 24, true);
                  var len47 = dataView(memory0).getUint32(base + 28, true);
                  var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
                  variant48 = result47;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var len50 = dataView(memory0).getUint32(base + 36, true);
              var base50 = dataView(memory0).getUint32(base + 32, true);
              if (base50 % 4 !== 0) throw new TypeError(`list pointer [${base50}] is not aligned to 4`);
              var result50 = [];
              for (let i2 = 0; i2 < len50; i2++) {
                const base2 = base50 + i2 * 8;
                var ptr49 = dataView(memory0).getUint32(base2 + 0, true);
                var len49 = dataView(memory0).getUint32(base2 + 4, true);
                var result49 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr49, len49));
                result50.push(result49);
              }
              var len53 = dataView(memory0).getUint32(base + 44, true);
              var base53 = dataView(memory0).getUint32(base + 40, true);
              if (base53 % 4 !== 0) throw new TypeError(`list pointer [${base53}] is not aligned to 4`);
              var result53 = [];
              for (let i2 = 0; i2 < len53; i2++) {
                const base2 = base53 + i2 * 16;
                var ptr51 = dataView(memory0).getUint32(base2 + 0, true);
                var len51 = dataView(memory0).getUint32(base2 + 4, true);
                var result51 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr51, len51));
                var ptr52 = dataView(memory0).getUint32(base2 + 8, true);
                var len52 = dataView(memory0).getUint32(base2 + 12, true);
                var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
                result53.push({
                  target: result51,
                  nextOn: result52
                });
              }
              let variant55;
              switch (dataView(memory0).getUint8(base + 48, true)) {
                case 0: {
                  variant55 = void 0;
                  break;
                }
                case 1: {
                  var ptr54 = dataView(memory0).getUint32(base + 52, true);
                  var len54 = dataView(memory0).getUint32(base + 56, true);
                  var result54 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr54, len54));
                  variant55 = result54;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var ptr56 = dataView(memory0).getUint32(base + 60, true);
              var len56 = dataView(memory0).getUint32(base + 64, true);
              var result56 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr56, len56));
              var len58 = dataView(memory0).getUint32(base + 72, true);
              var base58 = dataView(memory0).getUint32(base + 68, true);
              if (base58 % 4 !== 0) throw new TypeError(`list pointer [${base58}] is not aligned to 4`);
              var result58 = [];
              for (let i2 = 0; i2 < len58; i2++) {
                const base2 = base58 + i2 * 8;
                var ptr57 = dataView(memory0).getUint32(base2 + 0, true);
                var len57 = dataView(memory0).getUint32(base2 + 4, true);
                var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
                result58.push(result57);
              }
              var len60 = dataView(memory0).getUint32(base + 80, true);
              var base60 = dataView(memory0).getUint32(base + 76, true);
              if (base60 % 4 !== 0) throw new TypeError(`list pointer [${base60}] is not aligned to 4`);
              var result60 = [];
              for (let i2 = 0; i2 < len60; i2++) {
                const base2 = base60 + i2 * 8;
                var ptr59 = dataView(memory0).getUint32(base2 + 0, true);
                var len59 = dataView(memory0).getUint32(base2 + 4, true);
                var result59 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr59, len59));
                result60.push(result59);
              }
              result61.push({
                context: result45,
                path: result46,
                line: dataView(memory0).getInt32(base + 16, true) >>> 0,
                goRelease: variant48,
                directPatterns: result50,
                hops: result53,
                proxyError: variant55,
                checksumDb: result56,
                noChecksumPatterns: result58,
                unknown: result60
              });
            }
            var len69 = dataView(memory0).getUint32(ret + 44, true);
            var base69 = dataView(memory0).getUint32(ret + 40, true);
            if (base69 % 8 !== 0) throw new TypeError(`list pointer [${base69}] is not aligned to 8`);
            var result69 = [];
            for (let i = 0; i < len69; i++) {
              const base = base69 + i * 56;
              var ptr62 = dataView(memory0).getUint32(base + 0, true);
              var len62 = dataView(memory0).getUint32(base + 4, true);
              var result62 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr62, len62));
              var ptr63 = dataView(memory0).getUint32(base + 8, true);
              var len63 = dataView(memory0).getUint32(base + 12, true);
              var result63 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr63, len63));
              let variant64;
              switch (dataView(memory0).getUint8(base + 16, true)) {
                case 0: {
                  variant64 = void 0;
                  break;
                }
                case 1: {
                  variant64 = clampGuest(dataView(memory0).getUint16(base + 18, true), 0, 65535);
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              let variant66;
              switch (dataView(memory0).getUint8(base + 20, true)) {
                case 0: {
                  variant66 = void 0;
                  break;
                }
                case 1: {
                  var ptr65 = dataView(memory0).getUint32(base + 24, true);
                  var len65 = dataView(memory0).getUint32(base + 28, true);
                  var result65 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr65, len65));
                  variant66 = result65;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              let variant68;
              switch (dataView(memory0).getUint8(base + 40, true)) {
                case 0: {
                  variant68 = void 0;
                  break;
                }
                case 1: {
                  var ptr67 = dataView(memory0).getUint32(base + 44, true);
                  var len67 = dataView(memory0).getUint32(base + 48, true);
                  var result67 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr67, len67));
                  variant68 = result67;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              result69.push({
                id: result62,
                url: result63,
                status: variant64,
                failure: variant66,
                elapsedMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 32, true))),
                via: variant68
              });
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="analyze"][Instruction::Return]', {
              funcName: "analyze",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([{
              toolVersion: result15,
              files: result17,
              findings: result40,
              diagnostics: result44,
              routes: result61,
              probes: result69
            }]);
            const retCopy = {
              toolVersion: result15,
              files: result17,
              findings: result40,
              diagnostics: result44,
              routes: result61,
              probes: result69
            };
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn2(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let analyzer010Render;
    function render(arg0, arg1, arg2) {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "analyzer010Render",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "none",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            var ptr0 = realloc0(0, 0, 4, 68);
            var { toolVersion: v1_0, files: v1_1, findings: v1_2, diagnostics: v1_3, routes: v1_4, probes: v1_5 } = arg0;
            var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
            var ptr2 = encodeRes.ptr;
            var len2 = encodeRes.len;
            dataView(memory0).setUint32(ptr0 + 4, len2, true);
            dataView(memory0).setUint32(ptr0 + 0, ptr2, true);
            var vec4 = v1_1;
            var len4 = vec4.length;
            var result4 = realloc0(0, 0, 4, len4 * 8);
            for (let i = 0; i < vec4.length; i++) {
              const e = vec4[i];
              const base = result4 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr3 = encodeRes.ptr;
              var len3 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len3, true);
              dataView(memory0).setUint32(base + 0, ptr3, true);
            }
            dataView(memory0).setUint32(ptr0 + 12, len4, true);
            dataView(memory0).setUint32(ptr0 + 8, result4, true);
            var vec35 = v1_2;
            var len35 = vec35.length;
            var result35 = realloc0(0, 0, 4, len35 * 112);
            for (let i = 0; i < vec35.length; i++) {
              const e = vec35[i];
              const base = result35 + i * 112;
              var { rule: v5_0, name: v5_1, severity: v5_2, message: v5_3, primary: v5_4, related: v5_5, help: v5_6, fixes: v5_7, fingerprint: v5_8 } = e;
              var encodeRes = _utf8AllocateAndEncode(v5_0, realloc0, memory0);
              var ptr6 = encodeRes.ptr;
              var len6 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len6, true);
              dataView(memory0).setUint32(base + 0, ptr6, true);
              var encodeRes = _utf8AllocateAndEncode(v5_1, realloc0, memory0);
              var ptr7 = encodeRes.ptr;
              var len7 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len7, true);
              dataView(memory0).setUint32(base + 8, ptr7, true);
              var val8 = v5_2;
              let enum8;
              switch (val8) {
                case "error": {
                  enum8 = 0;
                  break;
                }
                case "warning": {
                  enum8 = 1;
                  break;
                }
                case "note": {
                  enum8 = 2;
                  break;
                }
                default: {
                  if (v5_2 instanceof Error) {
                    console.error(v5_2);
                  }
                  throw new TypeError(`"${val8}" is not one of the cases of severity`);
                }
              }
              dataView(memory0).setInt8(base + 16, enum8, true);
              var encodeRes = _utf8AllocateAndEncode(v5_3, realloc0, memory0);
              var ptr9 = encodeRes.ptr;
              var len9 = encodeRes.len;
              dataView(memory0).setUint32(base + 24, len9, true);
              dataView(memory0).setUint32(base + 20, ptr9, true);
              var { path: v10_0, span: v10_1, label: v10_2, lines: v10_3 } = v5_4;
              var encodeRes = _utf8AllocateAndEncode(v10_0, realloc0, memory0);
              var ptr11 = encodeRes.ptr;
              var len11 = encodeRes.len;
              dataView(memory0).setUint32(base + 32, len11, true);
              dataView(memory0).setUint32(base + 28, ptr11, true);
              var { start: v12_0, end: v12_1, startLine: v12_2, startColumn: v12_3, endLine: v12_4, endColumn: v12_5 } = v10_1;
              dataView(memory0).setInt32(base + 36, toUint32(v12_0), true);
              dataView(memory0).setInt32(base + 40, toUint32(v12_1), true);
              dataView(memory0).setInt32(base + 44, toUint32(v12_2), true);
              dataView(memory0).setInt32(base + 48, toUint32(v12_3), true);
              dataView(memory0).setInt32(base + 52, toUint32(v12_4), true);
              dataView(memory0).setInt32(base + 56, toUint32(v12_5), true);
              var encodeRes = _utf8AllocateAndEncode(v10_2, realloc0, memory0);
              var ptr13 = encodeRes.ptr;
              var len13 = encodeRes.len;
              dataView(memory0).setUint32(base + 64, len13, true);
              dataView(memory0).setUint32(base + 60, ptr13, true);
              var vec15 = v10_3;
              var len15 = vec15.length;
              var result15 = realloc0(0, 0, 4, len15 * 8);
              for (let i2 = 0; i2 < vec15.length; i2++) {
                const e2 = vec15[i2];
                const base2 = result15 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr14 = encodeRes.ptr;
                var len14 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len14, true);
                dataView(memory0).setUint32(base2 + 0, ptr14, true);
              }
              dataView(memory0).setUint32(base + 72, len15, true);
              dataView(memory0).setUint32(base + 68, result15, true);
              var vec22 = v5_5;
              var len22 = vec22.length;
              var result22 = realloc0(0, 0, 4, len22 * 48);
              for (let i2 = 0; i2 < vec22.length; i2++) {
                const e2 = vec22[i2];
                const base2 = result22 + i2 * 48;
                var { path: v16_0, span: v16_1, label: v16_2, lines: v16_3 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v16_0, realloc0, memory0);
                var ptr17 = encodeRes.ptr;
                var len17 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len17, true);
                dataView(memory0).setUint32(base2 + 0, ptr17, true);
                var { start: v18_0, end: v18_1, startLine: v18_2, startColumn: v18_3, endLine: v18_4, endColumn: v18_5 } = v16_1;
                dataView(memory0).setInt32(base2 + 8, toUint32(v18_0), true);
                dataView(memory0).setInt32(base2 + 12, toUint32(v18_1), true);
                dataView(memory0).setInt32(base2 + 16, toUint32(v18_2), true);
                dataView(memory0).setInt32(base2 + 20, toUint32(v18_3), true);
                dataView(memory0).setInt32(base2 + 24, toUint32(v18_4), true);
                dataView(memory0).setInt32(base2 + 28, toUint32(v18_5), true);
                var encodeRes = _utf8AllocateAndEncode(v16_2, realloc0, memory0);
                var ptr19 = encodeRes.ptr;
                var len19 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 36, len19, true);
                dataView(memory0).setUint32(base2 + 32, ptr19, true);
                var vec21 = v16_3;
                var len21 = vec21.length;
                var result21 = realloc0(0, 0, 4, len21 * 8);
                for (let i3 = 0; i3 < vec21.length; i3++) {
                  const e3 = vec21[i3];
                  const base3 = result21 + i3 * 8;
                  var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                  var ptr20 = encodeRes.ptr;
                  var len20 = encodeRes.len;
                  dataView(memory0).setUint32(base3 + 4, len20, true);
                  dataView(memory0).setUint32(base3 + 0, ptr20, true);
                }
                dataView(memory0).setUint32(base2 + 44, len21, true);
                dataView(memory0).setUint32(base2 + 40, result21, true);
              }
              dataView(memory0).setUint32(base + 80, len22, true);
              dataView(memory0).setUint32(base + 76, result22, true);
              var variant24 = v5_6;
              if (variant24 === null || variant24 === void 0) {
                dataView(memory0).setInt8(base + 84, 0, true);
              } else {
                const e2 = variant24;
                dataView(memory0).setInt8(base + 84, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr23 = encodeRes.ptr;
                var len23 = encodeRes.len;
                dataView(memory0).setUint32(base + 92, len23, true);
                dataView(memory0).setUint32(base + 88, ptr23, true);
              }
              var vec33 = v5_7;
              var len33 = vec33.length;
              var result33 = realloc0(0, 0, 4, len33 * 20);
              for (let i2 = 0; i2 < vec33.length; i2++) {
                const e2 = vec33[i2];
                const base2 = result33 + i2 * 20;
                var { description: v25_0, applicability: v25_1, edits: v25_2 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v25_0, realloc0, memory0);
                var ptr26 = encodeRes.ptr;
                var len26 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len26, true);
                dataView(memory0).setUint32(base2 + 0, ptr26, true);
                var val27 = v25_1;
                let enum27;
                switch (val27) {
                  case "safe": {
                    enum27 = 0;
                    break;
                  }
                  case "unsafe": {
                    enum27 = 1;
                    break;
                  }
                  case "display-only": {
                    enum27 = 2;
                    break;
                  }
                  default: {
                    if (v25_1 instanceof Error) {
                      console.error(v25_1);
                    }
                    throw new TypeError(`"${val27}" is not one of the cases of applicability`);
                  }
                }
                dataView(memory0).setInt8(base2 + 8, enum27, true);
                var vec32 = v25_2;
                var len32 = vec32.length;
                var result32 = realloc0(0, 0, 4, len32 * 40);
                for (let i3 = 0; i3 < vec32.length; i3++) {
                  const e3 = vec32[i3];
                  const base3 = result32 + i3 * 40;
                  var { path: v28_0, span: v28_1, replacement: v28_2 } = e3;
                  var encodeRes = _utf8AllocateAndEncode(v28_0, realloc0, memory0);
                  var ptr29 = encodeRes.ptr;
                  var len29 = encodeRes.len;
                  dataView(memory0).setUint32(base3 + 4, len29, true);
                  dataView(memory0).setUint32(base3 + 0, ptr29, true);
                  var { start: v30_0, end: v30_1, startLine: v30_2, startColumn: v30_3, endLine: v30_4, endColumn: v30_5 } = v28_1;
                  dataView(memory0).setInt32(base3 + 8, toUint32(v30_0), true);
                  dataView(memory0).setInt32(base3 + 12, toUint32(v30_1), true);
                  dataView(memory0).setInt32(base3 + 16, toUint32(v30_2), true);
                  dataView(memory0).setInt32(base3 + 20, toUint32(v30_3), true);
                  dataView(memory0).setInt32(base3 + 24, toUint32(v30_4), true);
                  dataView(memory0).setInt32(base3 + 28, toUint32(v30_5), true);
                  var encodeRes = _utf8AllocateAndEncode(v28_2, realloc0, memory0);
                  var ptr31 = encodeRes.ptr;
                  var len31 = encodeRes.len;
                  dataView(memory0).setUint32(base3 + 36, len31, true);
                  dataView(memory0).setUint32(base3 + 32, ptr31, true);
                }
                dataView(memory0).setUint32(base2 + 16, len32, true);
                dataView(memory0).setUint32(base2 + 12, result32, true);
              }
              dataView(memory0).setUint32(base + 100, len33, true);
              dataView(memory0).setUint32(base + 96, result33, true);
              var encodeRes = _utf8AllocateAndEncode(v5_8, realloc0, memory0);
              var ptr34 = encodeRes.ptr;
              var len34 = encodeRes.len;
              dataView(memory0).setUint32(base + 108, len34, true);
              dataView(memory0).setUint32(base + 104, ptr34, true);
            }
            dataView(memory0).setUint32(ptr0 + 20, len35, true);
            dataView(memory0).setUint32(ptr0 + 16, result35, true);
            var vec39 = v1_3;
            var len39 = vec39.length;
            var result39 = realloc0(0, 0, 4, len39 * 20);
            for (let i = 0; i < vec39.length; i++) {
              const e = vec39[i];
              const base = result39 + i * 20;
              var { path: v36_0, message: v36_1, skipped: v36_2 } = e;
              var encodeRes = _utf8AllocateAndEncode(v36_0, realloc0, memory0);
              var ptr37 = encodeRes.ptr;
              var len37 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len37, true);
              dataView(memory0).setUint32(base + 0, ptr37, true);
              var encodeRes = _utf8AllocateAndEncode(v36_1, realloc0, memory0);
              var ptr38 = encodeRes.ptr;
              var len38 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len38, true);
              dataView(memory0).setUint32(base + 8, ptr38, true);
              dataView(memory0).setInt8(base + 16, v36_2 ? 1 : 0, true);
            }
            dataView(memory0).setUint32(ptr0 + 28, len39, true);
            dataView(memory0).setUint32(ptr0 + 24, result39, true);
            var vec58 = v1_4;
            var len58 = vec58.length;
            var result58 = realloc0(0, 0, 4, len58 * 84);
            for (let i = 0; i < vec58.length; i++) {
              const e = vec58[i];
              const base = result58 + i * 84;
              var { context: v40_0, path: v40_1, line: v40_2, goRelease: v40_3, directPatterns: v40_4, hops: v40_5, proxyError: v40_6, checksumDb: v40_7, noChecksumPatterns: v40_8, unknown: v40_9 } = e;
              var encodeRes = _utf8AllocateAndEncode(v40_0, realloc0, memory0);
              var ptr41 = encodeRes.ptr;
              var len41 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len41, true);
              dataView(memory0).setUint32(base + 0, ptr41, true);
              var encodeRes = _utf8AllocateAndEncode(v40_1, realloc0, memory0);
              var ptr42 = encodeRes.ptr;
              var len42 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len42, true);
              dataView(memory0).setUint32(base + 8, ptr42, true);
              dataView(memory0).setInt32(base + 16, toUint32(v40_2), true);
              var variant44 = v40_3;
              if (variant44 === null || variant44 === void 0) {
                dataView(memory0).setInt8(base + 20, 0, true);
              } else {
                const e2 = variant44;
                dataView(memory0).setInt8(base + 20, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr43 = encodeRes.ptr;
                var len43 = encodeRes.len;
                dataView(memory0).setUint32(base + 28, len43, true);
                dataView(memory0).setUint32(base + 24, ptr43, true);
              }
              var vec46 = v40_4;
              var len46 = vec46.length;
              var result46 = realloc0(0, 0, 4, len46 * 8);
              for (let i2 = 0; i2 < vec46.length; i2++) {
                const e2 = vec46[i2];
                const base2 = result46 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr45 = encodeRes.ptr;
                var len45 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len45, true);
                dataView(memory0).setUint32(base2 + 0, ptr45, true);
              }
              dataView(memory0).setUint32(base + 36, len46, true);
              dataView(memory0).setUint32(base + 32, result46, true);
              var vec50 = v40_5;
              var len50 = vec50.length;
              var result50 = realloc0(0, 0, 4, len50 * 16);
              for (let i2 = 0; i2 < vec50.length; i2++) {
                const e2 = vec50[i2];
                const base2 = result50 + i2 * 16;
                var { target: v47_0, nextOn: v47_1 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v47_0, realloc0, memory0);
                var ptr48 = encodeRes.ptr;
                var len48 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len48, true);
                dataView(memory0).setUint32(base2 + 0, ptr48, true);
                var encodeRes = _utf8AllocateAndEncode(v47_1, realloc0, memory0);
                var ptr49 = encodeRes.ptr;
                var len49 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 12, len49, true);
                dataView(memory0).setUint32(base2 + 8, ptr49, true);
              }
              dataView(memory0).setUint32(base + 44, len50, true);
              dataView(memory0).setUint32(base + 40, result50, true);
              var variant52 = v40_6;
              if (variant52 === null || variant52 === void 0) {
                dataView(memory0).setInt8(base + 48, 0, true);
              } else {
                const e2 = variant52;
                dataView(memory0).setInt8(base + 48, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr51 = encodeRes.ptr;
                var len51 = encodeRes.len;
                dataView(memory0).setUint32(base + 56, len51, true);
                dataView(memory0).setUint32(base + 52, ptr51, true);
              }
              var encodeRes = _utf8AllocateAndEncode(v40_7, realloc0, memory0);
              var ptr53 = encodeRes.ptr;
              var len53 = encodeRes.len;
              dataView(memory0).setUint32(base + 64, len53, true);
              dataView(memory0).setUint32(base + 60, ptr53, true);
              var vec55 = v40_8;
              var len55 = vec55.length;
              var result55 = realloc0(0, 0, 4, len55 * 8);
              for (let i2 = 0; i2 < vec55.length; i2++) {
                const e2 = vec55[i2];
                const base2 = result55 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr54 = encodeRes.ptr;
                var len54 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len54, true);
                dataView(memory0).setUint32(base2 + 0, ptr54, true);
              }
              dataView(memory0).setUint32(base + 72, len55, true);
              dataView(memory0).setUint32(base + 68, result55, true);
              var vec57 = v40_9;
              var len57 = vec57.length;
              var result57 = realloc0(0, 0, 4, len57 * 8);
              for (let i2 = 0; i2 < vec57.length; i2++) {
                const e2 = vec57[i2];
                const base2 = result57 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr56 = encodeRes.ptr;
                var len56 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len56, true);
                dataView(memory0).setUint32(base2 + 0, ptr56, true);
              }
              dataView(memory0).setUint32(base + 80, len57, true);
              dataView(memory0).setUint32(base + 76, result57, true);
            }
            dataView(memory0).setUint32(ptr0 + 36, len58, true);
            dataView(memory0).setUint32(ptr0 + 32, result58, true);
            var vec67 = v1_5;
            var len67 = vec67.length;
            var result67 = realloc0(0, 0, 8, len67 * 56);
            for (let i = 0; i < vec67.length; i++) {
              const e = vec67[i];
              const base = result67 + i * 56;
              var { id: v59_0, url: v59_1, status: v59_2, failure: v59_3, elapsedMs: v59_4, via: v59_5 } = e;
              var encodeRes = _utf8AllocateAndEncode(v59_0, realloc0, memory0);
              var ptr60 = encodeRes.ptr;
              var len60 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len60, true);
              dataView(memory0).setUint32(base + 0, ptr60, true);
              var encodeRes = _utf8AllocateAndEncode(v59_1, realloc0, memory0);
              var ptr61 = encodeRes.ptr;
              var len61 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len61, true);
              dataView(memory0).setUint32(base + 8, ptr61, true);
              var variant62 = v59_2;
              if (variant62 === null || variant62 === void 0) {
                dataView(memory0).setInt8(base + 16, 0, true);
              } else {
                const e2 = variant62;
                dataView(memory0).setInt8(base + 16, 1, true);
                dataView(memory0).setInt16(base + 18, toUint16(e2), true);
              }
              var variant64 = v59_3;
              if (variant64 === null || variant64 === void 0) {
                dataView(memory0).setInt8(base + 20, 0, true);
              } else {
                const e2 = variant64;
                dataView(memory0).setInt8(base + 20, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr63 = encodeRes.ptr;
                var len63 = encodeRes.len;
                dataView(memory0).setUint32(base + 28, len63, true);
                dataView(memory0).setUint32(base + 24, ptr63, true);
              }
              dataView(memory0).setBigInt64(base + 32, toUint64(v59_4), true);
              var variant66 = v59_5;
              if (variant66 === null || variant66 === void 0) {
                dataView(memory0).setInt8(base + 40, 0, true);
              } else {
                const e2 = variant66;
                dataView(memory0).setInt8(base + 40, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr65 = encodeRes.ptr;
                var len65 = encodeRes.len;
                dataView(memory0).setUint32(base + 48, len65, true);
                dataView(memory0).setUint32(base + 44, ptr65, true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 44, len67, true);
            dataView(memory0).setUint32(ptr0 + 40, result67, true);
            var val68 = arg1;
            let enum68;
            switch (val68) {
              case "text": {
                enum68 = 0;
                break;
              }
              case "json": {
                enum68 = 1;
                break;
              }
              case "sarif": {
                enum68 = 2;
                break;
              }
              case "github": {
                enum68 = 3;
                break;
              }
              case "markdown": {
                enum68 = 4;
                break;
              }
              default: {
                if (arg1 instanceof Error) {
                  console.error(arg1);
                }
                throw new TypeError(`"${val68}" is not one of the cases of format`);
              }
            }
            dataView(memory0).setInt8(ptr0 + 48, enum68, true);
            var { color: v69_0, automationId: v69_1 } = arg2;
            dataView(memory0).setInt8(ptr0 + 52, v69_0 ? 1 : 0, true);
            var variant71 = v69_1;
            if (variant71 === null || variant71 === void 0) {
              dataView(memory0).setInt8(ptr0 + 56, 0, true);
            } else {
              const e = variant71;
              dataView(memory0).setInt8(ptr0 + 56, 1, true);
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr70 = encodeRes.ptr;
              var len70 = encodeRes.len;
              dataView(memory0).setUint32(ptr0 + 64, len70, true);
              dataView(memory0).setUint32(ptr0 + 60, ptr70, true);
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="render"][Instruction::CallWasm] enter', {
              funcName: "render",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010Render(ptr0)
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            var ptr72 = dataView(memory0).getUint32(ret + 0, true);
            var len72 = dataView(memory0).getUint32(ret + 4, true);
            var result72 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr72, len72));
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="render"][Instruction::Return]', {
              funcName: "render",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result72]);
            const retCopy = result72;
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn3(ret);
            cstate.mayLeave = true;
            task.exit();
            return retCopy;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let analyzer010ShowConfig;
    function showConfig(arg0, arg1) {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "analyzer010ShowConfig",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "throw-result-err",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            var vec3 = arg0;
            var len3 = vec3.length;
            var result3 = realloc0(0, 0, 4, len3 * 16);
            for (let i = 0; i < vec3.length; i++) {
              const e = vec3[i];
              const base = result3 + i * 16;
              var { path: v0_0, contents: v0_1 } = e;
              var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
              var ptr1 = encodeRes.ptr;
              var len1 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len1, true);
              dataView(memory0).setUint32(base + 0, ptr1, true);
              var val2 = v0_1;
              var len2 = Array.isArray(val2) ? val2.length : val2.byteLength;
              var ptr2 = realloc0(0, 0, 1, len2 * 1);
              let valData2;
              const valLenBytes2 = len2 * 1;
              if (Array.isArray(val2)) {
                let offset = 0;
                const dv2 = new DataView(memory0.buffer);
                for (const v of val2) {
                  _requireValidNumericPrimitive.bind(null, "u8")(v);
                  dv2.setUint8(ptr2 + offset, v, true);
                  offset += 1;
                }
              } else {
                valData2 = new Uint8Array(val2.buffer || val2, val2.byteOffset, valLenBytes2);
                const out2 = new Uint8Array(memory0.buffer, ptr2, valLenBytes2);
                out2.set(valData2);
              }
              dataView(memory0).setUint32(base + 12, len2, true);
              dataView(memory0).setUint32(base + 8, ptr2, true);
            }
            var { noIgnores: v4_0, publicProxy: v4_1, publicSumdb: v4_2, proxyEnv: v4_3, slowMs: v4_4, maxProbes: v4_5, config: v4_6 } = arg1;
            var variant6 = v4_1;
            let variant6_0;
            let variant6_1;
            let variant6_2;
            if (variant6 === null || variant6 === void 0) {
              variant6_0 = 0;
              variant6_1 = 0;
              variant6_2 = 0;
            } else {
              const e = variant6;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr5 = encodeRes.ptr;
              var len5 = encodeRes.len;
              variant6_0 = 1;
              variant6_1 = ptr5;
              variant6_2 = len5;
            }
            var variant8 = v4_2;
            let variant8_0;
            let variant8_1;
            let variant8_2;
            if (variant8 === null || variant8 === void 0) {
              variant8_0 = 0;
              variant8_1 = 0;
              variant8_2 = 0;
            } else {
              const e = variant8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr7 = encodeRes.ptr;
              var len7 = encodeRes.len;
              variant8_0 = 1;
              variant8_1 = ptr7;
              variant8_2 = len7;
            }
            var vec12 = v4_3;
            var len12 = vec12.length;
            var result12 = realloc0(0, 0, 4, len12 * 16);
            for (let i = 0; i < vec12.length; i++) {
              const e = vec12[i];
              const base = result12 + i * 16;
              var [tuple9_0, tuple9_1] = e;
              var encodeRes = _utf8AllocateAndEncode(tuple9_0, realloc0, memory0);
              var ptr10 = encodeRes.ptr;
              var len10 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len10, true);
              dataView(memory0).setUint32(base + 0, ptr10, true);
              var encodeRes = _utf8AllocateAndEncode(tuple9_1, realloc0, memory0);
              var ptr11 = encodeRes.ptr;
              var len11 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len11, true);
              dataView(memory0).setUint32(base + 8, ptr11, true);
            }
            var variant14 = v4_6;
            let variant14_0;
            let variant14_1;
            let variant14_2;
            if (variant14 === null || variant14 === void 0) {
              variant14_0 = 0;
              variant14_1 = 0;
              variant14_2 = 0;
            } else {
              const e = variant14;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr13 = encodeRes.ptr;
              var len13 = encodeRes.len;
              variant14_0 = 1;
              variant14_1 = ptr13;
              variant14_2 = len13;
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="show-config"][Instruction::CallWasm] enter', {
              funcName: "show-config",
              paramCount: 16,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010ShowConfig(result3, len3, v4_0 ? 1 : 0, variant6_0, variant6_1, variant6_2, variant8_0, variant8_1, variant8_2, result12, len12, toUint32(v4_4), toUint32(v4_5), variant14_0, variant14_1, variant14_2)
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            let variant17;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var ptr15 = dataView(memory0).getUint32(ret + 4, true);
                var len15 = dataView(memory0).getUint32(ret + 8, true);
                var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                variant17 = {
                  tag: "ok",
                  val: result15
                };
                break;
              }
              case 1: {
                var ptr16 = dataView(memory0).getUint32(ret + 4, true);
                var len16 = dataView(memory0).getUint32(ret + 8, true);
                var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                variant17 = {
                  tag: "err",
                  val: result16
                };
                break;
              }
              default: {
                throw new TypeError("invalid variant discriminant for expected");
              }
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="show-config"][Instruction::Return]', {
              funcName: "show-config",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant17;
            task.resolve([retCopy.val]);
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn4(ret);
            cstate.mayLeave = true;
            task.exit();
            if (typeof retCopy === "object" && retCopy.tag === "err") {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let live010Plan;
    function plan(arg0, arg1) {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "live010Plan",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "throw-result-err",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            var vec3 = arg0;
            var len3 = vec3.length;
            var result3 = realloc0(0, 0, 4, len3 * 16);
            for (let i = 0; i < vec3.length; i++) {
              const e = vec3[i];
              const base = result3 + i * 16;
              var { path: v0_0, contents: v0_1 } = e;
              var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
              var ptr1 = encodeRes.ptr;
              var len1 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len1, true);
              dataView(memory0).setUint32(base + 0, ptr1, true);
              var val2 = v0_1;
              var len2 = Array.isArray(val2) ? val2.length : val2.byteLength;
              var ptr2 = realloc0(0, 0, 1, len2 * 1);
              let valData2;
              const valLenBytes2 = len2 * 1;
              if (Array.isArray(val2)) {
                let offset = 0;
                const dv2 = new DataView(memory0.buffer);
                for (const v of val2) {
                  _requireValidNumericPrimitive.bind(null, "u8")(v);
                  dv2.setUint8(ptr2 + offset, v, true);
                  offset += 1;
                }
              } else {
                valData2 = new Uint8Array(val2.buffer || val2, val2.byteOffset, valLenBytes2);
                const out2 = new Uint8Array(memory0.buffer, ptr2, valLenBytes2);
                out2.set(valData2);
              }
              dataView(memory0).setUint32(base + 12, len2, true);
              dataView(memory0).setUint32(base + 8, ptr2, true);
            }
            var { noIgnores: v4_0, publicProxy: v4_1, publicSumdb: v4_2, proxyEnv: v4_3, slowMs: v4_4, maxProbes: v4_5, config: v4_6 } = arg1;
            var variant6 = v4_1;
            let variant6_0;
            let variant6_1;
            let variant6_2;
            if (variant6 === null || variant6 === void 0) {
              variant6_0 = 0;
              variant6_1 = 0;
              variant6_2 = 0;
            } else {
              const e = variant6;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr5 = encodeRes.ptr;
              var len5 = encodeRes.len;
              variant6_0 = 1;
              variant6_1 = ptr5;
              variant6_2 = len5;
            }
            var variant8 = v4_2;
            let variant8_0;
            let variant8_1;
            let variant8_2;
            if (variant8 === null || variant8 === void 0) {
              variant8_0 = 0;
              variant8_1 = 0;
              variant8_2 = 0;
            } else {
              const e = variant8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr7 = encodeRes.ptr;
              var len7 = encodeRes.len;
              variant8_0 = 1;
              variant8_1 = ptr7;
              variant8_2 = len7;
            }
            var vec12 = v4_3;
            var len12 = vec12.length;
            var result12 = realloc0(0, 0, 4, len12 * 16);
            for (let i = 0; i < vec12.length; i++) {
              const e = vec12[i];
              const base = result12 + i * 16;
              var [tuple9_0, tuple9_1] = e;
              var encodeRes = _utf8AllocateAndEncode(tuple9_0, realloc0, memory0);
              var ptr10 = encodeRes.ptr;
              var len10 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len10, true);
              dataView(memory0).setUint32(base + 0, ptr10, true);
              var encodeRes = _utf8AllocateAndEncode(tuple9_1, realloc0, memory0);
              var ptr11 = encodeRes.ptr;
              var len11 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len11, true);
              dataView(memory0).setUint32(base + 8, ptr11, true);
            }
            var variant14 = v4_6;
            let variant14_0;
            let variant14_1;
            let variant14_2;
            if (variant14 === null || variant14 === void 0) {
              variant14_0 = 0;
              variant14_1 = 0;
              variant14_2 = 0;
            } else {
              const e = variant14;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr13 = encodeRes.ptr;
              var len13 = encodeRes.len;
              variant14_0 = 1;
              variant14_1 = ptr13;
              variant14_2 = len13;
            }
            _debugLog('[iface="goproxy-doctor:checker/live@0.1.0", function="plan"][Instruction::CallWasm] enter', {
              funcName: "plan",
              paramCount: 16,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => live010Plan(result3, len3, v4_0 ? 1 : 0, variant6_0, variant6_1, variant6_2, variant8_0, variant8_1, variant8_2, result12, len12, toUint32(v4_4), toUint32(v4_5), variant14_0, variant14_1, variant14_2)
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            let variant26;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len24 = dataView(memory0).getUint32(ret + 8, true);
                var base24 = dataView(memory0).getUint32(ret + 4, true);
                if (base24 % 4 !== 0) throw new TypeError(`list pointer [${base24}] is not aligned to 4`);
                var result24 = [];
                for (let i = 0; i < len24; i++) {
                  const base = base24 + i * 84;
                  var ptr15 = dataView(memory0).getUint32(base + 0, true);
                  var len15 = dataView(memory0).getUint32(base + 4, true);
                  var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                  var ptr16 = dataView(memory0).getUint32(base + 8, true);
                  var len16 = dataView(memory0).getUint32(base + 12, true);
                  var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                  var ptr17 = dataView(memory0).getUint32(base + 16, true);
                  var len17 = dataView(memory0).getUint32(base + 20, true);
                  var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                  var ptr18 = dataView(memory0).getUint32(base + 24, true);
                  var len18 = dataView(memory0).getUint32(base + 28, true);
                  var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                  let variant23;
                  switch (dataView(memory0).getUint8(base + 32, true)) {
                    case 0: {
                      variant23 = void 0;
                      break;
                    }
                    case 1: {
                      var ptr19 = dataView(memory0).getUint32(base + 36, true);
                      var len19 = dataView(memory0).getUint32(base + 40, true);
                      var result19 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr19, len19));
                      var ptr20 = dataView(memory0).getUint32(base + 68, true);
                      var len20 = dataView(memory0).getUint32(base + 72, true);
                      var result20 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr20, len20));
                      var len22 = dataView(memory0).getUint32(base + 80, true);
                      var base22 = dataView(memory0).getUint32(base + 76, true);
                      if (base22 % 4 !== 0) throw new TypeError(`list pointer [${base22}] is not aligned to 4`);
                      var result22 = [];
                      for (let i2 = 0; i2 < len22; i2++) {
                        const base2 = base22 + i2 * 8;
                        var ptr21 = dataView(memory0).getUint32(base2 + 0, true);
                        var len21 = dataView(memory0).getUint32(base2 + 4, true);
                        var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                        result22.push(result21);
                      }
                      variant23 = {
                        path: result19,
                        span: {
                          start: dataView(memory0).getInt32(base + 44, true) >>> 0,
                          end: dataView(memory0).getInt32(base + 48, true) >>> 0,
                          startLine: dataView(memory0).getInt32(base + 52, true) >>> 0,
                          startColumn: dataView(memory0).getInt32(base + 56, true) >>> 0,
                          endLine: dataView(memory0).getInt32(base + 60, true) >>> 0,
                          endColumn: dataView(memory0).getInt32(base + 64, true) >>> 0
                        },
                        label: result20,
                        lines: result22
                      };
                      break;
                    }
                    default: {
                      throw new TypeError("invalid variant discriminant for option");
                    }
                  }
                  result24.push({
                    id: result15,
                    method: result16,
                    url: result17,
                    reason: result18,
                    origin: variant23
                  });
                }
                variant26 = {
                  tag: "ok",
                  val: result24
                };
                break;
              }
              case 1: {
                var ptr25 = dataView(memory0).getUint32(ret + 4, true);
                var len25 = dataView(memory0).getUint32(ret + 8, true);
                var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                variant26 = {
                  tag: "err",
                  val: result25
                };
                break;
              }
              default: {
                throw new TypeError("invalid variant discriminant for expected");
              }
            }
            _debugLog('[iface="goproxy-doctor:checker/live@0.1.0", function="plan"][Instruction::Return]', {
              funcName: "plan",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant26;
            task.resolve([retCopy.val]);
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn5(ret);
            cstate.mayLeave = true;
            task.exit();
            if (typeof retCopy === "object" && retCopy.tag === "err") {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    let live010Probe;
    function probe(arg0, arg1, arg2) {
      const hostProvided = false;
      getOrCreateAsyncState(0).throwIfTrapped();
      const [task, _wasm_call_currentTaskID] = createNewCurrentTask({
        componentIdx: 0,
        isAsync: false,
        isManualAsync: false,
        preserveFutureResult: false,
        entryFnName: "live010Probe",
        getCallbackFn: () => null,
        callbackFnName: null,
        errHandling: "throw-result-err",
        callingWasmExport: true
      });
      task.setCalleeIsAsync(false);
      const started = task.enterSync();
      CURRENT_TASK_MAY_BLOCK.value = task.mayBlock() ? 1 : 0;
      if (true) {
        task.setReturnMemoryIdx(0);
        task.setReturnMemory(/* @__PURE__ */ (() => memory0)());
      }
      return _withGlobalCurrentTaskMeta({
        taskID: task.id(),
        componentIdx: task.componentIdx(),
        fn: () => {
          try {
            var ptr0 = realloc0(0, 0, 4, 72);
            var vec4 = arg0;
            var len4 = vec4.length;
            var result4 = realloc0(0, 0, 4, len4 * 16);
            for (let i = 0; i < vec4.length; i++) {
              const e = vec4[i];
              const base = result4 + i * 16;
              var { path: v1_0, contents: v1_1 } = e;
              var encodeRes = _utf8AllocateAndEncode(v1_0, realloc0, memory0);
              var ptr2 = encodeRes.ptr;
              var len2 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len2, true);
              dataView(memory0).setUint32(base + 0, ptr2, true);
              var val3 = v1_1;
              var len3 = Array.isArray(val3) ? val3.length : val3.byteLength;
              var ptr3 = realloc0(0, 0, 1, len3 * 1);
              let valData3;
              const valLenBytes3 = len3 * 1;
              if (Array.isArray(val3)) {
                let offset = 0;
                const dv3 = new DataView(memory0.buffer);
                for (const v of val3) {
                  _requireValidNumericPrimitive.bind(null, "u8")(v);
                  dv3.setUint8(ptr3 + offset, v, true);
                  offset += 1;
                }
              } else {
                valData3 = new Uint8Array(val3.buffer || val3, val3.byteOffset, valLenBytes3);
                const out3 = new Uint8Array(memory0.buffer, ptr3, valLenBytes3);
                out3.set(valData3);
              }
              dataView(memory0).setUint32(base + 12, len3, true);
              dataView(memory0).setUint32(base + 8, ptr3, true);
            }
            dataView(memory0).setUint32(ptr0 + 4, len4, true);
            dataView(memory0).setUint32(ptr0 + 0, result4, true);
            var vec17 = arg1;
            var len17 = vec17.length;
            var result17 = realloc0(0, 0, 4, len17 * 84);
            for (let i = 0; i < vec17.length; i++) {
              const e = vec17[i];
              const base = result17 + i * 84;
              var { id: v5_0, method: v5_1, url: v5_2, reason: v5_3, origin: v5_4 } = e;
              var encodeRes = _utf8AllocateAndEncode(v5_0, realloc0, memory0);
              var ptr6 = encodeRes.ptr;
              var len6 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len6, true);
              dataView(memory0).setUint32(base + 0, ptr6, true);
              var encodeRes = _utf8AllocateAndEncode(v5_1, realloc0, memory0);
              var ptr7 = encodeRes.ptr;
              var len7 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len7, true);
              dataView(memory0).setUint32(base + 8, ptr7, true);
              var encodeRes = _utf8AllocateAndEncode(v5_2, realloc0, memory0);
              var ptr8 = encodeRes.ptr;
              var len8 = encodeRes.len;
              dataView(memory0).setUint32(base + 20, len8, true);
              dataView(memory0).setUint32(base + 16, ptr8, true);
              var encodeRes = _utf8AllocateAndEncode(v5_3, realloc0, memory0);
              var ptr9 = encodeRes.ptr;
              var len9 = encodeRes.len;
              dataView(memory0).setUint32(base + 28, len9, true);
              dataView(memory0).setUint32(base + 24, ptr9, true);
              var variant16 = v5_4;
              if (variant16 === null || variant16 === void 0) {
                dataView(memory0).setInt8(base + 32, 0, true);
              } else {
                const e2 = variant16;
                dataView(memory0).setInt8(base + 32, 1, true);
                var { path: v10_0, span: v10_1, label: v10_2, lines: v10_3 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v10_0, realloc0, memory0);
                var ptr11 = encodeRes.ptr;
                var len11 = encodeRes.len;
                dataView(memory0).setUint32(base + 40, len11, true);
                dataView(memory0).setUint32(base + 36, ptr11, true);
                var { start: v12_0, end: v12_1, startLine: v12_2, startColumn: v12_3, endLine: v12_4, endColumn: v12_5 } = v10_1;
                dataView(memory0).setInt32(base + 44, toUint32(v12_0), true);
                dataView(memory0).setInt32(base + 48, toUint32(v12_1), true);
                dataView(memory0).setInt32(base + 52, toUint32(v12_2), true);
                dataView(memory0).setInt32(base + 56, toUint32(v12_3), true);
                dataView(memory0).setInt32(base + 60, toUint32(v12_4), true);
                dataView(memory0).setInt32(base + 64, toUint32(v12_5), true);
                var encodeRes = _utf8AllocateAndEncode(v10_2, realloc0, memory0);
                var ptr13 = encodeRes.ptr;
                var len13 = encodeRes.len;
                dataView(memory0).setUint32(base + 72, len13, true);
                dataView(memory0).setUint32(base + 68, ptr13, true);
                var vec15 = v10_3;
                var len15 = vec15.length;
                var result15 = realloc0(0, 0, 4, len15 * 8);
                for (let i2 = 0; i2 < vec15.length; i2++) {
                  const e3 = vec15[i2];
                  const base2 = result15 + i2 * 8;
                  var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                  var ptr14 = encodeRes.ptr;
                  var len14 = encodeRes.len;
                  dataView(memory0).setUint32(base2 + 4, len14, true);
                  dataView(memory0).setUint32(base2 + 0, ptr14, true);
                }
                dataView(memory0).setUint32(base + 80, len15, true);
                dataView(memory0).setUint32(base + 76, result15, true);
              }
            }
            dataView(memory0).setUint32(ptr0 + 12, len17, true);
            dataView(memory0).setUint32(ptr0 + 8, result17, true);
            var { noIgnores: v18_0, publicProxy: v18_1, publicSumdb: v18_2, proxyEnv: v18_3, slowMs: v18_4, maxProbes: v18_5, config: v18_6 } = arg2;
            dataView(memory0).setInt8(ptr0 + 16, v18_0 ? 1 : 0, true);
            var variant20 = v18_1;
            if (variant20 === null || variant20 === void 0) {
              dataView(memory0).setInt8(ptr0 + 20, 0, true);
            } else {
              const e = variant20;
              dataView(memory0).setInt8(ptr0 + 20, 1, true);
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr19 = encodeRes.ptr;
              var len19 = encodeRes.len;
              dataView(memory0).setUint32(ptr0 + 28, len19, true);
              dataView(memory0).setUint32(ptr0 + 24, ptr19, true);
            }
            var variant22 = v18_2;
            if (variant22 === null || variant22 === void 0) {
              dataView(memory0).setInt8(ptr0 + 32, 0, true);
            } else {
              const e = variant22;
              dataView(memory0).setInt8(ptr0 + 32, 1, true);
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr21 = encodeRes.ptr;
              var len21 = encodeRes.len;
              dataView(memory0).setUint32(ptr0 + 40, len21, true);
              dataView(memory0).setUint32(ptr0 + 36, ptr21, true);
            }
            var vec26 = v18_3;
            var len26 = vec26.length;
            var result26 = realloc0(0, 0, 4, len26 * 16);
            for (let i = 0; i < vec26.length; i++) {
              const e = vec26[i];
              const base = result26 + i * 16;
              var [tuple23_0, tuple23_1] = e;
              var encodeRes = _utf8AllocateAndEncode(tuple23_0, realloc0, memory0);
              var ptr24 = encodeRes.ptr;
              var len24 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len24, true);
              dataView(memory0).setUint32(base + 0, ptr24, true);
              var encodeRes = _utf8AllocateAndEncode(tuple23_1, realloc0, memory0);
              var ptr25 = encodeRes.ptr;
              var len25 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len25, true);
              dataView(memory0).setUint32(base + 8, ptr25, true);
            }
            dataView(memory0).setUint32(ptr0 + 48, len26, true);
            dataView(memory0).setUint32(ptr0 + 44, result26, true);
            dataView(memory0).setInt32(ptr0 + 52, toUint32(v18_4), true);
            dataView(memory0).setInt32(ptr0 + 56, toUint32(v18_5), true);
            var variant28 = v18_6;
            if (variant28 === null || variant28 === void 0) {
              dataView(memory0).setInt8(ptr0 + 60, 0, true);
            } else {
              const e = variant28;
              dataView(memory0).setInt8(ptr0 + 60, 1, true);
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr27 = encodeRes.ptr;
              var len27 = encodeRes.len;
              dataView(memory0).setUint32(ptr0 + 68, len27, true);
              dataView(memory0).setUint32(ptr0 + 64, ptr27, true);
            }
            _debugLog('[iface="goproxy-doctor:checker/live@0.1.0", function="probe"][Instruction::CallWasm] enter', {
              funcName: "probe",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => live010Probe(ptr0)
              });
            } catch (err) {
              _debugLog("[Instruction::CallWasm] error during sync call", {
                taskID: task.id(),
                err
              });
              getOrCreateAsyncState(0).markTrapped(err);
              task.setErrored(err);
              task.reject(err);
              task.exit();
              throw err;
            }
            let variant61;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len51 = dataView(memory0).getUint32(ret + 8, true);
                var base51 = dataView(memory0).getUint32(ret + 4, true);
                if (base51 % 4 !== 0) throw new TypeError(`list pointer [${base51}] is not aligned to 4`);
                var result51 = [];
                for (let i = 0; i < len51; i++) {
                  const base = base51 + i * 112;
                  var ptr29 = dataView(memory0).getUint32(base + 0, true);
                  var len29 = dataView(memory0).getUint32(base + 4, true);
                  var result29 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr29, len29));
                  var ptr30 = dataView(memory0).getUint32(base + 8, true);
                  var len30 = dataView(memory0).getUint32(base + 12, true);
                  var result30 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr30, len30));
                  let enum31;
                  switch (dataView(memory0).getUint8(base + 16, true)) {
                    case 0: {
                      enum31 = "error";
                      break;
                    }
                    case 1: {
                      enum31 = "warning";
                      break;
                    }
                    case 2: {
                      enum31 = "note";
                      break;
                    }
                    default: {
                      throw new TypeError("invalid discriminant specified for Severity");
                    }
                  }
                  var ptr32 = dataView(memory0).getUint32(base + 20, true);
                  var len32 = dataView(memory0).getUint32(base + 24, true);
                  var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
                  var ptr33 = dataView(memory0).getUint32(base + 28, true);
                  var len33 = dataView(memory0).getUint32(base + 32, true);
                  var result33 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr33, len33));
                  var ptr34 = dataView(memory0).getUint32(base + 60, true);
                  var len34 = dataView(memory0).getUint32(base + 64, true);
                  var result34 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr34, len34));
                  var len36 = dataView(memory0).getUint32(base + 72, true);
                  var base36 = dataView(memory0).getUint32(base + 68, true);
                  if (base36 % 4 !== 0) throw new TypeError(`list pointer [${base36}] is not aligned to 4`);
                  var result36 = [];
                  for (let i2 = 0; i2 < len36; i2++) {
                    const base2 = base36 + i2 * 8;
                    var ptr35 = dataView(memory0).getUint32(base2 + 0, true);
                    var len35 = dataView(memory0).getUint32(base2 + 4, true);
                    var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
                    result36.push(result35);
                  }
                  var len41 = dataView(memory0).getUint32(base + 80, true);
                  var base41 = dataView(memory0).getUint32(base + 76, true);
                  if (base41 % 4 !== 0) throw new TypeError(`list pointer [${base41}] is not aligned to 4`);
                  var result41 = [];
                  for (let i2 = 0; i2 < len41; i2++) {
                    const base2 = base41 + i2 * 48;
                    var ptr37 = dataView(memory0).getUint32(base2 + 0, true);
                    var len37 = dataView(memory0).getUint32(base2 + 4, true);
                    var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
                    var ptr38 = dataView(memory0).getUint32(base2 + 32, true);
                    var len38 = dataView(memory0).getUint32(base2 + 36, true);
                    var result38 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr38, len38));
                    var len40 = dataView(memory0).getUint32(base2 + 44, true);
                    var base40 = dataView(memory0).getUint32(base2 + 40, true);
                    if (base40 % 4 !== 0) throw new TypeError(`list pointer [${base40}] is not aligned to 4`);
                    var result40 = [];
                    for (let i3 = 0; i3 < len40; i3++) {
                      const base3 = base40 + i3 * 8;
                      var ptr39 = dataView(memory0).getUint32(base3 + 0, true);
                      var len39 = dataView(memory0).getUint32(base3 + 4, true);
                      var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
                      result40.push(result39);
                    }
                    result41.push({
                      path: result37,
                      span: {
                        start: dataView(memory0).getInt32(base2 + 8, true) >>> 0,
                        end: dataView(memory0).getInt32(base2 + 12, true) >>> 0,
                        startLine: dataView(memory0).getInt32(base2 + 16, true) >>> 0,
                        startColumn: dataView(memory0).getInt32(base2 + 20, true) >>> 0,
                        endLine: dataView(memory0).getInt32(base2 + 24, true) >>> 0,
                        endColumn: dataView(memory0).getInt32(base2 + 28, true) >>> 0
                      },
                      label: result38,
                      lines: result40
                    });
                  }
                  let variant43;
                  switch (dataView(memory0).getUint8(base + 84, true)) {
                    case 0: {
                      variant43 = void 0;
                      break;
                    }
                    case 1: {
                      var ptr42 = dataView(memory0).getUint32(base + 88, true);
                      var len42 = dataView(memory0).getUint32(base + 92, true);
                      var result42 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr42, len42));
                      variant43 = result42;
                      break;
                    }
                    default: {
                      throw new TypeError("invalid variant discriminant for option");
                    }
                  }
                  var len49 = dataView(memory0).getUint32(base + 100, true);
                  var base49 = dataView(memory0).getUint32(base + 96, true);
                  if (base49 % 4 !== 0) throw new TypeError(`list pointer [${base49}] is not aligned to 4`);
                  var result49 = [];
                  for (let i2 = 0; i2 < len49; i2++) {
                    const base2 = base49 + i2 * 20;
                    var ptr44 = dataView(memory0).getUint32(base2 + 0, true);
                    var len44 = dataView(memory0).getUint32(base2 + 4, true);
                    var result44 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr44, len44));
                    let enum45;
                    switch (dataView(memory0).getUint8(base2 + 8, true)) {
                      case 0: {
                        enum45 = "safe";
                        break;
                      }
                      case 1: {
                        enum45 = "unsafe";
                        break;
                      }
                      case 2: {
                        enum45 = "display-only";
                        break;
                      }
                      default: {
                        throw new TypeError("invalid discriminant specified for Applicability");
                      }
                    }
                    var len48 = dataView(memory0).getUint32(base2 + 16, true);
                    var base48 = dataView(memory0).getUint32(base2 + 12, true);
                    if (base48 % 4 !== 0) throw new TypeError(`list pointer [${base48}] is not aligned to 4`);
                    var result48 = [];
                    for (let i3 = 0; i3 < len48; i3++) {
                      const base3 = base48 + i3 * 40;
                      var ptr46 = dataView(memory0).getUint32(base3 + 0, true);
                      var len46 = dataView(memory0).getUint32(base3 + 4, true);
                      var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
                      var ptr47 = dataView(memory0).getUint32(base3 + 32, true);
                      var len47 = dataView(memory0).getUint32(base3 + 36, true);
                      var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
                      result48.push({
                        path: result46,
                        span: {
                          start: dataView(memory0).getInt32(base3 + 8, true) >>> 0,
                          end: dataView(memory0).getInt32(base3 + 12, true) >>> 0,
                          startLine: dataView(memory0).getInt32(base3 + 16, true) >>> 0,
                          startColumn: dataView(memory0).getInt32(base3 + 20, true) >>> 0,
                          endLine: dataView(memory0).getInt32(base3 + 24, true) >>> 0,
                          endColumn: dataView(memory0).getInt32(base3 + 28, true) >>> 0
                        },
                        replacement: result47
                      });
                    }
                    result49.push({
                      description: result44,
                      applicability: enum45,
                      edits: result48
                    });
                  }
                  var ptr50 = dataView(memory0).getUint32(base + 104, true);
                  var len50 = dataView(memory0).getUint32(base + 108, true);
                  var result50 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr50, len50));
                  result51.push({
                    rule: result29,
                    name: result30,
                    severity: enum31,
                    message: result32,
                    primary: {
                      path: result33,
                      span: {
                        start: dataView(memory0).getInt32(base + 36, true) >>> 0,
                        end: dataView(memory0).getInt32(base + 40, true) >>> 0,
                        startLine: dataView(memory0).getInt32(base + 44, true) >>> 0,
                        startColumn: dataView(memory0).getInt32(base + 48, true) >>> 0,
                        endLine: dataView(memory0).getInt32(base + 52, true) >>> 0,
                        endColumn: dataView(memory0).getInt32(base + 56, true) >>> 0
                      },
                      label: result34,
                      lines: result36
                    },
                    related: result41,
                    help: variant43,
                    fixes: result49,
                    fingerprint: result50
                  });
                }
                var len59 = dataView(memory0).getUint32(ret + 16, true);
                var base59 = dataView(memory0).getUint32(ret + 12, true);
                if (base59 % 8 !== 0) throw new TypeError(`list pointer [${base59}] is not aligned to 8`);
                var result59 = [];
                for (let i = 0; i < len59; i++) {
                  const base = base59 + i * 56;
                  var ptr52 = dataView(memory0).getUint32(base + 0, true);
                  var len52 = dataView(memory0).getUint32(base + 4, true);
                  var result52 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr52, len52));
                  var ptr53 = dataView(memory0).getUint32(base + 8, true);
                  var len53 = dataView(memory0).getUint32(base + 12, true);
                  var result53 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr53, len53));
                  let variant54;
                  switch (dataView(memory0).getUint8(base + 16, true)) {
                    case 0: {
                      variant54 = void 0;
                      break;
                    }
                    case 1: {
                      variant54 = clampGuest(dataView(memory0).getUint16(base + 18, true), 0, 65535);
                      break;
                    }
                    default: {
                      throw new TypeError("invalid variant discriminant for option");
                    }
                  }
                  let variant56;
                  switch (dataView(memory0).getUint8(base + 20, true)) {
                    case 0: {
                      variant56 = void 0;
                      break;
                    }
                    case 1: {
                      var ptr55 = dataView(memory0).getUint32(base + 24, true);
                      var len55 = dataView(memory0).getUint32(base + 28, true);
                      var result55 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr55, len55));
                      variant56 = result55;
                      break;
                    }
                    default: {
                      throw new TypeError("invalid variant discriminant for option");
                    }
                  }
                  let variant58;
                  switch (dataView(memory0).getUint8(base + 40, true)) {
                    case 0: {
                      variant58 = void 0;
                      break;
                    }
                    case 1: {
                      var ptr57 = dataView(memory0).getUint32(base + 44, true);
                      var len57 = dataView(memory0).getUint32(base + 48, true);
                      var result57 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr57, len57));
                      variant58 = result57;
                      break;
                    }
                    default: {
                      throw new TypeError("invalid variant discriminant for option");
                    }
                  }
                  result59.push({
                    id: result52,
                    url: result53,
                    status: variant54,
                    failure: variant56,
                    elapsedMs: BigInt.asUintN(64, BigInt(dataView(memory0).getBigInt64(base + 32, true))),
                    via: variant58
                  });
                }
                variant61 = {
                  tag: "ok",
                  val: {
                    findings: result51,
                    results: result59
                  }
                };
                break;
              }
              case 1: {
                var ptr60 = dataView(memory0).getUint32(ret + 4, true);
                var len60 = dataView(memory0).getUint32(ret + 8, true);
                var result60 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr60, len60));
                variant61 = {
                  tag: "err",
                  val: result60
                };
                break;
              }
              default: {
                throw new TypeError("invalid variant discriminant for expected");
              }
            }
            _debugLog('[iface="goproxy-doctor:checker/live@0.1.0", function="probe"][Instruction::Return]', {
              funcName: "probe",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            const retCopy = variant61;
            task.resolve([retCopy.val]);
            let cstate = getOrCreateAsyncState(0);
            cstate.mayLeave = false;
            postReturn6(ret);
            cstate.mayLeave = true;
            task.exit();
            if (typeof retCopy === "object" && retCopy.tag === "err") {
              throw new ComponentError(retCopy.val);
            }
            return retCopy.val;
          } catch (err) {
            if (!task.isResolvedState()) {
              task.setErrored(err);
              task.reject(err);
            }
            if (!task.isExited()) {
              task.exit({ skipExclusiveLockCheck: true });
            }
            throw err;
          }
        }
      });
    }
    function trampoline0(handle2) {
      const handleEntry = rscTableRemove(handleTable4, handle2);
      if (handleEntry.own) {
        const rsc = captureTable4.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable4.delete(handleEntry.rep);
        } else if (OutgoingRequest2[symbolCabiDispose]) {
          OutgoingRequest2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline1(handle2) {
      const handleEntry = rscTableRemove(handleTable0, handle2);
      if (handleEntry.own) {
        const rsc = captureTable0.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable0.delete(handleEntry.rep);
        } else if (Pollable2[symbolCabiDispose]) {
          Pollable2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline2(handle2) {
      const handleEntry = rscTableRemove(handleTable5, handle2);
      if (handleEntry.own) {
        const rsc = captureTable5.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable5.delete(handleEntry.rep);
        } else if (Fields2[symbolCabiDispose]) {
          Fields2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline3(handle2) {
      const handleEntry = rscTableRemove(handleTable1, handle2);
      if (handleEntry.own) {
        const rsc = captureTable1.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable1.delete(handleEntry.rep);
        } else if (Error$1[symbolCabiDispose]) {
          Error$1[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline4(handle2) {
      const handleEntry = rscTableRemove(handleTable2, handle2);
      if (handleEntry.own) {
        const rsc = captureTable2.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable2.delete(handleEntry.rep);
        } else if (InputStream2[symbolCabiDispose]) {
          InputStream2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline5(handle2) {
      const handleEntry = rscTableRemove(handleTable6, handle2);
      if (handleEntry.own) {
        const rsc = captureTable6.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable6.delete(handleEntry.rep);
        } else if (FutureTrailers2[symbolCabiDispose]) {
          FutureTrailers2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline6(handle2) {
      const handleEntry = rscTableRemove(handleTable7, handle2);
      if (handleEntry.own) {
        const rsc = captureTable7.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable7.delete(handleEntry.rep);
        } else if (IncomingResponse2[symbolCabiDispose]) {
          IncomingResponse2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline7(handle2) {
      const handleEntry = rscTableRemove(handleTable8, handle2);
      if (handleEntry.own) {
        const rsc = captureTable8.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable8.delete(handleEntry.rep);
        } else if (FutureIncomingResponse2[symbolCabiDispose]) {
          FutureIncomingResponse2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline8(handle2) {
      const handleEntry = rscTableRemove(handleTable9, handle2);
      if (handleEntry.own) {
        const rsc = captureTable9.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable9.delete(handleEntry.rep);
        } else if (RequestOptions2[symbolCabiDispose]) {
          RequestOptions2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    let trampoline9 = _trampoline9.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 9,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline9.manuallyAsync,
        paramLiftFns: [
          _liftFlatOwn({
            componentIdx: 0,
            tableIdx: 10,
            classNameFn: () => IncomingBody2,
            createResourceFn: (handle2) => {
              const rep3 = handleTable10[(handle2 << 1) + 1] & ~T_FLAG2;
              let resourceObj = captureTable10.get(rep3);
              if (!resourceObj) {
                resourceObj = Object.create(IncomingBody2.prototype);
                Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
              } else {
                captureTable10.delete(rep3);
              }
              rscTableRemove(handleTable10, handle2);
              return resourceObj;
            }
          })
        ],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 6,
          lowerFn: function lowerImportedOwnedHost_FutureTrailers(obj) {
            if (!(obj instanceof FutureTrailers2)) {
              throw new TypeError('Resource error: Not a valid "FutureTrailers" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt6;
              captureTable6.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable6, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline9
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 9,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline9.manuallyAsync,
        paramLiftFns: [
          _liftFlatOwn({
            componentIdx: 0,
            tableIdx: 10,
            classNameFn: () => IncomingBody2,
            createResourceFn: (handle2) => {
              const rep3 = handleTable10[(handle2 << 1) + 1] & ~T_FLAG2;
              let resourceObj = captureTable10.get(rep3);
              if (!resourceObj) {
                resourceObj = Object.create(IncomingBody2.prototype);
                Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
              } else {
                captureTable10.delete(rep3);
              }
              rscTableRemove(handleTable10, handle2);
              return resourceObj;
            }
          })
        ],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 6,
          lowerFn: function lowerImportedOwnedHost_FutureTrailers(obj) {
            if (!(obj instanceof FutureTrailers2)) {
              throw new TypeError('Resource error: Not a valid "FutureTrailers" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt6;
              captureTable6.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable6, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline9
      }
    );
    function trampoline10(handle2) {
      const handleEntry = rscTableRemove(handleTable10, handle2);
      if (handleEntry.own) {
        const rsc = captureTable10.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable10.delete(handleEntry.rep);
        } else if (IncomingBody2[symbolCabiDispose]) {
          IncomingBody2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    let trampoline11 = _trampoline11.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 11,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline11.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 9),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatU64, 8, 8, 1, ["i64"]]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i64"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline11
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 11,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline11.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 9),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatU64, 8, 8, 1, ["i64"]]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i64"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline11
      }
    );
    let trampoline12 = _trampoline12.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 12,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline12.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 9),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatU64, 8, 8, 1, ["i64"]]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i64"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline12
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 12,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline12.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 9),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatU64, 8, 8, 1, ["i64"]]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i64"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline12
      }
    );
    let trampoline13 = _trampoline13.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 13,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline13.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 9),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatU64, 8, 8, 1, ["i64"]]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i64"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline13
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 13,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline13.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 9),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatU64, 8, 8, 1, ["i64"]]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i64"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline13
      }
    );
    let trampoline14 = _trampoline14.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 14,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline14.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 9,
          lowerFn: function lowerImportedOwnedHost_RequestOptions(obj) {
            if (!(obj instanceof RequestOptions2)) {
              throw new TypeError('Resource error: Not a valid "RequestOptions" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt9;
              captureTable9.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable9, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline14
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 14,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline14.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 9,
          lowerFn: function lowerImportedOwnedHost_RequestOptions(obj) {
            if (!(obj instanceof RequestOptions2)) {
              throw new TypeError('Resource error: Not a valid "RequestOptions" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt9;
              captureTable9.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable9, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline14
      }
    );
    let trampoline15 = _trampoline15.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 15,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline15.manuallyAsync,
        paramLiftFns: [
          _liftFlatOwn({
            componentIdx: 0,
            tableIdx: 5,
            classNameFn: () => Fields2,
            createResourceFn: (handle2) => {
              const rep3 = handleTable5[(handle2 << 1) + 1] & ~T_FLAG2;
              let resourceObj = captureTable5.get(rep3);
              if (!resourceObj) {
                resourceObj = Object.create(Fields2.prototype);
                Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
              } else {
                captureTable5.delete(rep3);
              }
              rscTableRemove(handleTable5, handle2);
              return resourceObj;
            }
          })
        ],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 4,
          lowerFn: function lowerImportedOwnedHost_OutgoingRequest(obj) {
            if (!(obj instanceof OutgoingRequest2)) {
              throw new TypeError('Resource error: Not a valid "OutgoingRequest" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt4;
              captureTable4.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable4, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline15
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 15,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline15.manuallyAsync,
        paramLiftFns: [
          _liftFlatOwn({
            componentIdx: 0,
            tableIdx: 5,
            classNameFn: () => Fields2,
            createResourceFn: (handle2) => {
              const rep3 = handleTable5[(handle2 << 1) + 1] & ~T_FLAG2;
              let resourceObj = captureTable5.get(rep3);
              if (!resourceObj) {
                resourceObj = Object.create(Fields2.prototype);
                Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
              } else {
                captureTable5.delete(rep3);
              }
              rscTableRemove(handleTable5, handle2);
              return resourceObj;
            }
          })
        ],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 4,
          lowerFn: function lowerImportedOwnedHost_OutgoingRequest(obj) {
            if (!(obj instanceof OutgoingRequest2)) {
              throw new TypeError('Resource error: Not a valid "OutgoingRequest" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt4;
              captureTable4.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable4, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline15
      }
    );
    let trampoline16 = _trampoline16.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 16,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline16.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 7)],
        resultLowerFns: [_lowerFlatU16],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline16
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 16,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline16.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 7)],
        resultLowerFns: [_lowerFlatU16],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline16
      }
    );
    let trampoline17 = _trampoline17.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 17,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline17.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 7)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 5,
          lowerFn: function lowerImportedOwnedHost_Fields(obj) {
            if (!(obj instanceof Fields2)) {
              throw new TypeError('Resource error: Not a valid "Fields" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt5;
              captureTable5.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable5, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline17
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 17,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline17.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 7)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 5,
          lowerFn: function lowerImportedOwnedHost_Fields(obj) {
            if (!(obj instanceof Fields2)) {
              throw new TypeError('Resource error: Not a valid "Fields" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt5;
              captureTable5.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable5, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline17
      }
    );
    let trampoline18 = _trampoline18.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 18,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline18.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 8)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 0,
          lowerFn: function lowerImportedOwnedHost_Pollable(obj) {
            if (!(obj instanceof Pollable2)) {
              throw new TypeError('Resource error: Not a valid "Pollable" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt0;
              captureTable0.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable0, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline18
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 18,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline18.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 8)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 0,
          lowerFn: function lowerImportedOwnedHost_Pollable(obj) {
            if (!(obj instanceof Pollable2)) {
              throw new TypeError('Resource error: Not a valid "Pollable" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt0;
              captureTable0.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable0, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline18
      }
    );
    let trampoline19 = _trampoline19.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 19,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline19.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 5,
          lowerFn: function lowerImportedOwnedHost_Fields(obj) {
            if (!(obj instanceof Fields2)) {
              throw new TypeError('Resource error: Not a valid "Fields" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt5;
              captureTable5.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable5, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline19
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 19,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline19.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 5,
          lowerFn: function lowerImportedOwnedHost_Fields(obj) {
            if (!(obj instanceof Fields2)) {
              throw new TypeError('Resource error: Not a valid "Fields" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt5;
              captureTable5.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable5, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline19
      }
    );
    let trampoline20 = _trampoline20.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 20,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline20.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatU64],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline20
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 20,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline20.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatU64],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline20
      }
    );
    function trampoline21(handle2) {
      const handleEntry = rscTableRemove(handleTable3, handle2);
      if (handleEntry.own) {
        const rsc = captureTable3.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable3.delete(handleEntry.rep);
        } else if (OutputStream2[symbolCabiDispose]) {
          OutputStream2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline22(handle2) {
      const handleEntry = rscTableRemove(handleTable11, handle2);
      if (handleEntry.own) {
        const rsc = captureTable11.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable11.delete(handleEntry.rep);
        } else if (TerminalInput2[symbolCabiDispose]) {
          TerminalInput2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline23(handle2) {
      const handleEntry = rscTableRemove(handleTable12, handle2);
      if (handleEntry.own) {
        const rsc = captureTable12.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable12.delete(handleEntry.rep);
        } else if (TerminalOutput2[symbolCabiDispose]) {
          TerminalOutput2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    let trampoline24 = _trampoline24.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 24,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline24.manuallyAsync,
        paramLiftFns: [
          _liftFlatResult({
            caseMetas: [["ok", null, 0, 0, 0, []], ["err", null, 0, 0, 0, []]],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1,
            variantPayloadFlatTypes: []
          })
        ],
        resultLowerFns: [],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline24
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 24,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline24.manuallyAsync,
        paramLiftFns: [
          _liftFlatResult({
            caseMetas: [["ok", null, 0, 0, 0, []], ["err", null, 0, 0, 0, []]],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1,
            variantPayloadFlatTypes: []
          })
        ],
        resultLowerFns: [],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline24
      }
    );
    let trampoline25 = _trampoline25.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 25,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline25.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 0)],
        resultLowerFns: [],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline25
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 25,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline25.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 0)],
        resultLowerFns: [],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline25
      }
    );
    let trampoline26 = _trampoline26.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 26,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline26.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 0,
          lowerFn: function lowerImportedOwnedHost_Pollable(obj) {
            if (!(obj instanceof Pollable2)) {
              throw new TypeError('Resource error: Not a valid "Pollable" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt0;
              captureTable0.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable0, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline26
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 26,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline26.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 0,
          lowerFn: function lowerImportedOwnedHost_Pollable(obj) {
            if (!(obj instanceof Pollable2)) {
              throw new TypeError('Resource error: Not a valid "Pollable" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt0;
              captureTable0.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable0, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline26
      }
    );
    let trampoline27 = _trampoline27.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 27,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline27.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 2,
          lowerFn: function lowerImportedOwnedHost_InputStream(obj) {
            if (!(obj instanceof InputStream2)) {
              throw new TypeError('Resource error: Not a valid "InputStream" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt2;
              captureTable2.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable2, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline27
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 27,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline27.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 2,
          lowerFn: function lowerImportedOwnedHost_InputStream(obj) {
            if (!(obj instanceof InputStream2)) {
              throw new TypeError('Resource error: Not a valid "InputStream" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt2;
              captureTable2.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable2, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline27
      }
    );
    let trampoline28 = _trampoline28.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 28,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline28.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline28
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 28,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline28.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline28
      }
    );
    let trampoline29 = _trampoline29.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 29,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline29.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline29
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 29,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline29.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle2 = obj[symbolRscHandle];
            if (!handle2) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle2 = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle2;
          }
        })],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: null,
        stringEncoding: "utf8",
        getMemoryFn: () => null,
        getReallocFn: void 0,
        importFn: _trampoline29
      }
    );
    let trampoline30 = _trampoline30.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 30,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline30.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 10)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 2,
                lowerFn: function lowerImportedOwnedHost_InputStream(obj) {
                  if (!(obj instanceof InputStream2)) {
                    throw new TypeError('Resource error: Not a valid "InputStream" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt2;
                    captureTable2.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable2, rep3);
                  }
                  return handle2;
                }
              }), 8, 4, 4],
              ["err", null, 8, 4, 4]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline30
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 30,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline30.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 10)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 2,
                lowerFn: function lowerImportedOwnedHost_InputStream(obj) {
                  if (!(obj instanceof InputStream2)) {
                    throw new TypeError('Resource error: Not a valid "InputStream" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt2;
                    captureTable2.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable2, rep3);
                  }
                  return handle2;
                }
              }), 8, 4, 4],
              ["err", null, 8, 4, 4]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline30
      }
    );
    let trampoline31 = _trampoline31.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 31,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline31.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 4), _liftFlatVariant({
          caseMetas: [["get", null, 0, 0, 0, []], ["head", null, 0, 0, 0, []], ["post", null, 0, 0, 0, []], ["put", null, 0, 0, 0, []], ["delete", null, 0, 0, 0, []], ["connect", null, 0, 0, 0, []], ["options", null, 0, 0, 0, []], ["trace", null, 0, 0, 0, []], ["patch", null, 0, 0, 0, []], ["other", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]],
          variantSize32: 12,
          variantAlign32: 4,
          variantPayloadOffset32: 4,
          variantFlatCount: 3,
          variantPayloadFlatTypes: ["i32", "i32"]
        })],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline31
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 31,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline31.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 4), _liftFlatVariant({
          caseMetas: [["get", null, 0, 0, 0, []], ["head", null, 0, 0, 0, []], ["post", null, 0, 0, 0, []], ["put", null, 0, 0, 0, []], ["delete", null, 0, 0, 0, []], ["connect", null, 0, 0, 0, []], ["options", null, 0, 0, 0, []], ["trace", null, 0, 0, 0, []], ["patch", null, 0, 0, 0, []], ["other", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]],
          variantSize32: 12,
          variantAlign32: 4,
          variantPayloadOffset32: 4,
          variantFlatCount: 3,
          variantPayloadFlatTypes: ["i32", "i32"]
        })],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline31
      }
    );
    let trampoline32 = _trampoline32.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 32,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline32.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 4),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatVariant({
                caseMetas: [["HTTP", null, 0, 0, 0, []], ["HTTPS", null, 0, 0, 0, []], ["other", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]],
                variantSize32: 12,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 3,
                variantPayloadFlatTypes: ["i32", "i32"]
              }), 12, 4, 3, ["i32", "i32", "i32"]]
            ],
            variantSize32: 16,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 4,
            variantPayloadFlatTypes: ["i32", "i32", "i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline32
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 32,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline32.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 4),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatVariant({
                caseMetas: [["HTTP", null, 0, 0, 0, []], ["HTTPS", null, 0, 0, 0, []], ["other", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]],
                variantSize32: 12,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 3,
                variantPayloadFlatTypes: ["i32", "i32"]
              }), 12, 4, 3, ["i32", "i32", "i32"]]
            ],
            variantSize32: 16,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 4,
            variantPayloadFlatTypes: ["i32", "i32", "i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline32
      }
    );
    let trampoline33 = _trampoline33.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 33,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline33.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 4),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3,
            variantPayloadFlatTypes: ["i32", "i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline33
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 33,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline33.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 4),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3,
            variantPayloadFlatTypes: ["i32", "i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline33
      }
    );
    let trampoline34 = _trampoline34.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 34,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline34.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 4),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3,
            variantPayloadFlatTypes: ["i32", "i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline34
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 34,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline34.manuallyAsync,
        paramLiftFns: [
          _liftFlatBorrow.bind(null, 4),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              ["some", _liftFlatStringAny, 8, 4, 2, ["i32", "i32"]]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3,
            variantPayloadFlatTypes: ["i32", "i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 1, 1, 1],
              ["err", null, 1, 1, 1]
            ],
            variantSize32: 1,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 1
          })
        ],
        hasResultPointer: false,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline34
      }
    );
    let trampoline35 = _trampoline35.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 35,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline35.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 7)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 10,
                lowerFn: function lowerImportedOwnedHost_IncomingBody(obj) {
                  if (!(obj instanceof IncomingBody2)) {
                    throw new TypeError('Resource error: Not a valid "IncomingBody" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt10;
                    captureTable10.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable10, rep3);
                  }
                  return handle2;
                }
              }), 8, 4, 4],
              ["err", null, 8, 4, 4]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline35
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 35,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline35.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 7)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 10,
                lowerFn: function lowerImportedOwnedHost_IncomingBody(obj) {
                  if (!(obj instanceof IncomingBody2)) {
                    throw new TypeError('Resource error: Not a valid "IncomingBody" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt10;
                    captureTable10.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable10, rep3);
                  }
                  return handle2;
                }
              }), 8, 4, 4],
              ["err", null, 8, 4, 4]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline35
      }
    );
    let trampoline36 = _trampoline36.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 36,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline36.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 8)],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              [
                "some",
                _lowerFlatResult({
                  caseMetas: [
                    [
                      "ok",
                      _lowerFlatResult({
                        caseMetas: [
                          ["ok", _lowerFlatOwn({
                            componentIdx: 0,
                            tableIdx: 7,
                            lowerFn: function lowerImportedOwnedHost_IncomingResponse(obj) {
                              if (!(obj instanceof IncomingResponse2)) {
                                throw new TypeError('Resource error: Not a valid "IncomingResponse" resource.');
                              }
                              let handle2 = obj[symbolRscHandle];
                              if (!handle2) {
                                const rep3 = obj[symbolRscRep] || ++captureCnt7;
                                captureTable7.set(rep3, obj);
                                handle2 = rscTableCreateOwn(handleTable7, rep3);
                              }
                              return handle2;
                            }
                          }), 40, 8, 8],
                          ["err", _lowerFlatVariant({
                            caseMetas: [["DNS-timeout", null, 0, 0, 0], ["DNS-error", _lowerFlatRecord({ fieldMetas: [[
                              "rcode",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "infoCode",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU16, 2, 2, 1]
                                ],
                                variantSize32: 4,
                                variantAlign32: 2,
                                variantPayloadOffset32: 2,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              4,
                              2
                            ]], size32: 16, align32: 4 }), 16, 4, 5], ["destination-not-found", null, 0, 0, 0], ["destination-unavailable", null, 0, 0, 0], ["destination-IP-prohibited", null, 0, 0, 0], ["destination-IP-unroutable", null, 0, 0, 0], ["connection-refused", null, 0, 0, 0], ["connection-terminated", null, 0, 0, 0], ["connection-timeout", null, 0, 0, 0], ["connection-read-timeout", null, 0, 0, 0], ["connection-write-timeout", null, 0, 0, 0], ["connection-limit-reached", null, 0, 0, 0], ["TLS-protocol-error", null, 0, 0, 0], ["TLS-certificate-error", null, 0, 0, 0], ["TLS-alert-received", _lowerFlatRecord({ fieldMetas: [[
                              "alertId",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU8, 1, 1, 1]
                                ],
                                variantSize32: 2,
                                variantAlign32: 1,
                                variantPayloadOffset32: 1,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              2,
                              1
                            ], [
                              "alertMessage",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ]], size32: 16, align32: 4 }), 16, 4, 5], ["HTTP-request-denied", null, 0, 0, 0], ["HTTP-request-length-required", null, 0, 0, 0], [
                              "HTTP-request-body-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU64, 8, 8, 1]
                                ],
                                variantSize32: 16,
                                variantAlign32: 8,
                                variantPayloadOffset32: 8,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              16,
                              8,
                              2
                            ], ["HTTP-request-method-invalid", null, 0, 0, 0], ["HTTP-request-URI-invalid", null, 0, 0, 0], ["HTTP-request-URI-too-long", null, 0, 0, 0], [
                              "HTTP-request-header-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], [
                              "HTTP-request-header-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatRecord({ fieldMetas: [[
                                    "fieldName",
                                    _lowerFlatOption({
                                      caseMetas: [
                                        ["none", null, 0, 0, 0],
                                        ["some", _lowerFlatStringAny, 8, 4, 2]
                                      ],
                                      variantSize32: 12,
                                      variantAlign32: 4,
                                      variantPayloadOffset32: 4,
                                      variantFlatCount: 3,
                                      payloadMaybeNull: false
                                    }),
                                    12,
                                    4
                                  ], [
                                    "fieldSize",
                                    _lowerFlatOption({
                                      caseMetas: [
                                        ["none", null, 0, 0, 0],
                                        ["some", _lowerFlatU32, 4, 4, 1]
                                      ],
                                      variantSize32: 8,
                                      variantAlign32: 4,
                                      variantPayloadOffset32: 4,
                                      variantFlatCount: 2,
                                      payloadMaybeNull: false
                                    }),
                                    8,
                                    4
                                  ]], size32: 20, align32: 4 }), 20, 4, 5]
                                ],
                                variantSize32: 24,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 6,
                                payloadMaybeNull: false
                              }),
                              24,
                              4,
                              6
                            ], [
                              "HTTP-request-trailer-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], ["HTTP-request-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                              "fieldName",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "fieldSize",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4
                            ]], size32: 20, align32: 4 }), 20, 4, 5], ["HTTP-response-incomplete", null, 0, 0, 0], [
                              "HTTP-response-header-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], ["HTTP-response-header-size", _lowerFlatRecord({ fieldMetas: [[
                              "fieldName",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "fieldSize",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4
                            ]], size32: 20, align32: 4 }), 20, 4, 5], [
                              "HTTP-response-body-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU64, 8, 8, 1]
                                ],
                                variantSize32: 16,
                                variantAlign32: 8,
                                variantPayloadOffset32: 8,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              16,
                              8,
                              2
                            ], [
                              "HTTP-response-trailer-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], ["HTTP-response-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                              "fieldName",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "fieldSize",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4
                            ]], size32: 20, align32: 4 }), 20, 4, 5], [
                              "HTTP-response-transfer-coding",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4,
                              3
                            ], [
                              "HTTP-response-content-coding",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4,
                              3
                            ], ["HTTP-response-timeout", null, 0, 0, 0], ["HTTP-upgrade-failed", null, 0, 0, 0], ["HTTP-protocol-error", null, 0, 0, 0], ["loop-detected", null, 0, 0, 0], ["configuration-error", null, 0, 0, 0], [
                              "internal-error",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4,
                              3
                            ]],
                            variantSize32: 32,
                            variantAlign32: 8,
                            variantPayloadOffset32: 8,
                            variantFlatCount: 7
                          }), 40, 8, 8]
                        ],
                        variantSize32: 40,
                        variantAlign32: 8,
                        variantPayloadOffset32: 8,
                        variantFlatCount: 8
                      }),
                      48,
                      8,
                      8
                    ],
                    ["err", null, 48, 8, 8]
                  ],
                  variantSize32: 48,
                  variantAlign32: 8,
                  variantPayloadOffset32: 8,
                  variantFlatCount: 9
                }),
                48,
                8,
                9
              ]
            ],
            variantSize32: 56,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 10,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline36
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 36,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline36.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 8)],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              [
                "some",
                _lowerFlatResult({
                  caseMetas: [
                    [
                      "ok",
                      _lowerFlatResult({
                        caseMetas: [
                          ["ok", _lowerFlatOwn({
                            componentIdx: 0,
                            tableIdx: 7,
                            lowerFn: function lowerImportedOwnedHost_IncomingResponse(obj) {
                              if (!(obj instanceof IncomingResponse2)) {
                                throw new TypeError('Resource error: Not a valid "IncomingResponse" resource.');
                              }
                              let handle2 = obj[symbolRscHandle];
                              if (!handle2) {
                                const rep3 = obj[symbolRscRep] || ++captureCnt7;
                                captureTable7.set(rep3, obj);
                                handle2 = rscTableCreateOwn(handleTable7, rep3);
                              }
                              return handle2;
                            }
                          }), 40, 8, 8],
                          ["err", _lowerFlatVariant({
                            caseMetas: [["DNS-timeout", null, 0, 0, 0], ["DNS-error", _lowerFlatRecord({ fieldMetas: [[
                              "rcode",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "infoCode",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU16, 2, 2, 1]
                                ],
                                variantSize32: 4,
                                variantAlign32: 2,
                                variantPayloadOffset32: 2,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              4,
                              2
                            ]], size32: 16, align32: 4 }), 16, 4, 5], ["destination-not-found", null, 0, 0, 0], ["destination-unavailable", null, 0, 0, 0], ["destination-IP-prohibited", null, 0, 0, 0], ["destination-IP-unroutable", null, 0, 0, 0], ["connection-refused", null, 0, 0, 0], ["connection-terminated", null, 0, 0, 0], ["connection-timeout", null, 0, 0, 0], ["connection-read-timeout", null, 0, 0, 0], ["connection-write-timeout", null, 0, 0, 0], ["connection-limit-reached", null, 0, 0, 0], ["TLS-protocol-error", null, 0, 0, 0], ["TLS-certificate-error", null, 0, 0, 0], ["TLS-alert-received", _lowerFlatRecord({ fieldMetas: [[
                              "alertId",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU8, 1, 1, 1]
                                ],
                                variantSize32: 2,
                                variantAlign32: 1,
                                variantPayloadOffset32: 1,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              2,
                              1
                            ], [
                              "alertMessage",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ]], size32: 16, align32: 4 }), 16, 4, 5], ["HTTP-request-denied", null, 0, 0, 0], ["HTTP-request-length-required", null, 0, 0, 0], [
                              "HTTP-request-body-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU64, 8, 8, 1]
                                ],
                                variantSize32: 16,
                                variantAlign32: 8,
                                variantPayloadOffset32: 8,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              16,
                              8,
                              2
                            ], ["HTTP-request-method-invalid", null, 0, 0, 0], ["HTTP-request-URI-invalid", null, 0, 0, 0], ["HTTP-request-URI-too-long", null, 0, 0, 0], [
                              "HTTP-request-header-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], [
                              "HTTP-request-header-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatRecord({ fieldMetas: [[
                                    "fieldName",
                                    _lowerFlatOption({
                                      caseMetas: [
                                        ["none", null, 0, 0, 0],
                                        ["some", _lowerFlatStringAny, 8, 4, 2]
                                      ],
                                      variantSize32: 12,
                                      variantAlign32: 4,
                                      variantPayloadOffset32: 4,
                                      variantFlatCount: 3,
                                      payloadMaybeNull: false
                                    }),
                                    12,
                                    4
                                  ], [
                                    "fieldSize",
                                    _lowerFlatOption({
                                      caseMetas: [
                                        ["none", null, 0, 0, 0],
                                        ["some", _lowerFlatU32, 4, 4, 1]
                                      ],
                                      variantSize32: 8,
                                      variantAlign32: 4,
                                      variantPayloadOffset32: 4,
                                      variantFlatCount: 2,
                                      payloadMaybeNull: false
                                    }),
                                    8,
                                    4
                                  ]], size32: 20, align32: 4 }), 20, 4, 5]
                                ],
                                variantSize32: 24,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 6,
                                payloadMaybeNull: false
                              }),
                              24,
                              4,
                              6
                            ], [
                              "HTTP-request-trailer-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], ["HTTP-request-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                              "fieldName",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "fieldSize",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4
                            ]], size32: 20, align32: 4 }), 20, 4, 5], ["HTTP-response-incomplete", null, 0, 0, 0], [
                              "HTTP-response-header-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], ["HTTP-response-header-size", _lowerFlatRecord({ fieldMetas: [[
                              "fieldName",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "fieldSize",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4
                            ]], size32: 20, align32: 4 }), 20, 4, 5], [
                              "HTTP-response-body-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU64, 8, 8, 1]
                                ],
                                variantSize32: 16,
                                variantAlign32: 8,
                                variantPayloadOffset32: 8,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              16,
                              8,
                              2
                            ], [
                              "HTTP-response-trailer-section-size",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4,
                              2
                            ], ["HTTP-response-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                              "fieldName",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4
                            ], [
                              "fieldSize",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatU32, 4, 4, 1]
                                ],
                                variantSize32: 8,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 2,
                                payloadMaybeNull: false
                              }),
                              8,
                              4
                            ]], size32: 20, align32: 4 }), 20, 4, 5], [
                              "HTTP-response-transfer-coding",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4,
                              3
                            ], [
                              "HTTP-response-content-coding",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4,
                              3
                            ], ["HTTP-response-timeout", null, 0, 0, 0], ["HTTP-upgrade-failed", null, 0, 0, 0], ["HTTP-protocol-error", null, 0, 0, 0], ["loop-detected", null, 0, 0, 0], ["configuration-error", null, 0, 0, 0], [
                              "internal-error",
                              _lowerFlatOption({
                                caseMetas: [
                                  ["none", null, 0, 0, 0],
                                  ["some", _lowerFlatStringAny, 8, 4, 2]
                                ],
                                variantSize32: 12,
                                variantAlign32: 4,
                                variantPayloadOffset32: 4,
                                variantFlatCount: 3,
                                payloadMaybeNull: false
                              }),
                              12,
                              4,
                              3
                            ]],
                            variantSize32: 32,
                            variantAlign32: 8,
                            variantPayloadOffset32: 8,
                            variantFlatCount: 7
                          }), 40, 8, 8]
                        ],
                        variantSize32: 40,
                        variantAlign32: 8,
                        variantPayloadOffset32: 8,
                        variantFlatCount: 8
                      }),
                      48,
                      8,
                      8
                    ],
                    ["err", null, 48, 8, 8]
                  ],
                  variantSize32: 48,
                  variantAlign32: 8,
                  variantPayloadOffset32: 8,
                  variantFlatCount: 9
                }),
                48,
                8,
                9
              ]
            ],
            variantSize32: 56,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 10,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline36
      }
    );
    let trampoline37 = _trampoline37.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 37,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline37.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 5), _liftFlatStringAny],
        resultLowerFns: [_lowerFlatList({
          elemLowerFn: _lowerFlatList({
            elemLowerFn: _lowerFlatU8,
            elemSize32: 1,
            elemAlign32: 1
          }),
          elemSize32: 8,
          elemAlign32: 4
        })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline37
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 37,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline37.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 5), _liftFlatStringAny],
        resultLowerFns: [_lowerFlatList({
          elemLowerFn: _lowerFlatList({
            elemLowerFn: _lowerFlatU8,
            elemSize32: 1,
            elemAlign32: 1
          }),
          elemSize32: 8,
          elemAlign32: 4
        })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline37
      }
    );
    let trampoline38 = _trampoline38.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 38,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline38.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 5), _liftFlatStringAny, _liftFlatList({
          elemLiftFn: _liftFlatU8,
          elemAlign32: 1,
          elemSize32: 1,
          typedArray: Uint8Array
        })],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 2, 1, 1],
              ["err", _lowerFlatVariant({
                caseMetas: [["invalid-syntax", null, 0, 0, 0], ["forbidden", null, 0, 0, 0], ["immutable", null, 0, 0, 0]],
                variantSize32: 1,
                variantAlign32: 1,
                variantPayloadOffset32: 1,
                variantFlatCount: 1
              }), 2, 1, 1]
            ],
            variantSize32: 2,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 2
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline38
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 38,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline38.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 5), _liftFlatStringAny, _liftFlatList({
          elemLiftFn: _liftFlatU8,
          elemAlign32: 1,
          elemSize32: 1,
          typedArray: Uint8Array
        })],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 2, 1, 1],
              ["err", _lowerFlatVariant({
                caseMetas: [["invalid-syntax", null, 0, 0, 0], ["forbidden", null, 0, 0, 0], ["immutable", null, 0, 0, 0]],
                variantSize32: 1,
                variantAlign32: 1,
                variantPayloadOffset32: 1,
                variantFlatCount: 1
              }), 2, 1, 1]
            ],
            variantSize32: 2,
            variantAlign32: 1,
            variantPayloadOffset32: 1,
            variantFlatCount: 2
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline38
      }
    );
    let trampoline39 = _trampoline39.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 39,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline39.manuallyAsync,
        paramLiftFns: [_liftFlatList({
          elemLiftFn: _liftFlatBorrow.bind(null, 0),
          elemAlign32: 4,
          elemSize32: 4,
          typedArray: void 0
        })],
        resultLowerFns: [_lowerFlatList({
          elemLowerFn: _lowerFlatU32,
          elemSize32: 4,
          elemAlign32: 4
        })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline39
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 39,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline39.manuallyAsync,
        paramLiftFns: [_liftFlatList({
          elemLiftFn: _liftFlatBorrow.bind(null, 0),
          elemAlign32: 4,
          elemSize32: 4,
          typedArray: void 0
        })],
        resultLowerFns: [_lowerFlatList({
          elemLowerFn: _lowerFlatU32,
          elemSize32: 4,
          elemAlign32: 4
        })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline39
      }
    );
    let trampoline40 = _trampoline40.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 40,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline40.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 2), _liftFlatU64],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatList({
                elemLowerFn: _lowerFlatU8,
                elemSize32: 1,
                elemAlign32: 1
              }), 12, 4, 4],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 12, 4, 4]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline40
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 40,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline40.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 2), _liftFlatU64],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatList({
                elemLowerFn: _lowerFlatU8,
                elemSize32: 1,
                elemAlign32: 1
              }), 12, 4, 4],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 12, 4, 4]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline40
      }
    );
    let trampoline41 = _trampoline41.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 41,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline41.manuallyAsync,
        paramLiftFns: [
          _liftFlatOwn({
            componentIdx: 0,
            tableIdx: 4,
            classNameFn: () => OutgoingRequest2,
            createResourceFn: (handle2) => {
              const rep3 = handleTable4[(handle2 << 1) + 1] & ~T_FLAG2;
              let resourceObj = captureTable4.get(rep3);
              if (!resourceObj) {
                resourceObj = Object.create(OutgoingRequest2.prototype);
                Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
              } else {
                captureTable4.delete(rep3);
              }
              rscTableRemove(handleTable4, handle2);
              return resourceObj;
            }
          }),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              [
                "some",
                _liftFlatOwn({
                  componentIdx: 0,
                  tableIdx: 9,
                  classNameFn: () => RequestOptions2,
                  createResourceFn: (handle2) => {
                    const rep3 = handleTable9[(handle2 << 1) + 1] & ~T_FLAG2;
                    let resourceObj = captureTable9.get(rep3);
                    if (!resourceObj) {
                      resourceObj = Object.create(RequestOptions2.prototype);
                      Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                      Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
                    } else {
                      captureTable9.delete(rep3);
                    }
                    rscTableRemove(handleTable9, handle2);
                    return resourceObj;
                  }
                }),
                4,
                4,
                1,
                ["i32"]
              ]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 8,
                lowerFn: function lowerImportedOwnedHost_FutureIncomingResponse(obj) {
                  if (!(obj instanceof FutureIncomingResponse2)) {
                    throw new TypeError('Resource error: Not a valid "FutureIncomingResponse" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt8;
                    captureTable8.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable8, rep3);
                  }
                  return handle2;
                }
              }), 40, 8, 8],
              ["err", _lowerFlatVariant({
                caseMetas: [["DNS-timeout", null, 0, 0, 0], ["DNS-error", _lowerFlatRecord({ fieldMetas: [[
                  "rcode",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "infoCode",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU16, 2, 2, 1]
                    ],
                    variantSize32: 4,
                    variantAlign32: 2,
                    variantPayloadOffset32: 2,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  4,
                  2
                ]], size32: 16, align32: 4 }), 16, 4, 5], ["destination-not-found", null, 0, 0, 0], ["destination-unavailable", null, 0, 0, 0], ["destination-IP-prohibited", null, 0, 0, 0], ["destination-IP-unroutable", null, 0, 0, 0], ["connection-refused", null, 0, 0, 0], ["connection-terminated", null, 0, 0, 0], ["connection-timeout", null, 0, 0, 0], ["connection-read-timeout", null, 0, 0, 0], ["connection-write-timeout", null, 0, 0, 0], ["connection-limit-reached", null, 0, 0, 0], ["TLS-protocol-error", null, 0, 0, 0], ["TLS-certificate-error", null, 0, 0, 0], ["TLS-alert-received", _lowerFlatRecord({ fieldMetas: [[
                  "alertId",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU8, 1, 1, 1]
                    ],
                    variantSize32: 2,
                    variantAlign32: 1,
                    variantPayloadOffset32: 1,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  2,
                  1
                ], [
                  "alertMessage",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ]], size32: 16, align32: 4 }), 16, 4, 5], ["HTTP-request-denied", null, 0, 0, 0], ["HTTP-request-length-required", null, 0, 0, 0], [
                  "HTTP-request-body-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU64, 8, 8, 1]
                    ],
                    variantSize32: 16,
                    variantAlign32: 8,
                    variantPayloadOffset32: 8,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  16,
                  8,
                  2
                ], ["HTTP-request-method-invalid", null, 0, 0, 0], ["HTTP-request-URI-invalid", null, 0, 0, 0], ["HTTP-request-URI-too-long", null, 0, 0, 0], [
                  "HTTP-request-header-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], [
                  "HTTP-request-header-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatRecord({ fieldMetas: [[
                        "fieldName",
                        _lowerFlatOption({
                          caseMetas: [
                            ["none", null, 0, 0, 0],
                            ["some", _lowerFlatStringAny, 8, 4, 2]
                          ],
                          variantSize32: 12,
                          variantAlign32: 4,
                          variantPayloadOffset32: 4,
                          variantFlatCount: 3,
                          payloadMaybeNull: false
                        }),
                        12,
                        4
                      ], [
                        "fieldSize",
                        _lowerFlatOption({
                          caseMetas: [
                            ["none", null, 0, 0, 0],
                            ["some", _lowerFlatU32, 4, 4, 1]
                          ],
                          variantSize32: 8,
                          variantAlign32: 4,
                          variantPayloadOffset32: 4,
                          variantFlatCount: 2,
                          payloadMaybeNull: false
                        }),
                        8,
                        4
                      ]], size32: 20, align32: 4 }), 20, 4, 5]
                    ],
                    variantSize32: 24,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 6,
                    payloadMaybeNull: false
                  }),
                  24,
                  4,
                  6
                ], [
                  "HTTP-request-trailer-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], ["HTTP-request-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                  "fieldName",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "fieldSize",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4
                ]], size32: 20, align32: 4 }), 20, 4, 5], ["HTTP-response-incomplete", null, 0, 0, 0], [
                  "HTTP-response-header-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], ["HTTP-response-header-size", _lowerFlatRecord({ fieldMetas: [[
                  "fieldName",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "fieldSize",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4
                ]], size32: 20, align32: 4 }), 20, 4, 5], [
                  "HTTP-response-body-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU64, 8, 8, 1]
                    ],
                    variantSize32: 16,
                    variantAlign32: 8,
                    variantPayloadOffset32: 8,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  16,
                  8,
                  2
                ], [
                  "HTTP-response-trailer-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], ["HTTP-response-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                  "fieldName",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "fieldSize",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4
                ]], size32: 20, align32: 4 }), 20, 4, 5], [
                  "HTTP-response-transfer-coding",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4,
                  3
                ], [
                  "HTTP-response-content-coding",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4,
                  3
                ], ["HTTP-response-timeout", null, 0, 0, 0], ["HTTP-upgrade-failed", null, 0, 0, 0], ["HTTP-protocol-error", null, 0, 0, 0], ["loop-detected", null, 0, 0, 0], ["configuration-error", null, 0, 0, 0], [
                  "internal-error",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4,
                  3
                ]],
                variantSize32: 32,
                variantAlign32: 8,
                variantPayloadOffset32: 8,
                variantFlatCount: 7
              }), 40, 8, 8]
            ],
            variantSize32: 40,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 8
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline41
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 41,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline41.manuallyAsync,
        paramLiftFns: [
          _liftFlatOwn({
            componentIdx: 0,
            tableIdx: 4,
            classNameFn: () => OutgoingRequest2,
            createResourceFn: (handle2) => {
              const rep3 = handleTable4[(handle2 << 1) + 1] & ~T_FLAG2;
              let resourceObj = captureTable4.get(rep3);
              if (!resourceObj) {
                resourceObj = Object.create(OutgoingRequest2.prototype);
                Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
              } else {
                captureTable4.delete(rep3);
              }
              rscTableRemove(handleTable4, handle2);
              return resourceObj;
            }
          }),
          _liftFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0, []],
              [
                "some",
                _liftFlatOwn({
                  componentIdx: 0,
                  tableIdx: 9,
                  classNameFn: () => RequestOptions2,
                  createResourceFn: (handle2) => {
                    const rep3 = handleTable9[(handle2 << 1) + 1] & ~T_FLAG2;
                    let resourceObj = captureTable9.get(rep3);
                    if (!resourceObj) {
                      resourceObj = Object.create(RequestOptions2.prototype);
                      Object.defineProperty(resourceObj, symbolRscHandle, { writable: true, value: handle2 });
                      Object.defineProperty(resourceObj, symbolRscRep, { writable: true, value: rep3 });
                    } else {
                      captureTable9.delete(rep3);
                    }
                    rscTableRemove(handleTable9, handle2);
                    return resourceObj;
                  }
                }),
                4,
                4,
                1,
                ["i32"]
              ]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            variantPayloadFlatTypes: ["i32"],
            payloadMaybeNull: false
          })
        ],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 8,
                lowerFn: function lowerImportedOwnedHost_FutureIncomingResponse(obj) {
                  if (!(obj instanceof FutureIncomingResponse2)) {
                    throw new TypeError('Resource error: Not a valid "FutureIncomingResponse" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt8;
                    captureTable8.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable8, rep3);
                  }
                  return handle2;
                }
              }), 40, 8, 8],
              ["err", _lowerFlatVariant({
                caseMetas: [["DNS-timeout", null, 0, 0, 0], ["DNS-error", _lowerFlatRecord({ fieldMetas: [[
                  "rcode",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "infoCode",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU16, 2, 2, 1]
                    ],
                    variantSize32: 4,
                    variantAlign32: 2,
                    variantPayloadOffset32: 2,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  4,
                  2
                ]], size32: 16, align32: 4 }), 16, 4, 5], ["destination-not-found", null, 0, 0, 0], ["destination-unavailable", null, 0, 0, 0], ["destination-IP-prohibited", null, 0, 0, 0], ["destination-IP-unroutable", null, 0, 0, 0], ["connection-refused", null, 0, 0, 0], ["connection-terminated", null, 0, 0, 0], ["connection-timeout", null, 0, 0, 0], ["connection-read-timeout", null, 0, 0, 0], ["connection-write-timeout", null, 0, 0, 0], ["connection-limit-reached", null, 0, 0, 0], ["TLS-protocol-error", null, 0, 0, 0], ["TLS-certificate-error", null, 0, 0, 0], ["TLS-alert-received", _lowerFlatRecord({ fieldMetas: [[
                  "alertId",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU8, 1, 1, 1]
                    ],
                    variantSize32: 2,
                    variantAlign32: 1,
                    variantPayloadOffset32: 1,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  2,
                  1
                ], [
                  "alertMessage",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ]], size32: 16, align32: 4 }), 16, 4, 5], ["HTTP-request-denied", null, 0, 0, 0], ["HTTP-request-length-required", null, 0, 0, 0], [
                  "HTTP-request-body-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU64, 8, 8, 1]
                    ],
                    variantSize32: 16,
                    variantAlign32: 8,
                    variantPayloadOffset32: 8,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  16,
                  8,
                  2
                ], ["HTTP-request-method-invalid", null, 0, 0, 0], ["HTTP-request-URI-invalid", null, 0, 0, 0], ["HTTP-request-URI-too-long", null, 0, 0, 0], [
                  "HTTP-request-header-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], [
                  "HTTP-request-header-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatRecord({ fieldMetas: [[
                        "fieldName",
                        _lowerFlatOption({
                          caseMetas: [
                            ["none", null, 0, 0, 0],
                            ["some", _lowerFlatStringAny, 8, 4, 2]
                          ],
                          variantSize32: 12,
                          variantAlign32: 4,
                          variantPayloadOffset32: 4,
                          variantFlatCount: 3,
                          payloadMaybeNull: false
                        }),
                        12,
                        4
                      ], [
                        "fieldSize",
                        _lowerFlatOption({
                          caseMetas: [
                            ["none", null, 0, 0, 0],
                            ["some", _lowerFlatU32, 4, 4, 1]
                          ],
                          variantSize32: 8,
                          variantAlign32: 4,
                          variantPayloadOffset32: 4,
                          variantFlatCount: 2,
                          payloadMaybeNull: false
                        }),
                        8,
                        4
                      ]], size32: 20, align32: 4 }), 20, 4, 5]
                    ],
                    variantSize32: 24,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 6,
                    payloadMaybeNull: false
                  }),
                  24,
                  4,
                  6
                ], [
                  "HTTP-request-trailer-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], ["HTTP-request-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                  "fieldName",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "fieldSize",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4
                ]], size32: 20, align32: 4 }), 20, 4, 5], ["HTTP-response-incomplete", null, 0, 0, 0], [
                  "HTTP-response-header-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], ["HTTP-response-header-size", _lowerFlatRecord({ fieldMetas: [[
                  "fieldName",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "fieldSize",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4
                ]], size32: 20, align32: 4 }), 20, 4, 5], [
                  "HTTP-response-body-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU64, 8, 8, 1]
                    ],
                    variantSize32: 16,
                    variantAlign32: 8,
                    variantPayloadOffset32: 8,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  16,
                  8,
                  2
                ], [
                  "HTTP-response-trailer-section-size",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4,
                  2
                ], ["HTTP-response-trailer-size", _lowerFlatRecord({ fieldMetas: [[
                  "fieldName",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4
                ], [
                  "fieldSize",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatU32, 4, 4, 1]
                    ],
                    variantSize32: 8,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 2,
                    payloadMaybeNull: false
                  }),
                  8,
                  4
                ]], size32: 20, align32: 4 }), 20, 4, 5], [
                  "HTTP-response-transfer-coding",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4,
                  3
                ], [
                  "HTTP-response-content-coding",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4,
                  3
                ], ["HTTP-response-timeout", null, 0, 0, 0], ["HTTP-upgrade-failed", null, 0, 0, 0], ["HTTP-protocol-error", null, 0, 0, 0], ["loop-detected", null, 0, 0, 0], ["configuration-error", null, 0, 0, 0], [
                  "internal-error",
                  _lowerFlatOption({
                    caseMetas: [
                      ["none", null, 0, 0, 0],
                      ["some", _lowerFlatStringAny, 8, 4, 2]
                    ],
                    variantSize32: 12,
                    variantAlign32: 4,
                    variantPayloadOffset32: 4,
                    variantFlatCount: 3,
                    payloadMaybeNull: false
                  }),
                  12,
                  4,
                  3
                ]],
                variantSize32: 32,
                variantAlign32: 8,
                variantPayloadOffset32: 8,
                variantFlatCount: 7
              }), 40, 8, 8]
            ],
            variantSize32: 40,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 8
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline41
      }
    );
    let trampoline42 = _trampoline42.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 42,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline42.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatTuple({ elemLowerMetas: [[_lowerFlatU64, 8, 8], [_lowerFlatU64, 8, 8]], size32: 16, align32: 8 })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline42
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 42,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline42.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatTuple({ elemLowerMetas: [[_lowerFlatU64, 8, 8], [_lowerFlatU64, 8, 8]], size32: 16, align32: 8 })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline42
      }
    );
    let trampoline43 = _trampoline43.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 43,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline43.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatU64, 16, 8, 8],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 16, 8, 8]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline43
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 43,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline43.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", _lowerFlatU64, 16, 8, 8],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 16, 8, 8]
            ],
            variantSize32: 16,
            variantAlign32: 8,
            variantPayloadOffset32: 8,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline43
      }
    );
    let trampoline44 = _trampoline44.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 44,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline44.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3), _liftFlatList({
          elemLiftFn: _liftFlatU8,
          elemAlign32: 1,
          elemSize32: 1,
          typedArray: Uint8Array
        })],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 12, 4, 4],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 12, 4, 4]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline44
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 44,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline44.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3), _liftFlatList({
          elemLiftFn: _liftFlatU8,
          elemAlign32: 1,
          elemSize32: 1,
          typedArray: Uint8Array
        })],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 12, 4, 4],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 12, 4, 4]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline44
      }
    );
    let trampoline45 = _trampoline45.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 45,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline45.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 12, 4, 4],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 12, 4, 4]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline45
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 45,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline45.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [
          _lowerFlatResult({
            caseMetas: [
              ["ok", null, 12, 4, 4],
              ["err", _lowerFlatVariant({
                caseMetas: [["last-operation-failed", _lowerFlatOwn({
                  componentIdx: 0,
                  tableIdx: 1,
                  lowerFn: function lowerImportedOwnedHost_Error$1(obj) {
                    if (!(obj instanceof Error$1)) {
                      throw new TypeError('Resource error: Not a valid "Error$1" resource.');
                    }
                    let handle2 = obj[symbolRscHandle];
                    if (!handle2) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle2 = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle2;
                  }
                }), 4, 4, 1], ["closed", null, 0, 0, 0]],
                variantSize32: 8,
                variantAlign32: 4,
                variantPayloadOffset32: 4,
                variantFlatCount: 2
              }), 12, 4, 4]
            ],
            variantSize32: 12,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 3
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline45
      }
    );
    let trampoline46 = _trampoline46.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 46,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline46.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatList({
          elemLowerFn: _lowerFlatTuple({ elemLowerMetas: [[_lowerFlatStringAny, 8, 4], [_lowerFlatStringAny, 8, 4]], size32: 16, align32: 4 }),
          elemSize32: 16,
          elemAlign32: 4
        })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline46
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 46,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline46.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatList({
          elemLowerFn: _lowerFlatTuple({ elemLowerMetas: [[_lowerFlatStringAny, 8, 4], [_lowerFlatStringAny, 8, 4]], size32: 16, align32: 4 }),
          elemSize32: 16,
          elemAlign32: 4
        })],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: () => realloc0,
        importFn: _trampoline46
      }
    );
    let trampoline47 = _trampoline47.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 47,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline47.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 11,
                lowerFn: function lowerImportedOwnedHost_TerminalInput(obj) {
                  if (!(obj instanceof TerminalInput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalInput" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt11;
                    captureTable11.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable11, rep3);
                  }
                  return handle2;
                }
              }), 4, 4, 1]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline47
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 47,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline47.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 11,
                lowerFn: function lowerImportedOwnedHost_TerminalInput(obj) {
                  if (!(obj instanceof TerminalInput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalInput" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt11;
                    captureTable11.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable11, rep3);
                  }
                  return handle2;
                }
              }), 4, 4, 1]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline47
      }
    );
    let trampoline48 = _trampoline48.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 48,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline48.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 12,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt12;
                    captureTable12.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable12, rep3);
                  }
                  return handle2;
                }
              }), 4, 4, 1]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline48
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 48,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline48.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 12,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt12;
                    captureTable12.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable12, rep3);
                  }
                  return handle2;
                }
              }), 4, 4, 1]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline48
      }
    );
    let trampoline49 = _trampoline49.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 49,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline49.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 12,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt12;
                    captureTable12.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable12, rep3);
                  }
                  return handle2;
                }
              }), 4, 4, 1]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline49
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 49,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline49.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 12,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle2 = obj[symbolRscHandle];
                  if (!handle2) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt12;
                    captureTable12.set(rep3, obj);
                    handle2 = rscTableCreateOwn(handleTable12, rep3);
                  }
                  return handle2;
                }
              }), 4, 4, 1]
            ],
            variantSize32: 8,
            variantAlign32: 4,
            variantPayloadOffset32: 4,
            variantFlatCount: 2,
            payloadMaybeNull: false
          })
        ],
        hasResultPointer: true,
        funcTypeIsAsync: false,
        getCallbackFn: () => null,
        getPostReturnFn: () => null,
        isCancellable: false,
        memoryIdx: 0,
        stringEncoding: "utf8",
        getMemoryFn: () => memory0,
        getReallocFn: void 0,
        importFn: _trampoline49
      }
    );
    Promise.all([module0, module1, module2]).catch(() => {
    });
    ({ exports: exports0 } = yield instantiateCore(yield module1));
    ({ exports: exports1 } = yield instantiateCore(yield module0, {
      "wasi:cli/environment@0.2.0": {
        "get-environment": Object.assign(exports0["16"], { _jcoMaySuspend: false })
      },
      "wasi:cli/exit@0.2.0": {
        exit: Object.assign(trampoline24, { _jcoMaySuspend: false })
      },
      "wasi:cli/stderr@0.2.0": {
        "get-stderr": Object.assign(trampoline29, { _jcoMaySuspend: false })
      },
      "wasi:cli/stdin@0.2.0": {
        "get-stdin": Object.assign(trampoline27, { _jcoMaySuspend: false })
      },
      "wasi:cli/stdout@0.2.0": {
        "get-stdout": Object.assign(trampoline28, { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-input@0.2.0": {
        "[resource-drop]terminal-input": Object.assign(_guardMayLeave(0, trampoline22), { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-output@0.2.0": {
        "[resource-drop]terminal-output": Object.assign(_guardMayLeave(0, trampoline23), { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-stderr@0.2.0": {
        "get-terminal-stderr": Object.assign(exports0["19"], { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-stdin@0.2.0": {
        "get-terminal-stdin": Object.assign(exports0["17"], { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-stdout@0.2.0": {
        "get-terminal-stdout": Object.assign(exports0["18"], { _jcoMaySuspend: false })
      },
      "wasi:clocks/monotonic-clock@0.2.12": {
        now: Object.assign(trampoline20, { _jcoMaySuspend: false })
      },
      "wasi:http/outgoing-handler@0.2.12": {
        handle: Object.assign(exports0["11"], { _jcoMaySuspend: false })
      },
      "wasi:http/types@0.2.12": {
        "[constructor]fields": Object.assign(trampoline19, { _jcoMaySuspend: false }),
        "[constructor]outgoing-request": Object.assign(trampoline15, { _jcoMaySuspend: false }),
        "[constructor]request-options": Object.assign(trampoline14, { _jcoMaySuspend: false }),
        "[method]fields.append": Object.assign(exports0["8"], { _jcoMaySuspend: false }),
        "[method]fields.get": Object.assign(exports0["7"], { _jcoMaySuspend: false }),
        "[method]future-incoming-response.get": Object.assign(exports0["6"], { _jcoMaySuspend: false }),
        "[method]future-incoming-response.subscribe": Object.assign(trampoline18, { _jcoMaySuspend: false }),
        "[method]incoming-body.stream": Object.assign(exports0["0"], { _jcoMaySuspend: false }),
        "[method]incoming-response.consume": Object.assign(exports0["5"], { _jcoMaySuspend: false }),
        "[method]incoming-response.headers": Object.assign(trampoline17, { _jcoMaySuspend: false }),
        "[method]incoming-response.status": Object.assign(trampoline16, { _jcoMaySuspend: false }),
        "[method]outgoing-request.set-authority": Object.assign(exports0["3"], { _jcoMaySuspend: false }),
        "[method]outgoing-request.set-method": Object.assign(exports0["1"], { _jcoMaySuspend: false }),
        "[method]outgoing-request.set-path-with-query": Object.assign(exports0["4"], { _jcoMaySuspend: false }),
        "[method]outgoing-request.set-scheme": Object.assign(exports0["2"], { _jcoMaySuspend: false }),
        "[method]request-options.set-between-bytes-timeout": Object.assign(trampoline13, { _jcoMaySuspend: false }),
        "[method]request-options.set-connect-timeout": Object.assign(trampoline11, { _jcoMaySuspend: false }),
        "[method]request-options.set-first-byte-timeout": Object.assign(trampoline12, { _jcoMaySuspend: false }),
        "[resource-drop]fields": Object.assign(_guardMayLeave(0, trampoline2), { _jcoMaySuspend: false }),
        "[resource-drop]future-incoming-response": Object.assign(_guardMayLeave(0, trampoline7), { _jcoMaySuspend: false }),
        "[resource-drop]future-trailers": Object.assign(_guardMayLeave(0, trampoline5), { _jcoMaySuspend: false }),
        "[resource-drop]incoming-body": Object.assign(_guardMayLeave(0, trampoline10), { _jcoMaySuspend: false }),
        "[resource-drop]incoming-response": Object.assign(_guardMayLeave(0, trampoline6), { _jcoMaySuspend: false }),
        "[resource-drop]outgoing-request": Object.assign(_guardMayLeave(0, trampoline0), { _jcoMaySuspend: false }),
        "[resource-drop]request-options": Object.assign(_guardMayLeave(0, trampoline8), { _jcoMaySuspend: false }),
        "[static]incoming-body.finish": Object.assign(trampoline9, { _jcoMaySuspend: false })
      },
      "wasi:io/error@0.2.0": {
        "[resource-drop]error": Object.assign(_guardMayLeave(0, trampoline3), { _jcoMaySuspend: false })
      },
      "wasi:io/error@0.2.12": {
        "[resource-drop]error": Object.assign(_guardMayLeave(0, trampoline3), { _jcoMaySuspend: false })
      },
      "wasi:io/poll@0.2.0": {
        "[method]pollable.block": Object.assign(trampoline25, { _jcoMaySuspend: false }),
        "[resource-drop]pollable": Object.assign(_guardMayLeave(0, trampoline1), { _jcoMaySuspend: false })
      },
      "wasi:io/poll@0.2.12": {
        "[resource-drop]pollable": Object.assign(_guardMayLeave(0, trampoline1), { _jcoMaySuspend: false }),
        poll: Object.assign(exports0["9"], { _jcoMaySuspend: false })
      },
      "wasi:io/streams@0.2.0": {
        "[method]output-stream.blocking-flush": Object.assign(exports0["15"], { _jcoMaySuspend: false }),
        "[method]output-stream.check-write": Object.assign(exports0["13"], { _jcoMaySuspend: false }),
        "[method]output-stream.subscribe": Object.assign(trampoline26, { _jcoMaySuspend: false }),
        "[method]output-stream.write": Object.assign(exports0["14"], { _jcoMaySuspend: false }),
        "[resource-drop]input-stream": Object.assign(_guardMayLeave(0, trampoline4), { _jcoMaySuspend: false }),
        "[resource-drop]output-stream": Object.assign(_guardMayLeave(0, trampoline21), { _jcoMaySuspend: false })
      },
      "wasi:io/streams@0.2.12": {
        "[method]input-stream.blocking-read": Object.assign(exports0["10"], { _jcoMaySuspend: false }),
        "[resource-drop]input-stream": Object.assign(_guardMayLeave(0, trampoline4), { _jcoMaySuspend: false })
      },
      "wasi:random/insecure-seed@0.2.4": {
        "insecure-seed": Object.assign(exports0["12"], { _jcoMaySuspend: false })
      }
    }));
    memory0 = exports1.memory;
    realloc0 = exports1.cabi_realloc;
    try {
      realloc0Async = WebAssembly.promising(exports1.cabi_realloc);
    } catch (err) {
      realloc0Async = exports1.cabi_realloc;
    }
    ({ exports: exports2 } = yield instantiateCore(yield module2, {
      "": {
        $imports: exports0.$imports,
        "0": Object.assign(trampoline30, { _jcoMaySuspend: false }),
        "1": Object.assign(trampoline31, { _jcoMaySuspend: false }),
        "10": Object.assign(trampoline40, { _jcoMaySuspend: false }),
        "11": Object.assign(trampoline41, { _jcoMaySuspend: false }),
        "12": Object.assign(trampoline42, { _jcoMaySuspend: false }),
        "13": Object.assign(trampoline43, { _jcoMaySuspend: false }),
        "14": Object.assign(trampoline44, { _jcoMaySuspend: false }),
        "15": Object.assign(trampoline45, { _jcoMaySuspend: false }),
        "16": Object.assign(trampoline46, { _jcoMaySuspend: false }),
        "17": Object.assign(trampoline47, { _jcoMaySuspend: false }),
        "18": Object.assign(trampoline48, { _jcoMaySuspend: false }),
        "19": Object.assign(trampoline49, { _jcoMaySuspend: false }),
        "2": Object.assign(trampoline32, { _jcoMaySuspend: false }),
        "3": Object.assign(trampoline33, { _jcoMaySuspend: false }),
        "4": Object.assign(trampoline34, { _jcoMaySuspend: false }),
        "5": Object.assign(trampoline35, { _jcoMaySuspend: false }),
        "6": Object.assign(trampoline36, { _jcoMaySuspend: false }),
        "7": Object.assign(trampoline37, { _jcoMaySuspend: false }),
        "8": Object.assign(trampoline38, { _jcoMaySuspend: false }),
        "9": Object.assign(trampoline39, { _jcoMaySuspend: false })
      }
    }));
    postReturn0 = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#presence-only-files"];
    try {
      postReturn0Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#presence-only-files"]);
    } catch (err) {
      postReturn0Async = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#presence-only-files"];
    }
    postReturn1 = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#rules"];
    try {
      postReturn1Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#rules"]);
    } catch (err) {
      postReturn1Async = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#rules"];
    }
    postReturn2 = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#analyze"];
    try {
      postReturn2Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#analyze"]);
    } catch (err) {
      postReturn2Async = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#analyze"];
    }
    postReturn3 = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#render"];
    try {
      postReturn3Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#render"]);
    } catch (err) {
      postReturn3Async = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#render"];
    }
    postReturn4 = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#show-config"];
    try {
      postReturn4Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#show-config"]);
    } catch (err) {
      postReturn4Async = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#show-config"];
    }
    postReturn5 = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#plan"];
    try {
      postReturn5Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#plan"]);
    } catch (err) {
      postReturn5Async = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#plan"];
    }
    postReturn6 = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#probe"];
    try {
      postReturn6Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#probe"]);
    } catch (err) {
      postReturn6Async = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#probe"];
    }
    analyzer010RelevantFiles = exports1["goproxy-doctor:checker/analyzer@0.1.0#relevant-files"];
    analyzer010PresenceOnlyFiles = exports1["goproxy-doctor:checker/analyzer@0.1.0#presence-only-files"];
    analyzer010Rules = exports1["goproxy-doctor:checker/analyzer@0.1.0#rules"];
    analyzer010Analyze = exports1["goproxy-doctor:checker/analyzer@0.1.0#analyze"];
    analyzer010Render = exports1["goproxy-doctor:checker/analyzer@0.1.0#render"];
    analyzer010ShowConfig = exports1["goproxy-doctor:checker/analyzer@0.1.0#show-config"];
    live010Plan = exports1["goproxy-doctor:checker/live@0.1.0#plan"];
    live010Probe = exports1["goproxy-doctor:checker/live@0.1.0#probe"];
    const analyzer010 = {
      analyze,
      presenceOnlyFiles,
      relevantFiles,
      render,
      rules,
      showConfig
    };
    const live010 = {
      plan,
      probe
    };
    return { analyzer: analyzer010, live: live010, "goproxy-doctor:checker/analyzer@0.1.0": analyzer010, "goproxy-doctor:checker/live@0.1.0": live010 };
  })();
  let promise, resolve, reject;
  function normalizeInstantiationError(e) {
    if (typeof WebAssembly.SuspendError === "function" && e instanceof WebAssembly.SuspendError) {
      return new WebAssembly.RuntimeError("cannot block a synchronous task before returning");
    }
    return e;
  }
  function runNext(value) {
    try {
      let done;
      do {
        ({ value, done } = gen.next(value));
      } while (!(value instanceof Promise) && !done);
      if (done) {
        if (resolve) return resolve(value);
        else return value;
      }
      if (!promise) promise = new Promise((_resolve, _reject) => (resolve = _resolve, reject = _reject));
      value.then((nextVal) => done ? resolve() : runNext(nextVal), (e) => reject(normalizeInstantiationError(e)));
    } catch (e) {
      e = normalizeInstantiationError(e);
      if (reject) reject(e);
      else throw e;
    }
  }
  const maybeSyncReturn = runNext(null);
  return promise || maybeSyncReturn;
}

// action/src/policy.js
var DENIED = Object.freeze({ tag: "HTTP-request-denied" });
var LIMIT_REACHED = Object.freeze({ tag: "connection-limit-reached" });
var DEFAULT_PORTS = { http: 80, https: 443 };
function origin(scheme, authority) {
  if (typeof scheme !== "string" || typeof authority !== "string") return null;
  const s = scheme.toLowerCase();
  if (authority.includes("@")) return null;
  let host = authority;
  let port = null;
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(authority);
  if (!m) return null;
  host = m[1].toLowerCase();
  if (m[2] !== void 0) {
    port = Number(m[2]);
    if (port > 65535) return null;
  } else {
    port = DEFAULT_PORTS[s] ?? null;
  }
  if (host === "" || host.endsWith(".") || port === null) return null;
  return `${s}://${host}:${port}`;
}
function schemeOf(scheme) {
  if (!scheme) return "https";
  if (scheme.tag === "HTTP") return "http";
  if (scheme.tag === "HTTPS") return "https";
  if (scheme.tag === "other") return String(scheme.val);
  return "";
}
var HttpPolicy = class _HttpPolicy {
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
    return new _HttpPolicy([], 0, 0n);
  }
  /**
   * Decide on a request: null to send it, or the error code to refuse it with. Pure apart from
   * counting the request: no network access.
   */
  decide({ method, scheme, authority, hasBody }) {
    const m = method && method.tag;
    if (m !== "get" && m !== "head" || hasBody) return DENIED;
    const o = origin(schemeOf(scheme), authority);
    if (o === null || !this.allowed.has(o)) return DENIED;
    if (this.sent >= this.maxRequests) return LIMIT_REACHED;
    this.sent += 1;
    return null;
  }
  /** The timeouts to use, in nanoseconds: what was asked, at most the maximum; the maximum if absent. */
  clamp(asked = {}) {
    const max = this.maxTimeoutNs;
    const pick = (d) => d === void 0 || d === null ? max : BigInt(d) < max ? BigInt(d) : max;
    return {
      connect: pick(asked.connect),
      firstByte: pick(asked.firstByte),
      betweenBytes: pick(asked.betweenBytes)
    };
  }
};
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
function policedOutgoingHandler(getPolicy, delegate, RequestOptions2) {
  return {
    handle(request, options) {
      const policy2 = getPolicy();
      const refusal = policy2.decide({
        method: request.method(),
        scheme: request.scheme(),
        authority: request.authority(),
        hasBody: announcesBody(request.headers())
      });
      if (refusal) throw refusal;
      const asked = options ? {
        connect: options.connectTimeout(),
        firstByte: options.firstByteTimeout(),
        betweenBytes: options.betweenBytesTimeout()
      } : {};
      const t = policy2.clamp(asked);
      const clamped = new RequestOptions2();
      clamped.setConnectTimeout(t.connect);
      clamped.setFirstByteTimeout(t.firstByte);
      clamped.setBetweenBytesTimeout(t.betweenBytes);
      return delegate.handle(request, clamped);
    }
  };
}

// action/src/checker.js
var policy = HttpPolicy.denyAll();
function setHttpPolicy(p) {
  policy = p;
}
function imports() {
  const noEnvironment = {
    getEnvironment: () => [],
    getArguments: () => [],
    initialCwd: () => void 0
  };
  return {
    "wasi:cli/environment": noEnvironment,
    "wasi:cli/exit": exit2,
    "wasi:cli/stdin": stdin,
    "wasi:cli/stdout": { getStdout: () => stderr2.getStderr() },
    "wasi:cli/stderr": stderr2,
    "wasi:cli/terminal-input": terminalInput,
    "wasi:cli/terminal-output": terminalOutput,
    "wasi:cli/terminal-stdin": terminalStdin,
    "wasi:cli/terminal-stdout": { getTerminalStdout: () => void 0 },
    "wasi:cli/terminal-stderr": terminalStderr,
    "wasi:clocks/monotonic-clock": monotonicClock,
    "wasi:clocks/wall-clock": wallClock,
    "wasi:io/error": error,
    "wasi:io/poll": poll,
    "wasi:io/streams": streams,
    "wasi:random/insecure-seed": insecureSeed,
    "wasi:random/insecure": insecure,
    "wasi:random/random": random,
    "wasi:http/types": types,
    "wasi:http/outgoing-handler": policedOutgoingHandler(
      () => policy,
      outgoingHandler,
      types.RequestOptions
    )
  };
}
function coreModule(name) {
  return WebAssembly.compile(fs.readFileSync(new URL(`./${name}`, import.meta.url)));
}
async function load() {
  return instantiate(coreModule, imports());
}
function errorPayload(e) {
  if (e && typeof e === "object" && "payload" in e) return String(e.payload);
  return e instanceof Error ? e.message : String(e);
}

// action/src/worker.js
var { analyzer, live } = await load();
var methods = {
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
  probe: (files, plan, options, policy2) => {
    setHttpPolicy(new HttpPolicy(policy2.origins, policy2.maxRequests, BigInt(policy2.maxTimeoutNs)));
    try {
      return live.probe(files, plan, options);
    } finally {
      setHttpPolicy(HttpPolicy.denyAll());
    }
  }
};
parentPort2.on("message", ({ id, method, args }) => {
  let answer;
  try {
    answer = { id, ok: methods[method](...args) };
  } catch (e) {
    answer = { id, err: errorPayload(e) };
  }
  parentPort2.postMessage(answer);
});
parentPort2.postMessage({ ready: true });
