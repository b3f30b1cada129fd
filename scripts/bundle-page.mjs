// Bundles and minifies the served page's code (esbuild), so the page downloads one
// small script per thread instead of two dozen commented modules:
//
//   www/app.js    + the modules it imports  →  www/app.min.js     (index.html loads this)
//   www/worker.js + the modules it imports  →  www/worker.min.js  (app.min.js starts this)
//   www/extract-worker.js + its modules     →  www/extract-worker.min.js  (started at the first saved web page)
//   www/style.css                           →  www/style.min.css  (index.html links this)
//
// The wasm-bindgen glue (pkg/) and the vendored Readability (vendor/) stay separate files,
// loaded by the same relative paths. Each output gets a source map (fetched only by open
// developer tools). The sources in www/ stay as they are: the widget, the offline single
// file (scripts/build-single.py) and the tests use them directly.
//
//   node scripts/bundle-page.mjs       (scripts/build-wasm.sh runs it)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const WWW = fileURLToPath(new URL("../www/", import.meta.url));
const common = { absWorkingDir: WWW, bundle: true, minify: process.env.NO_MINIFY !== "1", sourcemap: "linked", legalComments: "none", logLevel: "warning" };
const js = { ...common, format: "esm", target: "es2022", external: ["./pkg/*", "./vendor/*"] };

// app.js starts the workers by their sources' names; the bundle starts the bundled workers.
const WORKERS = ["worker", "extract-worker"];
const workerName = {
  name: "worker-name",
  setup(b) {
    b.onLoad({ filter: /[\\/]app\.js$/ }, ({ path }) => {
      let contents = readFileSync(path, "utf8");
      for (const w of WORKERS) {
        const parts = contents.split(`"./${w}.js"`);
        if (parts.length !== 2) return { errors: [{ text: `expected one "./${w}.js" in app.js, found ${parts.length - 1}` }] };
        contents = parts.join(`"./${w}.min.js"`);
      }
      return { contents, loader: "js" };
    });
  },
};

await build({ ...js, entryPoints: ["app.js"], outfile: "app.min.js", plugins: [workerName] });
await build({ ...js, entryPoints: ["worker.js"], outfile: "worker.min.js" });
await build({ ...js, entryPoints: ["extract-worker.js"], outfile: "extract-worker.min.js" });
await build({ ...common, entryPoints: ["style.css"], outfile: "style.min.css" });

for (const f of ["app.min.js", "worker.min.js", "extract-worker.min.js", "style.min.css"]) console.log(`bundle-page: www/${f}: ${readFileSync(`${WWW}${f}`).length} bytes`);
