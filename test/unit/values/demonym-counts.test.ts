/**
 * Nationalities and peoples counted by their demonym are people, as "300 Afghans" and "three
 * Britons" are: plurals in -is ("11 Yemenis", "12 Somalis", "40 Iraqis") and a demonym adjective
 * that ends its count ("(12 Somali and 11 Yemeni)"; in "12 Somali and 11 Yemeni pirates" the first
 * is read as people, the second as pirates, so that neither is set against a total of pirates).
 * Not a demonym before the noun it qualifies ("the 12 Somali ports" are ports), not a name in -is
 * ("12 Paris hotels" are hotels). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

// a count read together ("12 Somali and 11 Yemeni") with its parts
const units = (text: string) =>
  findMentions(text, { asOf: "2021-06-01" })
    .flatMap((m): Mention[] => [m, ...(m.parts ?? [])])
    .filter((m) => m.kind === "quantity" && m.value?.type === "quantity")
    .map((m) => [m.text, m.value?.type === "quantity" ? m.value.unit : null]);

describe("must match: a demonym counts people", () => {
  it.each<[string, string, string]>([
    ["The patrol held 11 Yemenis at Port Rell.", "11", "person"],
    ["Among them were 12 Somalis and two Kenyans.", "12", "person"],
    ["The camp took in 40 Iraqis last week.", "40", "person"],
    ["Police questioned three Britons in Varna.", "three", "person"],
    ["The crew of 23 (12 Somali and 11 Yemeni) was held.", "12", "person"],
    ["The crew of 23 (12 Somali and 11 Yemeni) was held.", "11", "person"],
    ["Marines seized 12 Somali and 11 Yemeni pirates.", "12", "person"],
    ["Marines seized 12 Somali and 11 Yemeni pirates.", "11", "pirate"],
  ])("%s: %s counts %s", (sentence, text, unit) => {
    expect(units(sentence)).toContainEqual([text, unit]);
  });
});

describe("must not match", () => {
  it.each<[string, string, string]>([
    ["The navy shelled the 12 Somali ports.", "12", "port"],
    ["The chain owns 12 Paris hotels.", "12", "hotel"],
    ["The agency sold 12 Afghan rugs.", "12", "rug"],
  ])("%s: %s counts %s, not people", (sentence, text, unit) => {
    const got = units(sentence);
    expect(got).toContainEqual([text, unit]);
    expect(got).not.toContainEqual([text, "person"]);
  });
});
