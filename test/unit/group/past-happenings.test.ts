/**
 * The date of one past happening of one holder, retold in background
 * paragraphs, told with two years or at two precisions. A topic of recurring happenings (the
 * event dates rule) joined dates only where they overlap, so "indicted in 1984" and "in 1985" never
 * met, and two tellings of one birth were parted by the places each gave. Now a birth or a death
 * both frames give one holder is one whatever the years (and may contradict); a step of a case a year
 * apart at most, tied by a name of the case that is not its holder's, is one step told twice (and
 * diverges). Different holders, steps years apart, a holder's name alone and pleas stay apart.
 * Sentences written for this test; the expected results decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneBirthAnyPlace, oneCaseStep, oneHolderOnce } from "../../../src/group/past-happenings.js";
import type { Claim } from "../../../src/types.js";
import { claim, verdicts } from "./pair-verdicts.js";

type Row = [string, string, string, string];

const birthTwoYears: Row = ["Ada Lind was born in 1931 in Leeds.", "1931", "Lind was born in 1932 in Leeds, her publisher said.", "1932"];
// (neither frame reads the holder: the places alone would part them)
const birthTwoPlaces: Row = ["Born on 4 May 1930 in Salford, Rusk left school at 14.", "4 May 1930", "Tom Rusk (known as Tam) was born on 4 May 1930, in Manchester.", "4 May 1930"];
const deathTwoYears: Row = ["Mara Quill died in 1987 in Oslo, the foundation said.", "1987", "Quill died in 1988, according to her son.", "1988"];
const indictedTwoYears: Row = ["In 1984 he was indicted on a charge of bribing the Dunmore harbour board.", "1984", "In 1985, he was indicted for bribing the Dunmore harbour board.", "1985"];

describe("one past happening told twice: the claims meet", () => {
  it.each<[string, Row, (a: Claim, b: Claim) => boolean]>([
    ["one birth, one holder, two years", birthTwoYears, oneHolderOnce],
    ["one birth, one day, two places", birthTwoPlaces, oneBirthAnyPlace],
    ["one death, one holder, two years", deathTwoYears, oneHolderOnce],
    ["one indictment a year apart, tied by the harbour board", indictedTwoYears, oneCaseStep],
  ])("must hold: %s", (_, [s1, v1, s2, v2], test) => {
    const [a, b] = [claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03")];
    expect(test(a, b)).toBe(true);
    expect(test(b, a)).toBe(true);
  });

  it("contradicts: one holder born in two years", () => {
    const [s1, v1, s2, v2] = birthTwoYears;
    expect(verdicts(claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03"))).toEqual(["contradict"]);
  });

  it("contradicts: one holder dead in two years", () => {
    const [s1, v1, s2, v2] = deathTwoYears;
    expect(verdicts(claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03"))).toEqual(["contradict"]);
  });

  it("agrees: one birth on one day, placed at two details", () => {
    const [s1, v1, s2, v2] = birthTwoPlaces;
    expect(verdicts(claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03"))).toEqual(["agree"]);
  });

  it("diverges, never contradicts: one indictment told with two years", () => {
    const [s1, v1, s2, v2] = indictedTwoYears;
    expect(verdicts(claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03"))).toEqual(["diverge"]);
  });
});

describe("nothing shows one happening: the claims stay apart", () => {
  it.each<[string, Row]>([
    // two holders born in two years
    ["two people's births", ["Ada Lind was born in 1931 in Leeds.", "1931", "Tom Rusk was born in 1935 in Leeds.", "1935"]],
    // two people of one family name
    ["a sister's and a brother's births", ["Ada Lind was born in 1931 in Leeds.", "1931", "Ivo Lind was born in 1934 in Leeds.", "1934"]],
    // a killer is the agent of a killing, and may kill again
    ["two killings by one man", ["Quill killed a guard in 1987, police said.", "1987", "Quill killed a guard in 1988, the court heard.", "1988"]],
    // a birth whose holder neither frame names
    ["births no frame gives a holder", ["Born in 1931 in Leeds, she began to write at nine.", "1931", "Born in 1933 in Leeds, he began to paint at ten.", "1933"]],
    // one step of a case, but eight years apart: two convictions
    ["convictions eight years apart", ["In 1990 he was convicted of bribing the Dunmore harbour board.", "1990", "In 1998 he was convicted of bribing the Dunmore harbour board.", "1998"]],
    // a year apart, but the only name both give is the holder's: he may have been convicted twice
    ["convictions tied by the holder alone", ["Rusk was convicted of theft in 1990.", "1990", "Rusk was convicted of fraud in 1991.", "1991"]],
    // a date reckoned from its report ("last month") is not a year an outlet slipped on
    ["a step dated from its report", ["Last month the judge sentenced Rusk for bribing the Dunmore harbour board.", "Last month", "In May 2030 the judge sentenced Rusk for bribing the Dunmore harbour board.", "May 2030"]],
    // a plea of not guilty and one of guilty are two pleas
    ["two pleas", ["In 1990 he pleaded not guilty to bribing the Dunmore harbour board.", "1990", "In 1991 he pleaded guilty to bribing the Dunmore harbour board.", "1991"]],
  ])("must not meet: %s", (_, [s1, v1, s2, v2]) => {
    const [a, b] = [claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03")];
    expect(oneHolderOnce(a, b) || oneCaseStep(a, b)).toBe(false);
    expect(verdicts(a, b)).toEqual([]);
  });

  it("must not: two deaths of one day are not parted by nothing but their places, nor joined by them", () => {
    const a = claim("A fisherman died on 3 May 2031 in Keld.", "3 May 2031", "a.txt");
    const b = claim("A walker died on 3 May 2031 in Brill.", "3 May 2031", "b.txt", "2031-05-03");
    expect(oneBirthAnyPlace(a, b)).toBe(false);
    expect(oneHolderOnce(a, b)).toBe(false);
  });

  it("must not: a birth and an indictment of one year are not one birth", () => {
    const a = claim("Tom Rusk was born in 1930 in Headingley.", "1930", "a.txt");
    const b = claim("In 1930 Rusk's father was indicted in Leeds.", "1930", "b.txt", "2031-05-03");
    expect(oneBirthAnyPlace(a, b)).toBe(false);
  });
});
