/** The tagger: offsets into the sentence as written, parts of speech, lemmas. */
import { describe, expect, it } from "vitest";
import { closeSpacedContractions, tagSentence, unshout } from "../../../src/extract/tag/tagger.js";

describe("tagSentence", () => {
  const s = "The rescuers couldn't reach the 14 miners trapped below.";
  const tokens = tagSentence(s);
  it("points every token at its text", () => {
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
  it.each([
    ["rescuers", "NOUN", "rescuer"],
    ["reach", "VERB", "reach"],
    ["14", "NUM", "14"],
    ["miners", "NOUN", "miner"],
    ["trapped", "VERB", "trap"],
  ])("%s is %s, lemma %s", (text, pos, lemma) => {
    const t = tokens.find((x) => x.text === text);
    expect(t?.pos).toBe(pos);
    expect(t?.lemma).toBe(lemma);
  });
  it("splits a contraction into parts that are substrings", () => {
    expect(tokens.filter((t) => t.start >= s.indexOf("couldn't") && t.end <= s.indexOf("couldn't") + 8).map((t) => t.text).join("")).toBe("couldn't");
  });
});

describe("tagSentence is the same whatever was read before", () => {
  const tags = (s: string): string[] => tagSentence(s).map((t) => `${t.text}/${t.pos}/${t.lemma}`);

  // Each of these reads, first, a sentence in which a fresh tagger cuts a word out of a longer
  // token; a tagger that kept what it had read would read that word so ever after.
  it("reads digits split off a word before as a number", () => {
    tagSentence("In 2021 the rookie hit.8317 over the summer.");
    expect(tags("Inspectors found 8317 cracks in the hull.")).toContain("8317/NUM/8317");
  });

  it("reads a word whose possessive was read whole before an ellipsis as a noun", () => {
    tagSentence("In 2019 the staff asked about the ministry's... plans.");
    expect(tags("The ministry's 240 staff were paid in 2020.").slice(0, 3)).toEqual(["The/DET/the", "ministry/NOUN/ministry", "'s/PART/'s"]);
  });

  it("always splits a possessive from its word (the tokenizer would otherwise keep a word it once read whole)", () => {
    const before = tagSentence("Savers may draw on their IRA's funds, the plan says.").map((t) => t.text);
    tagSentence("Contributions to IRA's, 401(k)s and pensions rose; IRA's were popular.");
    const after = tagSentence("Savers may draw on their IRA's funds, the plan says.").map((t) => t.text);
    expect(before).toEqual(after);
    expect(after).toContain("IRA");
    expect(after).toContain("'s");
  });
});

describe("nouns the model reads as verbs where no verb can stand", () => {
  const posOf = (s: string, word: string): string | undefined => tagSentence(s).find((t) => t.text === word)?.pos;
  it.each([
    ["According to police, the driver had a knife.", "police", ["NOUN"]],
    ["The lorry left early, according to police.", "police", ["NOUN"]],
    ["According to reports, the van was red.", "reports", ["NOUN"]],
    ["Cook told the court he was at home.", "Cook", ["PROPN", "NOUN"]],
    ["Asked again, Cook said the gun was never his.", "Cook", ["PROPN", "NOUN"]],
  ])("%s: %s", (s, word, expected) => {
    expect(expected).toContain(posOf(s, word));
  });
  it.each([
    ["The town hired guards to police the streets.", "police", "VERB"],
    ["They said the plan would work.", "said", "VERB"],
  ])("must not: %s", (s, word, expected) => {
    expect(posOf(s, word)).toBe(expected);
  });
});

describe("capitals of emphasis at the start of a story are read in lower case", () => {
  it.each([
    ["A HUGE blaze gutted the mill overnight.", "A huge blaze gutted the mill overnight."],
    ["FLOOD water reached the square by noon.", "Flood water reached the square by noon."],
    ["THE council voted to close the pool.", "The council voted to close the pool."],
    ["POLICE officers sealed off the street.", "Police officers sealed off the street."],
  ])("%s → %s", (sentence, read) => {
    expect(unshout(sentence)).toBe(read);
    expect(unshout(sentence).length).toBe(sentence.length);
  });

  it.each([
    // acronyms and short words keep their capitals
    ["NATO troops crossed the river at dawn."],
    ["US troops crossed the river at dawn."],
    // a line in capitals is a headline, not emphasis
    ["POLICE SAY FIVE HURT IN CRASH"],
    // capitals inside a sentence are left alone
    ["Crews from KELBY station arrived first."],
  ])("%s is left as written", (sentence) => {
    expect(unshout(sentence)).toBe(sentence);
  });

  it("a word in capitals of emphasis is not tagged as a name", () => {
    const tokens = tagSentence(unshout("A HUGE blaze gutted the mill overnight."));
    expect(tokens.find((t) => t.text.toLowerCase() === "huge")?.pos).not.toBe("PROPN");
  });
});

describe("a past participle read as an adjective between 'be' and 'by' is a passive verb", () => {
  const word = (s: string, w: string): string => {
    const t = tagSentence(s).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["The barn blaze was extinguished by 5:50 a.m., the chief said.", "extinguished", "VERB/extinguish"],
    ["The bridge was quickly reopened by noon on Friday.", "reopened", "VERB/reopen"],
    ["The depot was evacuated by staff within minutes.", "evacuated", "VERB/evacuate"],
  ])("%s: %s is %s", (sentence, w, expected) => {
    expect(word(sentence, w)).toBe(expected);
  });
  it.each([
    // no "by" after it: a state
    ["The barn blaze is extinguished now, the chief said.", "extinguished"],
    // no "be" before it
    ["Crews doused the extinguished blaze by the river.", "extinguished"],
  ])("%s: %s stays no verb", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB/);
  });
});

