/**
 * findNoise: spans that look numeric but are not claims (citations, section numbers, version
 * labels, identifiers), with the must-not-match lists that keep real values out of them.
 */
import { describe, expect, it } from "vitest";
import { findNoise } from "../../../src/values/noise/index.js";

function spans(text: string): [string, string][] {
  return findNoise(text).map((m) => [m.kind, m.text]);
}

describe("findNoise: recognizes", () => {
  const cases: [string, string, string][] = [
    ["against India’s influence in the region (Hussain, 2011). Pakistan’s role", "citation", "(Hussain, 2011)"],
    ["that could safeguard Pakistan’s interests (Rashid, 2010a). However", "citation", "(Rashid, 2010a)"],
    ["(Waltz, 1979).", "citation", "(Waltz, 1979)"],
    ["tensions between Islamabad and Kabul (Jones, 2008; Zardad, 2021).", "citation", "(Jones, 2008; Zardad, 2021)"],
    ["(Smith & Jones, 2019; Lee et al., 2020)", "citation", "(Smith & Jones, 2019; Lee et al., 2020)"],
    ["in both countries (Haider and Khan, 2020).", "citation", "(Haider and Khan, 2020)"],
    ["(Buzan et al., 1998)", "citation", "(Buzan et al., 1998)"],
    ["(UNHCR, 2022)", "citation", "(UNHCR, 2022)"],
    ["as Rashid (2010) argues", "citation", "Rashid (2010)"],
    ["developed by Buzan and Waever (2003), provides", "citation", "Buzan and Waever (2003)"],
    ["as noted (ibid., p. 45).", "citation", "(ibid., p. 45)"],
    ["3.4. Identified gaps in the literature", "section-number", "3.4."],
    ["5.1. Overview of relations pre-2021", "section-number", "5.1."],
    ["1. Introduction", "section-number", "1."],
    ["2.3.1 Data sources", "section-number", "2.3.1"],
    ["as shown in Section 4, the", "section-number", "Section 4"],
    ["see Table 2.", "section-number", "Table 2"],
    ["quoted on p. 12 of", "section-number", "p. 12"],
    ["With the hope of a better security situation, Pakistan welcomed the Taliban 2.0. Conversely", "version-label", "Taliban 2.0"],
    ["the rise of Web 3.0 platforms", "version-label", "Web 3.0"],
    ["Saudi Vision 2030 projects", "version-label", "Vision 2030"],
    ["runs iOS 17 only", "version-label", "iOS 17"],
    ["Abdul Wasi Popalzay 0009-0005-3697-6034", "identifier", "0009-0005-3697-6034"],
    ["https://orcid.org/0009-0005-3697-6034", "identifier", "https://orcid.org/0009-0005-3697-6034"],
    ["doi:10.1080/14702436.2021.1234567.", "identifier", "doi:10.1080/14702436.2021.1234567"],
    ["ISBN 978-0-300-16368-3", "identifier", "ISBN 978-0-300-16368-3"],
    ["call +92 51 1234567 now", "identifier", "+92 51 1234567"],
    ["or (051) 920-1234 today", "identifier", "(051) 920-1234"],
    ["— Ishaq Dar (@MIshaqDar50) May 30, 2025", "identifier", "@MIshaqDar50"],
    ["write to press@example.org", "identifier", "press@example.org"],
    ["trending #Pakistan2025", "identifier", "#Pakistan2025"],
    ["under S/RES/2593 (2021), the Council", "identifier", "S/RES/2593 (2021)"],
    ["JF-17 fighter jets", "identifier", "JF-17"],
    ["the COVID-19 pandemic", "identifier", "COVID-19"],
  ];
  it.each(cases)("%s", (text, kind, expected) => {
    expect(spans(text)).toContainEqual([kind, expected]);
    for (const m of findNoise(text)) {
      expect(m.value).toBeNull();
      expect(m.timex).toBeNull();
      expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
    }
  });
});

describe("findNoise: must not match", () => {
  const families: Record<string, string[]> = {
    "dates and periods": [
      "The Afghan–Soviet War (1979–1989) marked the beginning",
      "It was in 1997 that Pakistan recognised the first Taliban regime",
      "In December 2024, Pakistani forces struck",
      "the Soviet War (1979) began",
      "Post-2021 relations",
      "on 19th April 2025",
      "the 9/11 attacks",
    ],
    amounts: [
      "over 2,800 fatalities since 2021",
      "nearly $1 billion in the first half of 2025",
      "Pakistan 2.5 percent growth",
      "Around 1.2 million Afghan refugees",
      "16 security personnel dead",
      "Growth in March 2.5 percent",
    ],
    "headings need a line start and a capital": ["prices rose 3.4. Then they fell", "16 Afghan refugees returned"],
  };
  for (const [family, texts] of Object.entries(families)) {
    it.each(texts)(`${family}: %s`, (text) => {
      expect(spans(text)).toEqual([]);
    });
  }
});

describe("findNoise: overlaps", () => {
  it("keeps one span where recognizers overlap (a URL holding an ORCID)", () => {
    expect(spans("see https://orcid.org/0009-0005-3697-6034")).toEqual([["identifier", "https://orcid.org/0009-0005-3697-6034"]]);
  });
});
