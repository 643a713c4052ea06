/**
 * Partitives: a part of a whole its sentence states, and that whole. Sentences written for this
 * test; expected readings written by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a partitive's part and whole", () => {
  it.each([
    ["Moreno scored five of Dayton's first eight points in the second half.", "five"],
    ["The Hawks have lost eight of their last 10 games.", "eight"],
    ["The club won six of its past nine matches.", "six"],
    // an apostrophe set apart from its s
    ["Moreno scored five of Dayton ’ s first eight points.", "five"],
  ])("%s → %s is a part", (sentence, value) => {
    expect(frame(sentence, value).modality).toContain("part");
  });

  it.each([
    // no whole is stated
    ["Smith scored all 11 of his points in the first half.", "11"],
    ["One of the victims died in hospital.", "One"],
    ["Police arrested 12 people on Friday.", "12"],
  ])("%s → %s is no part", (sentence, value) => {
    expect(frame(sentence, value).modality).not.toContain("part");
  });

  it("gives the whole no verb of its own, and its possessor as its participant, not the scorer", () => {
    const f = frame("Moreno scored five of Dayton's first eight points in the second half.", "eight");
    expect(f.predicate).toBeNull();
    const agents = f.participants.filter((p) => p.role === "agent").map((p) => p.key);
    expect(agents).toEqual(["dayton"]);
  });

  it("counts the whole's noun past an apostrophe set apart from its s", () => {
    expect(frame("Moreno scored five of Dayton ’ s first eight points.", "five").counted).toBe("point");
  });

  it("keeps the part's verb and doer", () => {
    const f = frame("Moreno scored five of Dayton's first eight points in the second half.", "five");
    expect(f.predicate?.lemma).toBe("score");
    expect(f.participants.filter((p) => p.role === "agent").map((p) => p.key)).toEqual(["moreno"]);
  });

  it("gives a whole without a named possessor no doer", () => {
    const f = frame("The Hawks have lost eight of their last 10 games.", "10");
    expect(f.predicate).toBeNull();
    expect(f.participants.filter((p) => p.role === "agent")).toEqual([]);
  });
});
