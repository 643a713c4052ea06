/**
 * The cheap questions extract asks before the value grammars run must never say no to a text
 * the grammars would read: every range the temporal grammar finds passes mayHoldRange, every
 * amount of money the quantity grammar finds passes mayHoldMoney, and every share passes
 * mayHoldShare — in the seeds, in the State of the Union corpus (a dev dependency, read and run
 * through the value layer once for all three) and in the forms the grammars' headers list.
 */
import { realTexts } from "../helpers/real-texts.js";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitSentences } from "../../src/extract/sentences.js";
import { findMentions, mayHoldMoney, mayHoldRange, mayHoldShare } from "../../src/values/index.js";
import { CURRENCY_KEY } from "../../src/values/quantity/units.js";


function readTexts(): string[] {
  return realTexts().map((t) => t.text);
}

let corpus: string[] | null = null;
/** The seeds and the State of the Union addresses, read once for every test here. */
function texts(): string[] {
  return (corpus ??= readTexts());
}

type Mentions = ReturnType<typeof findMentions>;
const mentionsByText = new Map<string, Mentions>();
/** The value layer's mentions of a text, found once however many gates are held to them. */
function mentionsOf(text: string): Mentions {
  let found = mentionsByText.get(text);
  if (!found) mentionsByText.set(text, (found = findMentions(text, { asOf: "2025-09-05" })));
  return found;
}

const FORMS = [
  "They ruled from 1996 to 2001.",
  "It was fought between 2001 and 2021.",
  "The Soviet–Afghan War (1979–1989) ended.",
  "Trade fell in 2001-21.",
  "Talks ran from April to June 2025.",
  "Talks ran April–June 2025.",
  "The summit ran 19–21 April 2025.",
  "The summit ran April 19-21, 2025.",
  "The truce held from Christmas to Easter.",
  "It lasted from the spring of 1990 to the winter of 1991.",
  "Empires of the 19th and 20th centuries fell.",
  "Rule lasted from the 1990s to the 2000s.",
  "Budgets from FY2007 to FY2009 grew.",
  "It ran from Q3 2024 to Q1 2025.",
];

describe("mayHoldRange", () => {
  it("passes every range the temporal grammar reads", () => {
    let ranges = 0;
    for (const text of [...FORMS, ...texts()]) {
      for (const m of mentionsOf(text)) {
        if (m.kind !== "range") continue;
        ranges++;
        expect(mayHoldRange(m.text), m.text).toBe(true);
      }
    }
    expect(ranges).toBeGreaterThan(10);
  });

  it("turns away sentences with no year, day, month, season, holiday or century", () => {
    expect(mayHoldRange("The government of the day answered to Congress.")).toBe(false);
    expect(mayHoldRange("The war went on between the two powers.")).toBe(false);
    expect(mayHoldRange("The war went on from 1861 to 1865.")).toBe(true);
  });
});

const MONEY = [
  "Japan pledged $500 million in aid.",
  "It cost US$5m and A$3 billion.",
  "A grant of Rs 500 and Rs. 700 and ₨ 900.",
  "PKR 1.2bn was paid, and 200 Afghanis, and Af. 50.",
  "The bank lent €200 million and £30 and ¥5,000 and ₹40 crore.",
  "Trade reached 3 billion US dollars, 4 billion euros and 10 million yuan.",
  "Exports were worth 5 million USD and 2 billion rupees.",
  "Aid ran to millions of dollars and billions of euros.",
  "The fee rose to 700 dirhams, 80 riyals and 9,000 tomans.",
];

describe("mayHoldMoney", () => {
  it("passes every amount of money the quantity grammar reads", () => {
    let amounts = 0;
    for (const text of [...MONEY, ...texts()]) {
      for (const m of mentionsOf(text)) {
        if (m.value?.type !== "quantity" || !/^[A-Z]{3}$/.test(m.value.unit)) continue;
        amounts++;
        expect(mayHoldMoney(text), m.text).toBe(true);
        // … and the currency stands next to the figure, not elsewhere in the text.
        expect(mayHoldMoney(text.slice(Math.max(0, m.offset - 10), m.offset + m.length + 20)), m.text).toBe(true);
      }
    }
    expect(amounts).toBeGreaterThan(100);
  });

  it("turns away sentences that name no currency", () => {
    expect(mayHoldMoney("Trade with the Indies grew by 2,000 tons last year.")).toBe(false);
    expect(mayHoldMoney("Trade grew to $2 billion.")).toBe(true);
  });
});

