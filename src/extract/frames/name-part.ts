/**
 * Component 1 — numbers that are part of a name, an address or a link, not figures: "4 Yawkey
 * Way" (a number before a capitalized name), "AM 570", "SportsCenter 5" (a number right after a
 * capitalized name that no noun follows), digits on a line of a web address. Such values get no
 * frame and make no claim. Runs first, so the other components can skip them.
 */
import type { FrameComponent } from "./sentence.js";

const LINK = /https?\s*:|www\s*\.|\.\s*(?:com|org|net|html?|php|aspx?)\b|\s\/\s\S+\s\/\s/i;
/** Name words that a number may follow without being part of the name ("Police", "The"). */
const LEAD_WORDS = new Set(["the", "a", "an", "police", "officials", "reuters", "ap", "afp", "said", "says", "mr", "ms", "mrs", "dr"]);
/** Words of a street name. */
const STREET = /^(?:street|st|avenue|ave|road|rd|way|boulevard|blvd|lane|drive|dr|place|square|court|highway|route|park)\.?$/i;

const COLOUR = /^(?:silver|black|white|red|blue|green|grey|gray|gold|maroon|beige|brown|yellow|orange|dark|light|tan)$/i;

export const nameParts: FrameComponent = (sentence, readings) => {
  const link = LINK.test(sentence.text);
  for (const r of readings) {
    const { mention } = r.value;
    if (mention.kind !== "quantity" && mention.kind !== "date" && mention.kind !== "range" && mention.kind !== "duration") continue;
    const tokens = sentence.tokens;
    if (link) {
      // A line that holds a web address: its digits are the address's (dates are read by the value
      // layer's own identifier filter).
      const around = sentence.text.slice(Math.max(0, mention.offset - 3), mention.offset + mention.length + 3);
      if (/[/=_-]|\s\/|\/\s/.test(around) || /^\d{5,}$/.test(mention.text)) {
        r.notAClaim = "link";
        continue;
      }
    }
    // "a 2007 silver Ford Fusion", "an 1998 Cessna": a model year names a product, not a date
    if (mention.kind === "date" && /^\d{4}$/.test(mention.text)) {
      const before = tokens[r.value.first - 1];
      let k = r.value.last + 1;
      const colour = tokens[k] && COLOUR.test(tokens[k]!.text);
      if (colour) k++;
      // (by capitals: the tagger may read a make as a verb, "Ford")
      const capital = (i: number): boolean => /^\p{Lu}/u.test(tokens[i]?.text ?? "");
      const product = capital(k) && capital(k + 1);
      if (product && (colour || /^(?:a|an)$/i.test(before?.text ?? ""))) r.notAClaim = "model-year";
      continue;
    }
    if (mention.kind !== "quantity" || mention.value?.type !== "quantity") continue;
    // "a four-by-four", "a 4x4": a kind of vehicle, not a count
    const around = sentence.text.slice(mention.offset, mention.offset + mention.length + 10);
    const lead = sentence.text.slice(Math.max(0, mention.offset - 9), mention.offset);
    if (/^(?:\d+\s?[x×]\s?\d+|[a-z]+-by-[a-z]+)\b/i.test(around) || /(?:\d+\s?[x×]\s?|\b[a-z]+-by-)$/i.test(lead)) {
      r.notAClaim = "name";
      continue;
    }
    // "AK 47 rifles", "an F-16 jet", "Boeing 747": a model's letters and number name a kind of thing
    if (/(?:^|[^\p{L}])\p{Lu}{1,4}[\s-]$/u.test(lead) && !/(?:^|[^\p{L}])(?:A|I|AN|THE|US|UK|UN|EU)[\s-]$/u.test(lead)) {
      r.notAClaim = "name";
      continue;
    }
    if (mention.value.unit !== "") continue;
    const next = tokens[r.value.last + 1];
    const prev = tokens[r.value.first - 1];
    // "4 Yawkey Way", "473 East 52nd Street": a bare number, then capitalized words ending in a street word.
    if (next && next.pos === "PROPN" && /^\p{Lu}/u.test(next.text)) {
      let k = r.value.last + 1;
      while (tokens[k] && /^\p{Lu}|^\d/u.test(tokens[k]!.text) && k < r.value.last + 5) {
        if (STREET.test(tokens[k]!.text)) {
          r.notAClaim = "address";
          break;
        }
        k++;
      }
      if (r.notAClaim) continue;
    }
    // "AM 570", "SportsCenter 5 has learned": a bare number glued after a capitalized name, with
    // no noun after it and no comma between ("Kafoury, 63" is an age, not a name).
    if (prev && prev.pos === "PROPN" && /^\p{Lu}/u.test(prev.text) && !LEAD_WORDS.has(prev.text.toLowerCase())) {
      const gap = sentence.text.slice(prev.end, mention.offset);
      if (/^\s+$/.test(gap) && !(next && next.pos === "NOUN")) r.notAClaim = "name";
    }
  }
};
