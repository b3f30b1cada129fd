#!/usr/bin/env python3
"""Builds dist/storylens.html: the page as one file that works offline from file://.

What changes against the served page (www/index.html):
  * the stylesheet is inlined;
  * the ES modules (ui.js and every local module it imports, www/vendor/ included) are
    inlined in one module script,
    each wrapped in its own function scope (a tiny bundler: `import {a, b} from "./x.js"`
    becomes `const {a, b} = <module x>`, `export` keywords go);
  * the wasm-bindgen glue (www/pkg/storylens.js) is inlined the same way and the
    .wasm is embedded as base64, instantiated with initSync (no fetch from file://);
  * the analysis runs on the main thread (no worker: file:// cannot start one), with
    the same engine interface (progress stages, a newer run supersedes an older one);
  * no service worker (file:// has none; the file itself is the offline copy);
  * the example reports are embedded as JSON (file:// cannot fetch them);
  * the Content-Security-Policy allows exactly these inline script and style blocks
    by their SHA-256 hashes, and nothing else.

Run after scripts/build-wasm.sh has written www/pkg (it calls this script).
"""

import base64
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WWW = ROOT / "www"
PKG = WWW / "pkg"
OUT = ROOT / "dist" / "storylens.html"
# The modules the offline page needs, by file name; app.js and the workers are served-page only
# (file:// cannot start a worker): article.js reads saved web pages on the main thread.
ENTRY_MODULES = ["ui.js", "article.js"]

CSP = (
    "default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; style-src {styles}; "
    "img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'"
)

IMPORT_RE = re.compile(r'^import \{([^}]*)\} from "\./([\w/-]+)\.js";\n', re.M)
EXPORT_LIST_RE = re.compile(r"^export \{([\w\s,]+)\};?[ \t]*$", re.M)
EXPORT_DECL_RE = re.compile(r"^export ((?:async )?function\*? |const |let |class )(\w+)", re.M)


def fail(message):
    sys.exit(f"build-single: ERROR: {message}")


def replace_once(text, old, new, what):
    if text.count(old) != 1:
        fail(f"expected exactly one {what} in www/index.html")
    return text.replace(old, new)


def module_var(name):
    return "__storylens_" + re.sub(r"\W", "_", name)


def strip_exports(source, where):
    """Drops `export` keywords; returns the source and the exported names."""
    names = [name for _, name in EXPORT_DECL_RE.findall(source)]
    source = EXPORT_DECL_RE.sub(lambda m: m.group(1) + m.group(2), source)
    for m in EXPORT_LIST_RE.finditer(source):  # `export { a, b };` of names declared above
        names += [n.strip() for n in m.group(1).split(",") if n.strip()]
    source = EXPORT_LIST_RE.sub("", source)
    if re.search(r"^export\b", source, re.M):
        fail(f"{where}: only `export function/const/let/class` declarations can be inlined")
    return source, names


def wrap(var, body, names):
    return f"const {var} = (() => {{\n{body.rstrip()}\nreturn {{ {', '.join(names)} }};\n}})();\n"


def bundle_modules(entry):
    """Inlines `entry` and the local modules it imports, dependencies first."""
    ordered, seen = [], set()

    def visit(name, stack):
        if name in seen:
            return
        if name in stack:
            fail(f"import cycle through {name}")
        source = (WWW / name).read_text(encoding="utf-8")
        for _, dep in IMPORT_RE.findall(source):
            visit(dep + ".js", stack + [name])
        seen.add(name)
        ordered.append((name, source))

    for name in entry:
        visit(name, [])
    chunks = []
    for name, source in ordered:
        def to_const(m):
            bindings = ", ".join(
                b.strip().replace(" as ", ": ") for b in m.group(1).split(",") if b.strip()
            )
            return f"const {{ {bindings} }} = {module_var(m.group(2) + '.js')};\n"

        body = IMPORT_RE.sub(to_const, source)
        if re.search(r"^\s*import\b", body, re.M):
            fail(f"www/{name}: only single-line `import {{…}} from \"./x.js\"` can be inlined")
        body, names = strip_exports(body, f"www/{name}")
        chunks.append(f"// ---- www/{name}\n" + wrap(module_var(name), body, names))
    return "".join(chunks)


