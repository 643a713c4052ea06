/**
 * The rule keys that say how a topic's values are read and compared, checked and compiled apart
 * from the keys that find them:
 *   limits          value limits ({min: 0, max: 10} for a magnitude), for the rule or per measure
 *   units: [none]   the rule's figures are bare numbers with no unit
 *   unit-aliases    units as read → the unit the rule compares them in (magnitude: none, homer: run)
 *   tolerance       how far apart two figures may be and still not contradict (relative, absolute)
 *   identify        the participant roles that identify an occurrence (place, event …)
 *   exclude-window  how many words either side of a trigger an exclude word reaches
 *   one-kind-of-happening  an occurrence is of one kind of happening: dates of different kinds are apart
 * and, at run time, the small functions extract, normalize, group and judge ask of them.
 */
import type { CompiledRule, ParticipantRole, QuantityValue, RuleTolerance, Value, ValueLimits } from "../types.js";

/** The keys as the schema accepts them. */
export interface ValueKeysDefinition {
  limits?: LimitsDefinition;
  "unit-aliases"?: Record<string, string>;
  tolerance?: { relative?: number; absolute?: number };
  identify?: ParticipantRole[];
  "exclude-window"?: number;
  "one-kind-of-happening"?: boolean;
}

export interface LimitsDefinition {
  min?: number;
  max?: number;
}

/** What these keys add to a compiled rule. */
export type CompiledValueKeys = Pick<CompiledRule, "limits" | "unitAliases" | "tolerance" | "identify" | "excludeWindow" | "oneKindOfHappening">;

/** How many words either side of a trigger an exclude word reaches when the rule does not say. */
export const DEFAULT_EXCLUDE_WINDOW = 3;

/** The word a rule file uses for "no unit" (a bare number); the value layer writes it "". */
export const NO_UNIT = "none";

/** "none" → "" (a bare number); other units as written. */
export function unitOf(written: string): string {
  return written === NO_UNIT ? "" : written;
}

function limitsOf(def: LimitsDefinition | undefined, pointer: string, report: (pointer: string, message: string) => void): ValueLimits | null {
  if (!def || typeof def !== "object") return null;
  const { min, max } = def;
  if (typeof min === "number" && typeof max === "number" && min > max) report(`${pointer}/max`, `limits: max ${max} is below min ${min}`);
  return { min: typeof min === "number" ? min : null, max: typeof max === "number" ? max : null };
}

/** The measures' own limits, by measure name (the measures keep them on RuleMeasure.limits). */
export function measureLimits(measures: unknown, report: (pointer: string, message: string) => void): Map<string, ValueLimits> {
  const out = new Map<string, ValueLimits>();
  if (!Array.isArray(measures)) return out;
  measures.forEach((m: { name?: unknown; limits?: LimitsDefinition }, i) => {
    const limits = limitsOf(m?.limits, `/measures/${i}/limits`, report);
    if (limits && typeof m.name === "string") out.set(m.name, limits);
  });
  return out;
}

/**
 * Checks the keys the schema cannot (limits in order, limits and aliases only where values are
 * quantities, aliases into the rule's own units, an exclude window only with exclude words) and
 * compiles them. `def` may be a definition that failed the schema: every check guards its types,
 * so that all problems of a file are reported in one run.
 */
