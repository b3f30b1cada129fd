// A minimal CommonJS bundler for the benchmark's peers that ship no browser build
// (wink-nlp and its web model): walks the literal require("…") calls from an entry,
// wraps each file in a function, and writes one script that defines globals.
// Usage: node bench/bundle.mjs OUT.js global=package [global=package …]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire, builtinModules } from "node:module";

const [out, ...entries] = process.argv.slice(2);
const here = createRequire(new URL("./package.json", import.meta.url));
const modules = new Map(); // path -> {id, deps: {request: id}}
const sources = [];

function add(file) {
  if (modules.has(file)) return modules.get(file).id;
  const id = modules.size;
  const mod = { id, deps: {} };
  modules.set(file, mod);
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    sources[id] = `function(module){module.exports=${text.trim()};}`;
    return id;
  }
  const req = createRequire(file);
  for (const [, request] of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
    if (request in mod.deps) continue;
    if (builtinModules.includes(request.replace(/^node:/, ""))) { mod.deps[request] = -1; continue; }
    try { mod.deps[request] = add(req.resolve(request)); } catch { mod.deps[request] = -1; }
  }
  sources[id] = `function(module,exports,require){${text}\n}`;
  return id;
}

const globals = entries.map((e) => { const [name, pkg] = e.split("="); return [name, add(here.resolve(pkg))]; });
const deps = [...modules.values()].map((m) => JSON.stringify(m.deps));
writeFileSync(out, `(function(){
var defs=[${sources.join(",\n")}];
var deps=[${deps.join(",")}];
var cache={};
function load(id){ if(cache[id]) return cache[id].exports; var m=cache[id]={exports:{}};
  defs[id].call(m.exports,m,m.exports,function(r){ var d=deps[id][r]; return d>=0?load(d):{}; }); return m.exports; }
${globals.map(([name, id]) => `globalThis[${JSON.stringify(name)}]=load(${id});`).join("\n")}
})();\n`);
console.log(`bundle: ${out}: ${modules.size} modules`);
