/**
 * Whose state a length is (src/group/state-lengths.ts): a sentence's first word is capitalised
 * whatever it is, so it holds a state only when the story knows it as a name. Sentences, people and
 * places written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { stateLengthGroups } from "../../../src/group/state-lengths.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

let docs = 0;
function told(sentence: string, text: string, n: number, unit: string, actors: readonly string[] = []): Claim {
  docs += 1;
  const c = frameRead(sentence, text, n, { counted: "duration", lemma: "hold", unit, reportedAt: "2031-05-02" }, `holders-${docs}.txt`);
  return { ...c, story: "s-1", actors };
}

describe("a sentence's first word as a holder", () => {
  it.each<[string, Claim, Claim]>([
    [
      "a plural noun first: one siege",
      told("Guards were under siege for 19 days at the Pell fort.", "19 days", 19, "day"),
      told("Soldiers inside the Pell fort were under siege for 21 days.", "21 days", 21, "day"),
    ],
    [
      "a body first, a name later in another report",
      told("Officials were held hostage for 40 days.", "40 days", 40, "day"),
      told("Ivo Tarn was held hostage for 41 days.", "41 days", 41, "day", ["name:ivo tarn"]),
    ],
  ])("must meet: %s", (_name, a, b) => {
    expect(stateLengthGroups([a, b], [])).toHaveLength(1);
  });

  it.each<[string, Claim, Claim]>([
    [
      "two names the story knows, each first in its sentence",
      told("Tarn was held hostage for 40 days.", "40 days", 40, "day", ["name:ivo tarn"]),
      told("Lusk was held hostage for 12 days.", "12 days", 12, "day", ["name:nell lusk"]),
    ],
    [
      "a name first and a name later",
      told("Tarn was held hostage for 40 days.", "40 days", 40, "day", ["name:ivo tarn"]),
      told("Her sister Nell Lusk was held hostage for 12 days.", "12 days", 12, "day", ["name:nell lusk"]),
    ],
  ])("must not meet: %s", (_name, a, b) => {
    expect(stateLengthGroups([a, b], [])).toEqual([]);
  });
});
