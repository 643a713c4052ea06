/**
 * A conviction or a guilty plea told in the background paragraphs of
 * two reports. "Convicted him on 2 May 1988" and "his May 1988 conviction" never joined (the
 * sentences name other people beside the unnamed holder), and "Marsh pleaded guilty in July 1991"
 * against "On 27 June 1991, he pleaded guilty" met nowhere (pleas were no past happening, and no
 * name ties the second sentence to anything). Now one kind of finding (a conviction; a guilty plea)
 * of one holder, at a month or a day, is one finding: a day inside its month agrees, two months of
 * it contradict. Two holders, a year, pleas of not guilty and findings two years apart stay apart.
 * Sentences written for this test; the expected results decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { guiltOf, oneFindingOfGuiltApart, oneFindingOfGuiltAt } from "../../../src/group/guilt-findings.js";
import { claim, verdicts } from "./pair-verdicts.js";

type Row = [string, string, string, string];

describe("the kind of finding a date tells", () => {
  it.each<[string, string, string | null]>([
    ["Harlan Pike pleaded guilty to forgery in March 1991.", "March 1991", "guilty-plea"],
    ["Pike entered a guilty plea in March 1991.", "March 1991", "guilty-plea"],
    ["A jury convicted Pike of arson on 9 October 1984.", "9 October 1984", "convict"],
    ["His October 1984 arson conviction ended the case.", "October 1984", "convict"],
    // must not: a plea of not guilty is no finding of guilt; an arrest is another step
    ["Pike pleaded not guilty to forgery in March 1991.", "March 1991", null],
    ["Pike was arrested in March 1991.", "March 1991", null],
  ])("%s → %s", (sentence, value, kind) => {
    expect(guiltOf(claim(sentence, value, "a.txt"))).toBe(kind);
  });
});

// one day inside its month, the holder unnamed on one side and other people named beside it
const convictionDayInMonth: Row = [
  "After a week of testimony, the jury on 9 October 1984 convicted him of hiring men to burn the Orwell warehouse.",
  "9 October 1984",
  "Pike's winning streak in court ended with an October 1984 arson conviction.",
  "October 1984",
];
// two months of one plea: the holder named in one, told back by a pronoun in the other
const pleaTwoMonths: Row = ["Harlan Pike pleaded guilty to forgery in March 1991.", "March 1991", "On 19 February 1991, he pleaded guilty to one count of filing a false return.", "19 February 1991"];
// two months of one conviction: one holder named in both
const convictionTwoMonths: Row = ["Dora Vance was convicted of embezzlement in May 2002.", "May 2002", "Vance was convicted of embezzlement in June 2002, the bank said.", "June 2002"];

describe("one finding of guilt told twice: the claims meet", () => {
  it("a day inside its month: one conviction", () => {
    const [s1, v1, s2, v2] = convictionDayInMonth;
    const [a, b] = [claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt", "2031-05-03")];
    expect(oneFindingOfGuiltAt(a, b)).toBe(true);
    expect(verdicts(a, b)).toEqual(["agree"]);
  });

  it.each<[string, Row]>([
    ["one plea, holder named and told back by a pronoun", pleaTwoMonths],
    ["one conviction, one holder named in both", convictionTwoMonths],
  ])("two months contradict: %s", (_, [s1, v1, s2, v2]) => {
    const [a, b] = [claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt")];
    expect(oneFindingOfGuiltApart(a, b)).toBe(true);
    expect(oneFindingOfGuiltApart(b, a)).toBe(true);
    expect(verdicts(a, b)).toEqual(["contradict"]);
  });
});

describe("two findings, or nothing shown to be one: the claims stay apart", () => {
  it.each<[string, Row]>([
    // two holders, each named
    ["two holders' pleas", ["Harlan Pike pleaded guilty to forgery in March 1991.", "March 1991", "Ruth Oakes pleaded guilty to forgery in February 1991.", "February 1991"]],
    // a year is given for many happenings: no month to set against another
    ["a bare year against a month", ["Pike pleaded guilty to forgery in 1990.", "1990", "On 19 February 1991, he pleaded guilty to one count of filing a false return.", "19 February 1991"]],
    // more than a year apart: two cases
    ["two pleas two years apart", ["Harlan Pike pleaded guilty to forgery in March 1991.", "March 1991", "Pike pleaded guilty to perjury in May 1993.", "May 1993"]],
    // a plea and a conviction are two steps
    ["a plea and a conviction", ["Harlan Pike pleaded guilty to forgery in March 1991.", "March 1991", "Pike was convicted of forgery in February 1991.", "February 1991"]],
    // a pronoun in a sentence that names someone else: whose plea is not shown
    ["a pronoun beside another name", ["Harlan Pike pleaded guilty to forgery in March 1991.", "March 1991", "After Ruth Oakes testified, on 19 February 1991 he pleaded guilty to one count.", "19 February 1991"]],
  ])("no contradiction: %s", (_, [s1, v1, s2, v2]) => {
    const [a, b] = [claim(s1, v1, "a.txt"), claim(s2, v2, "b.txt")];
    expect(oneFindingOfGuiltApart(a, b)).toBe(false);
    expect(verdicts(a, b)).not.toContain("contradict");
  });

  it("a day inside a month of another holder's conviction: not one finding", () => {
    const a = claim("Dora Vance was convicted of embezzlement on 4 May 2002.", "4 May 2002", "a.txt");
    const b = claim("Ivo Marsh was convicted of fraud in May 2002.", "May 2002", "b.txt");
    expect(oneFindingOfGuiltAt(a, b)).toBe(false);
  });
});
