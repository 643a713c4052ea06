/**
 * Physical breaking of a line (group/breaking.ts): "cut", "severed", "snapped", "ruptured" said of
 * a cable, a line, a pipe, a main or a link are one kind of happening, and the lines of one break
 * are one thing whatever noun an outlet chose; "cut" said of jobs, rates or prices is a reduction.
 * A break told of another time ("In March", "earlier", "then") is not the story's own break. The
 * vocabulary of breaking, outage and losing is one, read by the groupings that need it. Sentences,
 * names and figures written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { LINE_KIND, LOSS_FORMS, OUTAGE_LEMMAS, SEVERING_FORMS, brokenLine, cutsToldAlike, wordsPattern } from "../../../src/group/breaking.js";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { mayMeet, thingOf } from "../../../src/group/occurrence-topics.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let n = 0;

/** A count told in `sentence`, read with the predicate `lemma` (null: none) and the participants given. */
function count(sentence: string, text: string, figure: number, counted: string, lemma: string | null, participants: [Participant["role"], string][] = []): Claim {
  n += 1;
  return claim(qty(figure, figure, { nominal: figure, unit: counted }), {
    id: `b-${n}`,
    document: `report${n}.txt`,
    rule: `frame:${lemma ?? "-"}/${counted}`,
    ...framedAt(sentence, text),
    claimFrame: {
      counted,
      predicate: lemma === null ? null : { lemma, voice: "passive" },
      participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: "2041-06-02" },
      attribution: null,
      modality: [],
    },
  });
}

describe("brokenLine: a line broken, not a thing reduced", () => {
  it.each([
    ["Two power lines were cut by the gale near Tarrow.", "Two", 2, "line", "cut"],
    ["A trawler's anchor severed three fibre links in the strait.", "three", 3, "link", "sever"],
    ["Four cables snapped under the weight of the ice.", "Four", 4, "cable", "snap"],
    ["Five water mains ruptured in the frost.", "Five", 5, "main", "rupture"],
    ["Two gas pipes were damaged by the digger.", "Two", 2, "pipe", "damage"],
    ["Six wires broke in the storm.", "Six", 6, "wire", "break"],
  ])("%s → a break", (sentence, text, figure, counted, lemma) => {
    expect(brokenLine(count(sentence, text, figure, counted, lemma), lemma)).toBe(true);
  });

  it("a count of lines whose verb the frame did not reach: the passive verb of breaking later in its clause", () => {
    const c = count("Four cables in the Gulf of Serrat were cut, causing wide outages.", "Four", 4, "cable", null);
    expect(brokenLine(c, null)).toBe(true);
    const relative = count("The cause was three fibre cables off Tarrow that were damaged on Sunday.", "three", 3, "cable", null);
    expect(brokenLine(relative, null)).toBe(true);
  });

  it.each([
    ["Norland Steel cut 300 jobs at its Tarrow plant.", "300", 300, "job", "cut"],
    ["The bank cut rates by 2 percent.", "2 percent", 2, "percent", "cut"],
    ["The grocer cut prices on 40 items.", "40", 40, "item", "cut"],
    ["The sprinter broke two records in Tarrow.", "two", 2, "record", "break"],
    ["The storm damaged three cars in Tarrow.", "three", 3, "car", "damage"],
    ["The firm laid three cables across the bay.", "three", 3, "cable", "lay"],
  ])("%s → no break", (sentence, text, figure, counted, lemma) => {
    expect(brokenLine(count(sentence, text, figure, counted, lemma), lemma)).toBe(false);
  });

  it.each([
    // a clause between the list and the verb
    ["Four cables, which the navy guarded, were cut.", "Four", 4, "cable"],
    // no verb of breaking at all
    ["Four cables run under the strait.", "Four", 4, "cable"],
  ])("%s (no predicate read) → no break", (sentence, text, figure, counted) => {
    expect(brokenLine(count(sentence, text, figure, counted, null), null)).toBe(false);
  });
});