const SHARES = [
  "Tariffs rose by 10% and 12.5 per cent, then 3 percent, 5pc and 7 pct.",
  "It rose from 10 to 20 percent, or 10-20%.",
  "A third of the fee, two-thirds of the duty, one quarter of the tax and half of the levy were paid.",
  "Three fifths, one tenth and a half of the tariff.",
  "Half the toll went to the state.",
];

describe("mayHoldShare", () => {
  it("passes every share (unit percent) the quantity grammar reads", () => {
    let shares = 0;
    for (const text of [...SHARES, ...texts()]) {
      for (const m of mentionsOf(text)) {
        if (m.value?.type !== "quantity" || m.value.unit !== "percent") continue;
        shares++;
        expect(mayHoldShare(text), m.text).toBe(true);
        // … and the sign, word or fraction stands in or next to the figure.
        expect(mayHoldShare(text.slice(Math.max(0, m.offset - 10), m.offset + m.length + 20)), m.text).toBe(true);
      }
    }
    expect(shares).toBeGreaterThan(100);
  });

  it("turns away sentences with no percent and no fraction", () => {
    expect(mayHoldShare("The duty on iron was raised to 40 dollars a ton.")).toBe(false);
    expect(mayHoldShare("The duty was raised by 10 per cent.")).toBe(true);
    expect(mayHoldShare("Two-thirds of the revenue came from customs.")).toBe(true);
  });
});

/**
 * mayHoldMoney answers what its defining expression (CURRENCY_KEY) answers, asked in cheaper
 * parts: on every sentence of the texts above, and on random texts that hold strings of the
 * expression (any of its alternatives, in any case, among other words), so a currency added to a
 * table and not to the gate is found.
 */
describe("mayHoldMoney and CURRENCY_KEY", () => {
  /** The expression without its lookarounds and word boundaries, whole: fast-check writes strings of it. */
  const strings = (re: RegExp): fc.Arbitrary<string> =>
    fc.stringMatching(new RegExp(`^(?:${re.source.replace(/\(\?<?[!=](?:[^()\\]|\\.|\([^()]*\))*\)/g, "").replace(/\\b/g, "")})$`, "u"));
  const cased = (a: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.tuple(a, fc.constantFrom("as is", "lower", "upper", "capital")).map(([x, c]) =>
      c === "lower" ? x.toLowerCase() : c === "upper" ? x.toUpperCase() : c === "capital" ? x.charAt(0).toUpperCase() + x.slice(1).toLowerCase() : x,
    );
  const word = fc.constantFrom("", "the", "a", "in", "after", "trial", "materials", "es", "o", "r", "Nov", "el", "x", "1");
  const gap = fc.constantFrom("", " ", "-", ".", "'", "’", "\u00a0", "(", "\n");
  const piece = fc.oneof(cased(strings(CURRENCY_KEY)), word);
  const text = fc.array(fc.tuple(piece, gap), { maxLength: 6 }).map((parts) => parts.map(([p, g]) => p + g).join(""));

  it("agree on random texts that hold the expression's strings", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayHoldMoney(t), t).toBe(CURRENCY_KEY.test(t));
      }),
      { numRuns: 20000, seed: 20251203 },
    );
  });

  it("agree on every sentence of the seeds and the State of the Union corpus", () => {
    let money = 0;
    for (const t of texts()) {
      for (const { text: s } of splitSentences(t)) {
        expect(mayHoldMoney(s), s).toBe(CURRENCY_KEY.test(s));
        if (mayHoldMoney(s)) money++;
      }
    }
    expect(money).toBeGreaterThan(100);
  });
});
