/**
 * Non-claim ("noise") spans: things that look numeric but state no date or amount — citations,
 * section numbers, version labels, identifiers (among them web addresses however they are spaced,
 * street addresses and numbered roads, model years and licence plates, stations and lines, model
 * and system names, ordinals that name a district or a unit, a page or a chapter told in words). src/values/index.ts lets them win over every
 * temporal expression and quantity they overlap. Where two noise spans overlap, the one that
 * starts first (then the longer) is kept: "https://orcid.org/0009-…" is one URL, not a URL and
 * an ORCID.
 */
import type { Mention } from "../../types.js";
import { findCitations } from "./citations.js";
import { findAddresses } from "./addresses.js";
import { findIdentifiers } from "./identifiers.js";
import { findNames } from "./names.js";
import { findModelNumbers } from "./model-numbers.js";
import { findNamesBeforeNouns } from "./names-before-nouns.js";
import { findSectionNumbers } from "./section-numbers.js";
import { findStations } from "./stations.js";
import { findTextPlaces } from "./text-places.js";
import { findUrls } from "./urls.js";
import { findVehicles } from "./vehicles.js";
import { findVersionLabels } from "./version-labels.js";

export function findNoise(text: string): Mention[] {
  // NOTE: identifiers first, so that a URL's digits are never a citation or a version label; the
  // sort below keeps, of overlapping spans, the one that starts first (a spaced-out URL starts at
  // its scheme, before any path piece or query inside it)
  const all = [
    ...findUrls(text), ...findIdentifiers(text), ...findAddresses(text), ...findVehicles(text), ...findStations(text), ...findNames(text), ...findModelNumbers(text), ...findNamesBeforeNouns(text),
    ...findCitations(text), ...findSectionNumbers(text), ...findTextPlaces(text), ...findVersionLabels(text),
  ];
  all.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const kept: Mention[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.offset < reach) continue;
    kept.push(m);
    reach = m.offset + m.length;
  }
  return kept;
}
