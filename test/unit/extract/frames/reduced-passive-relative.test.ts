/**
 * A past participle right after a noun, with no object of its own, is a reduced passive relative
 * clause when the noun stands before another verb of its clause or is the object of a preposition
 * or of a verb: "the tariffs imposed in March were lifted". The noun is the participle's patient,
 * its voice passive. Sentences written for this test; the frames expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): { voice: string | null | undefined; agent: string[]; patient: string[] } => {
  const f = frame(sentence, value);
  return {
    voice: f.predicate?.voice,
    agent: f.participants.filter((p) => p.role === "agent").map((p) => p.key),
    patient: f.participants.filter((p) => p.role === "patient").map((p) => p.key),
  };
};

describe("must read a reduced passive relative clause: noun as patient, voice passive", () => {
  it.each([
    // before its clause's own verb
    ["The tariffs imposed in March 2013 were lifted by the new cabinet.", "March 2013", "tariffs"],
    ["The fines levied on 2 May 2017 angered shop owners.", "2 May 2017", "fines"],
    ["A bridge built in 1974 collapsed under a lorry.", "1974", "bridge"],
    // the object of a preposition
    ["Hauliers must obey under rules adopted in April 2010 by the ministry.", "April 2010", "rules"],
    // the object of a verb that takes a thing
    ["Judges annulled fees charged in 2008 to foreign students.", "2008", "fees"],
    ["Campaigners asked the court to quash a permit granted on 4 June 2016.", "4 June 2016", "permit"],
  ])("%s → %s: passive, patient %s", (sentence, value, patient) => {
    const r = roles(sentence, value);
    expect(r.voice).toBe("passive");
    expect(r.patient).toContain(patient);
    expect(r.agent).not.toContain(patient);
  });

  it("takes the doer from “by”", () => {
    const r = roles("The levy approved by the council in May 2012 was dropped a year later.", "May 2012");
    expect(r.agent).toEqual(["council"]);
    expect(r.patient).toEqual(["levy"]);
  });

  it("reads a count of the noun as done to", () => {
    expect(roles("Some 300 cars recalled in March 2016 were repaired at no cost.", "Some 300").voice).toBe("passive");
  });
});

describe("must not read a subject and its own past-tense verb as one", () => {
  it.each([
    // a verb with its object: active, the noun before it its agent
    ["The council passed the budget in March 2013.", "March 2013", "council"],
    // the only verb of its clause, no preposition or verb before the noun
    ["The old bridge collapsed in 1974.", "1974", "old bridge"],
    // after a verb that takes a clause: the noun is that clause's subject
    ["Officials said the ferry sank on 3 May 2015.", "3 May 2015", "ferry"],
    // after a preposition that opens a clause
    ["Crews cleared the road after the storm passed on 9 May 2015.", "9 May 2015", "storm"],
    // another clause joined by "and": its verb is not this one's
    ["The ferry sank in May 2015 and officials opened an inquiry.", "May 2015", "ferry"],
    // a preposition's phrase inside the subject, no verb before it: the verb is the subject's
    ["The quarrel with the league ended in May 2015.", "May 2015", "league"],
    // a verb that takes no object has no passive, whatever stands before its subject
    ["Judges said a quarrel with the board occurred in May 2015.", "May 2015", "board"],
    ["Officials confirmed a fire at the depot happened in May 2015.", "May 2015", "depot"],
    // a pronoun after the participle is its object
    ["The mayor signed it in June 2014.", "June 2014", "mayor"],
  ])("%s → %s: active, %s no patient", (sentence, value, noun) => {
    const r = roles(sentence, value);
    expect(r.voice).toBe("active");
    expect(r.patient).not.toContain(noun);
  });
});
