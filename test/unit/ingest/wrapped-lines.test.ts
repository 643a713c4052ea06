/**
 * readingText: which line breaks of a hard-wrapped text read as spaces (soft) and which stay
 * (hard); texts written one sentence or one paragraph per line are left as they are. The texts
 * are written here, wrapped by hand at 60 columns unless said otherwise.
 */
import { describe, expect, it } from "vitest";
import { readingText } from "../../../src/ingest/wrapped-lines.js";

/** Greedy wrapping at `width`, as editors do it: a word goes to the next line when it does not fit. */
function wrapAt(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line].join("\n");
}

/** A paragraph wrapped at 60 columns into ten lines: enough for a text to count as wrapped. */
const BODY = wrapAt(
  "Officials from both governments met in the capital on Monday to discuss the reopening of the border crossing, " +
    "which has been closed to traders and travellers for most of the past two months after clashes between the " +
    "security forces of the two countries left several people dead and many more wounded in the mountainous " +
    "districts along the frontier, according to local officials who spoke on condition of anonymity because they " +
    "were not allowed to talk to reporters about the talks, which were still going on late in the evening.",
  60,
);
const BODY_BREAKS = BODY.split("\n").length - 1;

/** The breaks of `text` that readingText makes spaces, as "line ⏎ next" pairs (their words around the break). */
function softBreaks(text: string): string[] {
  const read = readingText(text);
  expect(read.length).toBe(text.length);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === "\n" || text[i] === "\r") && read[i] === " ") {
      const before = text.slice(0, i).split(/\r\n|\r|\n/).pop()!.split(" ").pop();
      const after = text.slice(i + 1).replace(/^\n/, "").split(/[ \n]/)[0];
      if (text[i] === "\r" && text[i + 1] === "\n") i++;
      out.push(`${before} ⏎ ${after}`);
    } else if (read[i] !== text[i]) {
      throw new Error(`character ${i} changed: ${JSON.stringify(text[i])} → ${JSON.stringify(read[i])}`);
    }
  }
  return out;
}

