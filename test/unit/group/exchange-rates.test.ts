/**
 * A story's own exchange rates: a sum given in two currencies, the second in brackets, pairs the
 * two; the story's pairs give the rate at which its "£" and "$" figures are compared. Sentences,
 * places and names written for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ratesOf, withStoryRates } from "../../../src/group/exchange-rates.js";
import { comparePair } from "../../../src/judge/judge.js";
import type { Claim, Report } from "../../../src/types.js";
import { runCli } from "../../helpers/run-cli.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const inStory = (text: string, document = "t.txt"): Claim[] => claimsOfText(text).map((c) => ({ ...c, document, story: "s-1" }));

describe("a bracket pairs two sums of one amount", () => {
  it.each([
    ["Burglars stole €4m (£3.4m) of art from a Keld gallery.", { EUR: 1, GBP: 4 / 3.4 }],
    ["The hoard of 3m euros (£2.5m; $3.3m) in coins was never found.", { EUR: 1, GBP: 3 / 2.5, USD: 3 / 3.3 }],
    // (one figure in each currency: the reference is the first by its code)
    ["The club paid a $10 million (7.7 million euros) transfer fee for Orme.", { EUR: 1, USD: 7.7 / 10 }],
  ])("must pair: %s", (text, expected) => {
    const rates = ratesOf(inStory(text));
    expect(Object.keys(expected).sort()).toEqual([...rates.keys()].sort());
    for (const [unit, worth] of Object.entries(expected)) expect(rates.get(unit)).toBeCloseTo(worth, 6);
  });

  it.each([
    "The fund grew to £5m (up from £3m) last year.",
    "Dale was paid £4m (£3.1m after tax) for the season.",
    "Police found $2m (a ring worth €900,000 among it) in the flat.",
    "The gang took €4m ($5m in cash and gold) from the vault.",
    "The gang took €4m, or $5m, from the vault.",
  ])("must not pair: %s", (text) => {
    expect(ratesOf(inStory(text)).size).toBe(0);
  });

  it("takes the middle of several pairs of one couple, and reaches a third currency through a second", () => {
    const claims = [
      ...inStory("Thieves took €2m ($2.6m) from the safe.", "a.txt"),
      ...inStory("Thieves took €2m ($2.8m) from the safe.", "b.txt"),
      ...inStory("Thieves took €2m ($2.7m) from the safe.", "c.txt"),
      ...inStory("Thieves took €2m (£1.7m) from the safe.", "d.txt"),
    ];
    const rates = ratesOf(claims);
    // euros are the most written: the reference currency
    expect(rates.get("EUR")).toBe(1);
    expect(rates.get("USD")).toBeCloseTo(2 / 2.7, 6);
    expect(rates.get("GBP")).toBeCloseTo(2 / 1.7, 6);
  });

  it("gives no rate to a couple the reference currency is not joined to", () => {
    const claims = [...inStory("Thieves took €2m ($2.6m) from the safe.", "a.txt"), ...inStory("A dealer paid ¥300m (£1.5m) for the vase.", "b.txt")];
    const rates = ratesOf(claims);
    expect(rates.has("GBP")).toBe(false);
    expect(rates.has("JPY")).toBe(false);
    const marked = withStoryRates(claims);
    expect(marked.filter((c) => c.exchange !== undefined).map((c) => c.value.type === "quantity" && c.value.unit)).toEqual(["EUR", "USD"]);
  });

  it("marks nothing in a story that converts nothing, nor money of another story", () => {
    const own = inStory("Thieves took €2m ($2.6m) from the safe.", "a.txt");
    const other = claimsOfText("A buyer paid €3m for the farm.").map((c) => ({ ...c, document: "b.txt", story: "s-2" }));
    const marked = withStoryRates([...own, ...other]);
    expect(marked.filter((c) => c.story === "s-2").every((c) => c.exchange === undefined)).toBe(true);
    expect(withStoryRates(inStory("A buyer paid €3m and $2m for two farms.")).every((c) => c.exchange === undefined)).toBe(true);
  });
});

describe("sums in two currencies are judged at the story's rate", () => {
  const sum = (text: string, value: string, exchange: number): Claim => {
    const c = inStory(text).find((x) => x.text === value);
    if (!c) throw new Error(`no “${value}” in “${text}”`);
    return { ...c, exchange };
  };
  // a story where one pound is worth 1.5 dollars, the dollar being its reference currency
  const pounds2 = sum("The thieves stole £2m of watches.", "£2m", 1.5);
  const dollars3 = sum("The thieves stole $3.1m of watches.", "$3.1m", 1);
  const pounds1 = sum("The thieves stole £1.2m of watches.", "£1.2m", 1.5);
  const dollars25 = sum("The thieves stole $2.5m of watches.", "$2.5m", 1);
  const dollars26 = sum("The thieves stole $2.6m of watches.", "$2.6m", 1);

  it("must agree: £2m and $3.1m at 1.5 dollars to the pound", () => {
    expect(comparePair(pounds2, dollars3, true).verdict).toBe("agree");
  });

  it("must not agree: £1.2m ($1.8m) and $2.5m; $2.5m and $2.6m, one currency, gain no slack from the rate", () => {
    expect(comparePair(pounds1, dollars25, true).verdict).not.toBe("agree");
    expect(comparePair(dollars25, dollars26, true).verdict).not.toBe("agree");
  });
});

describe("a scan sets a £ figure against a € figure of its story at the story's own rate", () => {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-rates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "a.txt"), "Gallery robbed in Keld\n\nKeld, 4 March 2024 - Thieves stole €4 million (£3.4 million) of paintings from the Orla gallery in Keld on Monday, police said.\n");
  writeFileSync(join(dir, "b.txt"), "Keld gallery theft\n\nKeld, 4 March 2024 - Thieves stole £1.6 million of paintings from the Orla gallery in Keld on Monday, police said.\n");
  writeFileSync(join(dir, "c.txt"), "Paintings taken in Keld\n\nKeld, 5 March 2024 - Thieves stole paintings worth £3.5 million from the Orla gallery in Keld on Monday, police said.\n");

  it("€4m is set against £1.6m, and agrees with £3.5m", async () => {
    const run = await runCli(["scan", dir, "-f", "json"]);
    const report = JSON.parse(run.stdout) as Report;
    const id = (doc: string, text: string): string => report.claims.find((c) => c.document.endsWith(doc) && c.text === text)!.id;
    const [euros, pounds35, pounds16] = [id("a.txt", "€4 million"), id("c.txt", "£3.5 million"), id("b.txt", "£1.6 million")];
    const finding = report.findings.find((f) => f.claims.includes(euros) && f.claims.includes(pounds16));
    expect(finding?.verdict).toBe("contradict");
    expect(finding!.claims).toContain(pounds35);
    // (£3.5m and the bracket's £3.4m differ, so £3.5m stands on a side of its own: sides agree throughout)
    expect(finding!.sides!.find((s) => s.includes(euros))).not.toContain(pounds16);
  });

  it("must not: without the bracket, the story has no rate, and euros and pounds are never compared", async () => {
    const plain = mkdtempSync(join(tmpdir(), "relcheck-norate-"));
    try {
      writeFileSync(join(plain, "a.txt"), "Gallery robbed in Keld\n\nKeld, 4 March 2024 - Thieves stole €4 million of paintings from the Orla gallery in Keld on Monday, police said.\n");
      writeFileSync(join(plain, "b.txt"), "Keld gallery theft\n\nKeld, 4 March 2024 - Thieves stole £1.6 million of paintings from the Orla gallery in Keld on Monday, police said.\n");
      const report = JSON.parse((await runCli(["scan", plain, "-f", "json"])).stdout) as Report;
      const money = report.claims.filter((c) => c.value.type === "quantity").map((c) => c.id);
      expect(money).toHaveLength(2);
      expect(report.findings.some((f) => money.every((m) => f.claims.includes(m)))).toBe(false);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