export function compileValueKeys(
  def: ValueKeysDefinition & { values?: unknown; units?: unknown; exclude?: unknown; measures?: unknown },
  report: (pointer: string, message: string) => void,
): CompiledValueKeys {
  const quantities = Array.isArray(def.values) && def.values.includes("quantity");
  const limits = limitsOf(def.limits, "/limits", report);
  const hasMeasureLimits = Array.isArray(def.measures) && def.measures.some((m: { limits?: unknown }) => m?.limits !== undefined);
  if ((limits || hasMeasureLimits) && !quantities) report(def.limits ? "/limits" : "/measures", "limits apply to quantities: add 'quantity' to values");

  const units = Array.isArray(def.units) ? def.units.filter((u): u is string => typeof u === "string").map(unitOf) : [];
  const unitAliases: Record<string, string> = Object.create(null) as Record<string, string>;
  const aliases = def["unit-aliases"];
  if (aliases && typeof aliases === "object" && !Array.isArray(aliases)) {
    if (!quantities) report("/unit-aliases", "unit-aliases apply to quantities: add 'quantity' to values");
    for (const [read, as] of Object.entries(aliases)) {
      if (typeof as !== "string") continue;
      const target = unitOf(as);
      // an alias into a unit the rule then refuses would silently drop every such figure
      if (units.length > 0 && !units.includes(target) && !(units.includes("currency") && /^[A-Z]{3}$/.test(target))) {
        report(`/unit-aliases/${read}`, `unit alias '${read}: ${as}' names a unit the rule does not accept (units: ${units.map((u) => u || NO_UNIT).join(", ")})`);
      }
      unitAliases[unitOf(read)] = target;
    }
  }

  let tolerance: RuleTolerance | null = null;
  const t = def.tolerance;
  if (t && typeof t === "object") {
    if (!quantities) report("/tolerance", "tolerance applies to quantities: add 'quantity' to values");
    tolerance = { relative: typeof t.relative === "number" ? t.relative : 0, absolute: typeof t.absolute === "number" ? t.absolute : 0 };
  }

  const window = def["exclude-window"];
  if (window !== undefined && !(Array.isArray(def.exclude) && def.exclude.length > 0)) {
    report("/exclude-window", "exclude-window without exclude words: add 'exclude'");
  }
  return {
    limits,
    unitAliases,
    tolerance,
    identify: Array.isArray(def.identify) ? [...new Set(def.identify)] : [],
    excludeWindow: typeof window === "number" ? window : DEFAULT_EXCLUDE_WINDOW,
    ...(def["one-kind-of-happening"] === true ? { oneKindOfHappening: true } : {}),
  };
}

// --- at run time ---------------------------------------------------------------------------------

/** The unit a rule compares a value read in `unit` in: its alias, else the unit itself. */
export function ruleUnit(rule: Pick<CompiledRule, "unitAliases">, unit: string): string {
  return rule.unitAliases?.[unit] ?? unit;
}

/** A quantity with its unit as the rule compares it; other values unchanged. */
export function inRuleUnit<V extends Value>(rule: Pick<CompiledRule, "unitAliases">, value: V): V {
  if (value.type !== "quantity") return value;
  const unit = ruleUnit(rule, value.unit);
  return unit === value.unit ? value : { ...value, unit };
}

/**
 * Whether a quantity lies within the limits that hold for it: its measure's, else the rule's. A
 * figure stated as a bound is held to the limit on its stated side only ("over 12" is no
 * magnitude: 12 lies above the scale).
 */
export function withinLimits(rule: Pick<CompiledRule, "limits" | "measures">, measure: string | null, value: Value): boolean {
  if (value.type !== "quantity") return true;
  const own = measure ? rule.measures.find((m) => m.name === measure)?.limits : undefined;
  const limits = own ?? rule.limits ?? null;
  if (!limits) return true;
  const points = [value.min, value.max, value.nominal].filter((n): n is number => n !== null);
  return points.every((n) => (limits.min === null || n >= limits.min) && (limits.max === null || n <= limits.max));
}

/** How far a figure may be from another and still not contradict it, by the rule's tolerance. */
export function toleranceSlack(tolerance: RuleTolerance | null | undefined, value: Value): number {
  if (!tolerance || value.type !== "quantity") return 0;
  const v = value as QuantityValue;
  const size = Math.abs(v.nominal ?? v.max ?? v.min ?? 0);
  return Math.max(tolerance.absolute, tolerance.relative * size);
}
