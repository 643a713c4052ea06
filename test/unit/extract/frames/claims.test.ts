/**
 * What becomes a claim, and of which rule, once frames read every value (scan's per-file half
 * with the built-in rules). Sentences written for this test; expected results read off them by hand.
 */
import { describe, expect, it } from "vitest";
import { judgedClaims, isFrameClaim } from "../../../../src/group/frame-claims.js";
import type { Claim } from "../../../../src/types.js";
import { claimsOfText } from "./helpers.js";

const claims = (text: string): Claim[] => claimsOfText(text);
const at = (text: string, value: string): Claim[] => claims(text).filter((c) => c.text === value || c.text.startsWith(value));

describe("every value of a sentence gets its own claim", () => {
  it("coordinated counts: the dead and the injured", () => {
    const cs = claims("The mudslide left 52 people dead and about 300 injured.");
    const dead = cs.find((c) => c.text === "52");
    const hurt = cs.find((c) => c.text.endsWith("300"));
    expect(dead?.measure).toBe("killed");
    expect(hurt?.measure).toBe("injured");
  });
  it("a composite count: the whole is one count of people, and each part completes the verb", () => {
    const cs = claims("Two nurses and one doctor died in the blaze.").filter((c) => c.rule === "casualties");
    expect(cs.map((c) => c.text).sort()).toEqual(["Two", "Two nurses and one doctor", "one"]);
    expect(cs.find((c) => c.text === "Two nurses and one doctor")?.value).toMatchObject({ min: 3, max: 3, unit: "person" });
    for (const c of cs) expect(c.claimFrame?.predicate?.lemma).toBe("die");
  });
  it("a total and its yearly average: the season measures the figure it follows, not the one before", () => {
    const cs = claims("The club offered the pitcher a seven-year contract worth $154 million or $22 million per season.");
    expect(cs.find((c) => c.text === "$22 million")?.measure).toBe("per-year");
    const total = cs.find((c) => c.text === "$154 million");
    expect(total).toBeDefined();
    expect(total?.measure ?? null).not.toBe("per-year");
  });
  it("shot is not killed: three shot, one killed", () => {
    const cs = claims("The gunman opened fire, shooting three people and killing one.");
    expect(cs.find((c) => c.text === "three")?.measure).toBe("shot");
    expect(cs.find((c) => c.text === "one")?.measure).toBe("killed");
  });
  it("a toll far from its verb, across a source", () => {
    expect(at("The blast killed, the governor said, at least 17 people.", "at least 17")[0]?.rule).toBe("casualties");
  });
  it("a paraphrase of a toll with no trigger nearby", () => {
    expect(at("Eleven passengers lost their lives when the coach overturned.", "Eleven")[0]?.rule).toBe("casualties");
  });
});

describe("new topics need no rule: frame ids", () => {
  it.each([
    ["The probe flew 4 million kilometres to reach the planet.", "4 million kilometres", "distance"],
    ["The volcano erupted on 2 May 2021, the observatory said.", "2 May 2021", "event-dates"],
    ["A 6.1-magnitude tremor hit the island.", "6.1", "quake-magnitude"],
    ["The orchestra rehearsed 14 symphonies.", "14", "frame:rehearse/symphony"],
  ])("%s → %s: %s", (text, value, rule) => {
    expect(at(text, value)[0]?.rule).toBe(rule);
  });
});

describe("noise: values that are no claims, or not the rule's", () => {
  it.each([
    ["the digits of a web address", "http: / / news. example. com / 2010 / 05 / story-8841233", "8841233"],
    ["a street number", "The rally began at 12 Harbour Street.", "12"],
    ["a number in a station's name", "He told WKRP 88 the news first.", "88"],
    ["a model year", "Witnesses saw a 2009 blue Honda Civic leave.", "2009"],
    ["a four-by-four", "Thieves drove a 4x4 into the window.", "4"],
  ])("%s: %s", (_what, text, value) => {
    expect(at(text, value)).toEqual([]);
  });
  it("an age is never a toll: 'Marsh, 63, was killed' counts the victim's years", () => {
    const cs = at("The victim, Dana Marsh, 63, was killed instantly.", "63");
    expect(cs.map((c) => c.rule)).toEqual(["ages"]);
  });
  it("a quake that struck is no air strike", () => {
    const cs = claims("The quake struck early on Friday, cutting power to the valley.");
    expect(cs.some((c) => c.rule === "air-strikes")).toBe(false);
  });
  it("an air strike that struck is one", () => {
    const cs = claims("Jets struck the depot on 3 March 2024.");
    expect(cs.some((c) => c.rule === "air-strikes")).toBe(true);
  });
  it.each([
    "A cyclist died after being struck by a van on 3 March 2024.",
    "The boy was struck by a speeding car on 3 March 2024.",
    "A drunk driver struck the cyclist on 3 March 2024.",
  ])("a road vehicle or its driver that struck someone is no air strike: %s", (text) => {
    expect(claims(text).some((c) => c.rule === "air-strikes")).toBe(false);
  });
  it.each([
    "A drone struck a car near the border on 3 March 2024.",
    "The depot was struck by warplanes on 3 March 2024.",
    "Jets struck a convoy of trucks on 3 March 2024.",
  ])("strikes from the air on vehicles stay air strikes: %s", (text) => {
    expect(claims(text).some((c) => c.rule === "air-strikes")).toBe(true);
  });
  it("'according to' is no agreement", () => {
    const cs = claims("According to the ministry, the border reopened in June 2022.");
    expect(cs.some((c) => c.rule === "agreement-signing")).toBe(false);
  });
});