def bundle_glue():
    glue = (PKG / "storylens.js").read_text(encoding="utf-8")
    if re.search(r"^import\b", glue, re.M):
        fail("the wasm-bindgen glue imports other files (snippets); inline them first")
    glue = re.sub(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export default \w+;\s*$", "", glue, flags=re.M)
    glue, names = strip_exports(glue, "www/pkg/storylens.js")
    return "// ---- www/pkg/storylens.js (wasm-bindgen glue)\n" + wrap("storylensWasm", glue, names + ["initSync"])


def examples():
    manifest = json.loads((WWW / "example" / "manifest.json").read_text(encoding="utf-8"))
    docs = [
        {"name": d["file"], "text": (WWW / "example" / d["file"]).read_text(encoding="utf-8")}
        for d in manifest["documents"]
    ]
    # `<` escaped so no text can close the data block or open a comment in it.
    return json.dumps(docs, ensure_ascii=False).replace("<", "\\u003c")


MAIN = """
// ---- offline entry: main-thread engine over the embedded module
const { start } = __storylens_ui_js;
const abortError = () => Object.assign(new Error("superseded by a newer analysis"), { name: "AbortError" });
const wasmBytes = Uint8Array.from(atob(document.getElementById("storylens-wasm").textContent.trim()), (c) => c.charCodeAt(0));
let ready;
try {
  storylensWasm.initSync({ module: wasmBytes });
  ready = Promise.resolve(storylensWasm.version());
} catch (err) {
  ready = Promise.reject(err);
}
// Yield one frame first so the status is painted before the main thread blocks; a newer
// call (or cancel) during that frame supersedes this one, as in the worker engine.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let generation = 0;
let rejectCurrent = null;
function cancel() {
  generation++;
  rejectCurrent?.(abortError());
  rejectCurrent = null;
}
function analyze(input, onProgress) {
  cancel();
  const gen = generation;
  return new Promise((resolve, reject) => {
    rejectCurrent = reject;
    onProgress?.({ stage: "analysing", docs: input.documents.length });
    nextFrame().then(() => {
      if (gen !== generation) return;
      rejectCurrent = null;
      try {
        resolve(storylensWasm.analyze(input));
      } catch (err) {
        // A trap is a panic in the core; the instance cannot be used again.
        if (err instanceof WebAssembly.RuntimeError) {
          reject(Object.assign(new Error(`the analyser crashed on this input (${err.message}); this is a bug in storylens, reload the page to continue`), { fatal: true }));
        } else reject(err);
      }
    });
  });
}
start({
  // One instance for the page's life (a trap leaves it unusable), so crashes cannot be traced to a report here.
  engine: { ready, analyze, cancel, isolates: false },
  extract: __storylens_article_js.extractOnMainThread,
  loadExample: async () => JSON.parse(document.getElementById("storylens-examples").textContent),
});
"""


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main():
    wasm_path = PKG / "storylens_bg.wasm"
    if not wasm_path.exists():
        fail(f"{wasm_path.relative_to(ROOT)} missing: run scripts/build-wasm.sh")

    script = "\n" + bundle_glue() + bundle_modules(ENTRY_MODULES) + MAIN
    style = "\n" + (WWW / "style.css").read_text(encoding="utf-8")
    for what, text, closer in (("script", script, "</script"), ("style", style, "</style")):
        if closer in text.lower() or "<!--" in text:
            fail(f"the inlined {what} contains '{closer}' or '<!--', which would end the block early")

    html = (WWW / "index.html").read_text(encoding="utf-8")
    html = re.sub(
        r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(">)',
        lambda m: m.group(1) + CSP.format(scripts=sha256(script), styles=sha256(style)) + m.group(2),
        html,
        count=1,
    )
    html = replace_once(html, '<link rel="stylesheet" href="style.min.css">', f"<style>{style}</style>", "stylesheet link")
    html = replace_once(
        html, '<script type="module" src="app.min.js"></script>', f'<script type="module">{script}</script>', "app.min.js script tag"
    )
    data = (
        '<script type="application/json" id="storylens-examples">' + examples() + "</script>\n"
        '<script type="application/octet-stream" id="storylens-wasm">'
        + base64.b64encode(wasm_path.read_bytes()).decode()
        + "</script>\n</body>"
    )
    html = replace_once(html, "</body>", data, "</body>")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(html, encoding="utf-8")
    print(f"build-single: {OUT.relative_to(ROOT)}: {OUT.stat().st_size} bytes (wasm, glue, page and example inlined)")


if __name__ == "__main__":
    main()
