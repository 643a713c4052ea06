/**
 * A count after a comma or "and" that opens a clause with a subject and a verb of its own takes no
 * verb from the clause before it (extract/frames/comma-clause.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const lemma = (sentence: string, value: string): string | null => frame(sentence, value).predicate?.lemma ?? null;
const agents = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);

describe("a comma or 'and' before a subject and a verb of its own opens the count's clause", () => {
  it.each([
    // the count's clause says only "was up": no verb, and not the index's before the comma
    ["The Brask 40 surged 120 points, the Orvik index was up nearly nine points and the Tessaly fell 2%.", "nearly nine"],
    ["Temperatures fell 10 degrees overnight, the wind was up to 40 miles per hour by dawn.", "up to 40 miles per hour"],
    ["The Rovers beat the Harriers on Saturday and the club is now 4 points clear at the top.", "4 points"],
    ["Delmar Foods cut 300 jobs in March, but its shares were 12% higher by the close.", "12%"],
  ])("must not take the verb before the opening: %s", (sentence, value) => {
    expect(lemma(sentence, value)).toBeNull();
    expect(agents(sentence, value)).toEqual([]);
  });

  it.each([
    // a verb of the count's own clause is met before the opening
    ["The Brask 40 surged 120 points, the Orvik index was up nine points and the Tessaly fell 2%.", "2%", "fall"],
    // no subject after "and" or the comma: the verb is shared or a participle's
    ["The storm killed 3 people and injured 12 in the valley.", "12", "injure"],
    ["The gunman opened fire, wounding three spectators, killing one.", "one", "kill"],
    // an apposition: no finite verb
    ["The Kelso index surged 120 points, the biggest gain in a year, to 4,000.", "4,000", "surge"],
    // a verb of saying set inside the clause: attribution
    ["Orm Textiles lost $5 million, analysts said, on sales of $40 million.", "$40 million", "lose"],
    // a relative clause whose verb is "be" keeps the antecedent's verb (clause-opening.ts)
    ["Rebels seized the crew of the tanker, who were 19 in all.", "19", "seize"],
  ])("must keep the verb of the count's own clause: %s", (sentence, value, expected) => {
    expect(lemma(sentence, value)).toBe(expected);
  });
});
