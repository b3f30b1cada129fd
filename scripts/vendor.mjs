// Copies the browser libraries the page uses from node_modules into www/vendor/, so the
// served page never loads anything from node_modules. Run by scripts/build-wasm.sh.
//
//   @mozilla/readability/Readability.js  →  www/vendor/readability.js (an ES module)
//
// Readability.js is a classic script that ends with a CommonJS export; the copy keeps
// the file byte for byte (with its Apache-2.0 licence header) and appends an ES export.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