describe("readingText", () => {
  it("reads the breaks inside a wrapped paragraph as spaces, and keeps the one before a blank line", () => {
    expect(BODY_BREAKS).toBeGreaterThanOrEqual(8);
    const second = wrapAt("Pakistan recognised the Taliban government in May 1997, and Islamabad kept its embassy in Kabul open until the autumn of 2001.", 60);
    const text = `${BODY}\n\n${second}\n`;
    const soft = softBreaks(text);
    expect(soft).toHaveLength(BODY_BREAKS + second.split("\n").length - 1);
    expect(soft).toContain("and ⏎ Islamabad"); // "…in May 1997, and | Islamabad kept…" wrapped at 60
    expect(soft).not.toContain("evening. ⏎ Pakistan");
  });

  it("keeps every offset: a CRLF break becomes two spaces", () => {
    const text = `${BODY.replace(/\n/g, "\r\n")}\r\n`;
    const read = readingText(text);
    expect(read.length).toBe(text.length);
    expect(read).toBe(text.replace(/\r\n(?!$)/g, "  "));
  });

  it.each([
    ["a headline before the body", `Border Talks Resume After Two Months of Clashes\n${BODY}`, "Clashes ⏎ Officials"],
    ["a short dateline line", `KABUL (Reuters) -\n${BODY}`, "- ⏎ Officials"],
    ["a list item after the paragraph", `${BODY}\n- Another item that is long enough to fill the line width`, "evening. ⏎ -"],
    ["a Markdown heading", `## What the two governments agreed on in the capital this week\n${BODY}`, "week ⏎ Officials"],
    ["a table row", `${BODY}\n| 1997 | recognition | Pakistan | Saudi Arabia | UAE |`, "evening. ⏎ |"],
    ["an indented code line", `${BODY}\n        const year = 1997; // four or more spaces: code follows`, "evening. ⏎ "],
  ])("keeps the break before or after %s", (_label, text, kept) => {
    const soft = softBreaks(text);
    expect(soft).not.toContain(kept);
    expect(soft.length).toBeGreaterThanOrEqual(BODY_BREAKS);
  });

  it("does not weld a title that opens a paragraph, however long, but reads a line full of names inside one", () => {
    const title = "Pakistan And Afghanistan Agree To Reopen Their Border Crossing";
    const names = wrapAt(
      "The talks were led on the Pakistani side by the Special Representative for Afghanistan Mohammed Sadiq " +
        "Khan Durrani Abbasi Of Islamabad and on the Afghan side by the acting foreign minister, who arrived in " +
        "the capital on Monday for three days of talks on trade, transit and the return of refugees to their homes.",
      60,
    );
    const lines = names.split("\n");
    const full = lines.findIndex((l) => /^[A-Z]/.test(l) && l.split(" ").filter((w) => /^[A-Z]/.test(w)).length >= 4);
    expect(full).toBeGreaterThan(0); // a line of capitalised names, not the first of its paragraph
    const text = [title, names, "", BODY].join("\n");
    const soft = softBreaks(text);
    expect(soft).not.toContain("Crossing ⏎ The");
    expect(soft).toHaveLength(lines.length - 1 + BODY_BREAKS);
  });

  it("leaves a text written one sentence per line as it is", () => {
    const text = [
      "Pakistan recognised the Taliban government in May 1997.",
      "Saudi Arabia and the United Arab Emirates followed within weeks, and no other state did so before the Taliban lost Kabul in 2001.",
      "Islamabad closed its embassy in November 2001.",
      "The Taliban took Kabul again in August 2021, twenty years later.",
      "No country has recognised their government since then.",
      "Pakistan's foreign minister visited Kabul in April 2025.",
      "Talks on trade and on the refugees ordered to leave Pakistan continued through the summer of that year, with little to show for them.",
      "A second round was held in Islamabad in August.",
      "Both sides said they would meet again before the end of the year.",
      "Traders on both sides of the crossing waited.",
    ].join("\n");
    expect(readingText(text)).toBe(text);
  });

  it("leaves a text written one paragraph per line as it is", () => {
    const paragraph = `${BODY.replace(/\n/g, " ")} ${BODY.replace(/\n/g, " ")}`;
    const text = Array.from({ length: 10 }, () => paragraph).join("\n");
    expect(readingText(text)).toBe(text);
  });

  it("leaves a short text and a list of one-word lines as they are", () => {
    expect(readingText(BODY.split("\n").slice(0, 4).join("\n"))).toBe(BODY.split("\n").slice(0, 4).join("\n"));
    const paths = Array.from({ length: 20 }, (_, i) => `/data/archive/news/2025/${String(i).padStart(2, "0")}/kabul-talks-resume.txt`).join("\n");
    expect(readingText(paths)).toBe(paths);
  });

  it("reads text wrapped short of its width (fmt) as wrapped too", () => {
    // fmt aims at 93 % of 72 columns: lines of 60 to 68 characters
    const text = [
      "The delegation arrived in Islamabad on Tuesday for three days of",
      "talks on trade, transit and the return of refugees, the ministry",
      "said in a statement that gave no details of the agenda beyond a",
      "promise that both sides would raise the closing of the crossing",
      "and the fees that traders have had to pay since the start of the",
      "year, which business groups on both sides say have cut the trade",
      "between the two neighbours by almost half in the first months of",
      "this year compared with the same months of last year, according",
      "to figures published by the chamber of commerce in Peshawar.",
    ].join("\n");
    expect(softBreaks(text)).toHaveLength(8);
  });

  it("keeps the lines of masked ranges (front matter) apart from the text", () => {
    const front = "---\ntitle: Talks on the border crossing resume in the capital after\n---\n";
    const text = front + BODY;
    const masked: [number, number][] = [[0, front.length]];
    const read = readingText(text, masked);
    expect(read.slice(0, front.length)).toBe(front);
    expect(read.slice(front.length)).toBe(BODY.replace(/\n/g, " "));
  });
});
