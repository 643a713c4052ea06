import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, date, qty, rule } from "../../helpers/claims.js";

const ids = (groups: ReturnType<typeof groupClaims>) => groups.map((g) => g.claims.map((c) => c.id).sort());

describe("groupClaims", () => {
  it("keeps claims of a single topic together even when their dates differ", () => {
    const a = claim(date("1997-01-01", "1997-12-31", "year"));
    const b = claim(date("1996-01-01", "1996-12-31", "year"));
    expect(ids(groupClaims([a, b], [rule()]))).toEqual([[a.id, b.id].sort()]);
  });

  it("splits a single topic into occurrences further apart than distinct-after", () => {
    const a = claim(date("1996-09-27"));
    const b = claim(date("2021-08-15"));
    const c = claim(date("2021-08-01", "2021-08-31", "month"));
    const groups = groupClaims([a, b, c], [rule({ distinctAfterDays: 5 * 366 })]);
    expect(ids(groups)).toEqual([[b.id, c.id].sort()]);
  });

  it("for a recurring topic, groups only overlapping dates", () => {
    const april = claim(date("2024-04-01", "2024-04-30", "month"));
    const dec1 = claim(date("2024-12-01", "2024-12-31", "month"));
    const dec2 = claim(date("2024-12-01", "2024-12-31", "month"));
    expect(ids(groupClaims([april, dec1, dec2], [rule({ cardinality: "recurring" })]))).toEqual([[dec1.id, dec2.id].sort()]);
  });

  it("keeps apart claims whose actors differ (the Soviet and the U.S. withdrawal)", () => {
    const soviet = claim(date("1989-02-15"), { actors: ["Soviet Union"] });
    const us = claim(date("2021-08-30"), { actors: ["United States", "Afghanistan"] });
    const us2 = claim(date("2021-01-01", "2021-12-31", "year"), { actors: ["United States"] });
    expect(ids(groupClaims([soviet, us, us2], [rule()]))).toEqual([[us.id, us2.id].sort()]);
  });

  it("does not let a vague date chain two different events together (complete linkage, best fit)", () => {
    const early = claim(date("2025-04-01", "2025-04-05"));
    const late = claim(date("2025-04-25", "2025-04-30"));
    const month = claim(date("2025-04-01", "2025-04-30", "month"));
    const groups = groupClaims([early, late, month], [rule({ cardinality: "recurring" })]);
    expect(ids(groups)).toEqual([[late.id, month.id].sort()]);
  });

  it("does not let bystanders in a sentence split one event: any shared country or name will do", () => {
    const a = claim(date("2021-08-15"), { actors: ["Pakistan", "name:taliban"] });
    const b = claim(date("2021-08-01", "2021-08-31", "month"), { actors: ["Afghanistan", "Qatar", "name:taliban"] });
    const c = claim(date("2021-01-01", "2021-12-31", "year"), { actors: ["Afghanistan"] });
    expect(ids(groupClaims([a, b, c], [rule()]))).toEqual([[a.id, b.id, c.id].sort()]);
  });

  it("compares named topics only by compatible names", () => {
    const r = rule({ subject: "name" });
    const a = claim(date("2020-01-01", "2020-12-31", "year"), { actors: ["title:doha"] });
    const b = claim(date("2020-02-01", "2020-02-29", "month"), { actors: ["title:u.s. doha"] });
    const c = claim(date("2025-07-01", "2025-07-31", "month"), { actors: ["title:preferential trade"] });
    const unnamed = claim(date("2025-07-01", "2025-07-31", "month"), { actors: [] });
    expect(ids(groupClaims([a, b, c, unnamed], [r]))).toEqual([[a.id, b.id].sort()]);
  });
});

describe("a rule's vocabulary that says its figures are estimates", () => {
  it("makes its occurrences estimates, as the rule's own key does", () => {
    const crowd = rule({ id: "crowd", values: ["quantity"], vocabulary: { predicates: ["march"], counted: ["person"], estimates: true } });
    const a = claim(qty(70, 70, { nominal: 70 }), { rule: "crowd", document: "a.txt" });
    const b = claim(qty(130, 130, { nominal: 130 }), { rule: "crowd", document: "b.txt" });
    expect(groupClaims([a, b], [crowd]).map((g) => g.estimates)).toEqual([true]);
  });
});

describe("a vague date that fits two occurrences goes with the one that tells its kind of happening", () => {
  const told = (value: ReturnType<typeof date>, lemma: string | null) =>
    claim(value, {
      claimFrame: {
        counted: null,
        predicate: lemma ? { lemma, voice: "active" } : null,
        participants: [],
        time: { tally: false, reportedAt: null },
        attribution: null,
        modality: [],
      },
    });
  // a raid on the ninth, told twice; a man sacked in the week before, told twice
  const raid = [told(date("2025-06-09"), "attack"), told(date("2025-06-09"), "raid")];
  const sacked = [told(date("2025-06-02", "2025-06-08", "part"), "fire"), told(date("2025-06-02", "2025-06-08", "part"), "sack")];
  const grouped = (extra: ReturnType<typeof told>) => ids(groupClaims([...raid, ...sacked, extra], [rule({ cardinality: "recurring" })]));

  it.each([
    ["'a June attack' joins the raid, though a week is closer to a month than a day is", "attack", "raid"],
    // (a killing and a sacking are two known kinds of happening with nothing to tie them: the month
    // may not join the week by the calendar alone, occurrence-topics.ts nestedDatesTied; an attack is
    // of no known kind, and keeps it from nothing)
    ["'a June killing' joins the raid, not the sacking of the week inside June", "kill", "raid"],
    ["'sacked in June' joins the sacking", "sack", "sacked"],
    ["a month told with no verb goes by value: the week", null, "sacked"],
  ] as const)("%s", (_name, lemma, home) => {
    const june = told(date("2025-06-01", "2025-06-30", "month"), lemma);
    const members = (home === "raid" ? raid : sacked).map((c) => c.id);
    expect(grouped(june)).toContainEqual([...members, june.id].sort());
  });
});

