/**
 * Words that are also names of properties every JavaScript object has ("constructor", "toString",
 * "__proto__" …) are plain words in a text: a scan that meets them neither fails nor reads them as
 * a word of its own vocabulary (an event noun, a verb's past form, a unit).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const PROPERTY_WORDS = ["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__proto__", "__defineGetter__"];

/** Sentences written for this test: each property word where a noun, a verb, a unit or a date word would stand. */
function texts(word: string): string[] {
  return [
    `On Monday the ${word} said 12 workers were hurt at the quarry.`,
    `In 2019 the ${word} of the new bridge was paid $4 million, and 3 ${word} crews were sent north.`,
    `In May 2020, 7 people were ${word} near the harbour.`,
    `The ${word} was killed in 2011.`,
    `Police said 5 ${word} were arrested after the ${word} on 3 June 2018.`,
    `It happened ${word} 4 days ago, about 6 ${word} from the town, ${word} 2 weeks after the vote.`,
  ];
}

interface Participant { role: string; key: string }
interface JsonClaim { text: string; claimFrame?: { participants?: Participant[]; predicate?: { lemma?: string } | null; counted?: string | null } | null }

describe("property names of objects are plain words in a text", () => {
  it.each(PROPERTY_WORDS)("a folder whose texts use %s scans without an internal error", async (word) => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-property-words-"));
    texts(word).forEach((t, i) => writeFileSync(join(dir, `t${i}.txt`), `${t}\n`));
    const run = await runCli(["scan", dir, "-f", "json"]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(run.code);
    const claims = (JSON.parse(run.stdout) as { claims: JsonClaim[] }).claims;
    // The dated and counted values are all still read.
    expect(claims.map((c) => c.text)).toEqual(expect.arrayContaining(["12", "2019", "$4 million", "2011", "3 June 2018"]));
    for (const c of claims) {
      // The property word is never an event noun, a predicate's base form or a counted thing by itself.
      for (const p of c.claimFrame?.participants ?? []) if (p.role === "event") expect(p.key).not.toBe(word.toLowerCase());
      expect(typeof (c.claimFrame?.predicate?.lemma ?? "")).toBe("string");
      expect(c.claimFrame?.predicate?.lemma ?? "").not.toBe(word.toLowerCase());
    }
  });
});
