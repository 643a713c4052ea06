/** Parts of a sentence about another occurrence, and the names they keep from a claim outside them. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { actorsOutsideElsewhere, elsewhereSpans } from "../../../src/group/elsewhere.js";
import { ownActors, separates } from "../../../src/group/participants.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

const parts = (sentence: string): string[] => elsewhereSpans(sentence).map(([lo, hi]) => sentence.slice(lo, hi));

describe("elsewhereSpans: where a sentence tells another occurrence", () => {
  it.each([
    ["a sequence with a count of others", "Sunday's stabbing follows two last month in crowded malls in Dunmore and Keld.", "follows two last month in crowded malls in Dunmore and Keld."],
    ["a sequence with 'a similar one'", "The raid on Friday came a week after a similar one in Larkton.", "came a week after a similar one in Larkton."],
    ["'after a smaller one'", "The quake struck Keld on Monday, two days after a smaller one hit Brill.", "after a smaller one hit Brill."],
    ["'followed one in'", "The march followed one in Keld last week.", "followed one in Keld last week."],
    ["the nth this year, and the list after its comma", "The fire on Sunday was the third this year, after blazes in Ashby and Keld, officials said.", "was the third this year, after blazes in Ashby and Keld"],
    ["the latest in a string", "The blast is the latest in a string of attacks in Keld and Brill.", "is the latest in a string of attacks in Keld and Brill."],
    ["a comparison with 'than the one'", "The robbery on Monday was deadlier than the one in Brill last spring.", "than the one in Brill last spring."],
    ["'unlike', up to its comma", "Unlike the march in Dunmore, the rally on Sunday drew 500 people.", "Unlike the march in Dunmore"],
    ["'like an earlier one' between commas", "The crash on Thursday, like an earlier one near Keld, happened at night.", "like an earlier one near Keld"],
    ["a relative clause that says 'also'", "The gunman, who had also attacked a clinic in Keld, opened fire on Monday in Brill.", "who had also attacked a clinic in Keld"],
    ["the worst since", "It was the worst flood since the storms in Ashby in 2004.", "worst flood since the storms in Ashby in 2004."],
    ["last year's", "The strike follows last year's walkout in Brill.", "follows last year's walkout in Brill."],
    ["the cities of a list, with their states", "The siege follows two last week in Orland, Nevada, and Pike, Ohio.", "follows two last week in Orland, Nevada, and Pike, Ohio."],
  ])("%s", (_name, sentence, expected) => {
    expect(parts(sentence)).toEqual([expected]);
  });

  it.each([
    ["an arrest after a chase: the chase is this story's", "He was arrested Monday after a chase in Farley County."],
    ["police who followed the car", "Police followed the car to Ashby, where he was arrested on Friday."],
    ["a bound, not a comparison", "More than 100 people marched in Keld on Sunday."],
    ["a stretch of time, not other events", "The fire followed two days of heat in Ashby."],
    ["a wish, not a likeness", "He would like to sign by Christmas in Keld."],
    ["other people, not other events", "The other two victims were taken to a hospital in Keld."],
    ["'since' a day", "Since Monday, 40 people have been arrested in Keld."],
    ["after this story's own event", "Officers arrived on Friday after the quake in Keld."],
    ["one of a group", "He came after one of the guards in Keld."],
    ["a step, not an event", "It came one step closer to Keld."],
    ["the first to arrive: who, not which event", "On Monday, Ann was the first to arrive in Keld."],
  ])("%s", (_name, sentence) => {
    expect(parts(sentence)).toEqual([]);
  });
});

describe("actorsOutsideElsewhere: the names a claim outside such a part keeps", () => {
  const at = (sentence: string, text: string): number => sentence.indexOf(text);
  it.each([
    [
      "a day before the part: the towns of the others are not its own",
      "Sunday's stabbing in Ashby follows two last month in Dunmore and Keld.",
      "Sunday",
      ["name:ashby", "name:dunmore", "name:keld"],
      ["name:ashby"],
    ],
    [
      "a country named only in the part goes too",
      "The Friday raid follows two last month in Athens and Lyon.",
      "Friday",
      ["France", "Greece", "name:athens", "name:lyon"],
      [],
    ],
    [
      "a name the rest of the sentence gives again stays",
      "Keld's Friday raid follows two last month in Keld and Brill.",
      "Friday",
      ["name:brill", "name:keld"],
      ["name:keld"],
    ],
    [
      "a claim inside the part keeps every name: it is about the other events",
      "Sunday's stabbing in Ashby follows two last month in Dunmore and Keld.",
      "last month",
      ["name:ashby", "name:dunmore", "name:keld"],
      ["name:ashby", "name:dunmore", "name:keld"],
    ],
    [
      "a sentence with no such part keeps every name",
      "He was arrested on Monday after a chase in Farley County.",
      "Monday",
      ["name:farley county"],
      ["name:farley county"],
    ],
  ])("%s", (_name, sentence, text, actors, expected) => {
    expect([...actorsOutsideElsewhere(sentence, at(sentence, text), actors)].sort()).toEqual(expected);
  });
});

describe("a day told with other events' towns is not parted from reports of its own town", () => {
  const dayOf = (sentence: string, text: string, actors: string[], participants: [Participant["role"], string][] = []): Claim =>
    claim(date("2025-05-12"), {
      sentence,
      text,
      actors,
      claimFrame: {
        counted: null,
        predicate: { lemma: "attack", voice: "active" },
        participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
        time: { tally: false, reportedAt: "2025-05-13" },
        attribution: null,
        modality: [],
      },
    });
  const withOthers = dayOf("Monday's stabbing follows two last week in busy squares in Dunmore and Keld.", "Monday", ["name:dunmore", "name:keld"]);
  const ownTown = dayOf("A man stabbed three people in Ashby on Monday.", "Monday", ["name:ashby"], [["place", "Ashby"]]);
  const otherTown = dayOf("A man stabbed three people in Brill on Monday.", "Monday", ["name:brill"], [["place", "Brill"]]);

  it("keeps none of the others' towns as its own", () => {
    expect(ownActors(withOthers)).toEqual([]);
  });
  it("is not kept apart from the report set in its own town", () => {
    expect(separates(withOthers, ownTown)).toBe(false);
    expect(separates(ownTown, withOthers)).toBe(false);
  });
  it("two reports set in two towns by their frames stay apart", () => {
    const placed = dayOf("A man stabbed three people in Dunmore on Monday.", "Monday", ["name:dunmore"], [["place", "Dunmore"]]);
    expect(separates(placed, otherTown)).toBe(true);
  });
});
