/**
 * Stories: documents about the same events. The short reports below were written for these tests;
 * which of them tell of one story was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { profileOf } from "../../../src/extract/salient-terms.js";
import { BLOCKING_TERMS, FAR_DAYS, OWN_NAMES, WINDOW, buildStories, type StoryDocument } from "../../../src/group/stories.js";

function doc(path: string, text: string, date: string | null = null, dateSource: StoryDocument["dateSource"] = null): StoryDocument {
  return { path, date, dateSource, profile: profileOf({ text }) };
}

const flood = [
  doc("flood/a.txt", "Floodwaters swept through Varnholm on Tuesday after the Selva River burst its banks. Mayor Ilse Korvak said rescuers from Tallum reached the town by boat."),
  doc("flood/b.txt", "In Varnholm the Selva River rose two metres overnight, officials in Tallum said, and Ilse Korvak asked residents to leave their homes."),
  doc("flood/c.txt", "Residents of Varnholm began to return as the Selva River fell. Mayor Korvak thanked the volunteers from Tallum."),
];
const election = [
  doc("vote/a.txt", "Voters in Marasca chose a new council on Sunday, and the Liberal Union of Petra Osmani won most seats."),
  doc("vote/b.txt", "Petra Osmani claimed victory in Marasca after the Liberal Union took nine of fifteen seats."),
];
// Two bank bombings: the same kind of event, different places and people.
const woodfield = [
  doc("woodfield/a.txt", "A bomb exploded at the Harlow Savings bank in Woodfield on Friday, and police in Woodfield said two officers died. Sheriff Dana Pruitt asked for witnesses."),
  doc("woodfield/b.txt", "Investigators in Woodfield searched the Harlow Savings branch where the bomb went off, said Sheriff Dana Pruitt."),
];
const larissa = [
  doc("larissa/a.txt", "A firebomb hit a branch of the Castel bank in Larissa during a strike, and police in Larissa said three employees died. Minister Nikos Arvanitis condemned the attack."),
  doc("larissa/b.txt", "Mourners gathered outside the Castel branch in Larissa as Nikos Arvanitis promised an inquiry into the bomb."),
];


// One warehouse fire told by six outlets. Each pair of outlets also recalls an older fire, with more
// names of its own than the fire's, so that what weighs most in each report (the names only two
// reports use) differs from pair to pair, while the fire's own names are in every report.
const depot =
  "Chief Arno Pettersen said the Dalvik Logistics depot on Harbour Road in Brenmoor burned, and Greta Lind of Dalvik Logistics said the Brenmoor depot on Harbour Road was insured, as Arno Pettersen and Greta Lind watched.";
const olderFires = [
  "Last year the Oskar Tannery in Kestrel burned, when Lena Vasquez, Piet Moor and Hana Ruiz of Kestrel Mutual watched Ivo Brandt fight it.",
  "In March the Pell Mill in Rovigo burned, when Tomas Greer, Ada Voss and Karl Mende of Rovigo Harbour watched Mila Sorn fight it.",
  "In spring the Saltwick Cannery in Ulma burned, when Ida Marsh, Olek Dunn and Sara Wey of Ulma Quay watched Emil Hask fight it.",
];
const warehouse = olderFires.flatMap((older, k) => [
  doc(`fire/${k}a.txt`, `${depot} ${older}`),
  doc(`fire/${k}b.txt`, `${older} ${depot}`),
]);

const paths = (stories: ReturnType<typeof buildStories>): string[][] => stories.map((s) => s.documents);
// Two title fights of one champion against two challengers, years apart, reported without dates:
// every report names the champion and the title, and each fight's reports name its own challenger
// and venue, which the other fight's never do.
const fightReport = (challenger: string, venue: string, k: number): string =>
  [
    `Champion Teodor Vask of the Continental Boxing Union beat ${challenger} at ${venue} on Saturday night.`,
    `Teodor Vask kept the Continental Boxing Union belt as ${challenger} went down twice at ${venue}.`,
    `At ${venue}, ${challenger} could not hurt Teodor Vask, who holds the Continental Boxing Union title.`,
    `Teodor Vask needed six rounds to stop ${challenger} before a full house at ${venue}, the Continental Boxing Union said.`,
  ][k]!;
const firstFight = [0, 1, 2, 3].map((k) => doc(`fight1/${k}.txt`, fightReport("Ruben Okafor", "Lisbrook Hall", k)));
const secondFight = [0, 1, 2, 3].map((k) => doc(`fight2/${k}.txt`, fightReport("Milo Brandt", "Harrow Arena", k)));


describe("buildStories", () => {
  it("a folder of reports on one event is one story; unrelated reports are another", () => {
    expect(paths(buildStories([...flood, ...election]))).toEqual([
      ["flood/a.txt", "flood/b.txt", "flood/c.txt"],
      ["vote/a.txt", "vote/b.txt"],
    ]);
  });

  it("two bank bombings in different towns are two stories, though both speak of a bank, a bomb and the police", () => {
    expect(paths(buildStories([...woodfield, ...larissa]))).toEqual([
      ["larissa/a.txt", "larissa/b.txt"],
      ["woodfield/a.txt", "woodfield/b.txt"],
    ]);
  });

  it("a folder of reports on one event is one story though each pair of reports also recalls other events of its own", () => {
    expect(paths(buildStories(warehouse))).toEqual([warehouse.map((d) => d.path)]);
    // …and stays apart from reports on another event scanned with it
    expect(paths(buildStories([...warehouse, ...election]))).toEqual([warehouse.map((d) => d.path), ["vote/a.txt", "vote/b.txt"]]);
  });

  it("a document that names only a kind of event, no name, joins the only story there is", () => {
    const bare = doc("misc/bare.txt", "there was a shooting downtown, and two men were held.");
    expect(paths(buildStories([...election, bare]))).toEqual([["misc/bare.txt", "vote/a.txt", "vote/b.txt"]]);
  });

  it("two outages of one cable months apart, by the dates the reports give, are two stories; undated, one", () => {
    const dated = (path: string, date: string, text: string): StoryDocument => ({ ...doc(path, text), date, dateSource: "dateline" });
    const spring = [
      dated("cable/a.txt", "2030-03-02", "The Nerida cable failed near Port Avel, and Sunline customers lost service, said Mira Kohl of Sunline. Divers from Port Avel were sent to the Nerida cable."),
      dated("cable/b.txt", "2030-03-03", "Mira Kohl of Sunline said the Nerida cable break near Port Avel would be mended by divers from Port Avel, and that Sunline customers would wait."),
    ];
    const summer = [
      dated("cable/c.txt", "2030-05-20", "The Nerida cable broke again, off Cape Lorn, and Sunline rerouted its customers, Mira Kohl of Sunline said. A ship from Cape Lorn went out to the Nerida cable."),
      dated("cable/d.txt", "2030-05-21", "Mira Kohl of Sunline said a ship from Cape Lorn would mend the Nerida cable fault off Cape Lorn, and Sunline customers were rerouted."),
    ];
    expect(FAR_DAYS).toBeLessThan(78); // 2 March to 20 May
    expect(paths(buildStories([...spring, ...summer]))).toEqual([
      ["cable/a.txt", "cable/b.txt"],
      ["cable/c.txt", "cable/d.txt"],
    ]);
    // dates a file's path gives count as the reports' own (an archive named by day or year)
    const byPath = [...spring, ...summer].map((d) => ({ ...d, dateSource: "path" as const }));
    expect(paths(buildStories(byPath))).toHaveLength(2);
    // an inferred date is too rough to tell
    const guessed = [...spring, ...summer].map((d) => ({ ...d, dateSource: "inferred" as const }));
    expect(paths(buildStories(guessed))).toHaveLength(1);
    const undated = [...spring, ...summer].map((d) => ({ ...d, date: null, dateSource: null }));
    expect(paths(buildStories(undated))).toEqual([["cable/a.txt", "cable/b.txt", "cable/c.txt", "cable/d.txt"]]);
  });

  it("two fights of one champion are two stories when each names, in most reports, a challenger and a venue the other never does", () => {
    expect(paths(buildStories([...firstFight, ...secondFight]))).toEqual([
      ["fight1/0.txt", "fight1/1.txt", "fight1/2.txt", "fight1/3.txt"],
      ["fight2/0.txt", "fight2/1.txt", "fight2/2.txt", "fight2/3.txt"],
    ]);
  });

  it("must not part reports that came out within days of each other, nor two or three reports that share a detail", () => {
    const dated = (d: StoryDocument, date: string): StoryDocument => ({ ...d, date, dateSource: "dateline" });
    const together = [...firstFight.map((d) => dated(d, "2031-05-03")), ...secondFight.map((d) => dated(d, "2031-05-04"))];
    expect(paths(buildStories(together))).toEqual([[...firstFight, ...secondFight].map((d) => d.path)]);
    const few = [...firstFight.slice(0, 3), ...secondFight.slice(0, 3)];
    expect(paths(buildStories(few))).toEqual([few.map((d) => d.path)]);
  });

  // One bylaw of one council, suspended by a premier in spring and repealed by her and a minister
  // seven weeks later: the first reports name a committee that asked for it, the later ones the
  // minister who signed with her. Each side has one two-word name of its own, no more.
  const bylawSpring = (k: number): StoryDocument => ({
    ...doc(
      `bylaw/spring${k}.txt`,
      [
        "Premier Lotte Varga suspended the Tarn Dam bylaw of the Orvel Council, as the Green Ridge committee had asked, and the Orvel Council said the Tarn Dam works would stop.",
        "The Orvel Council must stop its Tarn Dam works: Lotte Varga suspended the bylaw, which the Green Ridge committee had fought for a year.",
        "Lotte Varga put the Tarn Dam bylaw of the Orvel Council on hold, and the Green Ridge committee welcomed the halt of the Tarn Dam works.",
        "Works at the Tarn Dam halted after Premier Lotte Varga suspended the Orvel Council bylaw; the Green Ridge committee cheered.",
      ][k]!,
    ),
    date: `2032-03-0${k + 1}`,
    dateSource: "dateline",
  });
  const bylawLater = (k: number): StoryDocument => ({
    ...doc(
      `bylaw/later${k}.txt`,
      [
        "Premier Lotte Varga and Minister Joss Keller repealed the Tarn Dam bylaw of the Orvel Council, and the Orvel Council said the Tarn Dam works were over.",
        "The Tarn Dam bylaw is gone: Lotte Varga and Joss Keller repealed it, and the Orvel Council will not resume the Tarn Dam works.",
        "Joss Keller signed with Lotte Varga the repeal of the Orvel Council bylaw on the Tarn Dam, ending the Tarn Dam works.",
        "Lotte Varga and Joss Keller ended the Tarn Dam bylaw of the Orvel Council for good.",
      ][k]!,
    ),
    date: `2032-04-2${k + 1}`,
    dateSource: "dateline",
  });

  it.each<[string, StoryDocument[], StoryDocument[], number]>([
    // must be one story: a follow-up weeks later adds one name (a second signatory), the first reports one (a committee)
    ["a follow-up seven weeks later that adds one person's name", [0, 1, 2, 3].map(bylawSpring), [0, 1, 2, 3].map(bylawLater), 1],
    // must be two stories: two fights of one champion seven weeks apart, each with a challenger and a venue of its own
    [
      "two fights seven weeks apart, each with a challenger and a venue of its own",
      firstFight.map((d) => ({ ...d, date: "2032-03-02", dateSource: "dateline" as const })),
      secondFight.map((d) => ({ ...d, date: "2032-04-22", dateSource: "dateline" as const })),
      2,
    ],
  ])("own names: %s", (_, early, late, stories) => {
    expect(OWN_NAMES).toBeGreaterThan(2); // one person's first and last name
    expect(paths(buildStories([...early, ...late]))).toHaveLength(stories);
  });

  it("a follow-up months later that names the event's place and people again stays in its story", () => {
    const dated = flood.map((d) => ({ ...d, date: "2031-04-08", dateSource: "dateline" as const }));
    const inquiry = { ...doc("flood/inquiry.txt", "An inquiry in Tallum found that the Selva River defences at Varnholm had failed, and Ilse Korvak told it the warnings came late."), date: "2031-11-20", dateSource: "dateline" as const };
    expect(paths(buildStories([...dated, inquiry]))).toEqual([["flood/a.txt", "flood/b.txt", "flood/c.txt", "flood/inquiry.txt"]]);
  });

  it("names a story by the terms its documents share", () => {
    const [story] = buildStories(flood);
    expect(story?.keys).toEqual(expect.arrayContaining(["varnholm", "selva", "korvak"]));
    expect(story?.id).toMatch(/^s-[0-9a-f]+$/);
  });

  it("keeps apart documents whose stated dates lie months apart, but not documents whose dates were only inferred", () => {
    const text = flood[0]!.profile;
    const early = { ...flood[0]!, path: "x/early.txt", date: "2020-03-01", dateSource: "frontmatter" as const, profile: text };
    const late = { ...flood[1]!, path: "x/late.txt", date: "2023-03-01", dateSource: "manifest" as const };
    expect(paths(buildStories([early, late]))).toEqual([["x/early.txt"], ["x/late.txt"]]);
    const guessed = [{ ...early, dateSource: "inferred" as const }, { ...late, dateSource: "inferred" as const }];
    expect(paths(buildStories(guessed))).toEqual([["x/early.txt", "x/late.txt"]]);
  });

  it("gives the same stories whatever the order of the documents", () => {
    const all = [...flood, ...election, ...woodfield, ...larissa];
    expect(buildStories([...all].reverse())).toEqual(buildStories(all));
  });

  it("a document that names nothing joins the only story there is, and stands alone beside several", () => {
    const plain = doc("misc/plain.txt", "it rained all day and nobody went out.");
    expect(paths(buildStories([...election, plain]))).toEqual([["misc/plain.txt", "vote/a.txt", "vote/b.txt"]]);
    expect(paths(buildStories([...election, ...flood, plain]))).toEqual([
      ["flood/a.txt", "flood/b.txt", "flood/c.txt"],
      ["misc/plain.txt"],
      ["vote/a.txt", "vote/b.txt"],
    ]);
    expect(paths(buildStories([plain, doc("misc/other.txt", "nothing else happened.")]))).toEqual([["misc/other.txt", "misc/plain.txt"]]);
  });

  it("compares a number of pairs that grows with the archive, not with its square", () => {
    // 3,000 documents in 1,500 pairs, each pair sharing a name of its own, all sharing one name.
    const letters = (k: number): string => [0, 1, 2].map((p) => String.fromCharCode(97 + (Math.floor(k / 26 ** p) % 26))).join("");
    const archive = Array.from({ length: 3000 }, (_, i) =>
      doc(`archive/${String(i).padStart(4, "0")}.txt`, `Officials in Kordova said the works at Nor${letters(Math.floor(i / 2))} went on, as the Nor${letters(Math.floor(i / 2))} council wished.`),
    );
    const stats = { compared: 0 };
    const stories = buildStories(archive, stats);
    expect(stats.compared).toBeLessThanOrEqual(archive.length * BLOCKING_TERMS * 2 * WINDOW);
    expect(stats.compared).toBeLessThan((archive.length * (archive.length - 1)) / 20);
    expect(stories.length).toBe(1500);
  });
});
