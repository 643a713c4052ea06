/** Component: the counted or measured thing. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("counted thing", () => {
  it.each([
    ["About 4,200 people fled the valley overnight.", "About 4,200", "person"],
    ["Delegations from 27 countries attended the summit.", "27", "country"],
    ["A 5.8-magnitude earthquake shook the coast on Sunday.", "5.8", "magnitude"],
    ["The survey measured the shock at magnitude 6.1.", "6.1", "magnitude"],
    ["The driver, aged 19, was not hurt.", "19", "age"],
    ["The victim, Harlan Voss, 58, lived nearby.", "58", "age"],
    ["Police arrested a 31-year-old man at the scene.", "31-year-old", "age"],
    ["The group agreed to buy its rival for $3.4 billion.", "$3.4 billion", "money"],
    ["The town lies 35 miles south of the capital.", "35 miles", "distance"],
    ["The train was travelling at 140 mph when it left the rails.", "140 mph", "speed"],
    ["Shares fell 6.2 per cent in early trading.", "6.2 per cent", "percent"],
    ["Troops freed two of the seven hostages on Friday.", "two", "person"],
    ["Officers fired 14 shots, and three of them missed the car.", "three", "shot"],
    ["The death toll rose to 212 on Monday.", "212", "toll"],
    ["Organisers put the crowd at 15,000.", "15,000", "crowd"],
    ["The storm damaged 1,300 homes.", "1,300", "home"],
    ["Nine climbers were still missing.", "Nine", "person"],
    // people aboard by what they are there for, and what a vessel or a hall may hold
    ["The barge was carrying 70 passengers and six crew.", "70", "passenger"],
    ["The barge was carrying 70 passengers and six crew.", "six", "person"],
    ["The barge was licensed to carry 90 passengers.", "90", "capacity"],
    ["The new hall has a capacity of 1,200.", "1,200", "capacity"],
    ["The lift can hold up to eight people.", "up to eight", "capacity"],
    ["The old bridge was limited to 30 people at a time.", "30", "capacity"],
    ["The barge was carrying 90 passengers.", "90", "passenger"],
    ["Guards held 40 people at the gate.", "40", "person"],
    // a length written before a thing, or with an adjective of size, is the thing's size
    ["The barge, which is 85 metres long, ran aground.", "85 metres", "length"],
    ["Crews towed a 40-foot yacht into the marina.", "40-foot", "length"],
    ["The barge ran aground 85 metres from the pier.", "85 metres", "distance"],
    ["Police chased the van on a 12-mile pursuit.", "12-mile", "distance"],
    ["The town lies 35 miles south of the capital.", "35 miles", "distance"],
    ["The dam wall is 60 metres high.", "60 metres", "height"],
    ["The trench was 4 metres deep.", "4 metres", "depth"],
    // a length before a person, alone or among the person's measures, is the person's height
    ["Police sought a 6-foot man in a grey coat.", "6-foot", "height"],
    ["The suspect, a 6-foot, 180-pound white male, fled on foot.", "6-foot", "height"],
    ["The climber, who is 6 feet tall, led the team.", "6 feet", "height"],
    ["Workers put up a 6-foot fence around the yard.", "6-foot", "length"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it("gives an attribute's holder: a 5.8-magnitude earthquake is the magnitude of an earthquake", () => {
    expect(frame("A 5.8-magnitude earthquake shook the coast on Sunday.", "5.8").rule).toBe("frame:magnitude/earthquake");
  });

  it.each([
    // must not: a count that is no age, a number of things that are no people
    ["The crew loaded 58 containers onto the ship.", "58", "person"],
    ["The club signed 19 players last season.", "19", "age"],
  ])("%s → %s does not count %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).not.toBe(counted);
  });
});

describe("a model's name inside the counted phrase", () => {
  it.each([
    ["Police seized six AK 47 rifles and 40 rounds.", "six", "rifle"],
    ["The army bought 12 M 16 carbines last year.", "12", "carbine"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});

describe("a plural common noun written with a capital after a model's or a maker's name", () => {
  it.each([
    ["Customs officers impounded 9 Glock Magazines at the port.", "9", "magazine"],
    ["Marines found 12 M4 Carbines in the hold.", "12", "carbine"],
    ["The raid turned up 22 AK-47 Rifles and some ammunition.", "22", "rifle"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it.each([
    // a maker's name alone is no counted noun; nor is a singular after a count of one
    ["Dealers sold 40 Toyotas in March.", "40", "toyota"],
    ["Dealers sold 40 Glocks in March.", "40", "glock"],
  ])("%s → %s does not count %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).not.toBe(counted);
  });
});

describe("a length of time spent at an activity a gerund names", () => {
  it.each([
    ["The pair meant to spend five days ski touring near the pass.", "five days", "frame:duration/tour"],
    ["The pair had booked a five-day ski tour near the pass.", "five-day", "frame:duration/tour"],
    ["The crew spent nine days touring the islands.", "nine days", "frame:duration/tour"],
  ])("%s → %s is %s", (sentence, value, rule) => {
    expect(frame(sentence, value).rule).toBe(rule);
  });

  it.each([
    // no activity after the length: what comes after it is no holder
    ["They waited three hours before boarding the ferry.", "three hours", "frame:duration/board"],
    ["The ferry left two hours late, carrying 40 cars.", "two hours", "frame:duration/carry"],
    ["She retired after a 30-year career spanning three wars.", "30-year", "frame:duration/span"],
    ["They scored with two minutes remaining in the game.", "two minutes", "frame:duration/remain"],
  ])("%s → %s is not %s", (sentence, value, rule) => {
    expect(frame(sentence, value).rule).not.toBe(rule);
  });
});

describe("firms named by their industry are not people", () => {
  it.each([
    ["The fault cut service for all three mobile operators in the region.", "three", "operator"],
    ["Two internet providers reported slow links on Monday.", "Two", "provider"],
    ["The ministry invited four rail operators to the talks.", "four", "operator"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
  it.each([
    // people who work a machine, and operators that nothing says are firms
    ["Three crane operators walked off the site.", "Three", "person"],
    ["Two machine operators were hurt in the blast.", "Two", "person"],
    ["Five operators answered the calls overnight.", "Five", "person"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});

describe("fire engines by other names, where the sentence tells of a fire", () => {
  it.each([
    ["Fire crews called a further three appliances to help.", "three", "engine"],
    ["Seven pumps attended the blaze at the mill.", "Seven", "engine"],
    ["Two engines were sent to the fire.", "Two", "engine"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it.each([
    ["The chain sold 40,000 appliances last year.", "40,000", "appliance"],
    ["The farm installed two pumps to drain the field.", "two", "pump"],
  ])("%s → %s counts %s (no fire)", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});
