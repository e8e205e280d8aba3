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
  let dv = new DataView(new ArrayBuffer());
  const dataView = (mem) => dv.buffer === mem.buffer ? dv : dv = new DataView(mem.buffer);
  function toUint64(val) {
    const converted = BigInt(val);
    return BigInt.asUintN(64, converted);
  }
  function toUint32(val) {
    return val >>> 0;
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
  function rscTableRemove(table, handle) {
    const scope = table[handle << 1];
    const val = table[(handle << 1) + 1];
    const own = (val & T_FLAG2) !== 0;
    const rep3 = val & ~T_FLAG2;
    if (val === 0 || (scope & T_FLAG2) !== 0) {
      throw new WebAssemblyRuntimeError(`unknown handle index ${(handle << 1) + 1}`);
    }
    if (own && scope !== 0) {
      throw new WebAssemblyRuntimeError("cannot remove owned resource while borrowed");
    }
    const borrowTask = own ? void 0 : RESOURCE_SCOPE_TASKS.get(scope);
    table[handle << 1] = table[0] | T_FLAG2;
    table[0] = handle | T_FLAG2;
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
    addLender(handle) {
      _debugLog("[AsyncSubtask#addLender()] args", { handle });
      if (!Number.isNumber(handle)) {
        throw new Error("missing/invalid lender handle [" + handle + "]");
      }
      if (this.#lenders.length === 0 || this.isResolved()) {
        throw new Error("subtask has no lendors or has already been resolved");
      }
      handle.lends++;
      this.#lenders.push(handle);
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
    addResourceLender(table, handle) {
      if (this.#resourceScopeExited) {
        throw new Error("cannot add a lender to an exited resource scope");
      }
      this.#resourceLenders.push({ table, handle });
    }
    validateResourceBorrowScope() {
      if (this.#resourceScopeExited) {
        return;
      }
      if (this.#resourceBorrowCount !== 0) {
        throw new WebAssemblyRuntimeError("borrow handles still remain at the end of the call");
      }
      for (const { table, handle } of this.#resourceLenders) {
        const idx = handle << 1;
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
  function _liftFlatBorrow(componentTableIdx, size, memory, vals, storagePtr, storageLen) {
    _debugLog("[_liftFlatBorrow()] args", { size, memory, vals, storagePtr, storageLen });
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
      const handle = ctx.lowerResource ? ctx.lowerResource(obj, tableIdx) : lowerFn(obj);
      ctx.vals[0] = handle;
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
  const { Error: Error$1 } = imports2["wasi:io/error"];
  if (Error$1 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'Error$1', was 'Error' available at instantiation?");
    console.error("ERROR:", err.toString());
    throw err;
  }
  const { Pollable: Pollable2 } = imports2["wasi:io/poll"];
  if (Pollable2 === void 0) {
    const err = new Error("unexpectedly undefined instance import 'Pollable', was 'Pollable' available at instantiation?");
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
    const _trampoline6 = function(arg0) {
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
    _trampoline6.fnName = "wasi:cli/exit@0.2.12#exit";
    const handleTable0 = [T_FLAG2, 0];
    handleTable0._createdReps = /* @__PURE__ */ new Set();
    handleTable0._componentIdx = 0;
    const captureTable0 = /* @__PURE__ */ new Map();
    let captureCnt0 = 0;
    HANDLE_TABLES[0] = handleTable0;
    const _trampoline7 = function(arg0) {
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
    _trampoline7.fnName = "wasi:io/poll@0.2.12#block";
    const handleTable3 = [T_FLAG2, 0];
    handleTable3._createdReps = /* @__PURE__ */ new Set();
    handleTable3._componentIdx = 0;
    const captureTable3 = /* @__PURE__ */ new Map();
    let captureCnt3 = 0;
    HANDLE_TABLES[3] = handleTable3;
    const _trampoline8 = function(arg0) {
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
    _trampoline8.fnName = "wasi:io/streams@0.2.12#subscribe";
    const handleTable2 = [T_FLAG2, 0];
    handleTable2._createdReps = /* @__PURE__ */ new Set();
    handleTable2._componentIdx = 0;
    const captureTable2 = /* @__PURE__ */ new Map();
    let captureCnt2 = 0;
    HANDLE_TABLES[2] = handleTable2;
    const _trampoline9 = function() {
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
    _trampoline9.fnName = "wasi:cli/stdin@0.2.12#getStdin";
    const _trampoline10 = function() {
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
    _trampoline10.fnName = "wasi:cli/stdout@0.2.12#getStdout";
    const _trampoline11 = function() {
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
    _trampoline11.fnName = "wasi:cli/stderr@0.2.12#getStderr";
    let exports1;
    let memory0;
    let realloc0;
    let realloc0Async;
    const _trampoline12 = function(arg0) {
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
    _trampoline12.fnName = "wasi:random/insecure-seed@0.2.12#insecureSeed";
    const handleTable1 = [T_FLAG2, 0];
    handleTable1._createdReps = /* @__PURE__ */ new Set();
    handleTable1._componentIdx = 0;
    const captureTable1 = /* @__PURE__ */ new Map();
    let captureCnt1 = 0;
    HANDLE_TABLES[1] = handleTable1;
    const _trampoline13 = function(arg0, arg1) {
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
    _trampoline13.fnName = "wasi:io/streams@0.2.12#checkWrite";
    const _trampoline14 = function(arg0, arg1, arg2, arg3) {
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
    _trampoline14.fnName = "wasi:io/streams@0.2.12#write";
    const _trampoline15 = function(arg0, arg1) {
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
    _trampoline15.fnName = "wasi:io/streams@0.2.12#blockingFlush";
    const _trampoline16 = function(arg0) {
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
    _trampoline16.fnName = "wasi:cli/environment@0.2.12#getEnvironment";
    const handleTable4 = [T_FLAG2, 0];
    handleTable4._createdReps = /* @__PURE__ */ new Set();
    handleTable4._componentIdx = 0;
    const captureTable4 = /* @__PURE__ */ new Map();
    let captureCnt4 = 0;
    HANDLE_TABLES[4] = handleTable4;
    const _trampoline17 = function(arg0) {
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
          const rep3 = e[symbolRscRep] || ++captureCnt4;
          captureTable4.set(rep3, e);
          handle0 = rscTableCreateOwn(handleTable4, rep3);
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
    _trampoline17.fnName = "wasi:cli/terminal-stdin@0.2.12#getTerminalStdin";
    const handleTable5 = [T_FLAG2, 0];
    handleTable5._createdReps = /* @__PURE__ */ new Set();
    handleTable5._componentIdx = 0;
    const captureTable5 = /* @__PURE__ */ new Map();
    let captureCnt5 = 0;
    HANDLE_TABLES[5] = handleTable5;
    const _trampoline18 = function(arg0) {
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
          const rep3 = e[symbolRscRep] || ++captureCnt5;
          captureTable5.set(rep3, e);
          handle0 = rscTableCreateOwn(handleTable5, rep3);
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
    _trampoline18.fnName = "wasi:cli/terminal-stdout@0.2.12#getTerminalStdout";
    const _trampoline19 = function(arg0) {
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
          const rep3 = e[symbolRscRep] || ++captureCnt5;
          captureTable5.set(rep3, e);
          handle0 = rscTableCreateOwn(handleTable5, rep3);
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
    _trampoline19.fnName = "wasi:cli/terminal-stderr@0.2.12#getTerminalStderr";
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
            var { noIgnores: v4_0 } = arg1;
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="analyze"][Instruction::CallWasm] enter', {
              funcName: "analyze",
              paramCount: 3,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010Analyze(result3, len3, v4_0 ? 1 : 0)
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
            var ptr5 = dataView(memory0).getUint32(ret + 0, true);
            var len5 = dataView(memory0).getUint32(ret + 4, true);
            var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
            var len7 = dataView(memory0).getUint32(ret + 12, true);
            var base7 = dataView(memory0).getUint32(ret + 8, true);
            if (base7 % 4 !== 0) throw new TypeError(`list pointer [${base7}] is not aligned to 4`);
            var result7 = [];
            for (let i = 0; i < len7; i++) {
              const base = base7 + i * 8;
              var ptr6 = dataView(memory0).getUint32(base + 0, true);
              var len6 = dataView(memory0).getUint32(base + 4, true);
              var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
              result7.push(result6);
            }
            var len30 = dataView(memory0).getUint32(ret + 20, true);
            var base30 = dataView(memory0).getUint32(ret + 16, true);
            if (base30 % 4 !== 0) throw new TypeError(`list pointer [${base30}] is not aligned to 4`);
            var result30 = [];
            for (let i = 0; i < len30; i++) {
              const base = base30 + i * 112;
              var ptr8 = dataView(memory0).getUint32(base + 0, true);
              var len8 = dataView(memory0).getUint32(base + 4, true);
              var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
              var ptr9 = dataView(memory0).getUint32(base + 8, true);
              var len9 = dataView(memory0).getUint32(base + 12, true);
              var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
              let enum10;
              switch (dataView(memory0).getUint8(base + 16, true)) {
                case 0: {
                  enum10 = "error";
                  break;
                }
                case 1: {
                  enum10 = "warning";
                  break;
                }
                case 2: {
                  enum10 = "note";
                  break;
                }
                default: {
                  throw new TypeError("invalid discriminant specified for Severity");
                }
              }
              var ptr11 = dataView(memory0).getUint32(base + 20, true);
              var len11 = dataView(memory0).getUint32(base + 24, true);
              var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
              var ptr12 = dataView(memory0).getUint32(base + 28, true);
              var len12 = dataView(memory0).getUint32(base + 32, true);
              var result12 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr12, len12));
              var ptr13 = dataView(memory0).getUint32(base + 60, true);
              var len13 = dataView(memory0).getUint32(base + 64, true);
              var result13 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr13, len13));
              var len15 = dataView(memory0).getUint32(base + 72, true);
              var base15 = dataView(memory0).getUint32(base + 68, true);
              if (base15 % 4 !== 0) throw new TypeError(`list pointer [${base15}] is not aligned to 4`);
              var result15 = [];
              for (let i2 = 0; i2 < len15; i2++) {
                const base2 = base15 + i2 * 8;
                var ptr14 = dataView(memory0).getUint32(base2 + 0, true);
                var len14 = dataView(memory0).getUint32(base2 + 4, true);
                var result14 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr14, len14));
                result15.push(result14);
              }
              var len20 = dataView(memory0).getUint32(base + 80, true);
              var base20 = dataView(memory0).getUint32(base + 76, true);
              if (base20 % 4 !== 0) throw new TypeError(`list pointer [${base20}] is not aligned to 4`);
              var result20 = [];
              for (let i2 = 0; i2 < len20; i2++) {
                const base2 = base20 + i2 * 48;
                var ptr16 = dataView(memory0).getUint32(base2 + 0, true);
                var len16 = dataView(memory0).getUint32(base2 + 4, true);
                var result16 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr16, len16));
                var ptr17 = dataView(memory0).getUint32(base2 + 32, true);
                var len17 = dataView(memory0).getUint32(base2 + 36, true);
                var result17 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr17, len17));
                var len19 = dataView(memory0).getUint32(base2 + 44, true);
                var base19 = dataView(memory0).getUint32(base2 + 40, true);
                if (base19 % 4 !== 0) throw new TypeError(`list pointer [${base19}] is not aligned to 4`);
                var result19 = [];
                for (let i3 = 0; i3 < len19; i3++) {
                  const base3 = base19 + i3 * 8;
                  var ptr18 = dataView(memory0).getUint32(base3 + 0, true);
                  var len18 = dataView(memory0).getUint32(base3 + 4, true);
                  var result18 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr18, len18));
                  result19.push(result18);
                }
                result20.push({
                  path: result16,
                  span: {
                    start: dataView(memory0).getInt32(base2 + 8, true) >>> 0,
                    end: dataView(memory0).getInt32(base2 + 12, true) >>> 0,
                    startLine: dataView(memory0).getInt32(base2 + 16, true) >>> 0,
                    startColumn: dataView(memory0).getInt32(base2 + 20, true) >>> 0,
                    endLine: dataView(memory0).getInt32(base2 + 24, true) >>> 0,
                    endColumn: dataView(memory0).getInt32(base2 + 28, true) >>> 0
                  },
                  label: result17,
                  lines: result19
                });
              }
              let variant22;
              switch (dataView(memory0).getUint8(base + 84, true)) {
                case 0: {
                  variant22 = void 0;
                  break;
                }
                case 1: {
                  var ptr21 = dataView(memory0).getUint32(base + 88, true);
                  var len21 = dataView(memory0).getUint32(base + 92, true);
                  var result21 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr21, len21));
                  variant22 = result21;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var len28 = dataView(memory0).getUint32(base + 100, true);
              var base28 = dataView(memory0).getUint32(base + 96, true);
              if (base28 % 4 !== 0) throw new TypeError(`list pointer [${base28}] is not aligned to 4`);
              var result28 = [];
              for (let i2 = 0; i2 < len28; i2++) {
                const base2 = base28 + i2 * 20;
                var ptr23 = dataView(memory0).getUint32(base2 + 0, true);
                var len23 = dataView(memory0).getUint32(base2 + 4, true);
                var result23 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr23, len23));
                let enum24;
                switch (dataView(memory0).getUint8(base2 + 8, true)) {
                  case 0: {
                    enum24 = "safe";
                    break;
                  }
                  case 1: {
                    enum24 = "unsafe";
                    break;
                  }
                  case 2: {
                    enum24 = "display-only";
                    break;
                  }
                  default: {
                    throw new TypeError("invalid discriminant specified for Applicability");
                  }
                }
                var len27 = dataView(memory0).getUint32(base2 + 16, true);
                var base27 = dataView(memory0).getUint32(base2 + 12, true);
                if (base27 % 4 !== 0) throw new TypeError(`list pointer [${base27}] is not aligned to 4`);
                var result27 = [];
                for (let i3 = 0; i3 < len27; i3++) {
                  const base3 = base27 + i3 * 40;
                  var ptr25 = dataView(memory0).getUint32(base3 + 0, true);
                  var len25 = dataView(memory0).getUint32(base3 + 4, true);
                  var result25 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr25, len25));
                  var ptr26 = dataView(memory0).getUint32(base3 + 32, true);
                  var len26 = dataView(memory0).getUint32(base3 + 36, true);
                  var result26 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr26, len26));
                  result27.push({
                    path: result25,
                    span: {
                      start: dataView(memory0).getInt32(base3 + 8, true) >>> 0,
                      end: dataView(memory0).getInt32(base3 + 12, true) >>> 0,
                      startLine: dataView(memory0).getInt32(base3 + 16, true) >>> 0,
                      startColumn: dataView(memory0).getInt32(base3 + 20, true) >>> 0,
                      endLine: dataView(memory0).getInt32(base3 + 24, true) >>> 0,
                      endColumn: dataView(memory0).getInt32(base3 + 28, true) >>> 0
                    },
                    replacement: result26
                  });
                }
                result28.push({
                  description: result23,
                  applicability: enum24,
                  edits: result27
                });
              }
              var ptr29 = dataView(memory0).getUint32(base + 104, true);
              var len29 = dataView(memory0).getUint32(base + 108, true);
              var result29 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr29, len29));
              result30.push({
                rule: result8,
                name: result9,
                severity: enum10,
                message: result11,
                primary: {
                  path: result12,
                  span: {
                    start: dataView(memory0).getInt32(base + 36, true) >>> 0,
                    end: dataView(memory0).getInt32(base + 40, true) >>> 0,
                    startLine: dataView(memory0).getInt32(base + 44, true) >>> 0,
                    startColumn: dataView(memory0).getInt32(base + 48, true) >>> 0,
                    endLine: dataView(memory0).getInt32(base + 52, true) >>> 0,
                    endColumn: dataView(memory0).getInt32(base + 56, true) >>> 0
                  },
                  label: result13,
                  lines: result15
                },
                related: result20,
                help: variant22,
                fixes: result28,
                fingerprint: result29
              });
            }
            var len34 = dataView(memory0).getUint32(ret + 28, true);
            var base34 = dataView(memory0).getUint32(ret + 24, true);
            if (base34 % 4 !== 0) throw new TypeError(`list pointer [${base34}] is not aligned to 4`);
            var result34 = [];
            for (let i = 0; i < len34; i++) {
              const base = base34 + i * 20;
              var ptr31 = dataView(memory0).getUint32(base + 0, true);
              var len31 = dataView(memory0).getUint32(base + 4, true);
              var result31 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr31, len31));
              var ptr32 = dataView(memory0).getUint32(base + 8, true);
              var len32 = dataView(memory0).getUint32(base + 12, true);
              var result32 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr32, len32));
              var bool33 = dataView(memory0).getUint8(base + 16, true);
              result34.push({
                path: result31,
                message: result32,
                skipped: bool33 == 0 ? false : bool33 == 1 ? true : throwInvalidBool()
              });
            }
            var len51 = dataView(memory0).getUint32(ret + 36, true);
            var base51 = dataView(memory0).getUint32(ret + 32, true);
            if (base51 % 4 !== 0) throw new TypeError(`list pointer [${base51}] is not aligned to 4`);
            var result51 = [];
            for (let i = 0; i < len51; i++) {
              const base = base51 + i * 84;
              var ptr35 = dataView(memory0).getUint32(base + 0, true);
              var len35 = dataView(memory0).getUint32(base + 4, true);
              var result35 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr35, len35));
              var ptr36 = dataView(memory0).getUint32(base + 8, true);
              var len36 = dataView(memory0).getUint32(base + 12, true);
              var result36 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr36, len36));
              let variant38;
              switch (dataView(memory0).getUint8(base + 20, true)) {
                case 0: {
                  variant38 = void 0;
                  break;
                }
                case 1: {
                  var ptr37 = dataView(memory0).getUint32(base + 24, true);
                  var len37 = dataView(memory0).getUint32(base + 28, true);
                  var result37 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr37, len37));
                  variant38 = result37;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var len40 = dataView(memory0).getUint32(base + 36, true);
              var base40 = dataView(memory0).getUint32(base + 32, true);
              if (base40 % 4 !== 0) throw new TypeError(`list pointer [${base40}] is not aligned to 4`);
              var result40 = [];
              for (let i2 = 0; i2 < len40; i2++) {
                const base2 = base40 + i2 * 8;
                var ptr39 = dataView(memory0).getUint32(base2 + 0, true);
                var len39 = dataView(memory0).getUint32(base2 + 4, true);
                var result39 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr39, len39));
                result40.push(result39);
              }
              var len43 = dataView(memory0).getUint32(base + 44, true);
              var base43 = dataView(memory0).getUint32(base + 40, true);
              if (base43 % 4 !== 0) throw new TypeError(`list pointer [${base43}] is not aligned to 4`);
              var result43 = [];
              for (let i2 = 0; i2 < len43; i2++) {
                const base2 = base43 + i2 * 16;
                var ptr41 = dataView(memory0).getUint32(base2 + 0, true);
                var len41 = dataView(memory0).getUint32(base2 + 4, true);
                var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
                var ptr42 = dataView(memory0).getUint32(base2 + 8, true);
                var len42 = dataView(memory0).getUint32(base2 + 12, true);
                var result42 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr42, len42));
                result43.push({
                  target: result41,
                  nextOn: result42
                });
              }
              let variant45;
              switch (dataView(memory0).getUint8(base + 48, true)) {
                case 0: {
                  variant45 = void 0;
                  break;
                }
                case 1: {
                  var ptr44 = dataView(memory0).getUint32(base + 52, true);
                  var len44 = dataView(memory0).getUint32(base + 56, true);
                  var result44 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr44, len44));
                  variant45 = result44;
                  break;
                }
                default: {
                  throw new TypeError("invalid variant discriminant for option");
                }
              }
              var ptr46 = dataView(memory0).getUint32(base + 60, true);
              var len46 = dataView(memory0).getUint32(base + 64, true);
              var result46 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr46, len46));
              var len48 = dataView(memory0).getUint32(base + 72, true);
              var base48 = dataView(memory0).getUint32(base + 68, true);
              if (base48 % 4 !== 0) throw new TypeError(`list pointer [${base48}] is not aligned to 4`);
              var result48 = [];
              for (let i2 = 0; i2 < len48; i2++) {
                const base2 = base48 + i2 * 8;
                var ptr47 = dataView(memory0).getUint32(base2 + 0, true);
                var len47 = dataView(memory0).getUint32(base2 + 4, true);
                var result47 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr47, len47));
                result48.push(result47);
              }
              var len50 = dataView(memory0).getUint32(base + 80, true);
              var base50 = dataView(memory0).getUint32(base + 76, true);
              if (base50 % 4 !== 0) throw new TypeError(`list pointer [${base50}] is not aligned to 4`);
              var result50 = [];
              for (let i2 = 0; i2 < len50; i2++) {
                const base2 = base50 + i2 * 8;
                var ptr49 = dataView(memory0).getUint32(base2 + 0, true);
                var len49 = dataView(memory0).getUint32(base2 + 4, true);
                var result49 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr49, len49));
                result50.push(result49);
              }
              result51.push({
                context: result35,
                path: result36,
                line: dataView(memory0).getInt32(base + 16, true) >>> 0,
                goRelease: variant38,
                directPatterns: result40,
                hops: result43,
                proxyError: variant45,
                checksumDb: result46,
                noChecksumPatterns: result48,
                unknown: result50
              });
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="analyze"][Instruction::Return]', {
              funcName: "analyze",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([{
              toolVersion: result5,
              files: result7,
              findings: result30,
              diagnostics: result34,
              routes: result51
            }]);
            const retCopy = {
              toolVersion: result5,
              files: result7,
              findings: result30,
              diagnostics: result34,
              routes: result51
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
            var { toolVersion: v0_0, files: v0_1, findings: v0_2, diagnostics: v0_3, routes: v0_4 } = arg0;
            var encodeRes = _utf8AllocateAndEncode(v0_0, realloc0, memory0);
            var ptr1 = encodeRes.ptr;
            var len1 = encodeRes.len;
            var vec3 = v0_1;
            var len3 = vec3.length;
            var result3 = realloc0(0, 0, 4, len3 * 8);
            for (let i = 0; i < vec3.length; i++) {
              const e = vec3[i];
              const base = result3 + i * 8;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr2 = encodeRes.ptr;
              var len2 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len2, true);
              dataView(memory0).setUint32(base + 0, ptr2, true);
            }
            var vec34 = v0_2;
            var len34 = vec34.length;
            var result34 = realloc0(0, 0, 4, len34 * 112);
            for (let i = 0; i < vec34.length; i++) {
              const e = vec34[i];
              const base = result34 + i * 112;
              var { rule: v4_0, name: v4_1, severity: v4_2, message: v4_3, primary: v4_4, related: v4_5, help: v4_6, fixes: v4_7, fingerprint: v4_8 } = e;
              var encodeRes = _utf8AllocateAndEncode(v4_0, realloc0, memory0);
              var ptr5 = encodeRes.ptr;
              var len5 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len5, true);
              dataView(memory0).setUint32(base + 0, ptr5, true);
              var encodeRes = _utf8AllocateAndEncode(v4_1, realloc0, memory0);
              var ptr6 = encodeRes.ptr;
              var len6 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len6, true);
              dataView(memory0).setUint32(base + 8, ptr6, true);
              var val7 = v4_2;
              let enum7;
              switch (val7) {
                case "error": {
                  enum7 = 0;
                  break;
                }
                case "warning": {
                  enum7 = 1;
                  break;
                }
                case "note": {
                  enum7 = 2;
                  break;
                }
                default: {
                  if (v4_2 instanceof Error) {
                    console.error(v4_2);
                  }
                  throw new TypeError(`"${val7}" is not one of the cases of severity`);
                }
              }
              dataView(memory0).setInt8(base + 16, enum7, true);
              var encodeRes = _utf8AllocateAndEncode(v4_3, realloc0, memory0);
              var ptr8 = encodeRes.ptr;
              var len8 = encodeRes.len;
              dataView(memory0).setUint32(base + 24, len8, true);
              dataView(memory0).setUint32(base + 20, ptr8, true);
              var { path: v9_0, span: v9_1, label: v9_2, lines: v9_3 } = v4_4;
              var encodeRes = _utf8AllocateAndEncode(v9_0, realloc0, memory0);
              var ptr10 = encodeRes.ptr;
              var len10 = encodeRes.len;
              dataView(memory0).setUint32(base + 32, len10, true);
              dataView(memory0).setUint32(base + 28, ptr10, true);
              var { start: v11_0, end: v11_1, startLine: v11_2, startColumn: v11_3, endLine: v11_4, endColumn: v11_5 } = v9_1;
              dataView(memory0).setInt32(base + 36, toUint32(v11_0), true);
              dataView(memory0).setInt32(base + 40, toUint32(v11_1), true);
              dataView(memory0).setInt32(base + 44, toUint32(v11_2), true);
              dataView(memory0).setInt32(base + 48, toUint32(v11_3), true);
              dataView(memory0).setInt32(base + 52, toUint32(v11_4), true);
              dataView(memory0).setInt32(base + 56, toUint32(v11_5), true);
              var encodeRes = _utf8AllocateAndEncode(v9_2, realloc0, memory0);
              var ptr12 = encodeRes.ptr;
              var len12 = encodeRes.len;
              dataView(memory0).setUint32(base + 64, len12, true);
              dataView(memory0).setUint32(base + 60, ptr12, true);
              var vec14 = v9_3;
              var len14 = vec14.length;
              var result14 = realloc0(0, 0, 4, len14 * 8);
              for (let i2 = 0; i2 < vec14.length; i2++) {
                const e2 = vec14[i2];
                const base2 = result14 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr13 = encodeRes.ptr;
                var len13 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len13, true);
                dataView(memory0).setUint32(base2 + 0, ptr13, true);
              }
              dataView(memory0).setUint32(base + 72, len14, true);
              dataView(memory0).setUint32(base + 68, result14, true);
              var vec21 = v4_5;
              var len21 = vec21.length;
              var result21 = realloc0(0, 0, 4, len21 * 48);
              for (let i2 = 0; i2 < vec21.length; i2++) {
                const e2 = vec21[i2];
                const base2 = result21 + i2 * 48;
                var { path: v15_0, span: v15_1, label: v15_2, lines: v15_3 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v15_0, realloc0, memory0);
                var ptr16 = encodeRes.ptr;
                var len16 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len16, true);
                dataView(memory0).setUint32(base2 + 0, ptr16, true);
                var { start: v17_0, end: v17_1, startLine: v17_2, startColumn: v17_3, endLine: v17_4, endColumn: v17_5 } = v15_1;
                dataView(memory0).setInt32(base2 + 8, toUint32(v17_0), true);
                dataView(memory0).setInt32(base2 + 12, toUint32(v17_1), true);
                dataView(memory0).setInt32(base2 + 16, toUint32(v17_2), true);
                dataView(memory0).setInt32(base2 + 20, toUint32(v17_3), true);
                dataView(memory0).setInt32(base2 + 24, toUint32(v17_4), true);
                dataView(memory0).setInt32(base2 + 28, toUint32(v17_5), true);
                var encodeRes = _utf8AllocateAndEncode(v15_2, realloc0, memory0);
                var ptr18 = encodeRes.ptr;
                var len18 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 36, len18, true);
                dataView(memory0).setUint32(base2 + 32, ptr18, true);
                var vec20 = v15_3;
                var len20 = vec20.length;
                var result20 = realloc0(0, 0, 4, len20 * 8);
                for (let i3 = 0; i3 < vec20.length; i3++) {
                  const e3 = vec20[i3];
                  const base3 = result20 + i3 * 8;
                  var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                  var ptr19 = encodeRes.ptr;
                  var len19 = encodeRes.len;
                  dataView(memory0).setUint32(base3 + 4, len19, true);
                  dataView(memory0).setUint32(base3 + 0, ptr19, true);
                }
                dataView(memory0).setUint32(base2 + 44, len20, true);
                dataView(memory0).setUint32(base2 + 40, result20, true);
              }
              dataView(memory0).setUint32(base + 80, len21, true);
              dataView(memory0).setUint32(base + 76, result21, true);
              var variant23 = v4_6;
              if (variant23 === null || variant23 === void 0) {
                dataView(memory0).setInt8(base + 84, 0, true);
              } else {
                const e2 = variant23;
                dataView(memory0).setInt8(base + 84, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr22 = encodeRes.ptr;
                var len22 = encodeRes.len;
                dataView(memory0).setUint32(base + 92, len22, true);
                dataView(memory0).setUint32(base + 88, ptr22, true);
              }
              var vec32 = v4_7;
              var len32 = vec32.length;
              var result32 = realloc0(0, 0, 4, len32 * 20);
              for (let i2 = 0; i2 < vec32.length; i2++) {
                const e2 = vec32[i2];
                const base2 = result32 + i2 * 20;
                var { description: v24_0, applicability: v24_1, edits: v24_2 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v24_0, realloc0, memory0);
                var ptr25 = encodeRes.ptr;
                var len25 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len25, true);
                dataView(memory0).setUint32(base2 + 0, ptr25, true);
                var val26 = v24_1;
                let enum26;
                switch (val26) {
                  case "safe": {
                    enum26 = 0;
                    break;
                  }
                  case "unsafe": {
                    enum26 = 1;
                    break;
                  }
                  case "display-only": {
                    enum26 = 2;
                    break;
                  }
                  default: {
                    if (v24_1 instanceof Error) {
                      console.error(v24_1);
                    }
                    throw new TypeError(`"${val26}" is not one of the cases of applicability`);
                  }
                }
                dataView(memory0).setInt8(base2 + 8, enum26, true);
                var vec31 = v24_2;
                var len31 = vec31.length;
                var result31 = realloc0(0, 0, 4, len31 * 40);
                for (let i3 = 0; i3 < vec31.length; i3++) {
                  const e3 = vec31[i3];
                  const base3 = result31 + i3 * 40;
                  var { path: v27_0, span: v27_1, replacement: v27_2 } = e3;
                  var encodeRes = _utf8AllocateAndEncode(v27_0, realloc0, memory0);
                  var ptr28 = encodeRes.ptr;
                  var len28 = encodeRes.len;
                  dataView(memory0).setUint32(base3 + 4, len28, true);
                  dataView(memory0).setUint32(base3 + 0, ptr28, true);
                  var { start: v29_0, end: v29_1, startLine: v29_2, startColumn: v29_3, endLine: v29_4, endColumn: v29_5 } = v27_1;
                  dataView(memory0).setInt32(base3 + 8, toUint32(v29_0), true);
                  dataView(memory0).setInt32(base3 + 12, toUint32(v29_1), true);
                  dataView(memory0).setInt32(base3 + 16, toUint32(v29_2), true);
                  dataView(memory0).setInt32(base3 + 20, toUint32(v29_3), true);
                  dataView(memory0).setInt32(base3 + 24, toUint32(v29_4), true);
                  dataView(memory0).setInt32(base3 + 28, toUint32(v29_5), true);
                  var encodeRes = _utf8AllocateAndEncode(v27_2, realloc0, memory0);
                  var ptr30 = encodeRes.ptr;
                  var len30 = encodeRes.len;
                  dataView(memory0).setUint32(base3 + 36, len30, true);
                  dataView(memory0).setUint32(base3 + 32, ptr30, true);
                }
                dataView(memory0).setUint32(base2 + 16, len31, true);
                dataView(memory0).setUint32(base2 + 12, result31, true);
              }
              dataView(memory0).setUint32(base + 100, len32, true);
              dataView(memory0).setUint32(base + 96, result32, true);
              var encodeRes = _utf8AllocateAndEncode(v4_8, realloc0, memory0);
              var ptr33 = encodeRes.ptr;
              var len33 = encodeRes.len;
              dataView(memory0).setUint32(base + 108, len33, true);
              dataView(memory0).setUint32(base + 104, ptr33, true);
            }
            var vec38 = v0_3;
            var len38 = vec38.length;
            var result38 = realloc0(0, 0, 4, len38 * 20);
            for (let i = 0; i < vec38.length; i++) {
              const e = vec38[i];
              const base = result38 + i * 20;
              var { path: v35_0, message: v35_1, skipped: v35_2 } = e;
              var encodeRes = _utf8AllocateAndEncode(v35_0, realloc0, memory0);
              var ptr36 = encodeRes.ptr;
              var len36 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len36, true);
              dataView(memory0).setUint32(base + 0, ptr36, true);
              var encodeRes = _utf8AllocateAndEncode(v35_1, realloc0, memory0);
              var ptr37 = encodeRes.ptr;
              var len37 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len37, true);
              dataView(memory0).setUint32(base + 8, ptr37, true);
              dataView(memory0).setInt8(base + 16, v35_2 ? 1 : 0, true);
            }
            var vec57 = v0_4;
            var len57 = vec57.length;
            var result57 = realloc0(0, 0, 4, len57 * 84);
            for (let i = 0; i < vec57.length; i++) {
              const e = vec57[i];
              const base = result57 + i * 84;
              var { context: v39_0, path: v39_1, line: v39_2, goRelease: v39_3, directPatterns: v39_4, hops: v39_5, proxyError: v39_6, checksumDb: v39_7, noChecksumPatterns: v39_8, unknown: v39_9 } = e;
              var encodeRes = _utf8AllocateAndEncode(v39_0, realloc0, memory0);
              var ptr40 = encodeRes.ptr;
              var len40 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len40, true);
              dataView(memory0).setUint32(base + 0, ptr40, true);
              var encodeRes = _utf8AllocateAndEncode(v39_1, realloc0, memory0);
              var ptr41 = encodeRes.ptr;
              var len41 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len41, true);
              dataView(memory0).setUint32(base + 8, ptr41, true);
              dataView(memory0).setInt32(base + 16, toUint32(v39_2), true);
              var variant43 = v39_3;
              if (variant43 === null || variant43 === void 0) {
                dataView(memory0).setInt8(base + 20, 0, true);
              } else {
                const e2 = variant43;
                dataView(memory0).setInt8(base + 20, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr42 = encodeRes.ptr;
                var len42 = encodeRes.len;
                dataView(memory0).setUint32(base + 28, len42, true);
                dataView(memory0).setUint32(base + 24, ptr42, true);
              }
              var vec45 = v39_4;
              var len45 = vec45.length;
              var result45 = realloc0(0, 0, 4, len45 * 8);
              for (let i2 = 0; i2 < vec45.length; i2++) {
                const e2 = vec45[i2];
                const base2 = result45 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr44 = encodeRes.ptr;
                var len44 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len44, true);
                dataView(memory0).setUint32(base2 + 0, ptr44, true);
              }
              dataView(memory0).setUint32(base + 36, len45, true);
              dataView(memory0).setUint32(base + 32, result45, true);
              var vec49 = v39_5;
              var len49 = vec49.length;
              var result49 = realloc0(0, 0, 4, len49 * 16);
              for (let i2 = 0; i2 < vec49.length; i2++) {
                const e2 = vec49[i2];
                const base2 = result49 + i2 * 16;
                var { target: v46_0, nextOn: v46_1 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v46_0, realloc0, memory0);
                var ptr47 = encodeRes.ptr;
                var len47 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len47, true);
                dataView(memory0).setUint32(base2 + 0, ptr47, true);
                var encodeRes = _utf8AllocateAndEncode(v46_1, realloc0, memory0);
                var ptr48 = encodeRes.ptr;
                var len48 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 12, len48, true);
                dataView(memory0).setUint32(base2 + 8, ptr48, true);
              }
              dataView(memory0).setUint32(base + 44, len49, true);
              dataView(memory0).setUint32(base + 40, result49, true);
              var variant51 = v39_6;
              if (variant51 === null || variant51 === void 0) {
                dataView(memory0).setInt8(base + 48, 0, true);
              } else {
                const e2 = variant51;
                dataView(memory0).setInt8(base + 48, 1, true);
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr50 = encodeRes.ptr;
                var len50 = encodeRes.len;
                dataView(memory0).setUint32(base + 56, len50, true);
                dataView(memory0).setUint32(base + 52, ptr50, true);
              }
              var encodeRes = _utf8AllocateAndEncode(v39_7, realloc0, memory0);
              var ptr52 = encodeRes.ptr;
              var len52 = encodeRes.len;
              dataView(memory0).setUint32(base + 64, len52, true);
              dataView(memory0).setUint32(base + 60, ptr52, true);
              var vec54 = v39_8;
              var len54 = vec54.length;
              var result54 = realloc0(0, 0, 4, len54 * 8);
              for (let i2 = 0; i2 < vec54.length; i2++) {
                const e2 = vec54[i2];
                const base2 = result54 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr53 = encodeRes.ptr;
                var len53 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len53, true);
                dataView(memory0).setUint32(base2 + 0, ptr53, true);
              }
              dataView(memory0).setUint32(base + 72, len54, true);
              dataView(memory0).setUint32(base + 68, result54, true);
              var vec56 = v39_9;
              var len56 = vec56.length;
              var result56 = realloc0(0, 0, 4, len56 * 8);
              for (let i2 = 0; i2 < vec56.length; i2++) {
                const e2 = vec56[i2];
                const base2 = result56 + i2 * 8;
                var encodeRes = _utf8AllocateAndEncode(e2, realloc0, memory0);
                var ptr55 = encodeRes.ptr;
                var len55 = encodeRes.len;
                dataView(memory0).setUint32(base2 + 4, len55, true);
                dataView(memory0).setUint32(base2 + 0, ptr55, true);
              }
              dataView(memory0).setUint32(base + 80, len56, true);
              dataView(memory0).setUint32(base + 76, result56, true);
            }
            var val58 = arg1;
            let enum58;
            switch (val58) {
              case "text": {
                enum58 = 0;
                break;
              }
              case "json": {
                enum58 = 1;
                break;
              }
              case "sarif": {
                enum58 = 2;
                break;
              }
              case "github": {
                enum58 = 3;
                break;
              }
              case "markdown": {
                enum58 = 4;
                break;
              }
              default: {
                if (arg1 instanceof Error) {
                  console.error(arg1);
                }
                throw new TypeError(`"${val58}" is not one of the cases of format`);
              }
            }
            var { color: v59_0, automationId: v59_1 } = arg2;
            var variant61 = v59_1;
            let variant61_0;
            let variant61_1;
            let variant61_2;
            if (variant61 === null || variant61 === void 0) {
              variant61_0 = 0;
              variant61_1 = 0;
              variant61_2 = 0;
            } else {
              const e = variant61;
              var encodeRes = _utf8AllocateAndEncode(e, realloc0, memory0);
              var ptr60 = encodeRes.ptr;
              var len60 = encodeRes.len;
              variant61_0 = 1;
              variant61_1 = ptr60;
              variant61_2 = len60;
            }
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="render"][Instruction::CallWasm] enter', {
              funcName: "render",
              paramCount: 15,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => analyzer010Render(ptr1, len1, result3, len3, result34, len34, result38, len38, result57, len57, enum58, v59_0 ? 1 : 0, variant61_0, variant61_1, variant61_2)
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
            var ptr62 = dataView(memory0).getUint32(ret + 0, true);
            var len62 = dataView(memory0).getUint32(ret + 4, true);
            var result62 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr62, len62));
            _debugLog('[iface="goproxy-doctor:checker/analyzer@0.1.0", function="render"][Instruction::Return]', {
              funcName: "render",
              paramCount: 1,
              async: false,
              postReturn: true
            });
            task.resolve([result62]);
            const retCopy = result62;
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
            var { noIgnores: v4_0 } = arg1;
            _debugLog('[iface="goproxy-doctor:checker/live@0.1.0", function="plan"][Instruction::CallWasm] enter', {
              funcName: "plan",
              paramCount: 3,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => live010Plan(result3, len3, v4_0 ? 1 : 0)
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
            let variant16;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len14 = dataView(memory0).getUint32(ret + 8, true);
                var base14 = dataView(memory0).getUint32(ret + 4, true);
                if (base14 % 4 !== 0) throw new TypeError(`list pointer [${base14}] is not aligned to 4`);
                var result14 = [];
                for (let i = 0; i < len14; i++) {
                  const base = base14 + i * 84;
                  var ptr5 = dataView(memory0).getUint32(base + 0, true);
                  var len5 = dataView(memory0).getUint32(base + 4, true);
                  var result5 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr5, len5));
                  var ptr6 = dataView(memory0).getUint32(base + 8, true);
                  var len6 = dataView(memory0).getUint32(base + 12, true);
                  var result6 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr6, len6));
                  var ptr7 = dataView(memory0).getUint32(base + 16, true);
                  var len7 = dataView(memory0).getUint32(base + 20, true);
                  var result7 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr7, len7));
                  var ptr8 = dataView(memory0).getUint32(base + 24, true);
                  var len8 = dataView(memory0).getUint32(base + 28, true);
                  var result8 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr8, len8));
                  let variant13;
                  switch (dataView(memory0).getUint8(base + 32, true)) {
                    case 0: {
                      variant13 = void 0;
                      break;
                    }
                    case 1: {
                      var ptr9 = dataView(memory0).getUint32(base + 36, true);
                      var len9 = dataView(memory0).getUint32(base + 40, true);
                      var result9 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr9, len9));
                      var ptr10 = dataView(memory0).getUint32(base + 68, true);
                      var len10 = dataView(memory0).getUint32(base + 72, true);
                      var result10 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr10, len10));
                      var len12 = dataView(memory0).getUint32(base + 80, true);
                      var base12 = dataView(memory0).getUint32(base + 76, true);
                      if (base12 % 4 !== 0) throw new TypeError(`list pointer [${base12}] is not aligned to 4`);
                      var result12 = [];
                      for (let i2 = 0; i2 < len12; i2++) {
                        const base2 = base12 + i2 * 8;
                        var ptr11 = dataView(memory0).getUint32(base2 + 0, true);
                        var len11 = dataView(memory0).getUint32(base2 + 4, true);
                        var result11 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr11, len11));
                        result12.push(result11);
                      }
                      variant13 = {
                        path: result9,
                        span: {
                          start: dataView(memory0).getInt32(base + 44, true) >>> 0,
                          end: dataView(memory0).getInt32(base + 48, true) >>> 0,
                          startLine: dataView(memory0).getInt32(base + 52, true) >>> 0,
                          startColumn: dataView(memory0).getInt32(base + 56, true) >>> 0,
                          endLine: dataView(memory0).getInt32(base + 60, true) >>> 0,
                          endColumn: dataView(memory0).getInt32(base + 64, true) >>> 0
                        },
                        label: result10,
                        lines: result12
                      };
                      break;
                    }
                    default: {
                      throw new TypeError("invalid variant discriminant for option");
                    }
                  }
                  result14.push({
                    id: result5,
                    method: result6,
                    url: result7,
                    reason: result8,
                    origin: variant13
                  });
                }
                variant16 = {
                  tag: "ok",
                  val: result14
                };
                break;
              }
              case 1: {
                var ptr15 = dataView(memory0).getUint32(ret + 4, true);
                var len15 = dataView(memory0).getUint32(ret + 8, true);
                var result15 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr15, len15));
                variant16 = {
                  tag: "err",
                  val: result15
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
            const retCopy = variant16;
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
            var vec16 = arg1;
            var len16 = vec16.length;
            var result16 = realloc0(0, 0, 4, len16 * 84);
            for (let i = 0; i < vec16.length; i++) {
              const e = vec16[i];
              const base = result16 + i * 84;
              var { id: v4_0, method: v4_1, url: v4_2, reason: v4_3, origin: v4_4 } = e;
              var encodeRes = _utf8AllocateAndEncode(v4_0, realloc0, memory0);
              var ptr5 = encodeRes.ptr;
              var len5 = encodeRes.len;
              dataView(memory0).setUint32(base + 4, len5, true);
              dataView(memory0).setUint32(base + 0, ptr5, true);
              var encodeRes = _utf8AllocateAndEncode(v4_1, realloc0, memory0);
              var ptr6 = encodeRes.ptr;
              var len6 = encodeRes.len;
              dataView(memory0).setUint32(base + 12, len6, true);
              dataView(memory0).setUint32(base + 8, ptr6, true);
              var encodeRes = _utf8AllocateAndEncode(v4_2, realloc0, memory0);
              var ptr7 = encodeRes.ptr;
              var len7 = encodeRes.len;
              dataView(memory0).setUint32(base + 20, len7, true);
              dataView(memory0).setUint32(base + 16, ptr7, true);
              var encodeRes = _utf8AllocateAndEncode(v4_3, realloc0, memory0);
              var ptr8 = encodeRes.ptr;
              var len8 = encodeRes.len;
              dataView(memory0).setUint32(base + 28, len8, true);
              dataView(memory0).setUint32(base + 24, ptr8, true);
              var variant15 = v4_4;
              if (variant15 === null || variant15 === void 0) {
                dataView(memory0).setInt8(base + 32, 0, true);
              } else {
                const e2 = variant15;
                dataView(memory0).setInt8(base + 32, 1, true);
                var { path: v9_0, span: v9_1, label: v9_2, lines: v9_3 } = e2;
                var encodeRes = _utf8AllocateAndEncode(v9_0, realloc0, memory0);
                var ptr10 = encodeRes.ptr;
                var len10 = encodeRes.len;
                dataView(memory0).setUint32(base + 40, len10, true);
                dataView(memory0).setUint32(base + 36, ptr10, true);
                var { start: v11_0, end: v11_1, startLine: v11_2, startColumn: v11_3, endLine: v11_4, endColumn: v11_5 } = v9_1;
                dataView(memory0).setInt32(base + 44, toUint32(v11_0), true);
                dataView(memory0).setInt32(base + 48, toUint32(v11_1), true);
                dataView(memory0).setInt32(base + 52, toUint32(v11_2), true);
                dataView(memory0).setInt32(base + 56, toUint32(v11_3), true);
                dataView(memory0).setInt32(base + 60, toUint32(v11_4), true);
                dataView(memory0).setInt32(base + 64, toUint32(v11_5), true);
                var encodeRes = _utf8AllocateAndEncode(v9_2, realloc0, memory0);
                var ptr12 = encodeRes.ptr;
                var len12 = encodeRes.len;
                dataView(memory0).setUint32(base + 72, len12, true);
                dataView(memory0).setUint32(base + 68, ptr12, true);
                var vec14 = v9_3;
                var len14 = vec14.length;
                var result14 = realloc0(0, 0, 4, len14 * 8);
                for (let i2 = 0; i2 < vec14.length; i2++) {
                  const e3 = vec14[i2];
                  const base2 = result14 + i2 * 8;
                  var encodeRes = _utf8AllocateAndEncode(e3, realloc0, memory0);
                  var ptr13 = encodeRes.ptr;
                  var len13 = encodeRes.len;
                  dataView(memory0).setUint32(base2 + 4, len13, true);
                  dataView(memory0).setUint32(base2 + 0, ptr13, true);
                }
                dataView(memory0).setUint32(base + 80, len14, true);
                dataView(memory0).setUint32(base + 76, result14, true);
              }
            }
            var { noIgnores: v17_0 } = arg2;
            _debugLog('[iface="goproxy-doctor:checker/live@0.1.0", function="probe"][Instruction::CallWasm] enter', {
              funcName: "probe",
              paramCount: 5,
              async: false,
              postReturn: true
            });
            let ret;
            try {
              ret = _withGlobalCurrentTaskMeta({
                taskID: task.id(),
                componentIdx: task.componentIdx(),
                fn: () => live010Probe(result3, len3, result16, len16, v17_0 ? 1 : 0)
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
            let variant42;
            switch (dataView(memory0).getUint8(ret + 0, true)) {
              case 0: {
                var len40 = dataView(memory0).getUint32(ret + 8, true);
                var base40 = dataView(memory0).getUint32(ret + 4, true);
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
                variant42 = {
                  tag: "ok",
                  val: result40
                };
                break;
              }
              case 1: {
                var ptr41 = dataView(memory0).getUint32(ret + 4, true);
                var len41 = dataView(memory0).getUint32(ret + 8, true);
                var result41 = TEXT_DECODER_UTF8.decode(new Uint8Array(memory0.buffer, ptr41, len41));
                variant42 = {
                  tag: "err",
                  val: result41
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
            const retCopy = variant42;
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
    function trampoline0(handle) {
      const handleEntry = rscTableRemove(handleTable1, handle);
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
    function trampoline1(handle) {
      const handleEntry = rscTableRemove(handleTable0, handle);
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
    function trampoline2(handle) {
      const handleEntry = rscTableRemove(handleTable2, handle);
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
    function trampoline3(handle) {
      const handleEntry = rscTableRemove(handleTable3, handle);
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
    function trampoline4(handle) {
      const handleEntry = rscTableRemove(handleTable4, handle);
      if (handleEntry.own) {
        const rsc = captureTable4.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable4.delete(handleEntry.rep);
        } else if (TerminalInput2[symbolCabiDispose]) {
          TerminalInput2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    function trampoline5(handle) {
      const handleEntry = rscTableRemove(handleTable5, handle);
      if (handleEntry.own) {
        const rsc = captureTable5.get(handleEntry.rep);
        if (rsc) {
          if (rsc[symbolDispose3]) rsc[symbolDispose3]();
          captureTable5.delete(handleEntry.rep);
        } else if (TerminalOutput2[symbolCabiDispose]) {
          TerminalOutput2[symbolCabiDispose](handleEntry.rep);
        }
      }
    }
    let trampoline6 = _trampoline6.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 6,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline6.manuallyAsync,
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
        importFn: _trampoline6
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 6,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline6.manuallyAsync,
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
        importFn: _trampoline6
      }
    );
    let trampoline7 = _trampoline7.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 7,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline7.manuallyAsync,
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
        importFn: _trampoline7
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 7,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline7.manuallyAsync,
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
        importFn: _trampoline7
      }
    );
    let trampoline8 = _trampoline8.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 8,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline8.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 0,
          lowerFn: function lowerImportedOwnedHost_Pollable(obj) {
            if (!(obj instanceof Pollable2)) {
              throw new TypeError('Resource error: Not a valid "Pollable" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt0;
              captureTable0.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable0, rep3);
            }
            return handle;
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
        importFn: _trampoline8
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 8,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline8.manuallyAsync,
        paramLiftFns: [_liftFlatBorrow.bind(null, 3)],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 0,
          lowerFn: function lowerImportedOwnedHost_Pollable(obj) {
            if (!(obj instanceof Pollable2)) {
              throw new TypeError('Resource error: Not a valid "Pollable" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt0;
              captureTable0.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable0, rep3);
            }
            return handle;
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
        importFn: _trampoline8
      }
    );
    let trampoline9 = _trampoline9.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 9,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline9.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 2,
          lowerFn: function lowerImportedOwnedHost_InputStream(obj) {
            if (!(obj instanceof InputStream2)) {
              throw new TypeError('Resource error: Not a valid "InputStream" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt2;
              captureTable2.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable2, rep3);
            }
            return handle;
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
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 2,
          lowerFn: function lowerImportedOwnedHost_InputStream(obj) {
            if (!(obj instanceof InputStream2)) {
              throw new TypeError('Resource error: Not a valid "InputStream" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt2;
              captureTable2.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable2, rep3);
            }
            return handle;
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
    let trampoline10 = _trampoline10.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 10,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline10.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle;
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
        importFn: _trampoline10
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 10,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline10.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle;
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
        importFn: _trampoline10
      }
    );
    let trampoline11 = _trampoline11.manuallyAsync ? new WebAssembly.Suspending(_suspendingImport(0, _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 11,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline11.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle;
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
        importFn: _trampoline11
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 11,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline11.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [_lowerFlatOwn({
          componentIdx: 0,
          tableIdx: 3,
          lowerFn: function lowerImportedOwnedHost_OutputStream(obj) {
            if (!(obj instanceof OutputStream2)) {
              throw new TypeError('Resource error: Not a valid "OutputStream" resource.');
            }
            let handle = obj[symbolRscHandle];
            if (!handle) {
              const rep3 = obj[symbolRscRep] || ++captureCnt3;
              captureTable3.set(rep3, obj);
              handle = rscTableCreateOwn(handleTable3, rep3);
            }
            return handle;
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
        importFn: _trampoline12
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 12,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline12.manuallyAsync,
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
                    let handle = obj[symbolRscHandle];
                    if (!handle) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle;
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
        importFn: _trampoline13
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 13,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline13.manuallyAsync,
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
                    let handle = obj[symbolRscHandle];
                    if (!handle) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle;
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
                    let handle = obj[symbolRscHandle];
                    if (!handle) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle;
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
        importFn: _trampoline14
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 14,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline14.manuallyAsync,
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
                    let handle = obj[symbolRscHandle];
                    if (!handle) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle;
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
                    let handle = obj[symbolRscHandle];
                    if (!handle) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle;
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
        importFn: _trampoline15
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 15,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline15.manuallyAsync,
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
                    let handle = obj[symbolRscHandle];
                    if (!handle) {
                      const rep3 = obj[symbolRscRep] || ++captureCnt1;
                      captureTable1.set(rep3, obj);
                      handle = rscTableCreateOwn(handleTable1, rep3);
                    }
                    return handle;
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
        importFn: _trampoline16
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 16,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline16.manuallyAsync,
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
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 4,
                lowerFn: function lowerImportedOwnedHost_TerminalInput(obj) {
                  if (!(obj instanceof TerminalInput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalInput" resource.');
                  }
                  let handle = obj[symbolRscHandle];
                  if (!handle) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt4;
                    captureTable4.set(rep3, obj);
                    handle = rscTableCreateOwn(handleTable4, rep3);
                  }
                  return handle;
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
        importFn: _trampoline17
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 17,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline17.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 4,
                lowerFn: function lowerImportedOwnedHost_TerminalInput(obj) {
                  if (!(obj instanceof TerminalInput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalInput" resource.');
                  }
                  let handle = obj[symbolRscHandle];
                  if (!handle) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt4;
                    captureTable4.set(rep3, obj);
                    handle = rscTableCreateOwn(handleTable4, rep3);
                  }
                  return handle;
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
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 5,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle = obj[symbolRscHandle];
                  if (!handle) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt5;
                    captureTable5.set(rep3, obj);
                    handle = rscTableCreateOwn(handleTable5, rep3);
                  }
                  return handle;
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
        importFn: _trampoline18
      }
    ))) : _lowerImportBackwardsCompat.bind(
      null,
      {
        trampolineIdx: 18,
        componentIdx: 0,
        isAsync: false,
        isManualAsync: _trampoline18.manuallyAsync,
        paramLiftFns: [],
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 5,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle = obj[symbolRscHandle];
                  if (!handle) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt5;
                    captureTable5.set(rep3, obj);
                    handle = rscTableCreateOwn(handleTable5, rep3);
                  }
                  return handle;
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
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 5,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle = obj[symbolRscHandle];
                  if (!handle) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt5;
                    captureTable5.set(rep3, obj);
                    handle = rscTableCreateOwn(handleTable5, rep3);
                  }
                  return handle;
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
        resultLowerFns: [
          _lowerFlatOption({
            caseMetas: [
              ["none", null, 0, 0, 0],
              ["some", _lowerFlatOwn({
                componentIdx: 0,
                tableIdx: 5,
                lowerFn: function lowerImportedOwnedHost_TerminalOutput(obj) {
                  if (!(obj instanceof TerminalOutput2)) {
                    throw new TypeError('Resource error: Not a valid "TerminalOutput" resource.');
                  }
                  let handle = obj[symbolRscHandle];
                  if (!handle) {
                    const rep3 = obj[symbolRscRep] || ++captureCnt5;
                    captureTable5.set(rep3, obj);
                    handle = rscTableCreateOwn(handleTable5, rep3);
                  }
                  return handle;
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
        importFn: _trampoline19
      }
    );
    Promise.all([module0, module1, module2]).catch(() => {
    });
    ({ exports: exports0 } = yield instantiateCore(yield module1));
    ({ exports: exports1 } = yield instantiateCore(yield module0, {
      "wasi:cli/environment@0.2.0": {
        "get-environment": Object.assign(exports0["4"], { _jcoMaySuspend: false })
      },
      "wasi:cli/exit@0.2.0": {
        exit: Object.assign(trampoline6, { _jcoMaySuspend: false })
      },
      "wasi:cli/stderr@0.2.0": {
        "get-stderr": Object.assign(trampoline11, { _jcoMaySuspend: false })
      },
      "wasi:cli/stdin@0.2.0": {
        "get-stdin": Object.assign(trampoline9, { _jcoMaySuspend: false })
      },
      "wasi:cli/stdout@0.2.0": {
        "get-stdout": Object.assign(trampoline10, { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-input@0.2.0": {
        "[resource-drop]terminal-input": Object.assign(_guardMayLeave(0, trampoline4), { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-output@0.2.0": {
        "[resource-drop]terminal-output": Object.assign(_guardMayLeave(0, trampoline5), { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-stderr@0.2.0": {
        "get-terminal-stderr": Object.assign(exports0["7"], { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-stdin@0.2.0": {
        "get-terminal-stdin": Object.assign(exports0["5"], { _jcoMaySuspend: false })
      },
      "wasi:cli/terminal-stdout@0.2.0": {
        "get-terminal-stdout": Object.assign(exports0["6"], { _jcoMaySuspend: false })
      },
      "wasi:io/error@0.2.0": {
        "[resource-drop]error": Object.assign(_guardMayLeave(0, trampoline0), { _jcoMaySuspend: false })
      },
      "wasi:io/poll@0.2.0": {
        "[method]pollable.block": Object.assign(trampoline7, { _jcoMaySuspend: false }),
        "[resource-drop]pollable": Object.assign(_guardMayLeave(0, trampoline1), { _jcoMaySuspend: false })
      },
      "wasi:io/streams@0.2.0": {
        "[method]output-stream.blocking-flush": Object.assign(exports0["3"], { _jcoMaySuspend: false }),
        "[method]output-stream.check-write": Object.assign(exports0["1"], { _jcoMaySuspend: false }),
        "[method]output-stream.subscribe": Object.assign(trampoline8, { _jcoMaySuspend: false }),
        "[method]output-stream.write": Object.assign(exports0["2"], { _jcoMaySuspend: false }),
        "[resource-drop]input-stream": Object.assign(_guardMayLeave(0, trampoline2), { _jcoMaySuspend: false }),
        "[resource-drop]output-stream": Object.assign(_guardMayLeave(0, trampoline3), { _jcoMaySuspend: false })
      },
      "wasi:random/insecure-seed@0.2.4": {
        "insecure-seed": Object.assign(exports0["0"], { _jcoMaySuspend: false })
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
        "0": Object.assign(trampoline12, { _jcoMaySuspend: false }),
        "1": Object.assign(trampoline13, { _jcoMaySuspend: false }),
        "2": Object.assign(trampoline14, { _jcoMaySuspend: false }),
        "3": Object.assign(trampoline15, { _jcoMaySuspend: false }),
        "4": Object.assign(trampoline16, { _jcoMaySuspend: false }),
        "5": Object.assign(trampoline17, { _jcoMaySuspend: false }),
        "6": Object.assign(trampoline18, { _jcoMaySuspend: false }),
        "7": Object.assign(trampoline19, { _jcoMaySuspend: false })
      }
    }));
    postReturn0 = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#relevant-files"];
    try {
      postReturn0Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#relevant-files"]);
    } catch (err) {
      postReturn0Async = exports1["cabi_post_goproxy-doctor:checker/analyzer@0.1.0#relevant-files"];
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
    postReturn4 = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#plan"];
    try {
      postReturn4Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#plan"]);
    } catch (err) {
      postReturn4Async = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#plan"];
    }
    postReturn5 = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#probe"];
    try {
      postReturn5Async = WebAssembly.promising(exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#probe"]);
    } catch (err) {
      postReturn5Async = exports1["cabi_post_goproxy-doctor:checker/live@0.1.0#probe"];
    }
    analyzer010RelevantFiles = exports1["goproxy-doctor:checker/analyzer@0.1.0#relevant-files"];
    analyzer010Rules = exports1["goproxy-doctor:checker/analyzer@0.1.0#rules"];
    analyzer010Analyze = exports1["goproxy-doctor:checker/analyzer@0.1.0#analyze"];
    analyzer010Render = exports1["goproxy-doctor:checker/analyzer@0.1.0#render"];
    live010Plan = exports1["goproxy-doctor:checker/live@0.1.0#plan"];
    live010Probe = exports1["goproxy-doctor:checker/live@0.1.0#probe"];
    const analyzer010 = {
      analyze,
      relevantFiles,
      render,
      rules
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
  analyze: (files, options) => analyzer.analyze(files, options),
  render: (report, format, options) => analyzer.render(report, format, options),
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
