/**
 * A vessel sunk is a sinking, not a level's fall (group/sunk-vessels.ts); a country told of the
 * people aboard a vessel is not its flag (group/crew-origins.ts); reports of one sinking on two
 * days are set against each other. Sentences and reports invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sunkVessel } from "../../../src/group/sunk-vessels.js";
import { vesselCountries } from "../../../src/group/crew-origins.js";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import { scan } from "../../../src/index.js";
import type { Participant } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

const told = (sentence: string, lemma: string, voice: "active" | "passive" | null, participants: [Participant["role"], string][]) =>
  claim(date("2024-03-04"), {
    sentence,
    text: "March 4",
    claimFrame: {
      counted: null,
      predicate: { lemma, voice },
      participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });

describe("sunkVessel", () => {
  it.each([
    ["a ship sinks another", told("The frigate Orlan sank the trawler Mira on March 4.", "sink", "active", [["agent", "The frigate Orlan"], ["patient", "the trawler Mira"]]), true],
    ["told in the passive", told("The trawler was sunk by the frigate on March 4.", "sink", "passive", [["patient", "The trawler"], ["agent", "the frigate"]]), true],
    ["a ship that went down", told("The ferry Arven sank on March 4 off Pellan.", "sink", "active", [["agent", "The ferry Arven"]]), true],
    ["a vessel destroyed", told("The navy destroyed a pirate mother ship on March 4.", "destroy", "active", [["agent", "The navy"], ["patient", "a pirate mother ship"]]), true],
    ["a vessel sent to the bottom", told("The frigate sent the freighter to the bottom on March 4.", "send", "active", [["agent", "The frigate"], ["patient", "the freighter"]]), true],
    ["a level that sank", told("Shares of Pellan Lines sank on March 4.", "sink", "active", [["agent", "Shares of Pellan Lines"]]), false],
    ["homes destroyed", told("The storm destroyed 40 homes on March 4.", "destroy", "active", [["agent", "The storm"], ["patient", "40 homes"]]), false],
    ["a ship sent somewhere", told("The navy sent a frigate to the gulf on March 4.", "send", "active", [["agent", "The navy"], ["patient", "a frigate"]]), false],
    ["files sent to the bottom of a pile", told("The clerk sent the ship's papers to the bottom of the pile on March 4.", "send", "active", [["agent", "The clerk"], ["patient", "the ship's papers"]]), false],
  ])("%s", (_name, c, expected) => {
    expect(sunkVessel(c, c.claimFrame!.predicate!.lemma)).toBe(expected);
  });

  it("reads a vessel sunk as a sinking only, and a level that sank as a fall too", () => {
    expect(classesOfClaim(told("The frigate Orlan sank the trawler Mira on March 4.", "sink", "active", [["agent", "The frigate Orlan"], ["patient", "the trawler Mira"]]))).toEqual(["sink"]);
    expect(classesOfClaim(told("Shares of Pellan Lines sank on March 4.", "sink", "active", [["agent", "Shares of Pellan Lines"]]))).toContain("fall");
  });
});

describe("vesselCountries", () => {
  it.each([
    ["a Somalian pirate vessel", []],
    ["an Iranian rebel gunboat", []],
    ["a Thai trawler", ["Thailand"]],
    ["the Thai fishing trawler", ["Thailand"]],
    ["Somali pirates", ["Somalia"]],
  ])("%s", (text, expected) => {
    expect(vesselCountries(text)).toEqual(expected);
  });
});

describe("one sinking told on two days by two undated reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-sunk-vessels-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  /** The verdicts of the findings of two reports under one headline that hold a day of March. */
  function verdicts(a: string, b: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    [a, b].forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `Frigate Orlan sinks pirate-held trawler\n\nThe frigate Orlan sank a trawler held by pirates in the Gulf of Pellan, the navy said.\n\n${t}\n`));
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: dir, asOf: "2024-03-20" });
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    return report.findings.filter((f) => f.claims.some((id) => text.get(id)?.startsWith("March"))).map((f) => f.verdict);
  }

  it("sets the two days against each other, active and passive", () => {
    expect(verdicts("On March 4, the Orlan sank a fishing trawler that was under the control of pirates.", "The trawler was sunk by the Orlan on March 3 after a gunbattle.")).toHaveLength(1);
  });

  it("sets them against each other when one tells it of a pronoun after an opening adverb, and the ship is described by its flag and by its captors", () => {
    expect(verdicts("On March 4, the Orlan sank a Somalian pirate vessel.", "Then, on March 3, it had sunk Thai trawler 'Mira Dawn', which had been seized by pirates.")).toHaveLength(1);
  });

  it("does not set a sinking against a level that sank", () => {
    expect(verdicts("On March 4, the Orlan sank a fishing trawler that was under the control of pirates.", "Shares of Pellan Lines sank 4 percent on March 3.")).toEqual([]);
  });
});
