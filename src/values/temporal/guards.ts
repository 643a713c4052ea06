/**
 * Is a four-digit number a year? A year stands alone: "in 1997", "since 2021,", "(1996)".
 * Not years: "$2021", "2,021", "1997 people", "1990 km", "555-2021", "+92 51 2021 4455", "Russell 2000 Index",
 * "pp. 1990", "2021%". Years before 1900 or after 2099 need a date cue ("in 1066", "1066 AD").
 */

/** Nouns that make the number before them a count or a measure: "1997 people", "1990 km". */
const UNIT_NOUN =
  /^[\s\u00a0]+(?:people|persons?|men|women|children|kids|soldiers|troops|fighters|militants|civilians|refugees|migrants|families|households|residents|workers|employees|jobs|staff|students|voters|votes|seats|cases|deaths|dead|casualties|victims|injured|wounded|fatalities|attacks|incidents|units|homes|houses|buildings|cars|vehicles|trucks|planes|aircraft|ships|tanks|rockets|missiles|shells|rounds|dollars|rupees|euros|pounds|yen|yuan|afghanis|shares|points|km|kilometers|kilometres|miles|metres|meters|m|ft|feet|kg|kilograms|tons|tonnes|barrels|litres|liters|acres|hectares|calories|words|pages|copies|items|species|villages|schools|hospitals|of\s+(?:them|the|whom|which|these|those))\b/;

/** Words and signs after which a number is a quantity or an identifier, never a year. */
const NOT_YEAR_BEFORE = /(?:[$£€¥₹#]|\b(?:Rs|USD|PKR|EUR|GBP|INR|AUD|CAD|No|no|nos|pp?|pages?|ISBN|Tel|tel|Phone|phone|Fax|fax|ext|room|Room|Route|route|flight|Flight|model|Model|version|Version|v)\.?)\s?$/;

/** A cue that the number is a date when it is outside 1900–2099: "in 1066", "c. 1750", "1066 AD". */
const DATE_CUE_BEFORE = /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Oo]f|[Bb]efore|[Aa]fter|[Dd]uring|[Cc]irca|c\.|ca\.|[Aa]round|[Aa]bout|year|[Tt]o|and|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id|AD|A\.D\.|[Tt]he|[Tt]hrough|[Oo]n|[Uu]p to)[\s-]+$/;
const ERA_AFTER = /^\s?(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\b/;

/** Determiners and prepositions before "the 2021 elections": the year modifies the noun. */
const MODIFIER_BEFORE = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Ii]n|[Ss]ince|[Oo]f|[Ff]rom|[Bb]y|[Uu]ntil|[Aa]fter|[Bb]efore|[Dd]uring|a|an)|['’]s|[Pp]ost|[Pp]re|[(\[–—-])[\s-]*$/;
const PLURAL_NOUN_AFTER = /^[\s\u00a0]+([a-z]{3,}s)\b/;
/** Words ending in -s after a year that are not counted things: verbs, "elections", "talks" … */
const YEAR_FRIENDLY_WORDS = new Set(["was", "has", "is", "as", "this", "thus", "its", "his", "across", "versus", "series", "press", "congress", "process", "business", "progress", "access", "address", "status", "crisis", "analysis", "basis", "census", "less", "unless", "whereas", "perhaps", "always", "towards", "afterwards", "ends", "sees", "makes", "marks", "remains", "follows", "saw", "does", "goes", "elections", "talks", "protests", "games", "olympics", "floods", "riots", "accords", "polls", "midterms", "finals", "playoffs", "budgets", "accounts", "results", "earnings", "figures", "levels", "standards", "rates"]);

export function isYearNumber(text: string, start: number, end: number): boolean {
  const year = Number(text.slice(start, end));
  if (!(year >= 1000 && year <= 2199)) return false;
  const prev = text.charCodeAt(start - 1);
  const prevChar = text[start - 1] ?? "";
  if (/[\p{L}\p{N}_]/u.test(prevChar)) return false;
  if (/[.,:/–—-]/.test(prevChar) && /\d/.test(text[start - 2] ?? "")) return false;
  if (prev === 32 && /\d/.test(text[start - 2] ?? "")) return false; // "+92 51 2021 4455"
  const left = text.slice(Math.max(0, start - 12), start);
  if (NOT_YEAR_BEFORE.test(left)) return false;
  const right = text.slice(end, end + 40);
  if (/^(?:[\p{L}\p{N}_%]|[.,:/–—-]\d|\s\d|\s?(?:%|percent|per cent))/u.test(right)) return false;
  if (UNIT_NOUN.test(right)) return false;
  if (/^[\s\u00a0]+[Ii]ndex\b/.test(right)) return false; // "the Russell 2000 Index"
  const cueLeft = text.slice(Math.max(0, start - 16), start);
  if (year < 1900 || year > 2099) return DATE_CUE_BEFORE.test(cueLeft) || ERA_AFTER.test(right);
  const plural = PLURAL_NOUN_AFTER.exec(right);
  if (plural && !YEAR_FRIENDLY_WORDS.has(plural[1]!) && !MODIFIER_BEFORE.test(cueLeft)) return false;
  return true;
}

/** A number that continues a larger numeric token on its left ("3.4", "1,234", "12-19"). */
export function continuesNumber(text: string, start: number): boolean {
  const prev = text[start - 1] ?? "";
  if (/[\p{L}\p{N}_]/u.test(prev)) return true;
  return /[.,:/–—-]/.test(prev) && /\d/.test(text[start - 2] ?? "");
}

/** The right side of a year that completes a date ("May 30, 2025."): no digits, letters or units follow. */
export function endsLikeYear(text: string, start: number, end: number): boolean {
  const year = Number(text.slice(start, end));
  if (!(year >= 1000 && year <= 2199)) return false;
  const right = text.slice(end, end + 40);
  return !/^(?:[\p{L}\p{N}_%]|[.,:/–—-]\d|\s?(?:%|percent|per cent))/u.test(right) && !UNIT_NOUN.test(right);
}
