/**
 * A field of a record at the top of a page ("Date Hired: …", "End of Service: …") tells what the
 * record is about, not when the page was put out: it is no stamp and no dateline, and the page is
 * dated otherwise (its address, its text). A stamp's label ("Published:", "Last updated on:"), a
 * place in capitals ("NEW DELHI:") or one word ("Mumbai:") stays the page's date.
 * Pages and labels written for this test.
 */
import { describe, expect, it } from "vitest";
import { fieldOfARecord, readHeader } from "../../../../src/ingest/dates/header-date.js";

const stated = (text: string) => readHeader(text, [], 0).stated;
const masked = (text: string) => readHeader(text, [], 0).masks.map(([s, e]) => text.slice(s, e));

describe("must be a field of a record, not the page's date", () => {
  it.each([
    ["Firefighter Ana Ruiz\nWest Vale Fire District\nLast Day of Duty: Monday, March 4, 2019\nAna Ruiz died fighting a barn fire."],
    ["Officer Tom Hale\nBadge of Honour: 12 May 2016\nHale was shot at a traffic stop."],
    ["Trooper Lee Cho\nStart of Service: June 2, 2001\nCho joined the force after college."],
    // one word of a life, a birth or a death, is a field too
    ["Sergeant Mia Roth\nBorn: 3 March 1961\nRoth served the county for 30 years."],
    ["Sergeant Mia Roth\nDied: Sunday, May 9, 2010\nRoth served the county for 30 years."],
    ["Sergeant Mia Roth\nBorn on 3 March 1961\nRoth served the county for 30 years."],
  ])("%s", (text) => {
    expect(stated(text)).toBeNull();
    expect(masked(text)).toEqual([]);
  });
});

describe("must stay the page's date", () => {
  it.each([
    ["Mill closes\nPublished: March 14, 2019 9:02 AM\nThe mill shut its doors.", "2019-03-14"],
    ["Mill closes\nLast updated on: March 14, 2019\nThe mill shut its doors.", "2019-03-14"],
    ["Mill closes\nStory Created: Mar 14, 2019 at 9:56 AM\nThe mill shut its doors.", "2019-03-14"],
    ["Mill closes\nPOSTED: Thursday, March 14, 2019\nThe mill shut its doors.", "2019-03-14"],
    ["Mill closes\nNEW DELHI: March 14, 2019\nThe mill shut its doors.", "2019-03-14"],
    ["Mill closes\nMumbai: March 14, 2019\nThe mill shut its doors.", "2019-03-14"],
  ])("%s", (text, date) => {
    expect(stated(text)?.date).toBe(date);
  });
});

describe("fieldOfARecord reads the label before the date", () => {
  it.each([
    ["End of Service: ", true],
    ["Last Day of Duty: Monday, ", true],
    ["Born: ", true],
    ["Died on Sunday, ", true],
    ["Published: ", false],
    ["Bornholm: ", false],
    ["Edited time: ", false],
    ["Date of Report: ", false],
    ["OSLO, ", false],
    ["", false],
  ])("%j → %s", (prefix, field) => {
    expect(fieldOfARecord(prefix)).toBe(field);
  });
});
