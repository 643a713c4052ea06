/**
 * What a share in percent is of, and when. Sentences written for this test; the measure, party and
 * time of each share, and which shares are one loss, were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { measuresApart, oneSharedLoss, partAndWhole, shareMeasure, shareTimesApart, shareTopic } from "../../../src/group/share-measures.js";
import { shareParty } from "../../../src/group/share-parties.js";
import { mayDiffer, mayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { percentShare } from "../../helpers/claims.js";

function share(x: number, sentence: string, text: string, document?: string): Claim {
  return percentShare(x, sentence, text, "frame:percent/-", document);
}

describe("shareMeasure", () => {
  it.each([
    ["Some 65% of traffic to Norland was lost.", "65%", "traffic", null],
    ["Up to 40 per cent of web services in Ostra were down on Monday.", "40 per cent", "traffic", null],
    ["About 30 percent of Norland's voice capacity was knocked out.", "30 percent", "traffic", "voice"],
    ["As much as 45 percent of voice traffic in Ostra, 38 percent in Norland and 12 percent in Kell was lost.", "38 percent", "traffic", "voice"],
    ["As much as 45 percent of voice traffic in Ostra, 38 percent in Norland and 12 percent in Kell was lost.", "12 percent", "traffic", "voice"],
    ["Mobile services in Ostra were down by 55 percent, in Norland by 20 percent.", "20 percent", "traffic", "mobile"],
    ["The dock strike cut capacity in Port Varn by 40 percent.", "40 percent", "traffic", null],
    ["The dock strike cut Port Varn's capacity by 45%.", "45%", "traffic", null],
    ["The party won 41% of voters in Kell.", "41%", "voter", null],
    ["The party won 41% of the seats in Kell.", "41%", "seat", null],
    ["An outage hit 20% of users in Norland.", "20%", "user", null],
  ])("%s (%s)", (sentence, text, kind, medium) => {
    expect(shareMeasure(share(1, sentence, text))).toEqual({ kind, medium });
  });

  it.each([
    ["Shares of Corvel fell 6 percent on Monday.", "6 percent"],
    ["Prices rose by 3 percent in May.", "3 percent"],
    ["Turnout was 62 percent.", "62 percent"],
  ])("none: %s", (sentence, text) => {
    expect(shareMeasure(share(1, sentence, text))).toBeNull();
  });

  it("a share of what a network carries takes one topic, whatever noun tells it", () => {
    expect(shareTopic(share(1, "Some 65% of traffic to Norland was lost.", "65%"))).toBe("frame:percent/traffic");
    expect(shareTopic(share(1, "Up to 40 per cent of web services in Ostra were down.", "40 per cent"))).toBe("frame:percent/traffic");
    expect(shareTopic(share(1, "The party won 41% of voters in Kell.", "41%"))).toBeNull();
  });
});

describe("one party's loss told twice", () => {
  it("a strike cutting a port's capacity by 40% and by 45% is one loss: its figures may differ", () => {
    const a = share(40, "The dock strike cut capacity in Port Varn by 40 percent.", "40 percent");
    const b = share(45, "The dock strike cut Port Varn's capacity by 45%.", "45%");
    expect(shareParty(a)).toBe("port varn");
    expect(shareParty(b)).toBe("port varn");
    expect(oneSharedLoss(a, b)).toBe(true);
    expect(mayDiffer(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(true);
  });

  it("65% of traffic to Norland and 60 per cent of web services in Norland, both lost, are one loss", () => {
    const a = share(65, "Some 65% of traffic to Norland was down, a spokesman said on Friday.", "65%");
    const b = share(60, "Up to 70 per cent of web services in Ostra, and 60 per cent in Norland, were disrupted.", "60 per cent");
    expect(oneSharedLoss(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(true);
  });

  it("two regions' outages stay apart", () => {
    const a = share(30, "Power cuts knocked out 30% of services in Dalmoor.", "30%");
    const b = share(35, "Power cuts knocked out 35% of services in Vessa.", "35%");
    expect(oneSharedLoss(a, b)).toBe(false);
    expect(mayMeet(a, b)).toBe(false);
  });

  it("a share of voice traffic and one of all traffic of one party are two measures", () => {
    const a = share(30, "About 30 percent of Norland's voice capacity was knocked out.", "30 percent");
    const b = share(65, "Some 65% of traffic to Norland was lost.", "65%");
    expect(measuresApart(a, b)).toBe(true);
    expect(oneSharedLoss(a, b)).toBe(false);
    expect(mayDiffer(a, b)).toBe(false);
  });

  it("a share of voters and one of seats are two measures", () => {
    const a = share(41, "The party lost 41% of voters in Kell.", "41%");
    const b = share(48, "The party lost 48% of the seats in Kell.", "48%");
    expect(measuresApart(a, b)).toBe(true);
    expect(mayDiffer(a, b)).toBe(false);
  });

  it("a share of traffic and one of users are two measures", () => {
    const a = share(20, "The outage cut 20% of traffic in Norland.", "20%");
    const b = share(25, "The outage cut off 25% of users in Norland.", "25%");
    expect(measuresApart(a, b)).toBe(true);
    expect(oneSharedLoss(a, b)).toBe(false);
  });

  it("a party's share and a share of no party are a part and a whole, never set against each other", () => {
    const a = share(39, "The same goes for 39% of communications with Kell.", "39%");
    const b = share(70, "As much as 70% of traffic between the continents was cut.", "70%");
    expect(measuresApart(a, b)).toBe(true);
    expect(mayDiffer(a, b)).toBe(false);
  });

  it("a party's loss and the same share of no party's are a part and a whole, even when equal", () => {
    const part = share(70, "Kell and Dorn were also losing over 70 percent of their traffic.", "over 70 percent");
    const whole = share(70, "As much as 70% of traffic between the continents was cut.", "70%");
    const named = share(70, "Up to 70 per cent of web services in Ostra were down.", "70 per cent");
    expect(partAndWhole(part, whole)).toBe(true);
    expect(partAndWhole(named, whole)).toBe(true);
    expect(mayMeet(part, whole)).toBe(false);
    expect(mayMeet(named, whole)).toBe(false);
    expect(partAndWhole(named, share(70, "Some 70% of traffic to Ostra was lost.", "70%"))).toBe(false);
  });

  it("two shares of no party's are no part and whole", () => {
    const a = share(90, "These three lines carry 90% of the traffic, and calls are being dropped.", "90%");
    const b = share(90, "Close to 90 percent of all the traffic between the continents was cut.", "90 percent");
    expect(partAndWhole(a, b)).toBe(false);
  });

  it("shares told without a word of a loss are not positive evidence of one", () => {
    const a = share(44, "The same goes for 44% of communications with Kell.", "44%");
    const b = share(50, "Some 50% of traffic with Kell passes through the strait.", "50%");
    expect(oneSharedLoss(a, b)).toBe(false);
  });
});

describe("shares of two times", () => {
  it("an earlier month's outage and this week's are two happenings", () => {
    const jan = share(70, "In March, a storm cut about 70 percent of the network in Norland.", "70 percent");
    const now = share(65, "Some 65% of traffic to Norland was down, a spokesman said on Friday.", "65%");
    expect(shareTimesApart(jan, now)).toBe(true);
    expect(oneSharedLoss(jan, now)).toBe(false);
    expect(mayMeet(jan, now)).toBe(false);
  });

  it("one month's outage told twice is one", () => {
    const a = share(70, "In March, a storm cut about 70 percent of the network in Norland.", "70 percent");
    const b = share(70, "The March storm brought down 70 percent of the Internet network in Norland.", "70 percent");
    expect(shareTimesApart(a, b)).toBe(false);
    expect(oneSharedLoss(a, b)).toBe(true);
  });

  it("a month named beside a share of no loss is no time of a happening", () => {
    const a = share(70, "The browser runs on nearly 70 percent of computers, figures from June show.", "70 percent");
    const b = share(70, "The browser runs on nearly 70 percent of computers, figures from last month show.", "70 percent");
    expect(shareTimesApart(a, b)).toBe(false);
  });

  it.each([
    ["a month cut short and in full", "In Sept., a storm cut about 70 percent of the network in Norland.", "The September storm brought down 70 percent of the network in Norland."],
    ["a month cut short without its period", "On Aug 4 a storm cut about 70 percent of the network in Norland.", "The August storm brought down 70 percent of the network in Norland."],
  ])("must be one time: %s", (_name, x, y) => {
    expect(shareTimesApart(share(70, x, "70 percent"), share(70, y, "70 percent"))).toBe(false);
  });

  it.each([
    ["a month cut short and none", "In Sept., a storm cut about 70 percent of the network in Norland.", "A storm cut some 70 percent of traffic to Norland."],
    ["two months cut short", "On Aug. 4 a storm cut about 70 percent of the network in Norland.", "On Oct. 9 a storm cut about 70 percent of the network in Norland."],
  ])("must be two times: %s", (_name, x, y) => {
    expect(shareTimesApart(share(70, x, "70 percent"), share(70, y, "70 percent"))).toBe(true);
  });

  it("the verb may is no month", () => {
    const a = share(40, "Up to 40 per cent of web services in Ostra may be down.", "40 per cent");
    const b = share(45, "Some 45% of traffic to Ostra was lost.", "45%");
    expect(shareTimesApart(a, b)).toBe(false);
  });
});
