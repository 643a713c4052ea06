import { describe, expect, it } from "vitest";
import { titleCased } from "../../../src/values/noise/title-case.js";

describe("title-case lines", () => {
  it.each([
    ["Storm Leaves 300 Families Homeless", true],
    ["Flood Cuts Power to 40 Towns and the Port", true],
    ["A storm left 300 families homeless on Tuesday.", false],
    ["Police Said 12 people were hurt in the crash", false],
    ["Big Win", false],
    ["Gale Cuts Power to 40 Towns with Snow on the Way", true],
    // prose that lists many names is no title: it leaves more than a few long words in lower case
    ["The Norrline cable, also called the North Sea-Baltic 2 cable network, joins Keld, Varna, Riga, Gdansk, Tallinn, Kiel, Aarhus, Malmo, Oslo, Bergen, Turku, Lubeck, Rostock, Klaipeda, Helsinki and Stockholm.", false],
  ])("%s → %j", (line, expected) => {
    expect(titleCased(`intro text\n${line}\nmore text`, "intro text\n".length + 2)).toBe(expected);
  });
});
