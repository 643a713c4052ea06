/**
 * What a sentence's text says of a call-out or of a proceeding is read once for the sentence and
 * serves each of its dates (date-happening.ts cuesOf): a second date of the sentence reads the
 * same cues as the first, and a sentence read after another does not see the other's cues.
 * Sentences written for this test; the expected happenings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const happening = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("two dates of one sentence read the same cues", () => {
  it.each([
    // must: both dates of a call-out date the emergency it answers
    ["Firefighters were called to the Orm paper mill at 2am on Tuesday, and crews were summoned again at 6pm on Wednesday.", "2am on Tuesday", "happen"],
    ["Firefighters were called to the Orm paper mill at 2am on Tuesday, and crews were summoned again at 6pm on Wednesday.", "6pm on Wednesday", "happen"],
    // must: a proceeding put off until a day, told with a second day before it
    ["On Monday the judge adjourned the Keld fraud trial until Thursday.", "Thursday", "resume"],
  ])("%s → %s dates %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it.each([
    // must not: the cues of one sentence do not carry over to the next one read
    ["The march through Tarrow was postponed until Saturday.", "Saturday", "resume"],
    ["The council was called to order on Monday.", "Monday", "happen"],
  ])("%s → %s does not date %s", (sentence, value, unexpected) => {
    // (read after a sentence that holds the cue)
    happening("The judge adjourned the Keld fraud trial until Thursday.", "Thursday");
    happening("Police were called to the Orm paper mill at 2am on Tuesday.", "2am on Tuesday");
    expect(happening(sentence, value)).not.toBe(unexpected);
  });
});
