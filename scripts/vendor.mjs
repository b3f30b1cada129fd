// Copies the browser libraries the page uses from node_modules into www/vendor/, so the
// served page never loads anything from node_modules. Run by scripts/build-wasm.sh.
//
//   @mozilla/readability/Readability.js  →  www/vendor/readability.js (an ES module)
//   linkedom's DOMParser (+ htmlparser2)  →  www/vendor/linkedom.js    (one minified ES module)
//
// Readability.js is a classic script that ends with a CommonJS export; the copy keeps
// the file byte for byte (with its Apache-2.0 licence header) and appends an ES export.
// linkedom gives the extraction worker (www/extract-worker.js) a DOMParser, which
// workers lack; esbuild bundles the part of it that parses HTML. Two of its imports are
// left out: htmlparser2's index (feeds, DomUtils and a serializer linkedom never calls;
// its Parser is imported directly) and cssomnom, the CSS parser behind <style> elements'
// `sheet` (Readability removes styles; `sheet` has no rules here). 153 KB → 57 KB gzip.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const out = `${root}www/vendor/`;
mkdirSync(out, { recursive: true });

const pkgDir = `${root}node_modules/@mozilla/readability/`;
const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, "utf8"));
if (pkg.license !== "Apache-2.0") throw new Error(`vendor: unexpected Readability licence ${pkg.license}`);
const source = readFileSync(`${pkgDir}Readability.js`, "utf8");
if (!source.startsWith("/*\n * Copyright (c) 2010 Arc90 Inc")) throw new Error("vendor: Readability.js lost its licence header");

writeFileSync(
  `${out}readability.js`,
  source.trimEnd() +
    `\n\n// Added by scripts/vendor.mjs: @mozilla/readability ${pkg.version} (Apache-2.0) as an ES module.\nexport { Readability };\n`,
);
writeFileSync(`${out}LICENSE-readability.md`, readFileSync(`${pkgDir}LICENSE.md`, "utf8"));
console.log(`vendor: www/vendor/readability.js (@mozilla/readability ${pkg.version}, Apache-2.0)`);

const linkedom = JSON.parse(readFileSync(`${root}node_modules/linkedom/package.json`, "utf8"));
if (linkedom.license !== "ISC") throw new Error(`vendor: unexpected linkedom licence ${linkedom.license}`);
const leaveOut = {
  name: "leave-out",
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: `${root}node_modules/htmlparser2/dist/esm/Parser.js` }));
    b.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: "cssomnom/parse", namespace: "left-out" }));
    b.onLoad({ filter: /.*/, namespace: "left-out" }, () => ({ contents: "export const parse = () => ({ cssRules: [] });", loader: "js" }));
  },
};
await build({
  stdin: { contents: 'export { DOMParser } from "linkedom";', resolveDir: root },
  bundle: true,
  format: "esm",
  minify: true,
  platform: "browser",
  target: "es2022",
  outfile: `${out}linkedom.js`,
  plugins: [leaveOut],
  legalComments: "none",
  banner: { js: `// linkedom ${linkedom.version} (ISC, Andrea Giammarchi) with htmlparser2 (MIT, Felix Böhm), bundled by scripts/vendor.mjs.` },
  logLevel: "warning",
});
console.log(`vendor: www/vendor/linkedom.js (linkedom ${linkedom.version}, ISC; htmlparser2, MIT)`);
writeFileSync(`${out}LICENSE-linkedom.txt`, readFileSync(`${root}node_modules/linkedom/LICENSE`, "utf8"));
writeFileSync(`${out}LICENSE-htmlparser2.txt`, readFileSync(`${root}node_modules/htmlparser2/LICENSE`, "utf8"));