describe("a word in -s between a name and a day is a verb in the present tense", () => {
  const word = (s: string, w: string): string => {
    const t = tagSentence(s).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it("reads it as the verb, with its base form", () => {
    expect(word("Coach Harlan returns tomorrow after his surgery.", "returns")).toBe("VERB/return");
  });
  it.each([
    // no name before it
    ["The late tax returns Monday were filed again.", "returns"],
    // no day after it
    ["Harlan's returns on the fund were low.", "returns"],
  ])("%s: %s stays a noun", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB/);
  });
});

describe("a simple past the model's lexicon lacks is a verb", () => {
  const word = (sentence: string, w: string): string => {
    const t = tagSentence(sentence).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["Ada Lind, who swam for Norway in the 1980s, has died.", "swam", "VERB/swim"],
    ["The mourners knelt by the grave on Sunday.", "knelt", "VERB/kneel"],
    ["He drank from the well before dawn.", "drank", "VERB/drink"],
    ["The lights shone over the harbour all night.", "shone", "VERB/shine"],
  ])("%s: %s is %s", (sentence, w, expected) => {
    expect(word(sentence, w)).toBe(expected);
  });
  it("a word that names a property of every object is no such form", () => {
    expect(word("The constructor of the bridge was paid in 1931.", "constructor")).not.toMatch(/^VERB/);
  });
  it("a capitalized form inside a sentence is a name's", () => {
    expect(word("They camped at Lake Shone for a week.", "Shone")).not.toMatch(/^VERB/);
  });
});

describe("a prefix glued to the simple past of an irregular verb is that prefixed verb", () => {
  const word = (sentence: string, w: string): string => {
    const t = tagSentence(sentence).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["Rovers supporters overtook the stands at Elm Park on Sunday evening.", "overtook", "VERB/overtake"],
    ["The clerk mistook the parcel for a bomb.", "mistook", "VERB/mistake"],
    ["Kemp outran two defenders on Saturday.", "outran", "VERB/outrun"],
    ["Her aunt retold the story at the wake.", "retold", "VERB/retell"],
    ["The widow forgave the driver in court on Monday.", "forgave", "VERB/forgive"],
    ["The mob overthrew the council in 1848.", "overthrew", "VERB/overthrow"],
  ])("%s: %s is %s", (sentence, w, expected) => {
    expect(word(sentence, w)).toBe(expected);
  });
  it.each([
    // before a noun it describes
    ["The underpaid nurses left on Friday.", "underpaid"],
    ["An overheard remark made the rounds on Friday.", "overheard"],
    // a prefixed form whose base is no word of the lexicon
    ["Shares looked overbought on Tuesday.", "overbought"],
    // no prefixed past at all
    ["The overhead lights failed on Monday.", "overhead"],
    // a capitalized form inside a sentence is a name's
    ["They met at Fort Overtook in May.", "Overtook"],
  ])("%s: %s is no prefixed past", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB\/(?:over|out|re|mis|for|be|un)/);
  });
});

describe("a past form in -ed right after a subject pronoun is the clause's verb", () => {
  const word = (sentence: string, w: string): string => {
    const t = tagSentence(sentence).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["Ana Ruiz, the singer who starred in several comedies of the 1970s, has died.", "starred", "VERB/star"],
    ["They scripted the show in 1999.", "scripted", "VERB/script"],
  ])("%s: %s is %s", (sentence, w, expected) => {
    expect(word(sentence, w)).toBe(expected);
  });
  it.each([
    // after an article, a past form describes a noun
    ["The starred review ran on Monday.", "starred"],
    ["a scripted show aired in 1999", "scripted"],
  ])("%s: %s stays no verb", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB/);
  });
});


