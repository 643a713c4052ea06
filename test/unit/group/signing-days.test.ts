/**
 * One player's signing told by two days (signing-days.ts): reports of one week of roster moves
 * that slip by a day. Sentences, names and days written for this test; the expected answers were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneSigning, signingDayGroups } from "../../../src/group/signing-days.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const MONDAY = "2031-09-15";
const TUESDAY = "2031-09-16";
const THURSDAY = "2031-09-18";

let n = 0;
function told(sentence: string, text: string, lemma: string, participants: [Participant["role"], string][], names: string[], day = TUESDAY, reportedAt = THURSDAY, voice: "active" | "passive" = "active"): Claim {
  n += 1;
  return { ...toldIn(date(day), sentence, text, { lemma, voice, reportedAt, participants }), document: `report${n}.txt`, id: `c-${n}`, actors: names.map((x) => `name:${x}`) };
}

const signedMonday = told("The Owls signed forward Ray Kimble on Monday.", "Monday", "sign", [["agent", "The Owls"], ["patient", "forward Ray Kimble"]], ["owls", "ray kimble"], MONDAY);

describe("must be one player's signing, whatever day each report gives", () => {
  it.each<[string, Claim]>([
    ["told in the passive, a day later", told("Ray Kimble, who was signed on Tuesday, may start on Sunday.", "Tuesday", "sign", [["patient", "Ray Kimble"]], ["ray kimble"], TUESDAY, THURSDAY, "passive")],
    ["'re-signed' a day later", told("On Tuesday the Owls re-signed Ray Kimble, who was with them in camp.", "Tuesday", "re-sign", [["agent", "the Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"])],
    ["'picked up' a day later", told("Hanley picked Ray Kimble up on Tuesday after waiving a guard.", "Tuesday", "pick", [["agent", "Hanley"], ["patient", "Ray Kimble"]], ["hanley", "ray kimble"])],
    ["the same day, told as 'inked'", told("The Owls inked Ray Kimble on Monday.", "Monday", "ink", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"], MONDAY)],
  ])("%s", (_name, other) => {
    expect(oneSigning(signedMonday, other)).toBe(true);
    expect(oneSigning(other, signedMonday)).toBe(true);
  });
});

describe("must not be one player's signing", () => {
  it.each<[string, Claim]>([
    ["another player signed the next day", told("The Owls signed Luis Ortiz on Tuesday.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz"])],
    ["the player waived the next day", told("The Owls waived Ray Kimble on Tuesday.", "Tuesday", "waive", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"])],
    ["'picked' as captain, not picked up", told("The Owls picked Ray Kimble as captain on Tuesday.", "Tuesday", "pick", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"])],
    ["the surname alone", told("The Owls signed Kimble on Tuesday.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Kimble"]], ["owls", "kimble"])],
    ["a signing of his past, weeks before the report", told("The Hawks signed Ray Kimble on a Monday in June.", "a Monday in June", "sign", [["agent", "The Hawks"], ["patient", "Ray Kimble"]], ["hawks", "ray kimble"], "2031-06-09")],
    ["a signing ahead, after the report", told("The Owls will sign Ray Kimble on Saturday.", "Saturday", "sign", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"], "2031-09-20")],
    ["the player named as who signed someone else", told("Ray Kimble signed autographs on Tuesday.", "Tuesday", "sign", [["agent", "Ray Kimble"], ["patient", "autographs"]], ["ray kimble"])],
  ])("%s", (_name, other) => {
    expect(oneSigning(signedMonday, other)).toBe(false);
    expect(oneSigning(other, signedMonday)).toBe(false);
  });
  it("two claims of one report", () => {
    const again = { ...told("The Owls signed Ray Kimble on Tuesday.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"]), document: signedMonday.document };
    expect(oneSigning(signedMonday, again)).toBe(false);
  });
});

describe("groups: two days of one signing diverge", () => {
  const passive = told("Ray Kimble, who was signed on Tuesday, may start on Sunday.", "Tuesday", "sign", [["patient", "Ray Kimble"]], ["ray kimble"], TUESDAY, THURSDAY, "passive");
  const again = told("The Owls re-signed forward Ray Kimble on Tuesday.", "Tuesday", "re-sign", [["agent", "The Owls"], ["patient", "forward Ray Kimble"]], ["owls", "ray kimble"]);
  const ortiz = told("The Owls signed Luis Ortiz on Tuesday.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz"]);
  const ortiz2 = told("Luis Ortiz was signed by the Owls on Monday.", "Monday", "sign", [["patient", "Luis Ortiz"]], ["luis ortiz", "owls"], MONDAY, THURSDAY, "passive");
  it("one group per player, of recurring cardinality", () => {
    const groups = signingDayGroups([signedMonday, passive, again, ortiz, ortiz2], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort()).sort()).toEqual([[signedMonday.id, passive.id, again.id].sort(), [ortiz.id, ortiz2.id].sort()].sort());
    expect(groups.every((g) => g.cardinality === "recurring")).toBe(true);
  });
  it("none where every report gives the same day", () => {
    expect(signingDayGroups([passive, again], [])).toEqual([]);
  });
});
