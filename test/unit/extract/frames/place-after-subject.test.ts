/**
 * A place phrase right after a subject's head noun tells where the subject is, not who it is
 * (extract/frames/place-after-subject.ts): a date's subject is the head before it. Sentences
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent" || p.role === "patient").map((p) => `${p.role}:${p.key}`);

describe("a place phrase after the subject is its place", () => {
  it.each([
    ["The Pellan sea cable off Dunmere was damaged on 3 March 2024.", "3 March 2024", "patient:pellan sea cable", "patient:dunmere"],
    ["The ferry near Oskar Point sank on 4 May 2023.", "4 May 2023", "agent:ferry", "agent:oskar point"],
    ["Shares in Delmar rose on 5 June 2022.", "5 June 2022", "agent:shares", "agent:delmar"],
    ["The fire at the Tarrow mill was put out on 9 May 2024.", "9 May 2024", "patient:fire", "patient:tarrow mill"],
    ["The stands outside Kelby Park were closed on 12 January 2024.", "12 January 2024", "patient:stands", "patient:kelby park"],
  ])("must read the head as the subject: %s", (sentence, value, subject, notSubject) => {
    const found = roles(sentence, value);
    expect(found).toContain(subject);
    expect(found).not.toContain(notSubject);
  });

  it.each([
    // a chain joined by another preposition is known by its last phrase
    ["The bridge over the Dunmore River was opened on 1 July 2021.", "1 July 2021", "patient:dunmore river"],
    // a preposition's object that does not open its clause is no subject
    ["A man who worked at a firm in Keld walked in on 3 August 2024.", "3 August 2024", null],
  ])("must keep other readings: %s", (sentence, value, subject) => {
    const found = roles(sentence, value);
    if (subject === null) expect(found.filter((r) => r.startsWith("agent:"))).toEqual([]);
    else expect(found).toContain(subject);
  });
});