describe("'dates' after a noun and before 'to', 'from' or 'back to' and a year is the verb of when a thing began", () => {
  const word = (s: string, w: string): string => {
    const t = tagSentence(s).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["The old granary dates to 1911, when the first farmers came.", "dates"],
    ["The mill dates back to the 1890s.", "dates"],
    ["The chapel dates from the 14th century.", "dates"],
  ])("%s: %s is the verb 'date'", (sentence, w) => {
    expect(word(sentence, w)).toBe("VERB/date");
  });
  it.each([
    // no year after it
    ["The key dates to remember are in May.", "dates"],
    // no noun before it
    ["Of the dates to 1911 only three are known.", "dates"],
  ])("%s: %s stays no verb", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB/);
  });
});

describe("a verb of saying in -s right after a name and before 'the' or 'that' is the name's verb", () => {
  const word = (s: string, w: string): string => {
    const t = tagSentence(s).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["The Keld Courier reports the cost of the hall at $4,000.", "reports", "VERB/report"],
    ["Ann Vale estimates the crowd at 3,000.", "estimates", "VERB/estimate"],
  ])("%s: %s is %s", (sentence, w, expected) => {
    expect(word(sentence, w)).toBe(expected);
  });
  it.each([
    // a verb follows: the reports are a thing
    ["Keld reports show the cost rose.", "reports"],
    // no name before it
    ["The reports that came in were late.", "reports"],
  ])("%s: %s stays no verb", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB/);
  });
});

describe("a participle read as an adjective, with a word that dates it in its clause, is a verb", () => {
  const word = (s: string, w: string): string => {
    const t = tagSentence(s).find((x) => x.text === w);
    return `${t?.pos}/${t?.lemma}`;
  };
  it.each([
    ["Nico Ferra was married for the second time about three weeks ago.", "married", "VERB/marry"],
    ["The couple married about a month ago in Keld.", "married", "VERB/marry"],
    ["Dana Voss was divorced last year, her lawyer said.", "divorced", "VERB/divorce"],
    // a day or a month cut short
    ["Nico Ferra was married Thurs. in Keld.", "married", "VERB/marry"],
    ["Dana Voss was divorced Sept. 3 in Keld.", "divorced", "VERB/divorce"],
  ])("must match: %s: %s is %s", (sentence, w, expected) => {
    expect(word(sentence, w)).toBe(expected);
  });
  it.each([
    // no word that dates it in its clause: a state
    ["Nico Ferra was married with three daughters.", "married"],
    // the clause ends before the day
    ["Nico Ferra was married, and on Friday he moved to Keld.", "married"],
    // before its noun: an adjective
    ["The married couple left Keld on Friday.", "married"],
    // a name that starts like a short month or weekday, with no period, dates nothing
    ["Nico Ferra was married to Jan Ostrow.", "married"],
    ["Nico Ferra was married to Li Sun for years.", "married"],
  ])("must not match: %s: %s stays no verb", (sentence, w) => {
    expect(word(sentence, w)).not.toMatch(/^VERB/);
  });
});

describe("contractions printed with spaces around the apostrophe are read closed up", () => {
  it.each([
    ["The Owls didn ’ t find the net for nine minutes.", "The Owls didn’t   find the net for nine minutes."],
    ["She couldn ' t reach the ferry.", "She couldn't   reach the ferry."],
    ["We ’ re told the vote can ’ t wait.", "We’re   told the vote can’t   wait."],
    ["They ’ ve waited, and I ’ m sure he ’ d agree.", "They’ve   waited, and I’m   sure he’d   agree."],
    ["The mayor ’ s office says it ’ ll rain.", "The mayor’s   office says it’ll   rain."],
  ])("%s → %s", (sentence, read) => {
    expect(closeSpacedContractions(sentence)).toBe(read);
    expect(closeSpacedContractions(sentence).length).toBe(sentence.length);
  });

  it.each([
    // a quote closed before a word, a plural possessive, a contraction already closed
    ["Fans booed the ‘ old ’ tactics again."],
    ["The Rams ’ coach resigned on Monday."],
    ["The pilots wouldn’t land at Orly."],
    // "’ t" after a letter other than n is no contraction
    ["The word ‘ it ’ t was a misprint."],
    // a letter after the ending: a word, not a contraction
    ["Fans said ‘ thanks ’ most loudly."],
  ])("%s is left as written", (sentence) => {
    expect(closeSpacedContractions(sentence)).toBe(sentence);
  });

  it("the verb after a spaced contraction is tagged as a verb, its negation as a particle", () => {
    const tokens = tagSentence(closeSpacedContractions("The Owls wouldn ’ t score again for six minutes."));
    expect(tokens.find((t) => t.lemma === "score")?.pos).toBe("VERB");
    expect(tokens.find((t) => t.lemma === "not")?.pos).toBe("PART");
  });
});
