/**
 * The happening a date dates: outlets report one event's day with different words, and a date's
 * frame names the happening rather than the word its phrase hangs on. Sentences written for this
 * test; the expected happenings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const happening = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("a date names the happening it dates", () => {
  it.each([
    // the word the date hangs on only carries the happening: moving, patrolling, foiling
    ["A dismissed clerk walked into the depot with a rifle on Tuesday and shot two guards.", "Tuesday", "attack"],
    ["The coastguard cutter patrolling the strait on Sunday repelled a raid by armed smugglers.", "Sunday", "rob"],
    ["The club's owners flew to Lisbon on Friday night to meet the striker and his agent.", "Friday night", "meet"],
    // a purpose: what the carrier was for
    ["Divers worked on Sunday to recover the wreck from the lake.", "Sunday", "recover"],
    // a participle that describes a noun is no verb of the date
    ["The guide fell in fading light on Tuesday near the ridge.", "Tuesday", "die"],
    // a cause: what it caused
    ["Anger over the ruling sparked a riot in the old town on Monday.", "Monday", "protest"],
    // suffering only "problems": something happened
    ["Subscribers experienced problems on Saturday 3 May, the operator said.", "Saturday 3 May", "happen"],
    // a report of the happening: what it reports
    ["The operator announced on 3 May that service had been restored to all its clients.", "3 May", "restore"],
    // a measure made public: dated by its announcement, whatever the rest of the sentence names
    ["The cabinet announced Sunday deep spending cuts, days before the strike.", "Sunday", "announce"],
    ["A week after the protests, the mayor unveiled on Monday a plan to rebuild the square.", "Monday", "unveil"],
    ["The minister who faced the riot announced on Friday new curbs on rallies.", "Friday", "announce"],
    // must not: a noun after a date that follows no verb is the date's event ("the Monday morning attack" above)
    ["Critics of the so-called Friday massacre of the board met in the hall.", "Friday", "attack"],
    // a date's possessive before an event noun dates that event, whatever verb the sentence hangs it on
    ["Worn bolts were blamed for Sunday's collapse of the old pier.", "Sunday", "collapse"],
    ["Divers searched the bay after Tuesday's sinking of a trawler.", "Tuesday", "sinking"],
    // one kind of happening in several words
    ["Two climbers died on Saturday after a cornice gave way beneath them.", "Saturday", "die"],
    ["A skier fell on Saturday morning near the upper hut.", "Saturday morning", "die"],
    ["The Tuesday night attack left the depot's windows shattered.", "Tuesday night", "attack"],
    ["Gunmen killed a guard on Tuesday at the depot.", "Tuesday", "attack"],
    ["Robbers rammed a truck into the jeweller's window on Monday.", "Monday", "rob"],
    ["Thieves pulled off a daring heist at the gallery on Monday.", "Monday", "rob"],
    ["Hundreds marched through the square on Thursday.", "Thursday", "protest"],
    ["The undersea link was severed on Wednesday.", "Wednesday", "outage"],
    // passing away is dying
    ["The retired judge passed away on Sunday in Galway.", "Sunday", "die"],
    ["Marta Solis, 84, passed away early Monday at her home.", "early Monday", "die"],
    // a report with no day of its own in what it tells dates what it tells
    ["His nephew tweeted on Sunday that the old bridge had reopened.", "Sunday", "reopen"],
    ["The ferry line announced today (4 May 2019) that it had restored the night crossings.", "today", "restore"],
  ])("%s → %s dates %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it.each([
    // different happenings of one story keep their own names
    ["The clerk had been fired from the depot on Thursday.", "Thursday", "fire"],
    ["The suspect was arraigned on Wednesday on three counts.", "Wednesday", "arraign"],
    ["The company hired a new chief on Monday.", "Monday", "hire"],
    // passing something else is no death
    ["The council passed the budget on Tuesday.", "Tuesday", "pass"],
    // what is told has a day of its own: the telling's day is the telling's
    ["Her grandson tweeted Sunday: \"My grandmother died peacefully this morning.\"", "Sunday", "tweet"],
    ["The owner said on Friday that the bakery had closed on Monday.", "Friday", "say"],
    // another event the sentence names is not this date's happening
    ["The rebels took the capital in May 2019, months after the peace deal.", "May 2019", "take"],
  ])("%s → %s keeps %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it("a date inside a relative clause is not the main clause's happening", () => {
    // must not: the main clause's death dated by the era of the relative clause
    expect(happening("Tom Hale, who worked at the mill in the 1970s, has died.", "the 1970s")).not.toBe("die");
    expect(happening("Tom Hale, who spent two years at sea in the 1970s, died on Friday.", "the 1970s")).not.toBe("die");
    // must: a happening inside the clause dates it
    expect(happening("Tom Hale, who worked at the mill in 1979 and was hurt in an explosion there, has died.", "1979")).toBe("attack");
  });

  it("a date of something that only happened is named 'happen', and 'the incident' identifies nothing", () => {
    const f = frame("Officials said the incident happened on Tuesday near the port.", "Tuesday");
    expect(f.predicate?.lemma).toBe("happen");
    expect(f.participants.map((p) => p.key)).not.toContain("incident");
  });

  it("a capitalized word of a name the tagger takes for a verb is not the date's happening", () => {
    // "Cook" of a park's name, "Fall" of a town's
    expect(happening("A guide died while hiking in the Mount Cook National Park on Sunday.", "Sunday")).toBe("die");
    expect(happening("The festival in Cedar Fall Valley on Sunday drew a crowd.", "Sunday")).not.toBe("fall");
  });
});

describe("taking place is the happening its subject names", () => {
  it.each([
    ["The robbery took place at a jeweller's on Tuesday.", "Tuesday", "rob"],
    ["Police want witnesses to a stabbing that took place outside the bar late on Saturday.", "late on Saturday", "attack"],
    ["The vigil for the lost fishermen took place on Sunday evening.", "Sunday evening", "vigil"],
    ["A preliminary hearing took place at the county court on Thursday morning.", "Thursday morning", "hearing"],
    ["Detectives reopened the file on a shooting, which had taken place on 4 May.", "4 May", "attack"],
    // a subject that names no kind: something happened
    ["The incident took place on Friday near the harbour.", "Friday", "happen"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(happening(sentence, value)).toBe(lemma);
  });

  it("'place' is no one the happening was done to", () => {
    const f = frame("The robbery took place at a jeweller's on Tuesday.", "Tuesday");
    expect(f.participants.some((e) => e.key === "place")).toBe(false);
  });

  it.each([
    // taking a place that is not "place" right after the verb, or a place taken in a ranking, is not happening
    ["Ana Ruiz took first place in the regional race on Saturday.", "Saturday"],
    ["The new ferry will take the place of the old one on 3 May.", "3 May"],
  ])("%s → %s: not a bare happening", (sentence, value) => {
    expect(happening(sentence, value)).not.toBe("happen");
  });
});

describe("putting off a proceeding until a day dates its taking up again", () => {
  it.each([
    ["The judge adjourned the fraud trial until Thursday after a juror fell ill.", "Thursday", "resume"],
    ["The inquest into the climber's death was adjourned to 4 June.", "4 June", "resume"],
    ["\"She is too upset to go on,\" the judge said before postponing the nurse's testimony until Monday.", "Monday", "resume"],
    ["Talks between the union and the port were suspended until Friday.", "Friday", "resume"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(happening(sentence, value)).toBe(lemma);
  });

  it.each([
    // no proceeding: the march is held that day
    ["The march was postponed until Saturday because of the storm.", "Saturday"],
    // no "until": the day of the adjourning
    ["The trial was adjourned on Monday when the defendant collapsed.", "Monday"],
    // going on until a day is no putting off
    ["The hearing continued until Friday with two more witnesses.", "Friday"],
  ])("%s → %s: not a resumption", (sentence, value) => {
    expect(happening(sentence, value)).not.toBe("resume");
  });
});

describe("breaking out starts the happening its subject names", () => {
  it.each([
    ["The blaze broke out at the timber yard early on Sunday.", "early on Sunday", "fire"],
    ["A fire broke out in the kitchen of the hotel on Monday.", "Monday", "fire"],
    ["Riots broke out in the old town on 3 May.", "3 May", "protest"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(happening(sentence, value)).toBe(lemma);
  });

  it.each([
    // a break with no "out" is still a break of something
    ["The undersea cable broke on Monday, cutting the island off.", "Monday", "outage"],
  ])("%s → %s: %s (a break)", (sentence, value, lemma) => {
    expect(happening(sentence, value)).toBe(lemma);
  });
});

describe("an escape is one happening whether told as escaping, fleeing or a jailbreak", () => {
  it.each([
    ["Two inmates fled the county jail on Monday through a roof vent.", "Monday", "escape"],
    ["The Monday jailbreak led to a review of the county jail.", "Monday", "escape"],
    ["The June 9 escape from the county jail shocked the town.", "June 9", "escape"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(happening(sentence, value)).toBe(lemma);
  });

  it.each([
    // another happening keeps its own word
    ["Police arrested the driver on Monday after a chase.", "Monday", "arrest"],
  ])("%s → %s: %s (another happening)", (sentence, value, lemma) => {
    expect(happening(sentence, value)).toBe(lemma);
  });
});

describe("a call-out dates the emergency it answers", () => {
  it.each([
    // must: the event the sentence names, else something that happened
    ["Paramedics were summoned to the quay at 3am on Tuesday.", "3am on Tuesday", "happen"],
    ["Crews were called at 05:40 GMT to the timber yard in Mill Lane, Harrowby, on Sunday.", "Sunday", "happen"],
    ["Two lifeboat crews were dispatched yesterday to a blaze on a moored ferry.", "yesterday", "fire"],
    ["Police sealed off the depot after a night porter raised the alarm over a blaze at 3am on Tuesday.", "3am on Tuesday", "fire"],
    ["A passer-by rang 999 at 2am on Friday.", "2am on Friday", "happen"],
  ])("%s → %s dates %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it.each([
    // must not: a call that no responder answers
    ["The meeting was called for Monday by the chair.", "Monday", "happen"],
    ["She raised the matter with the board on Monday.", "Monday", "happen"],
  ])("%s → %s does not date %s", (sentence, value, unexpected) => {
    expect(happening(sentence, value)).not.toBe(unexpected);
  });
});

describe("a date that ends a time on the run dates the capture", () => {
  it.each([
    ["The convict stayed on the loose until 4 April, when dogs traced him to a barn.", "4 April", "capture"],
    ["The inmate remained on the run until Friday, police said.", "Friday", "capture"],
    ["She evaded capture until 3 May.", "3 May", "capture"],
  ])("%s → %s dates %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it.each([
    ["The inmate was still at large on Monday, police said.", "Monday"],
    ["The patient stayed in hospital until Friday.", "Friday"],
    ["The road was closed until Tuesday.", "Tuesday"],
  ])("%s → %s dates no capture", (sentence, value) => {
    expect(happening(sentence, value)).not.toBe("capture");
  });
});

describe("a call-out needs someone who answers it, or an alarm raised", () => {
  it.each([
    ["The vote was called on Monday amid alarm over the deficit.", "Monday"],
    ["The board was called to order on Monday.", "Monday"],
    ["The charity raised funds for the police on Monday.", "Monday"],
  ])("%s → %s is no call-out", (sentence, value) => {
    expect(happening(sentence, value)).not.toBe("happen");
  });

  it("a neighbour who raised the alarm dates the emergency, with no responder named", () => {
    expect(happening("A neighbour raised the alarm on Friday when smoke filled the barn.", "Friday")).toBe("happen");
  });
});

describe("a street crash's day told around other verbs dates the crash", () => {
  const participants = (sentence: string, value: string): string[] => frame(sentence, value).participants.map((p) => `${p.role}:${p.key}`);
  it.each([
    // a clause opened by "when" after the date tells the moment's happening: a blow told in the passive
    ["Mina Osei had just locked her bike around 6 p.m. Friday on Larch Road when she was hit by a delivery van.", "6 p.m. Friday", "attack"],
    ["Tom Varga was leaving the bakery on Quill Lane Tuesday when he was struck by a pickup.", "Tuesday", "attack"],
    ["Ada Brandt was stepping off the bus at about 9 p.m. when a lorry knocked her down.", "9 p.m.", "attack"],
    // the main verb right after a date that ends its subject's phrase
    ["A cyclist riding to the market to sell eggs Saturday was mowed down by a speeding car.", "Saturday", "attack"],
    // a main clause before "while", the date in the while-clause
    ["A retired teacher was killed in a crash while driving to her sister's to greet a new baby Sunday evening.", "Sunday evening", "attack"],
    // a road crash is one happening with the killing or the blow it is told as
    ["The rider died in hospital after the crash on Friday around 8 p.m.", "Friday around 8 p.m.", "attack"],
    ["Two vans collided on the ring road on Monday morning.", "Monday morning", "attack"],
    // a word of a hyphenated compound is no verb of the date: the sentence's happening is
    ["A jeweller was killed by a smash-and-grab gang in Elmford on the night of March 3.", "the night of March 3", "attack"],
  ])("%s → %s dates %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it.each([
    // a when-clause that tells no happening of a kind: the date keeps its own verb
    ["Tom Varga locked the bakery on Tuesday when the last customer left.", "Tuesday", "lock"],
    // a blow in the active, outside a when-clause, carries nothing of harm: the storm, a deal
    ["The union struck a deal with the council on Monday.", "Monday", "strike"],
    // no kind before "while": the while-clause's own verb
    ["The mayor was speaking in the hall while volunteers painted the fence on Friday.", "Friday", "paint"],
    // a compound with no happening in its sentence: the date keeps its word, no "happen" (the
    // compound verb whole: to out-build is not to build)
    ["Rivals that out-build us today will outsell us tomorrow.", "today", "out-build"],
  ])("%s → %s keeps %s", (sentence, value, expected) => {
    expect(happening(sentence, value)).toBe(expected);
  });

  it("the subject of the date's clause is the one a when-clause's passive blow was done to", () => {
    expect(participants("Mina Osei was crossing Larch Road on Friday when she was hit by a van.", "Friday")).toContain("patient:mina osei");
    expect(participants("Mina Osei was crossing Larch Road on Friday when she was hit by a van.", "Friday")).not.toContain("agent:mina osei");
  });

  it("who took part in a compound's verb took no part in the happening", () => {
    // (the compound is no verb of the clause: the killing's own roles are the date's)
    expect(participants("A jeweller was killed by a smash-and-grab gang in Elmford on the night of March 3.", "the night of March 3")).toEqual(["patient:jeweller", "agent:smash-and-grab gang", "place:elmford"]);
    expect(participants("A jeweller was killed by a smash-and-grab gang in Elmford on the night of March 3.", "the night of March 3")).not.toContain("agent:jeweller");
  });

  it("who took part in a while-clause's verb took no part in the main clause's happening", () => {
    const ps = participants("A retired teacher was killed in a crash while driving to her sister's to drop off a cake Sunday evening.", "Sunday evening");
    expect(ps.filter((p) => p.startsWith("agent:") || p.startsWith("patient:"))).toEqual([]);
  });
});

describe("a cut that reduces is no outage (cut-objects.ts)", () => {
  it.each([
    ["jobs", "Dalmor Steel cut 300 jobs in March.", "March"],
    ["prices, past a possessive", "The Vesk company cut its prices on Friday.", "Friday"],
    ["rates", "Halvor Bank cut interest rates on Tuesday.", "Tuesday"],
  ])("must not be an outage: %s", (_name, sentence, value) => {
    expect(happening(sentence, value)).not.toBe("outage");
  });
  it.each([
    ["cables cut by an anchor", "A ship's anchor cut two cables on Friday.", "Friday"],
    ["power lines cut by a storm", "The storm cut power lines on Friday.", "Friday"],
  ])("must be an outage: %s", (_name, sentence, value) => {
    expect(happening(sentence, value)).toBe("outage");
  });
});
