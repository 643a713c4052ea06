/**
 * Noise families of news text: digits that locate, name or identify rather than count — web
 * addresses (also as tokenized corpora space them out), street addresses and roads, model years
 * and licence plates, stations, channels and lines, phone numbers. Each family: sentences (written
 * for this test) with the span that must be kept from the claims, then sentences whose values must
 * stay values. The last block checks the whole value layer: nothing inside a noise span is read as
 * a date or a quantity.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findNoise } from "../../../src/values/noise/index.js";

const noiseTexts = (text: string): string[] => findNoise(text).map((m) => m.text);

/** Values (dates, quantities, ordinals…) the whole value layer reads in a text. */
const values = (text: string): string[] =>
  findMentions(text, { asOf: "2020-06-30" })
    .filter((m) => m.value !== null)
    .map((m) => m.text);

type Family = { match: [text: string, span: string][]; keep: [text: string, value: string][] };

const FAMILIES: Record<string, Family> = {
  "web addresses, spaced out": {
    match: [
      ["http: / / www. example. com / local / 2019-04-02 / 3-hurt-in-blast-at-depot / 81234", "http: / / www. example. com / local / 2019-04-02 / 3-hurt-in-blast-at-depot / 81234"],
      ["https: / / news. example. org / story / 55012 / two-killed-in-crash", "https: / / news. example. org / story / 55012 / two-killed-in-crash"],
      ["http: / / www. example. co. uk / 1 / hi / world / 7712345. stm", "http: / / www. example. co. uk / 1 / hi / world / 7712345. stm"],
      ["http: / / example. com / article. php? ymd=20090101&item _ id=44411&kind=news", "http: / / example. com / article. php? ymd=20090101&item _ id=44411&kind=news"],
      ["http: / / example. com / 2012 / 05 / 07 / storm-hits-coast / #. AbCdE", "http: / / example. com / 2012 / 05 / 07 / storm-hits-coast / #. AbCdE"],
      ["Read it at www. example. com / reports / 2011 / floods-12-dead and share it.", "www. example. com / reports / 2011 / floods-12-dead"],
      // a query string or a path left on its own by a sentence split
      ["ViewStory. aspx? SRC _ ID=1000&ART=20455", "ID=1000&ART=20455"],
      ["world / europe / 2010 / 05 / protest-turns-violent-4-hurt", "world / europe / 2010 / 05 / protest-turns-violent-4-hurt"],
    ],
    keep: [
      ["Visit http: / / example. com. The storm killed 12 people.", "12"],
      ["Updated 09 / 14 / 2013 01:03 PM", "01:03 PM"],
      ["Staff worked 24 / 7 through the floods, and 30 were rescued.", "30"],
      ["The score was x = 5 at half time.", "5"],
    ],
  },
  "street addresses and roads": {
    match: [
      ["The fire broke out at 1450 Main Street on Tuesday.", "1450 Main Street"],
      ["a shop at 12 Elm Road", "12 Elm Road"],
      ["He was arrested at 22 Hill Street.", "22 Hill Street"],
      ["police were called to 88 West 23rd Street shortly after noon", "88 West 23rd Street"],
      ["the clinic at 310 N. Oak Ave. was closed", "310 N. Oak Ave."],
      ["offices at 9 Harbour View Way", "9 Harbour View Way"],
      ["a flat at 7-9 Mill Lane", "7-9 Mill Lane"],
      ["the gallery at 540 Broadway", "540 Broadway"],
      ["shot in the 2700 block of Cedar Street", "2700 block of"],
      ["a chase along Interstate 94 near the border", "Interstate 94"],
      ["the diner on Route 9 closed", "Route 9"],
      ["traffic on the 110 Freeway slowed", "110 Freeway"],
      ["take Exit 14 for the stadium", "Exit 14"],
      ["the firm's office in Suite 1200", "Suite 1200"],
      ["write to 5 Pine Court, Dayton, OH 45402", "OH 45402"],
    ],
    keep: [
      ["In 2010 Main Street was closed to traffic.", "2010"],
      ["The nine Supreme Court justices heard 12 cases.", "12"],
      ["Police said 14 people were hurt on the road.", "14"],
      ["The protest drew 5,000 people to Tahrir Square.", "5,000"],
      ["12 Death Row inmates were moved", "12"],
      ["fell 300 points on Wall Street", "300"],
      ["He was arrested at 22 Hill Street. 3 officers were hurt.", "3"],
    ],
  },
  "model years and licence plates": {
    match: [
      ["He drove off in a 2011 blue Honda Civic.", "2011 blue Honda"],
      ["witnesses saw a silver 2004 Toyota leave", "2004 Toyota"],
      ["police found the 2015 Camry abandoned", "2015 Camry"],
      ["his black 1969 Mustang", "1969 Mustang"],
      ["a 2009 pickup hit the wall", "2009 pickup"],
      ["the car had licence plate XKR 4471", "XKR 4471"],
      ["a van with license plate number 7TRB219", "7TRB219"],
      ["with the registration KX09 ABC", "KX09 ABC"],
    ],
    keep: [
      ["Toyota said the 2013 Toyota recall covered 1.2 million cars.", "2013"],
      ["In 2008 Ford cut 2,000 jobs.", "2,000"],
      ["the 2008 election", "2008"],
      ["a 2007 report found 40 faults", "40"],
      ["registration of 1500 new voters", "1500"],
      ["jailed over a 2012 car crash", "2012"],
      ["the 2009 truck bombing killed 19", "2009"],
      ["licence plates cost $40 a year", "$40"],
    ],
  },
  "stations, channels and lines": {
    match: [
      ["He told listeners on AM 680 that talks had stalled.", "AM 680"],
      ["as heard on 101.1 FM", "101.1 FM"],
      ["Channel 7 reported the fire first.", "Channel 7"],
      ["Fox 25 said the mayor would resign.", "Fox 25"],
      ["WXYZ 7 spoke to neighbours", "WXYZ 7"],
      ["NewsDesk 9 has learned that the deal is close", "NewsDesk 9"],
      ["Studio 4's host asked about the vote", "Studio 4"],
      ["flights from Terminal 3 were delayed", "Terminal 3"],
      ["officers of Precinct 12 responded", "Precinct 12"],
      ["service on the 4 train was suspended", "4 train"],
    ],
    keep: [
      ["The meeting began at 10 AM and lasted two hours.", "two hours"],
      ["McCain 47, Obama 52 in the latest poll", "47"],
      ["YouTube 100 million views", "100 million"],
      ["the two trains collided, killing 3 passengers", "3"],
      ["The WHO 2019 report counted 12 outbreaks", "12"],
    ],
  },
  "names with a number": {
    match: [
      ["Police seized four AK 47 rifles and a pistol.", "AK 47"],
      ["Two MiG 29 fighters escorted the plane.", "MiG 29"],
      ["traffic was moved to the ASIA-EU 3 cable", "ASIA-EU 3"],
      ["The thieves drove a 4x4 into the shop window.", "4x4"],
      ["a 6×6 truck blocked the road", "6×6"],
      ["a flat in the 11th arrondissement", "11th arrondissement"],
      ["soldiers of the 4th Infantry Division", "4th Infantry Division"],
      ["a protest on Fifth Avenue", "Fifth Avenue"],
      ["the 9th district council", "9th district"],
      ["the armies met at the Battle of Seven Pines in June", "Seven"],
      ["the family spent a day at Six Flags and then flew home", "Six"],
      ["the parade ended outside Three Rivers Stadium", "Three"],
      ["a copy of the Ten Commandments hung in the hall", "Ten"],
      ["He was added to the Ten Most Wanted list.", "Ten"],
      ["we drove past Twenty-Nine Palms, where 40 marines trained", "Twenty-Nine"],
      // a number in the name of a list, a ranking, a chart or an index
      ["The fugitive was put on the 'Top 12 Fugitives' list last week.", "'Top 12 Fugitives' list"],
      ["Marshals Put Kelby Escapee On '12 Most Sought' List", "'12 Most Sought' List"],
      ["the agency added him to its ” 12 Most Sought “ list of fugitives", "” 12 Most Sought “ list"],
      ["the firm joined the Fortune 500 list in 2011", "Fortune 500 list"],
      ["the FTSE 100 index fell on Monday", "FTSE 100 index"],
      ["the song topped the Hot 40 chart for a month", "Hot 40 chart"],
      // the quoted title of a work that opens with a number or scale word
      ["She sang in \"Seven Brides for Seven Brothers\" on tour.", "Seven Brides for Seven Brothers"],
      ["his films included \"Billion Pound Heist, \" a comedy", "Billion Pound Heist"],
      ["the critic called him a \"Million Dollar Tenor. \"", "Million Dollar Tenor"],
      ["Harbourside: \"Thousand Island Nights\" Closes After A Year", "Thousand Island Nights"],
      // a race named by its distance
      ["she broke the record in the 200 metre backstroke", "200 metre backstroke"],
      ["He won the 110m hurdles in Oslo.", "110m hurdles"],
      ["the team took silver in the 4x100m relay", "4x100m relay"],
      ["a 50-yard dash at the school fair", "50-yard dash"],
      ["Kovacs Sets 400 Meter Individual Medley Mark", "400 Meter Individual Medley"],
      ["the 1,500m freestyle final", "1,500m freestyle"],
      // a shot or a score named by its points
      ["Ruiz hit a 3-pointer from the wing at the buzzer.", "3-pointer"],
      ["She went 4 of 9 from 3-point range.", "3-point range"],
      ["Hale finished a three-point play late in the half.", "three-point play"],
      ["They missed the two-point conversion.", "two-point conversion"],
    ],
    keep: [
      ["killed 12 IS fighters near the town", "12"],
      ["the UN sent 40 trucks of food", "40"],
      ["It was the 15th attack this year.", "15th"],
      ["He finished fifth in the race.", "fifth"],
      // (a score is one value of two numbers: values/quantity/score-pairs.ts)
      ["a 4-3 win", "4-3"],
      // counts in prose are written in lower case, and a sentence may start with one
      ["Rescuers pulled five Britons from the rubble.", "five"],
      ["Seven Marines were wounded in the ambush.", "Seven"],
      // a headline in title case capitalizes every word, counts too
      ["Blast Kills Five People In Crowded Market", "Five"],
      // a count of what goes on a list, and a title-case headline without quotation marks
      ["Police added 15 names to the list on Friday.", "15"],
      ["Police Add 15 Names To List", "15"],
      ["The index fell 40 points.", "40"],
      ["a list of 12 suspects", "12"],
      // a year before the name of a list dates it
      ["The 2010 Harbour Rich list named her first.", "2010"],
      // an amount in quotation marks, a quoted sentence that starts with a count, a quoted count and its noun
      ["the mayor spoke of \"a million dollar shortfall\" in the budget", "a million dollar"],
      ["\"Three Britons were hurt in the crash,\" she said.", "Three"],
      ["\"Two Canadians,\" the official replied.", "Two"],
      // a distance swum, run or built is a measure
      ["she swam 200 metres before the cramp", "200 metres"],
      ["He ran the last 400 meters in under a minute.", "400 meters"],
      ["a 50-metre pool opened in May", "50-metre"],
      ["the relay team of 4 runners finished 20 meters ahead", "20 meters"],
      // a margin or a count of points is a value
      ["The Owls took a 3-point lead into the break.", "3"],
      ["Ruiz scored 3 points in the last minute.", "3"],
      ["It was a 10-point win for the hosts.", "10"],
    ],
  },
  "phone numbers": {
    match: [
      ["Anyone with information should call 1-888-TIPS-NOW today.", "1-888-TIPS-NOW"],
      ["call 866-CRIME-11 (555-0199)", "555-0199"],
      ["contact the station on 0161 496 0000", "0161 496 0000"],
      ["or anonymously on 0800 555 111", "0800 555 111"],
      ["Neighbours called 911 at once.", "911"],
      ["a 999 call was logged", "999"],
      ["the hotline is 555 0142", "555 0142"],
    ],
    keep: [
      ["between 300-1000 people attended", "between 300-1000"],
      ["The 911 victims fund paid out $7 billion", "$7 billion"],
      ["112 passengers were rescued", "112"],
    ],
  },
};

describe("noise families: must match", () => {
  for (const [family, { match }] of Object.entries(FAMILIES)) {
    it.each(match)(`${family}: %s`, (text, span) => {
      expect(noiseTexts(text)).toContain(span);
      // nothing the noise span covers comes back as a value
      const at = text.indexOf(span);
      const inside = findMentions(text, { asOf: "2020-06-30" }).filter((m) => m.value !== null && m.offset < at + span.length && at < m.offset + m.length);
      expect(inside.map((m) => m.text)).toEqual([]);
    });
  }
});

describe("noise families: must not match", () => {
  for (const [family, { keep }] of Object.entries(FAMILIES)) {
    it.each(keep)(`${family}: %s`, (text, value) => {
      expect(values(text)).toContain(value);
    });
  }
});
