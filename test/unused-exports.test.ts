/**
 * No dead code: every name exported from src/ is used somewhere else — in src/, bin/, scripts/ or
 * the tests. (Unused names inside a module are caught by the compiler: noUnusedLocals.)
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs|js)$/.test(p) ? [p] : [];
  });
}

const sources = files("src");
const everything = [...sources, ...files("bin"), ...files("scripts"), ...files("test")];
const text = new Map(everything.map((f) => [f, readFileSync(f, "utf8")]));

describe("unused exports", () => {
  const exported = sources.flatMap((file) =>
    [...text.get(file)!.matchAll(/^export (?:async )?(?:function\*?|const|let|interface|type|class|enum) (\w+)/gm)].map((m) => [file, m[1]!] as const),
  );

  it("finds the exports it checks", () => {
    expect(exported.length).toBeGreaterThan(100);
  });

  it.each(exported)("%s: %s is used", (file, name) => {
    const word = new RegExp(`\\b${name}\\b`, "g");
    // A file that declares a name of its own (a test's reference copy) does not use this one.
    const declares = new RegExp(`^\\s*(?:export )?(?:async )?(?:function\\*?|const|let|interface|type|class|enum) ${name}\\b`, "m");
    const usedElsewhere = everything.some((other) => other !== file && !declares.test(text.get(other)!) && word.test(text.get(other)!));
    const usedInOwnFile = (text.get(file)!.match(word) ?? []).length > 1;
    expect(usedElsewhere || usedInOwnFile, `${name} is exported from ${file} but used nowhere`).toBe(true);
  });
});
