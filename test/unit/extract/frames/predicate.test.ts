/** Component: the predicate a value completes, with its voice. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("predicate", () => {
  it.each([
    ["The blast killed 14 soldiers near the gate.", "14", "kill", "active"],
    ["Police said 9 people were injured in the clashes.", "9", "injure", "passive"],
    ["An aftershock struck at 4 a.m. on 12 May 2024.", "12 May 2024", "strike", "active"],
    ["The firm bought the chain for $800 million in cash.", "$800 million", "buy", "active"],
    ["Norway recognized the new government in June 1998.", "June 1998", "recognize", "active"],
    ["The two leaders signed the pact in April 2019.", "April 2019", "sign", "active"],
    ["Exports fell 8 percent last year.", "8 percent", "fall", "active"],
    // apposition and parenthesis between the count and its verb
    ["Four people, two of them children, were killed in the fire.", "Four", "kill", "passive"],
    ["Six guards (all of them unarmed) were wounded.", "Six", "wound", "passive"],
    // the number far from its verb, a reporting verb in between
    ["The attack killed, officials said, at least 23 people.", "at least 23", "kill", "active"],
    // an event noun as predicate: the count's own noun, after a light verb, or by a date
    ["Police made 37 arrests overnight.", "37", "arrest", null],
    ["The Tuesday night attack left the square in ruins.", "Tuesday night", "attack", null],
    ["He is due at a court hearing on 3 June 2024.", "3 June 2024", "hearing", null],
  ])("%s → %s: %s (%s)", (sentence, value, lemma, voice) => {
    const p = frame(sentence, value).predicate;
    expect(p?.lemma).toBe(lemma);
    expect(p?.voice ?? null).toBe(voice);
  });

  describe("several values in one sentence each get their own predicate", () => {
    it.each([
      // coordination: each count takes the complement after it
      ["The floods left 41 people dead and about 600 injured.", "41", "die"],
      ["The floods left 41 people dead and about 600 injured.", "about 600", "injure"],
      // "shooting three people, killing one": three were shot, one was killed
      ["The sniper fired on the market, hitting five people and killing two.", "five", "hit"],
      ["The sniper fired on the market, hitting five people and killing two.", "two", "kill"],
      // the object of a verb right before it, whatever the subject's verb further on
      ["The hearing of the guard charged with stabbing four inmates, killing one of them, opens today.", "four", "stab"],
      ["A gunman opened fire in the depot, killing three drivers and wounding two others.", "two", "wound"],
      // a composite count: both parts complete the verb after the coordination
      ["Three men and two women drowned when the boat capsized.", "Three", "drown"],
      ["Three men and two women drowned when the boat capsized.", "two", "drown"],
    ])("%s → %s: %s", (sentence, value, lemma) => {
      expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
    });
    it.each([
      ["The sniper fired on the market, hitting five people and killing two.", "five", "kill"],
      ["The floods left 41 people dead and about 600 injured.", "about 600", "die"],
    ])("%s → %s is not %s", (sentence, value, lemma) => {
      expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
    });
  });
});

describe("a value in a parenthesis converts the value before it and shares its predicate", () => {
  it.each([
    // every figure of the parenthesis, after ";", "," or "/", restates the same amount
    ["The burglars took 3m crowns (£240,000; $300,000) in coins from the vault.", "$300,000", "take"],
    ["The burglars took 3m crowns (£240,000; $300,000) in coins from the vault.", "£240,000", "take"],
    ["The lottery paid 5m kronor (£380,000, $480,000) to a single winner.", "$480,000", "pay"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it.each([
    // a figure after a comma outside any parenthesis has its own verb
    ["The storm left 20 people dead, 30 were hurt.", "30", "take"],
  ])("%s → %s is not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});

describe("a passive verb of order in time gives way to the event noun after 'by'", () => {
  it.each([
    ["This was followed by a full reinstatement of the line on 3 May 2024.", "3 May 2024", "reinstatement"],
    ["The vote was preceded by a walkout on 12 June 2024.", "12 June 2024", "walkout"],
    ["The outage was followed by a partial restoration of service on 9 March 2024.", "9 March 2024", "restoration"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it.each([
    // a noun that names no event, and the value as the doer
    ["The convoy was followed by police on 4 April 2024.", "4 April 2024", "police"],
    ["The coffin was followed by 300 mourners.", "300", "mourner"],
  ])("%s → %s is not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});

describe("a date's predicate where the tagger or the layout hides it", () => {
  it.each([
    // a date that opens its sentence frames its clause, with no comma after it
    // (the date's frame then names the happening: a march is a protest, suffering an outage an outage)
    ["On Friday a crowd of about 300 people marched to the town hall.", "Friday", "protest"],
    ["This morning one of the region's largest carriers, Velo, suffered an outage.", "This morning", "outage"],
    ["On Sunday at the harbour of the old town, a ferry caught fire.", "Sunday", "catch"],
    ["(Mon, 3 Oct 2011) This afternoon the mill stopped its presses.", "This afternoon", "stop"],
    // a date dates a report: the reporting verb after it is its predicate
    ["Reports on Wednesday evening suggested that the dam had cracked.", "Wednesday evening", "suggest"],
    // a past form read as an adjective that takes an object
    ["The frigate on Monday foiled a hijacking off the coast.", "Monday", "foil"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it.each([
    // not sentence-opening: the comma rule alone applies, and the verb before wins
    ["The mayor met the crowd on Friday a week after the vote.", "Friday", "meet"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it("a word right after a modal is its verb: 'may last a few days'", () => {
    const f = frame("Engineers said the outage may last for a few days.", "a few days");
    expect([f.predicate?.lemma, f.counted]).toEqual(["last", "duration"]);
  });
  it("a currency sign lost in encoding does not cut the clause: 'to lend? 40bn'", () => {
    expect(frame("Parliament backed the plan to lend? 40bn to the utility.", "40bn").predicate?.lemma).toBe("lend");
  });
});

describe("a concessive clause keeps its figure from the verb of the clause before it", () => {
  it.each([
    // the verb before "though"/"although"/"whereas" is not the figure's
    ["Estimates of the damage differed, though the insurer put it at $9 million.", "$9 million", "differ"],
    ["Turnout rose sharply, although only 40 percent of women voted.", "40 percent", "rise"],
    ["The first poll favoured him, whereas a later one gave him 38 percent.", "38 percent", "favour"],
  ])("%s → %s is not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
  it.each([
    // its own verb inside the clause still counts, and a plain comma is crossed as before
    ["Talks stalled, although the club offered $12 million.", "$12 million", "offer"],
    ["Although police arrested 14 people, the march went on.", "14", "arrest"],
    ["The gunman opened fire, killing four people.", "four", "kill"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a length of time a noun is 'of' measures that noun", () => {
  it.each([
    ["The fault caused downtime of around two hours in the east.", "around two hours", "frame:duration/downtime"],
    ["The ferry sailed after a delay of 40 minutes.", "40 minutes", "frame:duration/delay"],
    ["A wait of three days at the crossing angered drivers.", "three days", "frame:duration/wait"],
    ["The storm led to a delay of two hours.", "two hours", "frame:duration/delay"],
  ])("%s → %s: %s", (sentence, value, rule) => {
    expect(frame(sentence, value).rule).toBe(rule);
  });
  it.each([
    // nouns that only say that a length is one
    ["Prices rose over a period of two years.", "two years", "frame:duration/period"],
    ["The hall filled in the space of an hour.", "an hour", "frame:duration/space"],
    // the object of a verb with a meaning of its own: the verb stays the predicate
    ["He served a reduced sentence of four months in a county jail.", "four months", "frame:duration/sentence"],
  ])("%s → %s is not %s", (sentence, value, rule) => {
    expect(frame(sentence, value).rule).not.toBe(rule);
  });
});

describe("a length of time after a form of 'be' measures the noun before it", () => {
  it.each([
    ["Total delay was 2 hours 20 minutes, the airline said.", "2 hours 20 minutes", "frame:duration/delay"],
    ["The blackout was about three hours in the north.", "about three hours", "frame:duration/blackout"],
    ["The wait is 40 minutes at the border.", "40 minutes", "frame:duration/wait"],
  ])("%s → %s: %s", (sentence, value, rule) => {
    expect(frame(sentence, value).rule).toBe(rule);
  });
  it.each([
    // a pronoun or no noun before "be": nothing to measure
    ["It was 40 minutes before help came.", "40 minutes"],
    ["That was two years ago.", "two years"],
  ])("%s → %s has no holder", (sentence, value) => {
    expect(frame(sentence, value).rule ?? "").not.toMatch(/^frame:duration\/(?:it|that)$/);
  });
  it("a verb of the duration stays its predicate", () => {
    expect(frame("The blackout lasted three hours.", "three hours").rule).toBe("frame:duration/last");
  });
});

describe("a date closing its clause after a list of places takes the clause's verb", () => {
  // the commas of an address and a clock time between the verb and the date do not use up the reach
  it.each([
    // ("were called" there would be a call-out, which dates the emergency: date-happening.test.ts)
    ["Crews were sent at 05:40 GMT to the timber yard in Mill Lane, Harrowby, on Sunday.", "Sunday", "send"],
    ["The ferry was towed at 11:15 to the repair dock on Quay Road, Port Elsing, Kent, on Friday.", "Friday", "tow"],
    ["A lorry overturned at about 7 a.m. near the roundabout on the Old Bath Road, Kelby, on Monday.", "Monday", "overturn"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a figure still counts every token: a number far past its clause's verb is not that verb's object
    ["Inspectors visited the plant, the depot, the offices, the yards, the sheds, the docks, the mill and then its 14 stores.", "14"],
  ])("%s → %s has no far verb", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe("visit");
  });
});

describe("a count added to others is the object of the verb before its increment words", () => {
  it.each([
    ["Fire crews called a further three appliances to help.", "three", "call"],
    ["On arrival they called in an additional five engines and a ladder.", "five", "call"],
    ["The club signed another two players to replace them.", "two", "sign"],
    ["The council drafted in an extra 30 wardens to patrol the beach.", "30", "draft"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a reporting verb before the increment is attribution, not the count's event
    ["Officials said a further 12 people were hurt.", "12", "hurt"],
    // the count as a subject still takes its own verb
    ["A further nine engines arrived from the coast.", "nine", "arrive"],
  ])("%s → %s: %s (not the verb before)", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a date before a run of qualifiers and an event noun dates that event", () => {
  it.each([
    ["He was serving a sentence for a 1997 aggravated burglary conviction in Kelby County.", "1997", "conviction"],
    ["Jurors at the 2011 armed robbery trial heard from six witnesses.", "2011", "trial"],
    ["She was freed after her 2004 conviction was quashed.", "2004", "conviction"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a date right after a verb is that verb's; the nouns after it are its object
    ["The board announced Sunday deep spending cuts.", "Sunday", "announce"],
  ])("%s → %s: %s (not the noun after)", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a time opening its sentence after adverbs frames the clause after it", () => {
  it.each([
    ["Just before 8am crews asked for a second ladder.", "8am", "ask"],
    ["Shortly after 9 p.m. the gunman gave himself up.", "9 p.m.", "give"],
    ["At about 6 a.m. police sealed the road.", "6 a.m.", "seal"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a time after its verb is that verb's
    ["Crews arrived just before 8am and asked for a ladder.", "8am", "arrive"],
  ])("%s → %s: %s (the verb before)", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a time opening a clause of 'be' and a state takes 'be'", () => {
  it.each([
    ["By about 9.30am the blaze was largely out.", "9.30am"],
    ["By Monday the road was open again.", "Monday"],
  ])("%s → %s: be", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).toBe("be");
  });

  it.each([
    // a verb after the state is still the clause's verb
    ["By 7am the road was clear and crews left the scene.", "7am", "leave"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a date that closes its sentence after a long object takes the clause's verb", () => {
  // nothing can follow the date, so the verb before the whole object is the one it dates
  it.each([
    ["Ivo Marsh retained his IBF, WBO, WBA and IBO middleweight world titles with a second professional victory over Dale Prentice on Saturday.", "Saturday", "retain"],
    ["The Keld Rovers clinched the northern regional league and cup double with a narrow three-goal victory away at their old rivals on Sunday night.", "Sunday night", "clinch"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it.each([
    // a date inside its clause keeps the shorter reach: words after it may hold its own verb
    ["Ivo Marsh retained his IBF, WBO, WBA and IBO middleweight world titles with a second professional victory over Dale Prentice on Saturday, and the crowd of thousands cheered.", "Saturday", "retain"],
  ])("%s → %s: not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});

describe("a participle that describes a noun is no verb of the clause", () => {
  it.each([
    // the participle inside a noun phrase ("the family's terraced house"): the clause's verb dates it
    ["Officers were sent to the family's terraced house in Dunmore on Sunday.", "Sunday", "send"],
    ["Divers searched a flooded quarry near Pell on Monday.", "Monday", "search"],
    ["Medics reached the injured climber's tent on 4 May 2024.", "4 May 2024", "reach"],
    // with no other verb in the clause, the participle tells what happened to its noun
    ["Among the seized items were nine shotguns.", "nine", "seize"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a participle with no noun after it, or a verb with its object: the clause's own verb
    ["Rebels wounded two men in Kerris on Friday.", "Friday", "wound"],
    ["Thieves had abandoned cars in Holt on Friday.", "Friday", "abandon"],
  ])("still the verb: %s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a body of people right before a bare date its verb follows is that verb's subject", () => {
  it.each([
    ["The state administration today revoked the fishing permit.", "today", "revoke"],
    ["The harbour commission Tuesday approved the dredging plan.", "Tuesday", "approve"],
    ["The rowing federation yesterday suspended two coaches.", "yesterday", "suspend"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a noun of a happening is the date's: "the decision today" is today's decision
    ["The decision today made the growers happy.", "today", "decision"],
    // a body the date follows through a preposition is not read here
    ["The election on Tuesday drew few voters.", "Tuesday", "election"],
  ])("%s → %s stays the noun's: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});