describe("claims that came in through frames are listed and judged (group/frame-claims.ts)", () => {
  const cs = claims("The mudslide left 52 people dead and about 300 injured. The orchestra rehearsed 14 symphonies.");
  it("marks them", () => {
    expect(cs.filter(isFrameClaim).map((c) => c.text)).toContain("14");
  });
  it("judges them: the occurrence stage tells their occurrences apart", () => {
    const judged = judgedClaims(cs);
    expect(judged.filter((c) => c.rule.startsWith("frame:")).map((c) => c.text)).toContain("14");
    expect(judged).toEqual(cs);
  });
  it("keeps each claim's frame", () => {
    expect(cs.every((c) => c.claimFrame !== undefined)).toBe(true);
  });
});

describe("a 'when' clause after a date tells what happened then", () => {
  // Must: a figure inside "…, when …" after "since DATE" is of that date, not of the stretch since.
  it.each([
    ["It was the worst fire in the valley since 2011, when a barn burned and 9 horses died.", "9", "2011-01-01", "2011-12-31"],
    ["Nothing so bad has happened since May 2019, when 14 people were hurt in a crush.", "14", "2019-05-01", "2019-05-31"],
    ["Old hands still talk of 2011, when 9 horses died in a barn fire.", "9", "2011-01-01", "2011-12-31"],
  ])("%s → %s is of that time", (text, value, start, end) => {
    const c = claims(text).find((x) => x.text === value);
    expect(c?.frame).toMatchObject({ start, end });
  });
  // Must not: "since" with no "when" clause still runs to the report's day.
  it("a figure after 'since DATE,' with no 'when' clause counts the whole stretch", () => {
    const c = claims("Since 2011, 9 people have died on the pass.").find((x) => x.text === "9");
    expect(c?.frame).toMatchObject({ start: "2011-01-01", end: "2024-03-08" });
  });
});

describe("a relative clause set off by commas keeps its date to itself", () => {
  // Must not: a date inside ", who … ," (or ", which … ,") is not the time of a figure outside it.
  it.each([
    ["Lena Ortiz, who sailed round the world in the 1980s, died at 90.", "90", "1980-01-01"],
    ["The coach, who joined the club in 2004, has won 12 titles.", "12", "2004-01-01"],
    ["Mr Hale, 77, who moved to Dunmore in 1990, was a teacher.", "77", "1990-01-01"],
  ])("%s → %s is not of that time", (text, value, start) => {
    const c = claims(text).find((x) => x.text === value);
    expect(c).toBeDefined();
    expect(c?.frame?.type === "date" ? c.frame.start : null).not.toBe(start);
  });
  // Must: a figure and a date inside one clause, or with no clause between them, go together.
  it.each([
    ["The ferry, which sank in 1994 with 852 people aboard, was Swedish.", "852", "1994-01-01"],
    ["The mill, which closed in 2008, employed 300 people in 2006.", "300", "2006-01-01"],
    ["In 1975, 9 people were killed on the pass.", "9", "1975-01-01"],
  ])("%s → %s is of that time", (text, value, start) => {
    const c = claims(text).find((x) => x.text === value);
    expect(c?.frame).toMatchObject({ start });
  });
});

describe("a state after a linking verb says what happened to the people counted", () => {
  // Must: missing, unaccounted for, after "were", "remain", "still".
  it.each([
    ["Rescuers brought 40 people ashore, and 6 were still missing at dawn.", "6"],
    ["Eleven people remain missing after the flood.", "Eleven"],
    ["Two people died and 8 are unaccounted for.", "8"],
  ])("%s → %s is missing", (text, value) => {
    const c = claims(text).find((x) => x.text === value);
    expect(c?.rule).toBe("displaced-missing");
    expect(c?.measure).toBe("missing");
  });
  // Must not: a place after "remain", a figure of things.
  it.each([
    ["Eleven people remain in hospital after the flood.", "Eleven"],
    ["Six boats were still missing their sails.", "Six"],
  ])("%s → %s is no count of the missing", (text, value) => {
    const c = claims(text).find((x) => x.text === value);
    expect(c?.measure ?? null).not.toBe("missing");
  });
});

describe("passengers are people to a rule that counts people", () => {
  it("passengers taken off a ship are evacuated people", () => {
    const c = claims("Coastguards evacuated 80 passengers from the stranded barge.").find((x) => x.text === "80");
    expect(c?.rule).toBe("displaced-missing");
    expect(c?.measure).toBe("displaced");
  });
});

describe("a toll's own noun says what it counts", () => {
  it.each([
    ["Death toll climbs to 19 after mine blast", "19"],
    ["The death toll rose to 19 on Friday.", "19"],
  ])("%s → %s counts the dead", (text, value) => {
    const c = claims(text).find((x) => x.text === value && x.rule === "casualties");
    expect(c?.measure).toBe("killed");
  });
});

describe("a thing's size is no event", () => {
  it("a date after a size dates what the thing did, not its size", () => {
    const c = claims("The barge, 85 metres long, was launched in 1975.").find((x) => x.text === "85 metres");
    expect(c?.rule).toBe("size");
    expect(c?.frame?.type === "date" ? c.frame.start : null).not.toBe("1975-01-01");
  });
  it("a date after a count of an event still frames it", () => {
    const c = claims("Nine people were killed in 1975.").find((x) => x.text === "Nine");
    expect(c?.frame).toMatchObject({ start: "1975-01-01" });
  });
});

describe("a collapse, a crash and a sinking are kinds of happening, not any event's date", () => {
  it.each([
    ["The old pier collapsed in Kell on Sunday.", "Sunday", "frame:collapse/date"],
    ["A trawler capsized off Cape Merrow on Sunday.", "Sunday", "frame:capsize/date"],
  ])("%s → %s is %s", (text, value, rule) => {
    expect(claims(text).find((x) => x.text === value)?.rule).toBe(rule);
  });
});
