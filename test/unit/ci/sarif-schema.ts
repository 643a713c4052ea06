/**
 * Validation of SARIF logs against the SARIF 2.1.0 JSON schema (the final "rtm.5" schema, as
 * shipped by Microsoft's SARIF SDK in @microsoft/jest-sarif). The schema is JSON Schema
 * draft-04, hence ajv-draft-04.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";

// Both are CommonJS modules whose module.exports also carries the class/plugin as .default.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("@microsoft/jest-sarif/package.json"));
export const SARIF_SCHEMA_PATH = join(packageDir, "lib", "schemas", "sarif-2.1.0-rtm.5.json");

const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, "utf8")) as Record<string, unknown>;
// NOTE: unicodeRegExp is off because the schema's "language" pattern
// "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" has a stray "]" that only non-unicode regexps accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Schema errors as "instancePath message" lines; empty when the log is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
