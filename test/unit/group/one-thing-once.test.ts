/**
 * One thing's one-off happening told with two dates. Dates of a frame's
 * own topic further apart than two weeks are different occurrences by distance alone, unless the
 * frames name one thing that underwent a happening that befalls a thing once (put up, founded,
 * approved): then the two years contradict. Different things, things no one identifies, and
 * happenings that recur stay apart. Sentences written for this test; the expected results decided
 * by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { oneThingOnce } from "../../../src/group/once.js";
import { actorsApart, separates } from "../../../src/group/participants.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The claim written `value` in a one-sentence document reported on `day`. */
function claim(sentence: string, value: string, day = "2031-05-02"): Claim {
  const c = claimsOfText(sentence, day).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return { ...c, document: `${sentence.slice(0, 12)}-${day}.txt`, story: "s-1" };
}

describe("one thing, one-off happening: the dates are one occurrence's", () => {
  it.each([
    ["The old granary was built in 1911.", "1911", "The old granary was built in 1913.", "1913"],
    ["Council voters in 2027 approved a $4 million levy to buy the mill.", "2027", "Voters in 2028 approved a $4 million levy for the mill, Hale said.", "2028"],
    ["Town voters approved a $4 million levy in 2027.", "2027", "Two years ago, town voters approved a levy measure for the mill.", "Two years ago"],
    ["The county's seed bank was founded in 1977.", "1977", "The county's seed bank was founded in 1979.", "1979"],
  ])("must be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(oneThingOnce(a, b)).toBe(true);
    expect(oneThingOnce(b, a)).toBe(true);
  });
});

describe("not one thing, or not once: the dates stay apart", () => {
  it.each([
    // two things named apart
    ["Norland recognized Keldia in 1974.", "1974", "Norland recognized the Varn government in 1997.", "1997"],
    // a thing no one identifies: two plants may be two
    ["The firm built a plant in 1990.", "1990", "The firm built a plant in 2005.", "2005"],
    // a happening that recurs: the title is won again and again
    ["The Rovers won the title in 1998.", "1998", "The Rovers won the title in 2003.", "2003"],
    // one thing, but two kinds of happening
    ["The old granary was built in 1911.", "1911", "The old granary was restored in 1990.", "1990"],
    // two things: a hall and a school
    ["The town hall was built in 1911.", "1911", "The village school was built in 1925.", "1925"],
  ])("must not be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(oneThingOnce(a, b)).toBe(false);
    expect(oneThingOnce(b, a)).toBe(false);
  });
});

const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
const verdicts = (findings: Finding[], claims: Claim[]): string[] =>
  findings.filter((f) => claims.every((c) => f.claims.includes(c.id))).map((f) => f.verdict);

describe("grouped and judged", () => {
  it("contradicts: one levy approved in two years by two reports of one week", () => {
    const a = claim("Council voters in 2027 approved a $4 million levy to buy the mill.", "2027");
    const b = claim("Voters in 2028 approved a $4 million levy for the mill, Hale said.", "2028", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["contradict"]);
  });

  it("contradicts: one granary built in two years", () => {
    const a = claim("The old granary was built in 1911.", "1911");
    const b = claim("The old granary was built in 1913.", "1913", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["contradict"]);
  });

  it("does not set against each other two plants built fifteen years apart", () => {
    const a = claim("The firm built a plant in 1990.", "1990");
    const b = claim("The firm built a plant in 2005.", "2005", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).not.toContain("contradict");
  });

  it("does not set against each other two recognitions of two governments", () => {
    const a = claim("Norland recognized Keldia in 1974.", "1974");
    const b = claim("Norland recognized the Varn government in 1997.", "1997", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual([]);
  });
});

describe("who says it is not who did it", () => {
  const keld = claim("Keld voters approved the levy in 2027.", "2027");
  it("a frame with no agent, whose only other name is its speaker's, is not kept apart from a named agent", () => {
    const said = claim("Voters in 2027 approved the levy, Hale said.", "2027", "2031-05-03");
    expect(separates(keld, said, undefined, false)).toBe(false);
    expect(separates(said, keld, undefined, false)).toBe(false);
  });
  it("a name that is not the speaker's still may be who acted, and keeps them apart", () => {
    const other = claim("Voters in 2027 approved the levy after Brill urged it, Hale said.", "2027", "2031-05-03");
    expect(separates(keld, other, undefined, false)).toBe(true);
  });
});

describe("the source a sentence names is not a party that parts two sentences", () => {
  it("must not part: a figure a newspaper reports, and the same figure said with another name", () => {
    const reported = claim("The Keld Courier reports the cost of the hall at $4,000.", "$4,000");
    const valued = claim("The hall, which the town of Brill had valued at $4,000, burned.", "$4,000", "2031-05-03");
    expect(actorsApart(reported, valued)).toBe(false);
  });
  it("must part: two sentences naming two different players, whoever reports them", () => {
    const a = claim("Tom Reid scored 15 points, the Keld Courier reports.", "15");
    const b = claim("Dan Pike scored 15 points.", "15", "2031-05-03");
    expect(actorsApart(a, b)).toBe(true);
  });
});
