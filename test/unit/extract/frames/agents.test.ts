/**
 * Who did what to whom: the agent of an offered thing (the party that offers it), the subject of a
 * verb across asides and participle clauses, the person hits land on, and what a count of hits
 * counts. Sentences written for this test; expected roles read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);

describe("the party an offer, a bid or a deal comes from is its agent", () => {
  it.each([
    // a possessive before the figure, or before the noun
    ["The Cubs' $90 million offer was the lowest.", "$90 million", "agent:cubs"],
    ["Denver's offer came to $75 million.", "$75 million", "agent:denver"],
    // a name compounded with the noun
    ["The Rangers bid was $40 million, a source said.", "$40 million", "agent:rangers"],
    // "by …", each of a coordination
    ["That dwarfs the six-year, $80 million offers by the Mets and the Seattle Mariners.", "$80 million", "agent:mets"],
    ["That dwarfs the six-year, $80 million offers by the Mets and the Seattle Mariners.", "$80 million", "agent:seattle mariners"],
    // "from …" after a noun of something offered: who offers it
    ["She accepted a four-year, $60 million deal from the Phillies.", "$60 million", "agent:phillies"],
    ["He still has a $55 million offer on the table from the Astros.", "$55 million", "agent:astros"],
    // the subject of a verb that puts the offer forward
    ["The Detroit Tigers have made the catcher a five-year, $70 million offer.", "$70 million", "agent:detroit tigers"],
    // the verb of offering itself: its subject past an aside, and a list back to its head
    ["The Cubs, according to two reports, have offered him a deal worth $99 million.", "$99 million", "agent:cubs"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it("reads a list the subject closes back to its head", () => {
    const agent = roles("The Tigers board of owner Ann Hale, president Joe Kim and manager Bo Diaz offered him $50 million.", "$50 million").find((r) => r.startsWith("agent:"));
    expect(agent).toMatch(/^agent:tigers board of owner ann hale/);
  });

  it.each([
    // "from" after a noun of something offered is no place
    ["She accepted a four-year, $60 million deal from the Phillies.", "$60 million", "place:phillies"],
    // a place "from" stays a place where nothing is offered
    ["Two families fled 30 miles from Gorkha.", "30 miles", "agent:gorkha"],
    // a possessive that owns something other than the event noun is not its agent
    ["The mayor's car cost $40,000.", "$40,000", "agent:mayor"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});

describe("the subject of the value's verb", () => {
  it.each([
    // a participle clause takes the subject of its main clause
    ["On Sunday, 41-year-old Peter Hale died after slipping and falling about 80m from a ledge.", "about 80m", "agent:peter hale"],
    ["A hiker died on Sunday after falling 80 meters from a ledge.", "80 meters", "agent:hiker"],
    // past an age in commas, and coordinated verbs
    ["Anna Ross, 29, fell about 500 feet while hiking.", "about 500 feet", "agent:anna ross"],
    ["Tom Webb slipped and fell 40 metres into a crevasse.", "40 metres", "agent:tom webb"],
    // a passive with "by" and the count: the person is the patient
    ["Police said the youth was hit by six bullets.", "six", "patient:youth"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it.each([
    // an apposition that names the subject
    ["Another hiker, 36-year-old Jo Reid, died after falling 60 metres.", "60 metres", "agent:jo reid"],
    // two asides in a row
    ["Sam Cole, originally from Leeds, but living in York, fell about 300 feet on Sunday.", "about 300 feet", "agent:sam cole"],
    // a preposition's object is not the subject: the head it hangs on is
    ["Payments to the Hill Valley Relief and Rescue Agency are estimated at $2 billion.", "$2 billion", "patient:payments"],
    // a plural common noun that opens the sentence is written small
    ["Expenditures are estimated at $4 billion this year.", "$4 billion", "patient:expenditures"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it("keeps a name's capital where it opens the sentence", () => {
    expect(frame("Marfin Bank staff were evacuated after 12 people were hurt.", "12").participants.map((p) => p.text).join(" ")).not.toMatch(/^marfin/);
    expect(frame("Teague was offered $150 million.", "$150 million").participants.find((p) => p.role === "patient")?.text).toBe("Teague");
  });

  it.each([
    // "he" or "she" is the one person named before it
    ["The next day, Smith's autopsy showed he had been stabbed five times.", "five", "patient:smith"],
    ["Jane Holt told the court she had paid $4,000 for the car.", "$4,000", "agent:jane holt"],
  ])("%s → %s has %s", (sentence, value, expected) => {
    expect(roles(sentence, value)).toContain(expected);
  });

  it("leaves 'he' unknown when two people were named before it", () => {
    expect(roles("Smith told Jones he had paid $4,000.", "$4,000").filter((r) => r.startsWith("agent:"))).toEqual([]);
  });

  it.each([
    // a residence aside says where someone lives, not where the event was
    ["Sam Cole, originally from Leeds, but living in York, fell about 300 feet on Sunday.", "about 300 feet", "place:york"],
    ["Sam Cole, originally from Leeds, but living in York, fell about 300 feet on Sunday.", "about 300 feet", "place:leeds"],
    // the preposition's object is no subject
    ["Payments to the Hill Valley Relief and Rescue Agency are estimated at $2 billion.", "$2 billion", "patient:rescue agency"],
    // a relative clause says where someone lived, not where the event was
    ["The climber, who had lived in Perth, fell 90 metres down a chute.", "90 metres", "place:perth"],
    // the person hits land on is no agent
    ["Police said the youth was hit by six bullets.", "six", "agent:youth"],
    // a count's noun the tagger reads as a verb is no subject of the next verb
    ["Jones hit 33 home runs and drove in 102 runs.", "102", "agent:home"],
  ])("%s → %s has no %s", (sentence, value, unexpected) => {
    expect(roles(sentence, value)).not.toContain(unexpected);
  });
});

describe("a figure joined to the one before with no verb of its own shares its verb", () => {
  it.each([
    ["The Cubs offered him a deal worth $150 million or $21 million per season.", "$21 million", "offer"],
    ["The club paid $5 million and $2 million in bonuses.", "$2 million", "pay"],
  ])("%s → %s has predicate %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a sum with no verb of its own, after a noun of something offered in its clause
    ["The deal is said to be for eight years and could be up to $90 million.", "up to $90 million", "deal"],
    ["The Reds have the lowest bid, a proposal reportedly worth $60 million.", "$60 million", "offer"],
  ])("%s → %s has predicate %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it("takes no offered thing across a clause's end", () => {
    expect(frame("The deal fell through; repairs cost the town $5 million.", "$5 million").predicate?.lemma).not.toBe("deal");
  });

  it("keeps a joined figure's own verb", () => {
    expect(frame("The quake killed 40 people and injured 200.", "200").predicate?.lemma).toBe("injure");
  });
});

describe("hits on someone are one count, however written", () => {
  it.each([
    ["Police said the youth was hit by six bullets.", "six", "hit"],
    ["The man was shot nine times outside his home.", "nine", "hit"],
    ["Four bullets struck the driver.", "Four", "hit"],
    ["The boy was stabbed 12 times.", "12", "hit"],
    ["Officers fired 14 shots, and three of them hit the car.", "three", "hit"],
    // must not: shots fired, times of other verbs
    ["Officers fired 14 shots at the car.", "14", "shot"],
    ["She visited the clinic three times.", "three", "time"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it("'shot nine times' and 'hit by nine bullets' are claims of one unit", async () => {
    const { claimsOfText } = await import("./helpers.js");
    const units = ["The man was shot nine times.", "The man was hit by nine bullets."].map((t) => {
      const c = claimsOfText(t).find((x) => x.text.toLowerCase() === "nine");
      return c?.value.type === "quantity" ? c.value.unit : null;
    });
    expect(units).toEqual(["hit", "hit"]);
  });
});

describe("a part of the figure before, that a relative clause is about", () => {
  it("counts what the figure before counts and does the clause's verb", () => {
    const f = frame("Seven bullets hit the man, including three that entered his back.", "three");
    expect([f.counted, f.predicate?.lemma]).toEqual(["hit", "enter"]);
  });
  it.each([
    // the count is the clause's object: its verb has another subject
    ["Police listed three that officers had found.", "three", "find"],
  ])("%s → %s does not take %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});

describe("a point before a figure is no sentence's end", () => {
  it("reads the verb before a batting average", () => {
    expect(frame("Smith hit .311 with 35 homers last season.", "35").predicate?.lemma).toBe("hit");
  });
});

describe("a count of a compound whose plural head the tagger reads as a verb", () => {
  it.each([
    ["Smith hit 41 home runs last season.", "41", "home run"],
    ["The striker took 12 free kicks in the match.", "12", "kick"],
    // another name of the same thing
    ["Smith hit .311 with 35 homers last season.", "35", "home run"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});

describe("a 'by …' after an event noun past a word of another happening is that happening's", () => {
  it.each<[string, string, string, boolean]>([
    // must not: the one who replaced, followed or beat him is no agent of the games he lasted
    ["The club then hired Lund, who lasted 38 games before being replaced by Ivo Marsh.", "38", "agent:ivo marsh", false],
    ["Okafor lasted 40 matches until she was succeeded by Dee Hart.", "40", "agent:dee hart", false],
    // must: a "by …" right after the noun stays its agent
    ["That dwarfs the six-year, $80 million offers by the Mets and the Seattle Mariners.", "$80 million", "agent:mets", true],
  ])("%s (%s): %s is %s", (sentence, value, role, expected) => {
    expect(roles(sentence, value).includes(role)).toBe(expected);
  });
});
