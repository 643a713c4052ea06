/**
 * Whose share a percentage is. Sentences written for this test; the party of each share was
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { shareParty, sharePartiesApart } from "../../../src/group/share-parties.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { percentShare } from "../../helpers/claims.js";

function share(x: number, sentence: string, text: string, document?: string): Claim {
  return percentShare(x, sentence, text, "frame:percent/traffic", document);
}

describe("shareParty", () => {
  it.each([
    ["Some 65% of traffic to Norland was lost.", "65%", "norland"],
    ["Up to 70 per cent of web services in Ostra, and 60 per cent in Norland, were down.", "60 per cent", "norland"],
    ["Up to 70 per cent of web services in Ostra, and 60 per cent in Norland, were down.", "Up to 70 per cent", "ostra"],
    ["About 82 percent of Norland's voice capacity was out.", "82 percent", "norland"],
    ["Phone services in Ostra were down by 80 percent on Friday.", "80 percent", "ostra"],
    ["Services in Ostra fell by half, in Norland by 65 percent.", "65 percent", "norland"],
    ["The same goes for 44% with New Varia.", "44%", "new varia"],
    ["A walkout cut Port Selm's capacity by 35 percent.", "35 percent", "port selm"],
    ["A walkout cut Selm's container capacity by about 35 percent.", "about 35 percent", "selm"],
    // a word that starts like a short day or month, with no period, may be a name
    ["Some 40 percent of traffic with Sun Valley was lost.", "40 percent", "sun valley"],
    ["Some 40 percent of traffic with Jan Mayen was lost.", "40 percent", "jan mayen"],
  ])("%s (%s)", (sentence, text, party) => {
    expect(shareParty(share(1, sentence, text))).toBe(party);
  });

  it.each([
    ["As much as 70% of traffic between the continents was cut.", "70%"],
    ["Some 70 percent in January came back within a day.", "70 percent"],
    // a day or month cut short, with its period, is a time
    ["Some 70 percent in Sept. came back within a day.", "70 percent"],
    ["Some 70 percent of traffic from Thurs. came back within a day.", "70 percent"],
    ["Some 70 percent in Aug. 2031 came back.", "70 percent"],
    ["About 70 percent of Internet traffic was rerouted.", "70 percent"],
    ["Shares fell 6 percent in early trading.", "6 percent"],
    ["The port's capacity was cut by 35 percent.", "35 percent"],
  ])("none: %s", (sentence, text) => {
    expect(shareParty(share(1, sentence, text))).toBeNull();
  });
});

describe("shares of two named parties never meet", () => {
  it("70 per cent in Ostra and 60 per cent in Norland are two outages' shares", () => {
    const ostra = share(70, "Up to 70 per cent of web services in Ostra were down.", "Up to 70 per cent");
    const norland = share(60, "About 60 per cent of web services in Norland were down.", "About 60 per cent");
    expect(sharePartiesApart(ostra, norland)).toBe(true);
    expect(mayMeet(ostra, norland)).toBe(false);
  });

  it("65% of traffic to Norland and 60 per cent in Norland are one party's share", () => {
    const a = share(65, "Some 65% of traffic to Norland was lost.", "65%");
    const b = share(60, "About 60 per cent of services in Norland were cut.", "60 per cent");
    expect(sharePartiesApart(a, b)).toBe(false);
  });

  it("a share that names no party is apart from none", () => {
    const a = share(70, "As much as 70% of traffic between the continents was cut.", "70%");
    const b = share(60, "About 60 per cent of services in Norland were cut.", "60 per cent");
    expect(sharePartiesApart(a, b)).toBe(false);
  });
});
