/**
 * A story's own statements of one sum in two currencies, side by side, give the rate its figures
 * in those currencies are compared at: in brackets ("€2m ($2.6m)") or in an aside of equivalence
 * ("€50,000, about $68,000,"); several statements give a spread, allowed when comparing; a story
 * with no statement compares nothing across currencies, and one story's rate is never another's.
 * The finding names the rate and where it is stated (reason, JSON `rate`, explain). Sentences,
 * names, places and sums written for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ratesOf, storyRates, withStoryRates } from "../../../src/group/exchange-rates.js";
import { comparePair } from "../../../src/judge/judge.js";
import { rateInWords } from "../../../src/judge/reasons.js";
import { explainFinding } from "../../../src/report/explain.js";
import type { Claim, Report } from "../../../src/types.js";
import { runCli } from "../../helpers/run-cli.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const inStory = (text: string, document = "t.txt", story = "s-1"): Claim[] => claimsOfText(text).map((c) => ({ ...c, document, story }));

describe("an aside of equivalence states a rate", () => {
  it.each([
    // (one figure in each currency: the reference is the first by its code)
    ["Burglars took €50,000, about $68,000, from the Vessa bakery.", { EUR: 1, USD: 50 / 68 }],
    ["The Dunmore farm sold for €50,000, or roughly $68,000.", { EUR: 1, USD: 50 / 68 }],
    ["The club paid £2m, the equivalent of $2.6m, for the young striker.", { GBP: 1, USD: 2 / 2.6 }],
    ["The portrait went for $10m (about £6.4m) at the Keld auction.", { GBP: 1, USD: 6.4 / 10 }],
  ])("must pair: %s", (text, expected) => {
    const rates = ratesOf(inStory(text));
    expect([...rates.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [unit, worth] of Object.entries(expected)) expect(rates.get(unit)).toBeCloseTo(worth, 6);
  });

  it.each([
    "The gang took €4m, or $5m, from the Vessa vault.",
    "The gang took €4m, about $1m of it in cash, from the Vessa vault.",
    "The Vessa fund grew to €5m (up from $3m) last year.",
    "Thieves took €50,000, $20,000 and £9,000 from three shops in Keld.",
    "The bakery lost €50,000 - about $20,000 more than the year before.",
  ])("must not pair: %s", (text) => {
    expect(ratesOf(inStory(text)).size).toBe(0);
  });
});

describe("several statements of one couple of currencies give a range", () => {
  // dollars to the euro: 1.2 in a.txt, 1.45 in b.txt (the middle, 1.325, is the rate)
  const story = (extra: string[], statements = ["Raiders took €2m ($2.4m) from the Orla shop.", "Raiders took €2m ($2.9m) from the Orla shop."]): Claim[] =>
    withStoryRates([
      ...statements.flatMap((s, i) => inStory(s, `${"ab"[i]}.txt`)),
      ...extra.flatMap((s, i) => inStory(s, `${"cdef"[i]}.txt`)),
    ]);
  const find = (claims: Claim[], text: string): Claim => {
    const c = claims.find((x) => x.text === text);
    if (!c) throw new Error(`no “${text}”`);
    return c;
  };

  it("gives each currency its lowest and highest worth", () => {
    const rates = storyRates(story([]));
    const usd = rates.get("USD")!;
    expect(rates.get("EUR")!.worth).toBe(1);
    expect(usd.worth).toBeCloseTo(1 / 1.325, 6);
    expect(usd.lo).toBeCloseTo(1 / 1.45, 6);
    expect(usd.hi).toBeCloseTo(1 / 1.2, 6);
    expect(usd.where).toEqual(["a.txt:1 “€2m ($2.4m)”", "b.txt:1 “€2m ($2.9m)”"]);
  });

  it("must agree within the spread: $2.9m and €2.4m (1.45 dollars to the euro is one of the story's own rates)", () => {
    const claims = story(["Raiders stole $2.9m of watches from the Orla shop in Keld.", "Raiders stole €2.4m of watches from the Orla shop in Keld."]);
    expect(comparePair(find(claims, "$2.9m"), find(claims, "€2.4m"), true).verdict).toBe("agree");
  });

  it("must not agree with one statement only: $2.9m and €2.4m where the story gives 1.3 dollars to the euro", () => {
    const claims = story(["Raiders stole $2.9m of watches from the Orla shop in Keld.", "Raiders stole €2.4m of watches from the Orla shop in Keld."], ["Raiders took €2m ($2.6m) from the Orla shop."]);
    expect(comparePair(find(claims, "$2.9m"), find(claims, "€2.4m"), true).verdict).not.toBe("agree");
  });

  it("must not agree beyond the spread: $2.9m and €3.5m", () => {
    const claims = story(["Raiders stole $2.9m of watches from the Orla shop in Keld.", "Raiders stole €3.5m of watches from the Orla shop in Keld."]);
    expect(comparePair(find(claims, "$2.9m"), find(claims, "€3.5m"), true).verdict).not.toBe("agree");
  });

  it("names the rate, its spread and its statements", () => {
    const claims = story(["Raiders stole €2.4m of watches from the Orla shop in Keld.", "Raiders stole $2.9m of watches from the Orla shop in Keld."]);
    const words = rateInWords([find(claims, "€2.4m"), find(claims, "$2.9m")]);
    expect(words).toContain("1 EUR = ");
    expect(words).toContain(" USD (its statements give 1.2–1.45)");
    expect(words).toContain("as stated in a.txt:1 “€2m ($2.4m)”; b.txt:1 “€2m ($2.9m)”");
    // one currency: no rate to name
    expect(rateInWords([find(claims, "€2.4m"), find(claims, "€2m")])).toBeNull();
  });
});

describe("no stated rate, no comparison; one story's rate is never another's", () => {
  it("must not mark: a story that states no rate, though another story states one", () => {
    const claims = withStoryRates([
      ...inStory("Burglars took €50,000, about $68,000, from the Vessa bakery.", "a.txt", "s-1"),
      ...inStory("A dealer paid €90,000 for the Dunmore mill.", "b.txt", "s-2"),
      ...inStory("A rival bid $120,000 for the Dunmore mill.", "c.txt", "s-2"),
    ]);
    expect(claims.filter((c) => c.story === "s-2").every((c) => c.exchange === undefined)).toBe(true);
    expect(claims.filter((c) => c.story === "s-1").every((c) => c.exchange !== undefined)).toBe(true);
  });
});

describe("a scan's finding names the rate and where the story states it", () => {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-stated-rate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "a.txt"), "Mill sold in Dunmore\n\nDunmore, 4 March 2024 - The Tarn family sold the Dunmore mill for €900,000, about $970,000, on Monday, the agent said.\n");
  writeFileSync(join(dir, "b.txt"), "Dunmore mill changes hands\n\nDunmore, 4 March 2024 - The Tarn family sold the Dunmore mill for $1.4 million on Monday, the agent said.\n");

  it("the finding of €900,000 and $1.4 million gives the rate in its reason, its JSON and its explanation", async () => {
    const report = JSON.parse((await runCli(["scan", dir, "-f", "json"])).stdout) as Report;
    const id = (doc: string, text: string): string | undefined => report.claims.find((c) => c.document.endsWith(doc) && c.text === text)?.id;
    const [euros, dollars] = [id("a.txt", "€900,000"), id("b.txt", "$1.4 million")];
    expect(euros && dollars).toBeTruthy();
    const finding = report.findings.find((f) => f.claims.includes(euros!) && f.claims.includes(dollars!));
    // $1.4m is about €1.3m at the story's rate: a clear gap
    expect(finding?.verdict).not.toBe("agree");
    expect(finding!.rate).toMatch(/1 (?:EUR = 1\.08 USD|USD = 0\.928 EUR), as stated in a\.txt:3 “€900,000, about \$970,000”/);
    expect(finding!.reason).toContain(`Compared at the story's own rate: ${finding!.rate}.`);
    expect(explainFinding(report, finding!)).toContain(`Rate: ${finding!.rate}`);
  });
});
