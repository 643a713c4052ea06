/** Dates in page addresses, spaced out by a tokenizer or not. */
import { describe, expect, it } from "vitest";
import { hostOf, isUrlLine, urlDate } from "../../../../src/ingest/dates/url-date.js";

describe("urlDate", () => {
  it.each([
    ["https://news.example.com/2019/03/14/council-closes-plant/", { year: 2019, month: 3, day: 14 }],
    ["http: / / www. example. com / 2013 / may / 03 / council /", { year: 2013, month: 5, day: 3 }],
    ["http://example.com/world/2010-05-05-council_N.htm", { year: 2010, month: 5, day: 5 }],
    ["http://example.com/local/20070403/council-vote", { year: 2007, month: 4, day: 3 }],
    ["http://example.com/article.jsp?ymd=20081216&id=3718580", { year: 2008, month: 12, day: 16 }],
    ["http://example.com/stories/web_2013_09_14_q.html", { year: 2013, month: 9, day: 14 }],
    ["http://example.com/2009/POLITICS/03/03/council.vote/", { year: 2009, month: 3, day: 3 }],
    ["http://example.com/2012/7/7/3143743/council", { year: 2012, month: 7, day: 7 }],
    ["http://blog.example.com/2013/05/council-vote.html", { year: 2013, month: 5, day: null }],
    ["http://example.com/news/apr2009/council.asp", { year: 2009, month: 4, day: null }],
    ["http://example.blogspot.com/2005_05_01_archive.html", { year: 2005, month: 5, day: null }],
    ["http://example.com/2016/council/", { year: 2016, month: null, day: null }],
  ])("%s", (url, date) => {
    expect(urlDate(url)).toEqual(date);
  });

  it.each([
    // month, day, year glued to a slug: 15 is no month, so only one reading is a day
    ["http://example.com/sport/news?slug=jd-councilvote031519", { year: 2019, month: 3, day: 15, short: true }],
    // year, month, day opening a slug: 19 is no month
    ["http: / / www. example. tv / en / news / 190315-council-closes-plant", { year: 2019, month: 3, day: 15, short: true }],
    ["http://example.com/local/071298-flood-waters-rise", { year: 1998, month: 7, day: 12, short: true }],
  ])("six digits with a two-digit year: %s", (url, date) => {
    expect(urlDate(url)).toEqual(date);
  });

  it.each([
    "http://example.com/story/190315/", // a folder of its own: an article number
    "http://example.com/article?id=190315", // a query number
    "http://example.com/news/120312-council-vote", // 12 March 2012 or 3 December 2012: both readings are days
    "http://example.com/news/councilvote991399", // neither reading is a day
    "http://example.com/news/council-vote-1903155.html", // seven digits
  ])("finds no six-digit date in %s", (url) => {
    expect(urlDate(url)).toBeNull();
  });

  it.each([
    "http://example.com/people/article/0,,20697025,00.html", // an article number, not a date
    "http://www.2013.example.com/council", // a host never holds a date
    "http://example.com/news/2012-13/6527/results", // a season
    "http://example.com/story?id=9208916",
  ])("finds no date in %s", (url) => {
    expect(urlDate(url)).toBeNull();
  });

  it("knows an address line, spaced out or not, and its host", () => {
    expect(isUrlLine("http: / / www. example. co. uk / news / council")).toBe(true);
    expect(isUrlLine("Source: https://example.com/a")).toBe(true);
    expect(isUrlLine("See http://example.com for more")).toBe(false);
    expect(hostOf("http: / / www. example. co. uk / news / council")).toBe("www.example.co.uk");
  });
});
