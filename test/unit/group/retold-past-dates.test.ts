/**
 * One past happening told again by its date in background paragraphs (retold-past-dates.ts): other
 * verbs, other nouns, another precision. Sentences, names and years written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { onePastDateRetold, retoldPastDateGroups, stemOf, widenDivergingDates } from "../../../src/group/retold-past-dates.js";
import type { Claim, ClaimGroup } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const YEAR_1961 = ["1961-01-01", "1961-12-31", "year"] as const;
const MARCH_1961 = ["1961-03-01", "1961-03-31", "month"] as const;

let n = 0;
function told(sentence: string, text: string, lemma: string, when: readonly [string, string, "day" | "month" | "year"] = YEAR_1961, story = "s-1"): Claim {
  n += 1;
  return { ...toldIn(date(when[0], when[1], when[2]), sentence, text, { lemma, voice: "active", reportedAt: "2030-05-02" }), document: `report${n}.txt`, id: `c-${n}`, story };
}

const fined = told("In 1961 Vera Holm was fined for smuggling gold through Tallinn harbour.", "1961", "fine");

describe("must be one past happening told again", () => {
  it.each<[string, Claim]>([
    ["another noun, the same year", told("Her 1961 gold-smuggling case at Tallinn ended her shipping career.", "1961", "end")],
    ["another verb and the month of that year", told("In March 1961 she admitted smuggling gold into Tallinn.", "March 1961", "admit", MARCH_1961)],
    ["what came of it rather than what was done", told("She escaped prison after the gold smuggling at Tallinn in 1961.", "1961", "escape")],
  ])("%s", (_name, other) => {
    expect(onePastDateRetold(fined, other)).toBe(true);
    expect(onePastDateRetold(other, fined)).toBe(true);
  });
});

describe("must not be one past happening", () => {
  it.each<[string, Claim]>([
    ["the same words with another year", told("In 1962 Vera Holm was fined for smuggling gold through Tallinn harbour.", "1962", "fine", ["1962-01-01", "1962-12-31", "year"])],
    ["a day of that year named in full: one happening of many in a year", told("On 3 March 1961 she was fined for smuggling gold at Tallinn.", "3 March 1961", "fine", ["1961-03-03", "1961-03-03", "day"])],
    ["no words in common but the year", told("Holm was elected mayor of Parnu in 1961.", "1961", "elect")],
    ["a statement made that year", told("In 1961 she said the gold smuggling at Tallinn was a customs error.", "1961", "say")],
    ["a date reckoned from the report, no year written", told("She was fined for smuggling gold at Tallinn last year.", "last year", "fine")],
    ["another story", told("In 1961 a sailor was fined for smuggling gold through Tallinn harbour.", "1961", "fine", YEAR_1961, "s-2")],
  ])("%s", (_name, other) => {
    expect(onePastDateRetold(fined, other)).toBe(false);
    expect(onePastDateRetold(other, fined)).toBe(false);
  });
  it("only names in common: who, not what happened", () => {
    const beat = told("Holm first beat Lind at Tartu in 1961.", "1961", "beat");
    const met = told("Lind last met Holm at Tartu in 1961.", "1961", "meet");
    expect(onePastDateRetold(beat, met)).toBe(false);
  });
  it("a date of the reports' own days, not their past", () => {
    const DAY: readonly [string, string, "day"] = ["2030-04-25", "2030-04-25", "day"];
    const a = told("Vera Holm was fined on 25 April 2030 for smuggling gold at Tallinn.", "25 April 2030", "fine", DAY);
    const b = told("On 25 April 2030 Holm paid the gold smuggling fine at Tallinn.", "25 April 2030", "pay", DAY);
    expect(onePastDateRetold(a, b)).toBe(false);
  });
  it("a statement's or a publication's date, whatever verb the frame gives", () => {
    const a = told("More than 40 boats were seized in the Tallinn gold raids, customs said in 1961.", "1961", "seize");
    const b = told("The Tallinn gold raids netted 60 boats, according to a tally published in March 1961.", "March 1961", "net", MARCH_1961);
    expect(onePastDateRetold(a, b)).toBe(false);
  });
  it("two dates of one report", () => {
    const again = { ...told("Holm paid the gold smuggling fine at Tallinn in 1961.", "1961", "pay"), document: fined.document };
    expect(onePastDateRetold(fined, again)).toBe(false);
  });
});

describe("stems compared", () => {
  it.each<[string, string]>([
    ["bribing", "brib"],
    ["bribery", "brib"],
    ["admitted", "admit"],
    ["admit", "admit"],
    ["smuggling", "smuggl"],
    ["smuggled", "smuggl"],
    ["police", "polic"],
    ["gold", "gold"],
  ])("%s → %s", (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});

describe("groups", () => {
  it("joins tellings of one happening in three reports, leaves a day and another happening out, and tells nothing grouped already", () => {
    const a = told("Vera Holm was fined in 1961 for smuggling gold into Tallinn.", "1961", "fine");
    const b = told("Her 1961 gold-smuggling fine at Tallinn was the first of many.", "1961", "be");
    const c = told("In March 1961 she admitted smuggling gold into Tallinn.", "March 1961", "admit", MARCH_1961);
    const d = told("Holm was elected mayor of Parnu in 1961, her first office.", "1961", "elect");
    const e = told("On 3 March 1961 she was fined for smuggling gold at Tallinn.", "3 March 1961", "fine", ["1961-03-03", "1961-03-03", "day"]);
    // (other reports of the story, of other things: words in most reports of a story tell no happening apart)
    const others = ["The harbour of Tallinn reopened after the storm.", "Parnu voters turned out early.", "A ferry line to Helsinki was cut.", "The museum shows her old ledgers."].map((s) => told(s, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
    const groups = retoldPastDateGroups([a, b, c, d, e, ...others], []);
    expect(groups.map((g) => g.claims.map((x) => x.id).sort())).toEqual([[a.id, b.id, c.id].sort()]);
    expect(groups[0]!.cardinality).toBe("single");
    const again = retoldPastDateGroups([a, b, c, d, e, ...others], [{ ...groups[0]!, claims: [a, b, c] }]);
    expect(again).toEqual([]);
  });
  it("words most reports of the story use tell no happening apart", () => {
    const a = told("Vera Holm was fined in 1961 for smuggling gold into Tallinn.", "1961", "fine");
    const b = told("Vera Holm sailed for Tallinn with her gold in 1961.", "1961", "sail");
    const rest = ["Vera Holm kept her gold in Tallinn.", "Tallinn remembers Vera Holm and her gold."].map((s) => told(s, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
    expect(retoldPastDateGroups([a, b, ...rest], [])).toEqual([]);
  });
  describe("a full day or month long before the reports, told with the story's common words", () => {
    const fillers = (): Claim[] => ["Lund still argues about the riot.", "A riot museum opened in Lund."].map((x) => told(x, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
    const ids = (groups: ReturnType<typeof retoldPastDateGroups>): string[][] => groups.map((g) => g.claims.map((x) => x.id).sort());
    it("must join one day written in full in both", () => {
      const a = told("The Lund riot began on 17 May 1968 near the docks.", "17 May 1968", "begin", ["1968-05-17", "1968-05-17", "day"]);
      const b = told("Police held dozens after the Lund riot of May 17, 1968.", "May 17, 1968", "hold", ["1968-05-17", "1968-05-17", "day"]);
      expect(ids(retoldPastDateGroups([a, b, ...fillers()], []))).toEqual([[a.id, b.id].sort()]);
    });
    it("must join one month written with its year in both", () => {
      const a = told("The Lund riot began in May 1968 near the docks.", "May 1968", "begin", ["1968-05-01", "1968-05-31", "month"]);
      const b = told("Police held dozens after the Lund riot in May 1968.", "May 1968", "hold", ["1968-05-01", "1968-05-31", "month"]);
      expect(ids(retoldPastDateGroups([a, b, ...fillers()], []))).toEqual([[a.id, b.id].sort()]);
    });
    it.each<[string, readonly [string, string, "day" | "month" | "year"], readonly [string, string, "day" | "month" | "year"]]>([
      ["a year: many happenings", ["1968-01-01", "1968-12-31", "year"], ["1968-01-01", "1968-12-31", "year"]],
      ["a day and its month", ["1968-05-17", "1968-05-17", "day"], ["1968-05-01", "1968-05-31", "month"]],
      ["a day of recent news", ["2030-04-20", "2030-04-20", "day"], ["2030-04-20", "2030-04-20", "day"]],
    ])("must not join %s", (_name, x, y) => {
      const a = told("The Lund riot began that day near the docks, in " + x[0].slice(0, 4) + ".", x[0].slice(0, 4), "begin", x);
      const b = told("Police held dozens after the Lund riot, in " + y[0].slice(0, 4) + ".", y[0].slice(0, 4), "hold", y);
      expect(retoldPastDateGroups([a, b, ...fillers()], [])).toEqual([]);
    });
  });
});

describe("a whole day written with its year long before the reports: one word in common, a name too", () => {
  const AUG_9: readonly [string, string, "day"] = ["1971-08-09", "1971-08-09", "day"];
  const caught = told("Eriksen was at a rally in Vaasa when the Korsholm intruders were caught, on August 9, 1971.", "August 9, 1971", "catch", AUG_9);
  it("must join the day told by another happening of it with a name in common only", () => {
    const depot = told("He helped the police who looked into the raid on the Korsholm depot on 9 August 1971.", "9 August 1971", "look", AUG_9);
    expect(onePastDateRetold(caught, depot)).toBe(true);
    expect(onePastDateRetold(depot, caught)).toBe(true);
  });
  it.each<[string, Claim]>([
    ["no word in common", told("On 9 August 1971 the harbour froze far earlier than usual.", "9 August 1971", "freeze", AUG_9)],
    ["the next day with the name in common", told("He looked into the raid on the Korsholm depot on 10 August 1971.", "10 August 1971", "look", ["1971-08-10", "1971-08-10", "day"])],
    ["the month with the name in common only", told("He looked into the raid on the Korsholm depot in August 1971.", "August 1971", "look", ["1971-08-01", "1971-08-31", "month"])],
  ])("must not join: %s", (_name, other) => {
    expect(onePastDateRetold(caught, other)).toBe(false);
    expect(onePastDateRetold(other, caught)).toBe(false);
  });
  it("must not join a day of recent news with a name in common only", () => {
    const DAY: readonly [string, string, "day"] = ["2030-04-20", "2030-04-20", "day"];
    const a = told("Eriksen was in Vaasa when the Korsholm intruders were caught, on April 20, 2030.", "April 20, 2030", "catch", DAY);
    const b = told("The police looked into the raid on the Korsholm depot on 20 April 2030.", "20 April 2030", "look", DAY);
    expect(onePastDateRetold(a, b)).toBe(false);
  });
});

describe("groups of one whole month long ago tied by a report that tells both", () => {
  const MAY_1968: readonly [string, string, "month"] = ["1968-05-01", "1968-05-31", "month"];
  const YEAR_1968: readonly [string, string, "year"] = ["1968-01-01", "1968-12-31", "year"];
  const fillers = (): Claim[] => ["Riga remembers the Orlov trial.", "The Orlov family sold the mill."].map((x) => told(x, "2030", "be", ["2030-01-01", "2030-12-31", "year"]));
  const ids = (groups: ReturnType<typeof retoldPastDateGroups>): string[][] => groups.map((g) => g.claims.map((x) => x.id).sort());
  const tellings = (pleaWhen: readonly [string, string, "month" | "year"]): Claim[] => {
    const text = pleaWhen[2] === "month" ? "May 1968" : "1968";
    return [
      told("At a May 1968 hearing he admitted the swindle and pleaded guilty to fraud.", "May 1968", "admit", MAY_1968),
      told("He confessed the swindle to a court hearing in May 1968.", "May 1968", "confess", MAY_1968),
      told("Orlov admitted his swindle at a May 1968 hearing.", "May 1968", "admit", MAY_1968),
      told(`In ${text} Orlov pleaded guilty to fraud, adding two years to his term.`, text, "plead", pleaWhen),
      told(`Orlov kept up the act until ${text}, when he pleaded guilty to fraud before a judge in Riga.`, text, "keep", pleaWhen),
    ];
  };
  it("must join the two groups of May 1968 into one", () => {
    const all = tellings(MAY_1968);
    expect(ids(retoldPastDateGroups([...all, ...fillers()], []))).toEqual([all.map((c) => c.id).sort()]);
  });
  it("must not join when one group tells the year only", () => {
    const all = tellings(YEAR_1968);
    const groups = ids(retoldPastDateGroups([...all, ...fillers()], []));
    // (the hearing told twice stays one group; the year's pleas are never joined to a telling that shares no words with them)
    expect(groups.some((g) => g.includes(all[1]!.id) && g.includes(all[2]!.id))).toBe(true);
    expect(groups.some((g) => g.includes(all[1]!.id) && (g.includes(all[3]!.id) || g.includes(all[4]!.id)))).toBe(false);
  });
});

describe("a topic's group of two past dates widened by the tellings of one of them in other words", () => {
  const Y64: readonly [string, string, "year"] = ["1964-01-01", "1964-12-31", "year"];
  const Y65: readonly [string, string, "year"] = ["1965-01-01", "1965-12-31", "year"];
  const group = (key: string, members: readonly Claim[], story = "s-1"): ClaimGroup => ({ key, rule: "event-dates", topic: "when", cardinality: "single", claims: members, story, identity: [] });
  const ids = (g: ClaimGroup): string[] => g.claims.map((c) => c.id).sort();
  const x = told("In 1964 Pell was indicted for bribing the police of Elm Park.", "1964", "indict", Y64);
  const y = told("In 1965 Pell was indicted for bribing the Elm Park police.", "1965", "indict", Y65);
  const z = told("Pell escaped trial in the 1965 police-bribery case by feigning illness.", "1965", "escape", Y65);
  const w = told("Pell feigned illness in 1965 to escape a bribery conviction.", "1965", "feign", Y65);
  it("must add the other tellings of the 1965 indictment to the group that sets 1964 against 1965", () => {
    const groups = [group("t", [x, y])];
    widenDivergingDates(groups, [group("p", [y, z, w])]);
    expect(ids(groups[0]!)).toEqual([x.id, y.id, z.id, w.id].sort());
    expect(groups).toHaveLength(1);
  });
  it("must add the tellings of a month to a group of that year and the month", () => {
    const MAR: readonly [string, string, "month"] = ["1965-03-01", "1965-03-31", "month"];
    const plea = told("In 1965 Pell pleaded guilty to bribery.", "1965", "plead", Y65);
    const march = told("In March 1965 Pell pleaded guilty to the bribery charge.", "March 1965", "plead", MAR);
    const hearing = told("Pell admitted the bribery at a March 1965 hearing.", "March 1965", "admit", MAR);
    const groups = [group("t", [plea, march])];
    widenDivergingDates(groups, [group("p", [march, hearing])]);
    expect(ids(groups[0]!)).toEqual([plea.id, march.id, hearing.id].sort());
  });
  it.each<[string, ClaimGroup, ClaimGroup]>([
    ["a past group of another story", group("t", [x, y]), group("p", [y, z, w], "s-2")],
    ["a past group that shares no claim", group("t", [x, y]), group("p", [z, w])],
    ["a topic's group of one date only", group("t", [y, told("Pell was indicted again in 1965 for bribing police.", "1965", "indict", Y65)]), group("p", [y, z, w])],
    ["a topic's group holding a date reckoned from the report", group("t", [x, told("Pell was indicted for bribing the Elm Park police last year.", "last year", "indict", Y65)]), group("p", [y, z, w])],
  ])("must not widen: %s", (_name, topic, past) => {
    const groups = [topic];
    widenDivergingDates(groups, [past]);
    expect(groups[0]).toBe(topic);
  });
});
