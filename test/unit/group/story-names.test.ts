/**
 * A club, a paper or a firm named by its home and its own name ("the Hartwell Hawks") is told by
 * either part alone in the story's other sentences ("the Hartwell offer", "the Hawks offer"): the
 * parts are one party there. Sentences written for this test; what ties and what stays apart was
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { learnStoryNames, partiesOf, separates } from "../../../src/group/participants.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The claims of each text as one document of one story. */
function story(...texts: string[]): Claim[][] {
  return texts.map((t, i) => claimsOfText(t).map((c) => ({ ...c, document: `d${i}.txt`, story: "s-1" })));
}
const money = (claims: Claim[], text: string): Claim => {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim “${text}”`);
  return c;
};

describe("a name told by its home alone", () => {
  it("'the Hartwell offer' and 'the Hawks offer' are one party's where the story writes 'the Hartwell Hawks'", () => {
    const [full, home, own] = story(
      "The Hartwell Hawks offered the pitcher $120 million on Monday, the Hawks said.",
      "On Tuesday, reports pegged the Hartwell offer at $110 million.",
      "The Hawks offer was worth $120 million, the Hawks confirmed.",
    );
    const [a, b] = [money(home!, "$110 million"), money(own!, "$120 million")];
    expect(separates(a, b)).toBe(true); // not yet learned: two names, none in common
    learnStoryNames([...full!, ...home!, ...own!]);
    expect(separates(a, b)).toBe(false);
  });

  it("a home that opens two names of the story stands for neither", () => {
    const [full, paper, home, own] = story(
      "The Hartwell Hawks offered the pitcher $120 million on Monday, the Hawks said.",
      // (the paper is in the story, not only credited with a report: extract/actors.ts creditedOutlet)
      "The Hartwell Gazette was sold on Tuesday, and the Gazette will close its print edition.",
      "On Tuesday, reports pegged the Hartwell offer at $110 million.",
      "The Hawks offer was worth $120 million, the Hawks confirmed.",
    );
    const [a, b] = [money(home!, "$110 million"), money(own!, "$120 million")];
    learnStoryNames([...full!, ...paper!, ...home!, ...own!]);
    expect(separates(a, b)).toBe(true);
  });

  it("a home given as where something happened is the place, not the club", () => {
    const [full, place, own] = story(
      "The Hartwell Hawks offered the pitcher $120 million on Monday, the Hawks said.",
      "He joins a franchise in Hartwell that won two games last season.",
      "The Hawks won 10 games this season, the Hawks said.",
    );
    learnStoryNames([...full!, ...place!, ...own!]);
    const where = partiesOf(money(place!, "two")).filter((p) => p.role === "place");
    expect(where.flatMap((p) => p.names)).toEqual(["name:hartwell"]);
  });

  it("two names that only stand side by side, with no 'the' before them, are not one", () => {
    const [side, home, own] = story(
      "Officials met Ward Kessler on Monday, and Kessler said Ward would reply.",
      "Several reports pegged the Ward offer at $110 million.",
      "The Kessler offer was worth $120 million.",
    );
    learnStoryNames([...side!, ...home!, ...own!]);
    expect(separates(money(home!, "$110 million"), money(own!, "$120 million"))).toBe(true);
  });
});

describe("a figure with no verb of its own, of an event named by whose it is", () => {
  it("takes the topic of the event's noun", () => {
    const claims = claimsOfText("Analysts pegged the Corvane bid at $2.1 billion, though some said the figure was lower, perhaps $1.8 billion.");
    expect(money(claims, "$1.8 billion").rule).toBe("deal-value");
  });

  it("not when the event says nothing of whose it is", () => {
    const claims = claimsOfText("Analysts pegged the bid at $2.1 billion, though some said the figure was lower, perhaps $1.8 billion.");
    expect(money(claims, "$1.8 billion").rule).not.toBe("deal-value");
  });
});
