/**
 * soleWordAt: where a value's text stands in its sentence as a word of its own (no letter or digit
 * of any script right before or after it), or -1 when it does not or stands there more than once.
 * Held to its definition, one expression with \p{L} and \p{N} as word characters, on sentences
 * written here and on random ones.
 */
import { describe, expect, it } from "vitest";
import { soleWordAt } from "../../../src/group/participants.js";

function byDefinition(sentence: string, text: string): number {
  if (text === "") return -1;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = [...sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))];
  return found.length === 1 ? found[0]!.index : -1;
}

describe("soleWordAt", () => {
  it.each([
    ["five of Creighton's first eight points", "eight", 26],
    ["eighteen or eight", "eight", 12],
    ["eight and eight", "eight", -1],
    ["8 of 18 games", "8", 0],
    ["a 6.4 quake", "6.4", 2],
    ["86.4 or 6.45", "6.4", -1],
    ["über 12 Männer", "12", 5],
    ["zwölf12 or 12", "12", 11],
    ["(12)", "12", 1],
    ["𝐀12 and 12", "12", 9],
    ["", "12", -1],
    ["12", "", -1],
    ["it cost $2.5 million", "$2.5 million", 8],
  ])("in %j, %j stands at %i", (sentence, text, at) => {
    expect(soleWordAt(sentence, text)).toBe(at);
    expect(byDefinition(sentence, text)).toBe(at);
  });

  it("agrees with its definition on random sentences, surrogates and overlapping repeats included", () => {
    const alphabet = ["a", "b", "1", "2", " ", ",", ".", "é", "Ж", "٣", "𝐀", "\ud835", "\udc00", "-", "aa", "a a", "1.2"];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = (length: number): string => Array.from({ length }, () => alphabet[next(alphabet.length)]!).join("");
    for (let k = 0; k < 4000; k++) {
      const sentence = pick(next(14));
      const text = next(3) === 0 && sentence.length > 0 ? sentence.slice(next(sentence.length), next(sentence.length + 1)) : pick(1 + next(3));
      expect(soleWordAt(sentence, text), JSON.stringify([sentence, text])).toBe(byDefinition(sentence, text));
    }
  });
});