describe("one kind of happening, one thing counted", () => {
  it("must be one: lines cut and cables snapped; links severed and pipes ruptured", () => {
    const cut = count("Two power lines were cut by the gale.", "Two", 2, "line", "cut");
    const snapped = count("Three cables snapped in the gale.", "Three", 3, "cable", "snap");
    expect(classesOfClaim(cut)).toEqual(["break"]);
    expect(oneKindOfHappening(cut, snapped)).toBe(true);
    expect(thingOf(cut)).toBe(LINE_KIND);
    expect(thingOf(snapped)).toBe(LINE_KIND);
    const severed = count("An anchor severed two links.", "two", 2, "link", "sever");
    const ruptured = count("Two pipes ruptured in the frost.", "Two", 2, "pipe", "rupture");
    expect(oneKindOfHappening(severed, ruptured)).toBe(true);
  });

  it("must not be one: a cut of jobs and a cut of cables; a cut of rates and a snapped line", () => {
    const jobs = count("Norland Steel cut 300 jobs.", "300", 300, "job", "cut");
    const cables = count("Two cables were cut off Tarrow.", "Two", 2, "cable", "cut");
    expect(classesOfClaim(jobs)).toEqual(["cut"]);
    expect(oneKindOfHappening(jobs, cables)).toBe(false);
    expect(thingOf(jobs)).toBe("job");
    const rates = count("The bank cut rates by 2 percent.", "2 percent", 2, "percent", "cut");
    const snapped = count("Two lines snapped in the gale.", "Two", 2, "line", "snap");
    expect(oneKindOfHappening(rates, snapped)).toBe(false);
  });

  it("lines not broken keep their own nouns: cables laid and lines laid", () => {
    expect(thingOf(count("The firm laid three cables.", "three", 3, "cable", "lay"))).toBe("cable");
  });
});

describe("a break told of another time is another break", () => {
  it("must meet: two tellings of the earlier break (a month, and \"then\")", () => {
    const march = count("In March, five cables in the strait were cut.", "five", 5, "cable", "cut");
    const then = count("Earlier this year only two lines were snapped then.", "two", 2, "line", "snap");
    expect(mayMeet(march, then)).toBe(true);
  });

  it("must not meet: the earlier break and the story's own", () => {
    const march = count("In March, five cables in the strait were cut.", "five", 5, "cable", "cut");
    const now = count("Three cables were cut in the strait on Sunday.", "Three", 3, "cable", "cut");
    expect(mayMeet(march, now)).toBe(false);
    expect(mayMeet(now, march)).toBe(false);
  });
});

describe("cutsToldAlike: what a cut broke or took down parts no two tellings", () => {
  const date = (sentence: string, lemma: string, patient: string): Claim =>
    claim({ type: "date", start: "2041-03-01", end: "2041-03-31", granularity: "month", approximate: false }, {
      sentence,
      text: "March",
      claimFrame: { counted: null, predicate: { lemma, voice: "passive" }, participants: [{ role: "patient", text: patient, key: patient.toLowerCase() }], time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
    });

  it("must be alike: cables cut and services disrupted; an outage and cables damaged", () => {
    expect(cutsToldAlike(date("The cables were cut in March.", "cut", "cables"), date("Services were disrupted in March.", "disrupt", "services"))).toBe(true);
    expect(cutsToldAlike(date("The March outage hit Tarrow.", "outage", "Tarrow"), date("Two cables were damaged in March.", "damage", "cables"))).toBe(true);
  });

  it("must not be alike: prices cut as written, where the frame read no object", () => {
    const written = claim({ type: "date", start: "2041-03-06", end: "2041-03-06", granularity: "day", approximate: false }, {
      sentence: "Norland Telecom cut prices Friday, the operator said.",
      text: "Friday",
      claimFrame: { counted: null, predicate: { lemma: "outage", voice: "active" }, participants: [{ role: "agent", text: "Norland Telecom", key: "norland telecom" }], time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
    });
    expect(cutsToldAlike(written, date("The cables were cut in March.", "cut", "cables"))).toBe(false);
  });

  it("must not be alike: prices cut and cables cut; a cable laid", () => {
    expect(cutsToldAlike(date("Prices were cut in March.", "cut", "prices"), date("The cables were cut in March.", "cut", "cables"))).toBe(false);
    expect(cutsToldAlike(date("The cable was laid in March.", "lay", "cable"), date("The cables were cut in March.", "cut", "cables"))).toBe(false);
  });
});

describe("one vocabulary of breaking, outage and losing", () => {
  it.each([
    ["ruptured", true],
    ["snapped", true],
    ["were severed", true],
    ["we have lost", true],
    ["several", false],
    ["severe", false],
    ["cutlery", false],
  ])("severing forms: %s → %s", (text, read) => {
    expect(wordsPattern(SEVERING_FORMS).test(text)).toBe(read);
  });

  it.each([
    ["was disrupted", true],
    ["knocked out", true],
    ["an outage", true],
    ["blacked out", true],
    ["several hours", false],
    ["a severe storm", false],
  ])("words of a loss of service: %s → %s", (text, read) => {
    expect(wordsPattern(LOSS_FORMS).test(text)).toBe(read);
  });

  it("the outage words and verbs of breaking", () => {
    for (const w of ["outage", "cut", "sever", "snap", "damage", "disrupt", "interrupt", "knock out"]) expect(OUTAGE_LEMMAS.has(w)).toBe(true);
    for (const w of ["reduce", "slash", "lay"]) expect(OUTAGE_LEMMAS.has(w)).toBe(false);
  });
});
