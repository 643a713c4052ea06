/** The publication date an HTML page declares in its markup. */
import { describe, expect, it } from "vitest";
import { htmlDate } from "../../../../src/ingest/dates/html-date.js";

describe("htmlDate", () => {
  it.each([
    ["Open Graph article time", `<head><meta property="article:published_time" content="2019-03-14T21:30:00-04:00"></head>`, "2019-03-14", "high"],
    ["a schema.org itemprop", `<meta itemprop="datePublished" content='2019-03-14'>`, "2019-03-14", "high"],
    ["a date meta with the name first or last", `<meta content="2019-03-14" name="date">`, "2019-03-14", "high"],
    ["JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2019-03-20","datePublished":"2019-03-14T08:00:00Z"}</script>`, "2019-03-14", "high"],
    ["a time element marked as the publication", `<p>Posted <time datetime="2019-03-14T08:00" pubdate>Thursday</time></p>`, "2019-03-14", "high"],
    ["the first time element otherwise", `<p><time datetime="2019-03-14">14 March</time> and <time datetime="2019-03-20">later</time></p>`, "2019-03-14", "medium"],
    ["a modification time when nothing else tells", `<meta property="article:modified_time" content="2019-03-20">`, "2019-03-20", "medium"],
  ])("%s", (_name, html, date, confidence) => {
    expect(htmlDate(html)).toEqual({ date, confidence });
  });

  it("prefers the declared publication to a modification time and to time elements", () => {
    const html = `<meta property="article:modified_time" content="2019-03-20"><time datetime="2019-03-18"></time><meta property="article:published_time" content="2019-03-14">`;
    expect(htmlDate(html)?.date).toBe("2019-03-14");
  });

  it.each([
    `<meta name="description" content="2019-03-14 was a Thursday">`,
    `<meta property="article:published_time" content="14 March 2019">`,
    `<script type="application/ld+json">{"datePublished": "2019-03-14"`,
    `<p>Published 14 March 2019</p>`,
  ])("declares nothing in %s", (html) => {
    expect(htmlDate(html)).toBeNull();
  });
});
