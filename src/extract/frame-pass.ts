/**
 * The frame pass over a document: every date and quantity the value layer reads (after its
 * non-claim filters, outside masked markup) is a candidate claim. A sentence that holds at least
 * one is tagged once (extract/tag), and the frame components read each of its values
 * (extract/frames). Sentences without a value are never tagged.
 */
import type { Mention, SourceDocument } from "../types.js";
import { layeredMentions } from "../values/index.js";
import { isMasked } from "../ingest/mask-ranges.js";
import { type Reading, readFrames } from "./frames/index.js";
import { splitSentences } from "./sentences.js";
import { tagSentence } from "./tag/tagger.js";

/** A value of the document with its frame. */
export interface FramedValue {
  /** Offset of the value in the document. */
  offset: number;
  mention: Mention;
  sentence: string;
  sentenceStart: number;
  /** All values of the same sentence, for time frames. */
  sentenceMentions: readonly Mention[];
  reading: Reading;
}

/** The kinds of mention that can be claims. */
const CLAIMABLE = new Set(["date", "range", "quantity", "duration"]);

/** Time spent tagging in this thread, and sentences tagged, for the benchmark. */
export const taggerClock = { ms: 0, sentences: 0 };

/** Durations are claims only as ages ("the 28-year-old"); other lengths of time are not figures here. */
function claimable(m: Mention): boolean {
  if (!CLAIMABLE.has(m.kind) || !m.value) return false;
  if (m.kind === "duration") return /\byears?[-\s]old\b/i.test(m.text) && m.value.type === "quantity";
  return true;
}

export function framedValues(doc: SourceDocument): FramedValue[] {
  const out: FramedValue[] = [];
  for (const s of splitSentences(doc.text)) {
    // A sentence without a digit, a number word, a month or a weekday holds no value: the layer says so fast.
    const all = layeredMentions(s.text, { asOf: doc.date }).all();
    const values = all.filter((m) => claimable(m) && !(doc.masked && isMasked(doc.masked, s.start + m.offset)));
    if (values.length === 0) continue;
    const t0 = performance.now();
    const tokens = tagSentence(s.text);
    taggerClock.ms += performance.now() - t0;
    taggerClock.sentences++;
    const readings = readFrames(s.text, tokens, values, doc.date);
    for (const reading of readings) {
      const mention = reading.value.mention;
      out.push({ offset: s.start + mention.offset, mention, sentence: s.text, sentenceStart: s.start, sentenceMentions: all, reading });
    }
  }
  return out;
}
