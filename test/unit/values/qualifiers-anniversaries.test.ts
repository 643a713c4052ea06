/**
 * Three families of figures in political and institutional news:
 *   - two qualifiers joined by "and" / "or" before the plural noun a count counts ("300 local and
 *     foreign reporters"): the noun is what is counted (values/quantity/counted.ts, and the
 *     frame's noun phrase in extract/frames/counted.ts, so the verb after it is the predicate);
 *   - an ordinal before "anniversary" or "birthday" ("its 75th anniversary"): a count of years
 *     (values/quantity/index.ts), not a rank;
 *   - a bare day between a subject and its verb ("40 nurses yesterday walked out"): the verb
 *     after the day is the subject's predicate (extract/frames/predicate.ts).
 * Sentences written for this test; the expected values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";
import { frame } from "../extract/frames/helpers.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2022-10-04" });
const at = (text: string, written: string): Mention | undefined => mentions(text).find((m) => m.text === written);
/** A lead sentence first, so that the sentence read is not taken for a headline. */
const LEAD = "The hearing resumed in Carlow. ";

describe("two qualifiers joined before one plural noun: must match", () => {
  it.each<[string, string, string]>([
    ["Some 300 local and foreign reporters waited outside the court.", "Some 300", "person"],
    ["Over 40 Syrian or Iraqi families were moved to the camp.", "Over 40", "family"],
    ["The dealer sold 12 new and used cars last month.", "12", "car"],
    ["Nearly 900 retired and serving officers signed the letter.", "Nearly 900", "person"],
  ])("%s → %s counts %s", (text, written, unit) => {
    expect(at(text, written)?.value).toMatchObject({ type: "quantity", unit });
  });
});

describe("two qualifiers joined before one plural noun: must not match", () => {
  it.each<[string, string, string]>([
    // a verb and a number after "and": the noun is the second count's
    ["The Harriers won 12 straight and lost two games in May.", "12", ""],
    // a plural before "and" is already the noun
    ["There were three boys and girls in the hall.", "three", "person"],
    // nothing between the number and "and"
    ["The tally stood at 65 and the motion passed.", "65", ""],
  ])("%s → %s counts %j", (text, written, unit) => {
    const m = at(text, written);
    if (m?.value?.type === "quantity") expect(m.value.unit).toBe(unit);
    else expect(m?.value?.type ?? null).not.toBe("quantity");
  });
  it("two qualifiers with no noun after them count nothing: five old and tired", () => {
    const m = at("The mayor said five old and tired.", "five");
    expect(m?.value).toMatchObject({ type: "quantity", unit: "" });
  });
});

describe("the predicate of a count whose noun is qualified twice", () => {
  it("the verb after the noun phrase is read", () => {
    expect(frame(LEAD + "Some 300 local and foreign reporters waited outside the court.", "Some 300").predicate?.lemma).toBe("wait");
  });
});

describe("an ordinal before anniversary or birthday is a count of years: must match", () => {
  it.each<[string, string, number, string]>([
    ["The museum marked its 75th anniversary with a concert.", "75th", 75, "anniversary"],
    ["Guests toasted the couple's 40th wedding anniversary.", "40th", 40, "anniversary"],
    ["Edna Pryce celebrated her 102nd birthday in Wexford.", "102nd", 102, "birthday"],
    ["The club will hold its hundredth anniversary dinner in May.", "hundredth", 100, "anniversary"],
  ])("%s → %s is %d (%s)", (text, written, n, unit) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ type: "quantity", min: n, max: n, unit });
  });
});

describe("an ordinal before anniversary or birthday: must not match", () => {
  it.each<[string, string]>([
    ["The siege entered its 160th day.", "160th"],
    ["She finished third in the birthday race.", "third"],
    ["It was the second annual report of the board.", "second"],
  ])("%s → %s stays a rank", (text, written) => {
    expect(at(text, written)?.kind).toBe("ordinal");
  });
});

describe("a bare day between the subject and its verb", () => {
  it.each<[string, string, string]>([
    ["Some 40 nurses yesterday walked out of the ward.", "Some 40", "walk"],
    ["Two men Tuesday pleaded guilty to the theft.", "Two", "plead"],
    ["About 600 growers today called on the ministry to act.", "About 600", "call"],
  ])("%s → %s is done by %s", (text, value, lemma) => {
    expect(frame(LEAD + text, value).predicate?.lemma).toBe(lemma);
  });
  it("must not match: a day that ends the clause is no bridge to a later verb", () => {
    expect(frame(LEAD + "About 40 nurses today and 30 doctors attended.", "About 40").predicate?.lemma).not.toBe("attend");
  });
});

describe("a length of time that opens its sentence after for or over frames the clause after it", () => {
  it.each<[string, string, string]>([
    ["For 35 years, the pact has kept the peace along the river.", "35 years", "keep"],
    ["“For more than four decades, the fund has paid for the town's libraries.", "more than four decades", "pay"],
    ["For nine days, volunteers searched the moor for the lost walker.", "nine days", "search"],
  ])("%s → %s is the length of %s", (text, value, lemma) => {
    expect(frame(LEAD + text, value).predicate?.lemma).toBe(lemma);
  });
  it("a length inside its clause keeps the clause's own verb: lasted for 35 years", () => {
    expect(frame(LEAD + "The pact has lasted for 35 years.", "35 years").predicate?.lemma).toBe("last");
  });
  it("must not match: a deadline opened by within keeps no clause verb", () => {
    expect(frame(LEAD + "Within six months, the crew rebuilt the old pier.", "six months").predicate?.lemma).not.toBe("rebuild");
  });
});

describe("a participle in a name after the comma of a fronted phrase is no verb", () => {
  it("For 40 years, the Armed Forces Trust has …: the clause's verb is the trust's", () => {
    expect(frame(LEAD + "For 40 years, the Armed Forces Trust has housed veterans in Tralee.", "40 years").predicate?.lemma).toBe("house");
  });
  it("must not match: a participle that is the clause's verb stays it", () => {
    expect(frame(LEAD + "On Monday, the council closed the bridge.", "Monday").predicate?.lemma).toBe("close");
  });
});

describe("a participle in -ing between a count and its noun qualifies the noun", () => {
  it.each<[string, string, string]>([
    ["Three leading regional banks cut their rates on Friday.", "Three", "bank"],
    ["Talks freed the 12 remaining hostages in the port.", "12", "person"],
    ["Four competing bids reached the council.", "Four", "bid"],
  ])("%s → %s counts %s", (text, value, counted) => {
    expect(frame(LEAD + text, value).counted).toBe(counted);
  });
  it("must not match: a participle after the count's own noun is the noun's verb (five men leading horses)", () => {
    expect(frame(LEAD + "Five men leading horses crossed the ford.", "Five").counted).toBe("person");
  });
});

describe("a bare day after the count's noun ends the noun phrase", () => {
  it.each<[string, string, string]>([
    ["Three leading regional banks today cut their rates.", "Three", "bank"],
    ["Some 200 dock workers yesterday voted to strike.", "Some 200", "person"],
  ])("%s → %s counts %s", (text, value, counted) => {
    expect(frame(LEAD + text, value).counted).toBe(counted);
  });
  it("must not match: a noun compound stays whole (200 dock workers count workers, not docks)", () => {
    expect(frame(LEAD + "Some 200 dock workers voted to strike.", "Some 200").counted).toBe("person");
  });
});
