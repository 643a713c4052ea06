/**
 * What a cache file must hold before relcheck trusts it. The cache lives on disk where anything
 * can happen to it (a hand edit, a file cut short, an older relcheck's format), so every entry is
 * checked against a JSON schema before use, and anything that fails is a miss — never an error:
 *
 * - a claim-cache entry: a document's FileScan whose claims, document record and warnings have
 *   the shapes of the report contract (schema/report.schema.json), with the fields the later
 *   stages read (sentence, frame, actors, trigger, provenance) required as well;
 * - a rules-cache entry: a non-empty list of compiled rules with every field the extractor reads.
 *
 * Validators are compiled on first use (ajv; about 20 ms), only when a cache is in use.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { PROJECT_ROOT } from "../ruleset/load-rules.js";

type Schema = Record<string, unknown>;

function reportSchema(): { properties: Record<string, { items: Schema }>; definitions: Schema } {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, "schema", "report.schema.json"), "utf8"));
}

let fileScan: ValidateFunction | null = null;
let compiledRules: ValidateFunction | null = null;

/** A document's FileScan as the claim cache keeps it. */
export function isCachedFileScan(value: unknown): boolean {
  if (!fileScan) {
    const report = reportSchema();
    fileScan = new Ajv({ strict: false, allErrors: false }).compile({
      type: "object",
      required: ["kind", "document", "claims", "diagnostics"],
      properties: {
        kind: { const: "document" },
        document: report.properties.documents!.items,
        claims: {
          type: "array",
          items: {
            allOf: [report.properties.claims!.items, { required: ["sentence", "frame", "actors", "trigger", "provenance"] }],
          },
        },
        diagnostics: { type: "array", items: report.properties.diagnostics!.items },
        suppressed: { type: "integer", minimum: 0 },
      },
      definitions: report.definitions,
    });
  }
  return fileScan(value) === true;
}

const strings = { type: "array", items: { type: "string" } };

/** The compiled rules as the rules cache keeps them (see CompiledRule in types.ts). */
export function isCachedRuleSet(value: unknown): boolean {
  compiledRules ??= new Ajv({ strict: false, allErrors: false }).compile({
    type: "array",
    minItems: 1,
    items: {
      type: "object",
      required: [
        "id",
        "file",
        "topic",
        "description",
        "cardinality",
        "values",
        "units",
        "triggers",
        "context",
        "exclude",
        "window",
        "patterns",
        "distinctAfterDays",
        "subject",
        "anchored",
        "measures",
        "counted",
        "examples",
      ],
      properties: {
        id: { type: "string", minLength: 1 },
        file: { type: "string" },
        topic: { type: "string" },
        description: { type: "string" },
        cardinality: { enum: ["single", "recurring"] },
        values: { type: "array", minItems: 1, items: { enum: ["date", "quantity", "range"] } },
        units: strings,
        triggers: strings,
        context: strings,
        exclude: strings,
        window: { type: "integer", minimum: 0 },
        patterns: strings,
        distinctAfterDays: { type: ["number", "null"] },
        subject: { enum: ["actors", "name"] },
        anchored: { type: "boolean" },
        measures: { type: "array", items: { type: "object", required: ["name", "triggers"], properties: { name: { type: "string" }, triggers: strings } } },
        counted: strings,
        examples: { type: "array", items: { type: "object", required: ["text", "expect"], properties: { text: { type: "string" } } } },
      },
    },
  });
  return compiledRules(value) === true;
}
