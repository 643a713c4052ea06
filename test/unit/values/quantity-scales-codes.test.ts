/**
 * Two families of money and scale wording:
 *   - plural scale words after a number ("$2.3 millions", "five millions of dollars"), common in
 *     older and British English, mean the same as the singular: 2.3 million, 5 million;
 *   - an ISO currency code after the number ("5 million UZS") names the currency as it does before
 *     it ("UZS 5 million"), for every code relcheck reads.
 * Each with sentences that must not be read that way.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";

const quantities = (sentence: string) => findQuantities(sentence).filter((m) => m.kind === "quantity");

describe("plural scale words count like the singular", () => {
  it.each([
    ["The loan came to $2.3 millions, repayable over ten years.", "$2.3 millions", 2_300_000, "USD"],
    ["Congress voted $7 millions for the harbour works.", "$7 millions", 7_000_000, "USD"],
    ["Receipts reached 3 billions of dollars that year.", "3 billions of dollars", 3_000_000_000, "USD"],
    ["Some 12 thousands of refugees crossed the pass.", "Some 12 thousands", 12_000, "person"],
    ["The treasury held £4 millions in reserve.", "£4 millions", 4_000_000, "GBP"],
    ["Nearly five millions of people were counted in the census.", "Nearly five millions", 5_000_000, "person"],
    ["The bonds were worth two hundred millions of dollars.", "two hundred millions of dollars", 200_000_000, "USD"],
    ["The works cost 1,500 millions of francs over the decade.", "1,500 millions", 1_500_000_000, "francs"],
  ] as const)("%s → %s = %d %s", (sentence, text, value, unit) => {
    const found = quantities(sentence).filter((m) => m.text === text);
    expect(found.map((m) => m.text), JSON.stringify(quantities(sentence).map((m) => m.text))).toEqual([text]);
    const v = found[0]!.value as { nominal: number | null; unit: string };
    expect(v.nominal).toBe(value);
    if (unit !== "francs") expect(v.unit).toBe(unit);
  });

  it.each([
    // a year followed by a vague "millions of …" stays a year and a vague magnitude
    ["In 2020 millions of people fled the fighting.", ["millions"]],
    ["By 1990 thousands had left the valley.", ["thousands"]],
    // vague magnitudes without a number are unchanged
    ["Hundreds of millions of dollars were pledged.", ["Hundreds of millions of dollars"]],
    ["Millions of people were displaced.", ["Millions"]],
    // a singular scale is read as before
    ["The fund holds $2.3 million.", ["$2.3 million"]],
    // "of" after a scale is money only when a currency follows
    ["Some 2 millions of the refugees have returned.", ["Some 2 millions"]],
  ] as const)("%s → %j", (sentence, texts) => {
    expect(quantities(sentence).map((m) => m.text)).toEqual(texts);
    if (sentence.startsWith("In 2020")) expect((quantities(sentence)[0]!.value as { min: number }).min).toBe(2_000_000);
    if (sentence.startsWith("Some 2")) expect(quantities(sentence)[0]!.value).toMatchObject({ nominal: 2_000_000, unit: "person" });
  });
});

describe("an ISO currency code after the number", () => {
  it.each([
    ["The contract is worth 5 million UZS.", "5 million UZS", 5_000_000, "UZS"],
    ["The contract is worth UZS 5 million.", "UZS 5 million", 5_000_000, "UZS"],
    ["Wages rose to 900 TJS a month.", "900 TJS", 900, "TJS"],
    ["The grant was 250,000 KZT.", "250,000 KZT", 250_000, "KZT"],
    ["Fares rose to 40 AFN.", "40 AFN", 40, "AFN"],
    ["Imports of 3 billion RMB were recorded.", "3 billion RMB", 3_000_000_000, "CNY"],
    ["A fine of 2 million PKR was imposed.", "2 million PKR", 2_000_000, "PKR"],
  ] as const)("%s → %s = %d %s", (sentence, text, value, unit) => {
    const found = quantities(sentence).filter((m) => m.text === text);
    expect(found.map((m) => m.text), JSON.stringify(quantities(sentence).map((m) => m.text))).toEqual([text]);
    expect(found[0]!.value).toMatchObject({ nominal: value, unit });
  });

  it.each([
    // codes are capitals: lower-case words after a number are not currencies
    ["He scored two try in the match.", "TRY"],
    ["They counted 30 uzs in the notes.", "UZS"],
    // a code glued to letters is not a code
    ["Model 5 UZSX was sold out.", "UZS"],
  ] as const)("%s: no %s", (sentence, code) => {
    for (const m of quantities(sentence)) expect((m.value as { unit: string }).unit).not.toBe(code);
  });
});
