/**
 * An ordinal before an office held by one person at a time ("the 12th head coach", "the 44th
 * President", "the eighth Secretary-General"), with at most two qualifying words between them (a
 * name, "head", "interim"), is the holder's place in the line of holders: a count of holders so far,
 * unit the office (values/quantity/index.ts officeAfter). Not when what follows makes it a record
 * among others ("the second coach to be fired this year", "the third manager sacked"), not "first"
 * (most often such a record), and not an ordinal before anything else ("third in the race").
 * Sentences written for this test; the expected values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2019-06-11" });
const at = (text: string, written: string): Mention | undefined => mentions(text).find((m) => m.text === written);

describe("an ordinal before an office is a place in the line of its holders: must match", () => {
  it.each<[string, string, number, string]>([
    ["Ortiz was named the 12th head coach of the Rovers on Friday.", "12th", 12, "coach"],
    ["Dale Kemp becomes the fifth Harriers manager in three years.", "fifth", 5, "manager"],
    ["He was sworn in as the 44th President of the republic.", "44th", 44, "president"],
    ["Amara Diallo, the eighth Secretary-General, opened the session.", "eighth", 8, "secretary general"],
    ["She is the 23rd prime minister since independence.", "23rd", 23, "prime minister"],
    ["Lutz is the club's third interim coach this decade.", "third", 3, "coach"],
  ])("%s → %s is %d (%s)", (text, written, n, unit) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ type: "quantity", min: n, max: n, unit });
  });
});

describe("an ordinal before an office: must not match", () => {
  it.each<[string, string]>([
    // a record among others, not a place in the line
    ["Lee is the second coach to be fired this year.", "second"],
    ["Hale was the third manager sacked this season.", "third"],
    ["Pike became the fourth president ever to lose the seat.", "fourth"],
    // "first" is most often such a record
    ["Nwosu was the first president of the guild.", "first"],
    // an ordinal before other words
    ["Mora finished third in the relay.", "third"],
    ["The board met for the 40th time in Leeds.", "40th"],
    ["Crews cleaned the fourth coach carriage on the line.", "fourth"],
  ])("%s → %s stays a rank", (text, written) => {
    expect(at(text, written)?.kind).toBe("ordinal");
  });
});
