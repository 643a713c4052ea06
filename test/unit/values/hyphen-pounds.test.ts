/**
 * "N-pound" before a noun: the noun says whether the pound weighs or pays. Sentences written for
 * this test; expected units worked out by hand from each.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const unitOf = (text: string, figure: string): string | null => {
  const m = findMentions(text, { asOf: "2020-06-01" }).find((x) => x.kind === "quantity" && x.text.startsWith(figure));
  return m && m.value?.type === "quantity" ? m.value.unit : null;
};

describe("a figure joined to “-pound” is read by the noun it stands before", () => {
  it.each([
    ["Police sought Ira Kemp, a 5-foot-10, 180-pound white male.", "180"],
    ["A 90-pound dog bit the postman.", "90"],
    ["Hikers found a 50-pound bag of rice by the trail.", "50"],
    ["The 300-pound lineman signed on Friday.", "300"],
  ])("must weigh: %s", (text, figure) => {
    expect(unitOf(text, figure)).toBe("lb");
  });

  it.each([
    ["He handed the clerk a 20-pound note.", "20"],
    ["The court imposed a 60-pound fine on Dale.", "60"],
    ["She kept a 2-pound coin in her shoe.", "2"],
  ])("must pay: %s", (text, figure) => {
    expect(unitOf(text, figure)).toBe("GBP");
  });

  it.each([
    ["The scale showed a 10-pound increase over the winter.", "10"],
  ])("must be neither a weight nor money: %s", (text, figure) => {
    expect(["lb", "GBP"]).not.toContain(unitOf(text, figure));
  });

  it("leaves plain pounds as before: “£200” and “weighing 200 pounds”", () => {
    expect(unitOf("Dale paid £200 for the bike.", "£200")).toBe("GBP");
    expect(unitOf("Kemp, weighing 200 pounds, ran off.", "200")).toBe("lb");
  });
});
