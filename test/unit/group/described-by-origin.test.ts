/**
 * A person told by an indefinite description whose proper names only say where they come from or
 * belong ("a Dunmore gang member", "an Ohio inmate") is compared as "a Canadian skier" is: the
 * names part the person from another such description ("a Keld man"), not from a person named
 * elsewhere ("Tam Roe"), who may be the same man. Sentences and names written for this test.
 */
import { describe, expect, it } from "vitest";
import { separates } from "../../../src/group/participants.js";
import { date, toldIn } from "../../helpers/claims.js";

const day = date("2024-03-12");
const convicted = (sentence: string, patient: string, reportedAt: string) =>
  toldIn(day, sentence, "March 12", { lemma: "convict", voice: "active", reportedAt, participants: [["patient", patient]] });

describe("a description by origin against a name: not kept apart", () => {
  it.each([
    ["A jury on March 12 convicted a Dunmore gang member of the killing.", "a Dunmore gang member", "Tam Roe was convicted March 12 of murder.", "Tam Roe"],
    ["The court on March 12 convicted an Ohio inmate of the stabbing.", "an Ohio inmate", "Ray Lusk was convicted March 12 of the stabbing.", "Ray Lusk"],
    ["Jurors convicted a Lake Forest man on March 12 of arson.", "a Lake Forest man", "Ed Marr was convicted March 12 of arson.", "Ed Marr"],
  ])("%s / %s", (sa, pa, sb, pb) => {
    expect(separates(convicted(sa, pa, "2024-03-12"), convicted(sb, pb, "2024-04-02"))).toBe(false);
  });
});

describe("must still keep apart", () => {
  it.each([
    // two descriptions from two places
    ["A jury on March 12 convicted a Dunmore gang member of the killing.", "a Dunmore gang member", "A jury on March 12 convicted a Keld gang member of arson.", "a Keld gang member"],
    // two names
    ["Tam Roe was convicted March 12 of murder.", "Tam Roe", "Ray Lusk was convicted March 12 of murder.", "Ray Lusk"],
    // a description headed by a name is a name: it parts from another name
    ["A jury on March 12 convicted Dunmore Deputy Ann Vole of fraud.", "Dunmore Deputy Ann Vole", "Ray Lusk was convicted March 12 of fraud.", "Ray Lusk"],
  ])("%s / %s", (sa, pa, sb, pb) => {
    expect(separates(convicted(sa, pa, "2024-03-12"), convicted(sb, pb, "2024-04-02"))).toBe(true);
  });
});