describe("a day that fits two occurrences of one happening goes with the one most reports of it joined", () => {
  const told = (text: string, lemma: string, actors: string[]) =>
    claim(date("2025-06-09"), {
      text,
      actors,
      claimFrame: {
        counted: null,
        predicate: { lemma, voice: "active" },
        participants: [],
        time: { tally: false, reportedAt: null },
        attribution: null,
        modality: [],
      },
    });
  // three reports of a stabbing that name the suspect, and his arrest the same day; one report
  // of the stabbing that names only the two hurt, and so stands apart from the others
  const bySuspect = [told("Monday", "stab", ["name:ada vane"]), told("Monday", "stab", ["name:vane"]), told("Monday", "stab", ["name:ada vane"])];
  const arrest = told("Monday", "arrest", ["name:ada vane"]);
  const byVictims = told("Monday", "stab", ["name:bo lind", "name:cy moor"]);
  const occurrences = (extra: Claim) => {
    const r = rule({ cardinality: "recurring" });
    return ids(groupClaims([...bySuspect, arrest, byVictims, extra], [r]).filter((g) => g.rule === r.id));
  };

  it("'the Monday morning stabbing', naming no one, joins the three reports, not the one", () => {
    const vague = told("Monday morning", "stab", []);
    expect(occurrences(vague)).toEqual([[...bySuspect, arrest, vague].map((c) => c.id).sort()]);
  });
});

describe("falls of two climbers told by several outlets", () => {
  const fall = rule({ id: "fall", values: ["quantity"] });
  const told = (n: number, unit: string, participants: [Participant["role"], string][], actors: string[], approximate = true): Claim =>
    claim(qty(approximate ? n * 0.9 : n, approximate ? n * 1.1 : n, { unit, nominal: n, approximate }), {
      rule: "fall",
      actors,
      claimFrame: {
        counted: "distance",
        predicate: { lemma: "fall", voice: "active" },
        participants: participants.map(([role, text]) => ({ role, text, key: text.toLowerCase() })),
        time: { tally: false, reportedAt: null },
        attribution: null,
        modality: [],
      },
    });
  const groupsOf = (claims: Claim[]) => ids(groupClaims(claims, [fall])).sort();

  it("a sentence naming the man and the mountain ties the report that gives his nationality to the one that gives the hut", () => {
    const byNationality = told(2000, "ft", [["agent", "a Canadian climber"], ["place", "New Zealand"]], ["Canada", "New Zealand"], false);
    const byHut = told(610, "m", [["agent", "the man"], ["place", "near Mount Torlesse Hut"]], ["name:torlesse hut"], false);
    const byName = told(600, "m", [["agent", "Canadian Ivor Pugh"], ["place", "Mount Torlesse"]], ["Canada", "name:ivor pugh", "name:mount torlesse"]);
    const toHisDeath = told(700, "m", [["recipient", "his death"]], ["name:ivor pugh"], false);
    expect(groupsOf([byNationality, byHut, byName, toHisDeath])).toEqual([[byNationality.id, byHut.id, byName.id, toHisDeath.id].sort()]);
  });

  it("a sentence naming two climbers ties neither fall to the other", () => {
    const pugh = told(600, "m", [["agent", "Ivor Pugh"]], ["name:ivor pugh"]);
    const pugh2 = told(2000, "ft", [["agent", "Ivor Pugh"]], ["name:ivor pugh"]);
    const hale = told(60, "m", [["agent", "Kim Hale"]], ["name:kim hale"]);
    const hale2 = told(200, "ft", [["agent", "Kim Hale"]], ["name:kim hale"]);
    // "the day after Kim Hale fell 200 ft, Pugh fell": tied to both by name, the agent of its frame is Hale
    const both = told(200, "ft", [["agent", "Kim Hale"]], ["name:kim hale", "name:pugh"]);
    expect(groupsOf([pugh, pugh2, hale, hale2, both])).toEqual([[pugh.id, pugh2.id].sort(), [hale.id, hale2.id, both.id].sort()].sort());
  });

  it("a figure that names no one ties nothing: it goes to the occurrence of the nearest figure", () => {
    const short = told(80, "m", [["agent", "Kim Hale"]], ["name:kim hale"], false);
    const long = told(600, "m", [["agent", "Ivor Pugh"]], ["name:ivor pugh"], false);
    const unnamed = told(700, "m", [], [], false);
    expect(groupsOf([short, long, unnamed])).toEqual([[long.id, unnamed.id].sort()]);
  });

  it("two reports of one mountain, one about each man, stay apart when their frames name the two men", () => {
    const pugh = told(600, "m", [["agent", "Ivor Pugh"], ["place", "Mount Torlesse"]], ["name:ivor pugh", "name:mount torlesse"]);
    const hale = told(150, "m", [["agent", "Kim Hale"], ["place", "Mount Torlesse"]], ["name:kim hale", "name:mount torlesse"]);
    const mountain = told(400, "m", [["place", "Mount Torlesse"]], ["name:mount torlesse"]);
    const groups = groupsOf([pugh, hale, mountain]);
    expect(groups.some((g) => g.includes(pugh.id) && g.includes(hale.id))).toBe(false);
  });
});
