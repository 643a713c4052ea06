/**
 * A finding's sides: which of its claims agree with each other. Expected sides written by hand
 * from the values.
 */
import { describe, expect, it } from "vitest";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimFrame, ClaimGroup } from "../../../src/types.js";
import { claim, date, qty } from "../../helpers/claims.js";

const group = (claims: Claim[], extra: Partial<ClaimGroup> = {}): ClaimGroup => ({ key: "k", rule: "r", topic: "recognition of a government", cardinality: "single", claims, ...extra });
const year = (y: number) => date(`${y}-01-01`, `${y}-12-31`, "year");

describe("sides", () => {
  it("two sources say 1997, one says 1996", () => {
    const a = claim(year(1997), { text: "in 1997", document: "a.txt" });
    const b = claim(date("1997-05-25"), { text: "on 25 May 1997", document: "b.txt" });
    const c = claim(year(1996), { text: "In 1996", document: "c.txt" });
    const [f] = judgeGroup(group([a, b, c]));
    expect(f?.verdict).toBe("contradict");
    expect(f?.sides).toEqual([[a.id, b.id], [c.id]]);
  });

  it("a vague value joins one side only, so sides that differ are not bound together", () => {
    // "2020" fits both months; February and March do not fit each other.
    const feb = claim(date("2020-02-01", "2020-02-29", "month"), { text: "February 2020", document: "a.txt" });
    const mar = claim(date("2020-03-01", "2020-03-31", "month"), { text: "March 2020", document: "b.txt" });
    const whole = claim(year(2020), { text: "2020", document: "c.txt" });
    const [f] = judgeGroup(group([feb, mar, whole]));
    expect(f?.verdict).toBe("contradict");
    expect(f?.sides).toEqual([[feb.id, whole.id], [mar.id]]);
  });

  it("an agreement has one side", () => {
    const a = claim(year(2021), { document: "a.txt" });
    const b = claim(date("2021-08-01", "2021-08-31", "month"), { document: "b.txt" });
    expect(judgeGroup(group([a, b]))[0]?.sides).toEqual([[a.id, b.id]]);
  });

  it("every claim of a finding stands on exactly one side", () => {
    const claims = [1990, 1991, 1990, 1992, 1991].map((y, i) => claim(year(y), { document: `d${i}.txt` }));
    const [f] = judgeGroup(group(claims));
    expect(f?.sides?.flat().sort()).toEqual([...f!.claims].sort());
    expect(f?.sides).toEqual([[claims[0]!.id, claims[2]!.id], [claims[1]!.id, claims[4]!.id], [claims[3]!.id]]);
  });
});

describe("every figure counts", () => {
  const injured = (n: number, document: string, attribution: string): Claim => {
    const frame: ClaimFrame = {
      counted: "person",
      predicate: { lemma: "injure", voice: "passive" },
      participants: [{ role: "place", text: "Athens", key: "athens" }],
      time: { tally: false, reportedAt: "2010-05-05" },
      attribution,
      modality: [],
    };
    return claim(qty(n, n), { text: String(n), document, claimFrame: frame });
  };

  it("a document's second figure is judged too: it agrees with another source while its first does not", () => {
    const first = injured(18, "a.txt", "police");
    const second = injured(12, "a.txt", "the hospital");
    const other = injured(12, "b.txt", "police");
    const [f] = judgeGroup(group([first, second, other], { topic: "injured", identity: ["athens"] }));
    expect(f?.claims).toEqual([first.id, second.id, other.id]);
    expect(f?.verdict).toBe("contradict");
    expect(f?.sides).toEqual([[second.id, other.id], [first.id]]);
  });
});
