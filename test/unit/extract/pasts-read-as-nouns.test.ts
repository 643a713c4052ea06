/**
 * A regular past form the model's lexicon holds as a noun ("rescued") is the verb of its clause
 * between its subject and its object, or after "have" (extract/tag/tagger.ts retagPastsReadAsNouns).
 * Sentences invented.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tagSentence } from "../../../src/extract/tag/tagger.js";
import { scan } from "../../../src/index.js";

/** The part of speech and base form the tagger gives `word` in `sentence`. */
function reading(sentence: string, word: string): string {
  const t = tagSentence(sentence).find((x) => x.text === word);
  return t ? `${t.pos} ${t.lemma}` : "none";
}

describe("a past read as a noun between its subject and its object", () => {
  it.each([
    ["after a name, before a determiner", "The frigate Orlan rescued the freighter Kestrel Bay on March 4.", "rescued"],
    ["after a plural noun, before a pronoun", "Coastguards rescued her from the flooded cellar on Friday.", "rescued"],
    ["before a determiner of a count", "Firefighters rescued another six tenants from the roof.", "rescued"],
    ["after a relative pronoun", "The cutter Arven, which rescued two divers in May, returned to port.", "rescued"],
    ["after a form of have", "The tug had rescued the barge by noon on Friday.", "rescued"],
  ])("%s is a verb", (_name, sentence, word) => {
    expect(reading(sentence, word)).toBe("VERB rescue");
  });

  it.each([
    ["before the noun it describes", "The rescued crew landed at Pellan on Friday.", "rescued"],
    ["standing for the people, with no object after it", "The rescued were taken to hospital in Pellan.", "rescued"],
  ])("%s is no verb", (_name, sentence, word) => {
    expect(reading(sentence, word).startsWith("VERB")).toBe(false);
  });
});

describe("the date of a rescue in a one-sentence report", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-pasts-read-as-nouns-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is a claim, and meets the same day told with another verb of rescue", () => {
    writeFileSync(join(root, "r0.txt"), "The frigate Orlan rescued the freighter Kestrel Bay on March 4.\n");
    writeFileSync(join(root, "r1.txt"), "The frigate Orlan saved the freighter Kestrel Bay on March 4.\n");
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: root, asOf: "2024-03-10" });
    expect(report.claims.map((c) => `${c.document.endsWith("r0.txt") ? "rescued" : "saved"}: ${c.text}`).sort()).toEqual(["rescued: March 4", "saved: March 4"]);
    expect(report.findings.map((f) => f.verdict)).toEqual(["agree"]);
  });
});
