// Transpile dist/checker.wasm with jco's transpiler (@bytecodealliance/jco-transpile, the library
// behind `jco transpile`): the JavaScript bindings go to action/gen/ (bundled by esbuild, not
// committed), the core WebAssembly modules to dist/action/ (loaded next to the bundle).
// Options: as `jco transpile --name checker --instantiation async --no-typescript`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { transpileBytes } from "@bytecodealliance/jco-transpile";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const component = fs.readFileSync(path.join(root, "dist/checker.wasm"));
const { files } = await transpileBytes(component, {
  name: "checker",
  instantiation: "async",
  emitTypescriptDeclarations: false,
  noComponentErrorWrapping: false,
});
for (const [name, bytes] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (name.endsWith(".d.ts")) continue;
  const dir = name.endsWith(".wasm") ? "dist/action" : "action/gen";
  const out = path.join(root, dir, path.basename(name));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
}
