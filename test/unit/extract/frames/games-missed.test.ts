/**
 * The games a player missed, told as a part of the club's games
 * ("7 of the Hawks' 12 games"), after a participle glued to a word ("a knee-wrecked campaign,
 * sitting out …"), or with "he" after a sentence about the player. Sentences written for this test; the
 * doers and wholes read by hand.
 */
import { describe, expect, it } from "vitest";
import { unitOf } from "../../../../src/group/occurrence-topics.js";
import { claimsOfText, frame } from "./helpers.js";

const agents = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);

describe("a participle clause's doer past a participle glued to a word by a hyphen", () => {
  it.each<[string, string, string[]]>([
    // must: the doer of the main clause, not the possessor of the games
    ["Varga endured a knee-wrecked 2031 campaign, sitting out 7 of the Hawks' 12 games.", "7", ["varga"]],
    ["Varga played on a rain-soaked pitch, scoring 12 points in the second half.", "12", ["varga"]],
  ])("%s (%s)", (sentence, value, expected) => {
    expect(agents(sentence, value)).toEqual(expected);
  });
  it("must not: a participle with no hyphen before it is the clause's own verb", () => {
    // "Varga was hurt, and the Hawks, plagued by injuries, lost 10 games": the club lost them, not Varga
    expect(agents("Varga was hurt in May, and the Hawks, plagued by injuries, lost 10 games.", "10")).not.toContain("varga");
  });
});

describe("a partitive whose whole has an article before its possessor", () => {
  it("must: the whole has no verb and belongs to the club; the part keeps the player's verb", () => {
    const s = "Varga missed 7 of the Hawks' 12 games this year.";
    const whole = frame(s, "12");
    expect(whole.predicate).toBeNull();
    expect(whole.participants.filter((p) => p.role === "agent").map((p) => p.key)).toEqual(["hawks"]);
    expect(frame(s, "7").modality).toContain("part");
    expect(agents(s, "7")).toEqual(["varga"]);
  });
  it("must not: no count before 'of' is no partitive", () => {
    expect(frame("Varga missed all of the Hawks' 12 games this year.", "12").predicate?.lemma).not.toBe("miss");
    expect(frame("Varga played in the Hawks' 12 games this year.", "12").modality).not.toContain("part");
  });
  it("the part counts the whole's noun, not the people of the club", () => {
    const ten = claimsOfText("Varga missed 7 of the Hawks' 12 games this year.").find((c) => c.text === "7");
    expect(ten && unitOf(ten)).toBe("game");
  });
});

describe("the games a player missed, told with 'he' after a sentence about the player", () => {
  const doer = (text: string, value: string): string[] => {
    const c = claimsOfText(text).find((x) => x.text === value);
    return (c?.claimFrame?.participants ?? []).filter((p) => p.role === "agent").map((p) => p.key);
  };
  it.each<[string, string, string[]]>([
    // must
    ["The Owls kept Varga. Varga came into the year as the top scorer. But he missed 11 games with a bad hip.", "11", ["varga"]],
    ["The Owls kept Varga. Varga joined the club in May. She started 12 games for the Owls.", "12", ["varga"]],
    // must not: a sentence before that opens with an article; a verb that is no player's
    ["The Owls kept Varga. The club came into the year without a top scorer. But he missed 11 games with a bad hip.", "11", []],
    ["The Owls kept Varga. Varga came into the year as the top scorer. He said the Owls lost 11 games.", "11", ["owls"]],
  ])("%s (%s)", (text, value, expected) => {
    expect(doer(text, value)).toEqual(expected);
  });
});
