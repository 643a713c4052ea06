/** Builders for claims and rules in unit tests: only the fields a test cares about. */
import type { Claim, CompiledRule, Participant, QuantityValue, Value } from "../../src/types.js";

let counter = 0;

export function date(start: string, end = start, granularity: "day" | "month" | "year" | "part" = "day"): Value {
  return { type: "date", start, end, granularity, approximate: false };
}

export function qty(min: number | null, max: number | null, extra: Partial<QuantityValue> = {}): Value {
  return { type: "quantity", min, max, unit: "person", approximate: false, qualifier: null, nominal: min ?? max, ...extra };
}

export function claim(value: Value, over: Partial<Claim> = {}): Claim {
  counter += 1;
  return {
    id: `c-${counter.toString(16).padStart(4, "0")}`,
    rule: "r",
    topic: "a topic",
    measure: null,
    document: `doc${counter}.txt`,
    line: 1,
    column: 1,
    offset: counter * 10,
    length: 4,
    text: "text",
    value,
    sentence: "A sentence.",
    frame: null,
    actors: [],
    trigger: "t",
    provenance: [],
    ...over,
  };
}

/** Where `text` stands in `sentence`, for a claim read by the frames of a story's one sentence (story "s-1"). */
export function framedAt(sentence: string, text: string): Pick<Claim, "sentence" | "text" | "length" | "offset" | "story" | "provenance"> {
  return { sentence, text, length: text.length, offset: sentence.indexOf(text), story: "s-1", provenance: ["via:frame"] };
}

/**
 * A claim of rule "r" in story "s-1" told in `sentence` at `text`, with a frame that has the
 * predicate, the participants (role, text) and the day of report given; a quantity counts people.
 */
export function toldIn(
  value: Value,
  sentence: string,
  text: string,
  frame: { lemma: string; voice: "active" | "passive"; reportedAt: string; participants?: [Participant["role"], string][] },
): Claim {
  return claim(value, {
    rule: "r",
    sentence,
    text,
    offset: Math.max(0, sentence.indexOf(text)),
    story: "s-1",
    claimFrame: {
      counted: value.type === "quantity" ? "person" : null,
      predicate: { lemma: frame.lemma, voice: frame.voice },
      participants: (frame.participants ?? []).map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: frame.reportedAt },
      attribution: null,
      modality: [],
    },
  });
}

export function rule(over: Partial<CompiledRule> = {}): CompiledRule {
  return {
    id: "r",
    file: "rules/r.yml",
    topic: "a topic",
    description: "",
    cardinality: "single",
    values: ["date"],
    units: [],
    triggers: ["t"],
    context: [],
    exclude: [],
    window: 12,
    patterns: [],
    distinctAfterDays: null,
    subject: "actors",
    anchored: false,
    measures: [],
    counted: [],
    examples: [],
    ...over,
  };
}

/**
 * A figure no rule took (rule `frame:<lemma>/<counted>`), as the frames of a story's one sentence
 * read it, in `document`: its counted thing, its verb (none: "-"), its participants and day of report.
 */
export function frameRead(
  sentence: string,
  text: string,
  n: number,
  frame: { counted: string; lemma: string | null; unit?: string; participants?: [Participant["role"], string][]; reportedAt?: string },
  document: string,
): Claim {
  return claim(qty(n, n, { nominal: n, unit: frame.unit ?? frame.counted }), {
    rule: `frame:${frame.lemma ?? "-"}/${frame.counted}`,
    document,
    ...framedAt(sentence, text),
    claimFrame: {
      counted: frame.counted,
      predicate: frame.lemma ? { lemma: frame.lemma, voice: "active" } : null,
      participants: (frame.participants ?? []).map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: frame.reportedAt ?? "2031-10-13" },
      attribution: null,
      modality: [],
    },
  });
}

/** A share in percent read by a frame with no verb, as `sentence` tells it at `text` (reported on 2031-03-04). */
export function percentShare(x: number, sentence: string, text: string, rule: string, document = `d-${sentence.length}-${text}`): Claim {
  return claim(qty(x, x, { nominal: x, unit: "percent" }), {
    rule,
    document,
    ...framedAt(sentence, text),
    claimFrame: {
      counted: "percent",
      predicate: null,
      participants: [],
      time: { tally: false, reportedAt: "2031-03-04" },
      attribution: null,
      modality: [],
    },
  });
}
