/**
 * A claim a rule took and a claim read only through its frame, in two reports of one story, that
 * tell one happening the rule names (its predicate or the event its frame names), one at the
 * precision of a day and the other of its month: one figure, an agreement (same-figure.ts
 * oneHappeningOfRule, sameStated). Sentences written for the test; which pairs tell one happening
 * was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { sameFigureGroups } from "../../../src/group/same-figure.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimGroup, Participant } from "../../../src/types.js";
import { claim, date, framedAt, qty, rule } from "../../helpers/claims.js";

const courtDates = rule({ id: "court-dates", topic: "when a court sat", values: ["date"], cardinality: "recurring", vocabulary: { predicates: ["trial", "hearing", "sentence"], counted: [], estimates: false } });

interface Said {
  doc: string;
  rule: string;
  sentence: string;
  text: string;
  day: string;
  month?: boolean;
  lemma: string;
  participants?: [Participant["role"], string][];
  actors?: string[];
}

function said(s: Said): Claim {
  const value = s.month ? date(`${s.day.slice(0, 7)}-01`, `${s.day.slice(0, 7)}-${s.day.slice(5, 7) === "02" ? "28" : "30"}`, "month") : date(s.day);
  return claim(value, {
    rule: s.rule,
    document: s.doc,
    ...framedAt(s.sentence, s.text),
    actors: s.actors ?? [],
    provenance: s.rule.startsWith("frame:") ? ["via:frame"] : [],
    claimFrame: {
      counted: null,
      predicate: { lemma: s.lemma, voice: "active" },
      participants: (s.participants ?? []).map(([role, text]) => ({ role, text, key: text.toLowerCase() })),
      time: { tally: false, reportedAt: "2024-03-12" },
      attribution: null,
      modality: [],
    },
  });
}

function verdicts(a: Claim, b: Claim, more: Claim[] = []): string[] {
  return groupClaims([a, b, ...more], [courtDates])
    .flatMap(judgeGroup)
    .filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id))
    .map((f) => f.verdict);
}

describe("a rule's claim and a frame's claim of one happening the rule names", () => {
  it.each<[string, Said, Said, string[]]>([
    // must agree: the rule read "trial" as the happening, the frame (of a verb of no kind) names a trial hearing as its event
    [
      "a trial set for a day, and a trial hearing pencilled in for its month",
      { doc: "a.txt", rule: "court-dates", sentence: "A date for the trial was fixed for 14 June, the clerk said.", text: "14 June", day: "2024-06-14", lemma: "trial" },
      { doc: "b.txt", rule: "frame:continue/date", sentence: "The case continued, and a two-week trial hearing was pencilled in for June.", text: "June", day: "2024-06-14", month: true, lemma: "continue", participants: [["agent", "the case"], ["event", "trial hearing"]] },
      ["agree"],
    ],
    // must agree: both frames name a hearing as the event (one held on a day, one to enter a plea at in that month)
    [
      "a hearing held on a day, and a plea to be entered at a hearing that month",
      { doc: "a.txt", rule: "court-dates", sentence: "A bail and plea hearing will be held on 2 May.", text: "2 May", day: "2024-05-02", lemma: "hold", participants: [["event", "bail and plea hearing"]] },
      { doc: "b.txt", rule: "frame:enter/date", sentence: "The farmer is due to enter a plea at a county hearing in May.", text: "May", day: "2024-05-02", month: true, lemma: "enter", participants: [["patient", "a plea"], ["event", "county hearing"]] },
      ["agree"],
    ],
    // must not: only one of them tells the rule's happening; the other is a fair
    [
      "a trial that began on a day, and a fair staged that month",
      { doc: "a.txt", rule: "court-dates", sentence: "The trial began on 14 June in the old hall.", text: "14 June", day: "2024-06-14", lemma: "begin", participants: [["event", "trial"]] },
      { doc: "b.txt", rule: "frame:stage/date", sentence: "The county fair was staged in June.", text: "June", day: "2024-06-14", month: true, lemma: "stage", participants: [["event", "county fair"]] },
      [],
    ],
    // must not: the word both share ("case") is none the rule names
    [
      "a hearing in a case on a day, and the case closed that month",
      { doc: "a.txt", rule: "court-dates", sentence: "The case hearing is listed for 14 June.", text: "14 June", day: "2024-06-14", lemma: "list", participants: [["patient", "case"], ["event", "case hearing"]] },
      { doc: "b.txt", rule: "frame:close/date", sentence: "Detectives closed the case in June.", text: "June", day: "2024-06-14", month: true, lemma: "close", participants: [["patient", "the case"], ["event", "case"]] },
      [],
    ],
    // must not: a day outside the month
    [
      "a trial set for a day, and a trial hearing in another month",
      { doc: "a.txt", rule: "court-dates", sentence: "A date for the trial was fixed for 14 June.", text: "14 June", day: "2024-06-14", lemma: "trial" },
      { doc: "b.txt", rule: "frame:pencil/date", sentence: "A trial hearing was pencilled in for July.", text: "July", day: "2024-07-14", month: true, lemma: "pencil", participants: [["event", "trial hearing"]] },
      [],
    ],
    // must not: sentences that name two different people
    [
      "Hale's trial on a day, and Moss's trial hearing that month",
      { doc: "a.txt", rule: "court-dates", sentence: "Hale's trial was fixed for 14 June.", text: "14 June", day: "2024-06-14", lemma: "trial", actors: ["name:hale"] },
      { doc: "b.txt", rule: "frame:pencil/date", sentence: "A trial hearing for Moss was pencilled in for June.", text: "June", day: "2024-06-14", month: true, lemma: "pencil", participants: [["event", "trial hearing"]], actors: ["name:moss"] },
      [],
    ],
  ])("%s → %j", (_what, a, b, want) => {
    expect(verdicts(said(a), said(b))).toEqual(want);
  });

  it("a month does not chain two days of it: a trial on the 3rd and one on the 28th stay apart", () => {
    const third = said({ doc: "a.txt", rule: "court-dates", sentence: "Her trial was fixed for 3 June.", text: "3 June", day: "2024-06-03", lemma: "trial" });
    const month = said({ doc: "b.txt", rule: "frame:pencil/date", sentence: "A trial hearing was pencilled in for June.", text: "June", day: "2024-06-14", month: true, lemma: "pencil", participants: [["event", "trial hearing"]] });
    const late = said({ doc: "c.txt", rule: "court-dates", sentence: "His trial was fixed for 28 June.", text: "28 June", day: "2024-06-28", lemma: "trial" });
    const findings = groupClaims([third, month, late], [courtDates]).flatMap(judgeGroup);
    expect(findings.some((f) => f.claims.includes(third.id) && f.claims.includes(late.id) && f.verdict === "agree")).toBe(false);
  });
});

describe("a month and its days in one bucket: the days form their group first", () => {
  // two topics, each holding a report of the month and a report of the day ("turns 40 in August",
  // "turns 40 on August 9"; "will be 40 in August", "she will be 40 on August 9", which names no one and so
  // ties no two groups): the two reports of the day are one figure, whichever order the month's reports come in
  const on = (doc: string, ruleId: string, lemma: string, sentence: string, text: string, month: boolean, named = true): Claim =>
    said({ doc, rule: ruleId, sentence, text, day: "2024-08-09", month, lemma, actors: named ? ["name:ria lund"] : [] });
  const turnsMonth = on("a.txt", "frame:turn/date", "turn", "Ria Lund turns 40 in August.", "August", true);
  const turnsDay = on("b.txt", "frame:turn/date", "turn", "Ria Lund turns 40 on August 9.", "August 9", false);
  const beMonth = on("c.txt", "frame:be/date", "be", "Lund will be 40 in August.", "August", true);
  const beDay = on("d.txt", "frame:be/date", "be", "She will be 40 on August 9, her agent said.", "August 9", false, false);
  const group = (key: string, claims: Claim[]): ClaimGroup => ({ key, rule: claims[0]!.rule, topic: key, cardinality: "single", claims, story: "s-1", identity: [] });
  const claims = [turnsMonth, turnsDay, beMonth, beDay];
  const topics = new Map(claims.map((c) => [c, c.rule]));
  const groups = [group("turn", [turnsMonth, turnsDay]), group("be", [beMonth, beDay])];

  it("must: the two reports of August 9 end in one figure", () => {
    const found = sameFigureGroups(claims, topics, [], groups);
    expect(found.some((g) => g.claims.some((c) => c.id === turnsDay.id) && g.claims.some((c) => c.id === beDay.id))).toBe(true);
  });

  it("must not: a day of another month joins none of them", () => {
    const other = said({ doc: "e.txt", rule: "frame:turn/date", sentence: "Ria Lund turns 40 on 9 July.", text: "9 July", day: "2024-07-09", lemma: "turn", actors: ["name:ria lund"] });
    const found = sameFigureGroups([...claims, other], new Map([...claims, other].map((c) => [c, c.rule])), [], groups);
    expect(found.some((g) => g.claims.some((c) => c.id === other.id))).toBe(false);
  });
});

describe("a count whose frame names the rule's happening only as its setting", () => {
  const arrests = rule({ id: "arrests", topic: "arrests", values: ["quantity"], vocabulary: { predicates: ["arrest", "detain"], counted: ["person"], estimates: false } });
  const count = (doc: string, ruleId: string, sentence: string, lemma: string, participants: [Participant["role"], string][]): Claim =>
    claim(qty(3, 3, { nominal: 3, unit: "person" }), {
      rule: ruleId,
      document: doc,
      ...framedAt(sentence, "three"),
      provenance: ruleId.startsWith("frame:") ? ["via:frame"] : [],
      claimFrame: { counted: "person", predicate: { lemma, voice: "passive" }, participants: participants.map(([role, text]) => ({ role, text, key: text.toLowerCase() })), time: { tally: false, reportedAt: "2024-03-12" }, attribution: null, modality: [] },
    });

  it("must not: “three were hurt” beside the arrest its frame names, and “arrested three”, are two figures", () => {
    const hurt = count("a.txt", "frame:injure/person", "The march ended with one arrest, and three were injured.", "injure", [["event", "arrest"]]);
    const held = count("b.txt", "arrests", "Officers arrested three after the march.", "arrest", [["event", "march"]]);
    const found = groupClaims([hurt, held], [arrests]).flatMap(judgeGroup).filter((f) => f.claims.includes(hurt.id) && f.claims.includes(held.id));
    expect(found).toEqual([]);
  });

  it("must: “three were detained” at the arrests its frame names, and “arrested three”, are one figure", () => {
    const kept = count("a.txt", "frame:keep/person", "Three were kept in cells after the arrests.", "keep", [["event", "arrests"], ["event", "arrest"]]);
    const held = count("b.txt", "arrests", "Officers arrested three after the march.", "arrest", [["event", "march"]]);
    const found = groupClaims([kept, held], [arrests]).flatMap(judgeGroup).filter((f) => f.claims.includes(kept.id) && f.claims.includes(held.id));
    expect(found.map((f) => f.verdict)).toEqual(["agree"]);
  });
});
