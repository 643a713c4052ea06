#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the command line into two files,
//
//   dist/bundle/relcheck.js            bin/relcheck.js runs it
//   dist/bundle/concurrency-worker.js  the worker threads of `scan --concurrency N` run it
//
// Starting the CLI from ~170 compiled modules and their dependencies' files costs about a third
// of a second on every run (resolving, reading and compiling each file) and again in every worker
// thread; one file per entry point takes half of that. Both bundles sit two folders below the
// package root, as dist/cli/*.js do, so paths found from import.meta.url (rules/, schema/) and the
// worker script beside the main one resolve the same way. compromise stays outside: it is loaded
// only for rule words that the inflection table does not hold (src/extract/inflect.ts); so does the
// tagger (wink-nlp and its model, src/extract/tag/tagger.ts), loaded when a first sentence is tagged.
// The built-in rules are compiled here too, into the CLI bundle: at run time, while rules/ holds
// the very files they were compiled from (same names, same bytes), a scan takes them as they are
// instead of parsing and checking YAML (src/ruleset/load-rules.ts precompiledBuiltins).
// dist/index.js and the other compiled modules stay as tsc wrote them, for use as a library.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { builtinRulesKey, loadRules } = await import("../dist/ruleset/load-rules.js");
const loaded = loadRules({ builtin: true, cwd: root });
if (!loaded.ok) throw new Error(`the built-in rules do not load: ${loaded.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("; ")}`);
const builtinRules = { key: builtinRulesKey(), rules: loaded.rules };

// string-width (the text table's measure of a cell's width) builds an Intl.Segmenter and five
// Unicode-property expressions (\p{RGI_Emoji} and others) in its top level: about 0.3 G
// instructions, a tenth of the CLI's start-up, paid by every run although only a table drawn for
// the terminal measures a width. In the bundle it is evaluated when a width is first measured: the
// import from the table (src/report/text-table.ts) is given a stand-in that require()s the package
// on its first call, and esbuild bundles a required module as a module initialized on first require.
// The function called and what it returns are the package's own.
const lazyStringWidth = {
  name: "lazy-string-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) => (args.kind === "import-statement" ? { path: "string-width", namespace: "lazy-string-width" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "lazy-string-width" }, () => ({
      contents: 'let loaded;\nexport default function stringWidth(...args) {\n  loaded ??= require("string-width").default;\n  return loaded(...args);\n}\n',
      resolveDir: root,
      loader: "js",
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { relcheck: "dist/cli/main.js", "concurrency-worker": "dist/cli/concurrency-worker.js" },
  outdir: "dist/bundle",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["compromise", "wink-nlp", "wink-eng-lite-web-model"],
  // Dependencies written as CommonJS call require() for Node's own modules.
  banner: { js: 'import { createRequire as __relcheckRequire } from "node:module";\nconst require = __relcheckRequire(import.meta.url);' },
  legalComments: "linked",
  define: { __RELCHECK_BUILTIN_RULES__: JSON.stringify(builtinRules) },
  plugins: [lazyStringWidth],
  logLevel: "warning",
});
