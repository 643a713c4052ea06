/**
 * A date written as a modifier inside a phrase that opens its sentence and ends at a comma ("As
 * part of its June 2021 upgrade, the city replaced 40 buses"): the date is that of what the clause
 * after the comma tells, as it is when the date itself opens the sentence ("In June 2021, the city
 * replaced 40 buses"). Sentences written for this test; the verbs expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText, frame } from "./helpers.js";

describe("must match: the verb of the clause after the opening phrase", () => {
  it.each([
    // a part of time before "of" leads on to the date
    ["On the 12th day of March last, the mayor opened the bridge.", "March", "open"],
    ["As part of its June 2021 upgrade, the city replaced 40 buses.", "June 2021", "replace"],
    ["In its March 2019 review, the regulator fined 12 banks.", "March 2019", "fine"],
    ["With their May 2018 release, the developers fixed nine bugs.", "May 2018", "fix"],
    ["Under the October 2016 accord, both sides withdrew their troops.", "October 2016", "withdraw"],
  ])("%s → %s dates %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it("the date gives a claim of that clause's happening", () => {
    const claims = claimsOfText("As part of its June 2021 upgrade, the city replaced 40 buses.", "2021-07-02");
    const date = claims.find((c) => c.text === "June 2021");
    expect(date?.claimFrame?.predicate?.lemma).toBe("replace");
  });
});

describe("must not match: a phrase with a verb of its own, or no opening phrase", () => {
  it.each([
    // a verb inside the phrase: the date is of that verb's clause, not of the one after the comma
    ["In its March 2019 review of banks that collapsed, the regulator fined 12 banks.", "March 2019", "fine"],
    // a date after "of" is that of the noun before it: the statute was passed then, the board named later
    ["Under the statute of 4 May last, the board appointed three wardens.", "4 May", "appoint"],
    ["In keeping with a clause of the charter of 9 June last, the council named two auditors.", "9 June", "name"],
    // a subject, not an opening phrase: the verb after the subject, as before
    ["The March 2019 review found 12 faults.", "March 2019", "find"],
  ])("%s → %s: not read as %s through the opening phrase", (sentence, value, lemma) => {
    const p = frame(sentence, value).predicate?.lemma;
    if (sentence.startsWith("The ")) expect(p).toBe(lemma);
    else expect(p).not.toBe(lemma);
  });
});
