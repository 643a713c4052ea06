/**
 * The publication date an HTML page declares for machines, read from its markup before the markup
 * is masked. In order of preference:
 *   <meta property="article:published_time" content="2013-05-02T13:12:00-04:00">   (and the
 *     names pages use for the same: datePublished, pubdate, publishdate, date, DC.date.issued …)
 *   JSON-LD: <script type="application/ld+json">{"datePublished": "2013-05-02"}</script>
 *   <time datetime="2013-05-02" pubdate> (or itemprop="datePublished"), else the first <time datetime>
 *   <meta property="article:modified_time">, when nothing else gives a date
 * A date-time keeps the calendar day it was written with ("2013-05-02T23:30:00-04:00" is 2 May).
 * Only the first MAX_HEAD characters are read, and each expression is bounded, so a page costs
 * linear time however it is built.
 */
import type { DateConfidence, IsoDay } from "../../types.js";
import { isoDay, validDay } from "./written-dates.js";

export interface HtmlDate {
  date: IsoDay;
  confidence: DateConfidence;
}

/** Pages declare their dates in the head or near the top of the body. */
const MAX_HEAD = 256 * 1024;

const PUBLISHED_NAMES = new Set([
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "date",
  "dc.date",
  "dc.date.issued",
  "dc.date.created",
  "dcterms.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "citation_publication_date",
  "citation_date",
]);
const MODIFIED_NAMES = new Set(["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified"]);

const TAG = /<(meta|time)\b([^<>]{0,2000})>/gi;
/** name="value", name='value', name=value, or a bare name ("pubdate"). */
const ATTR = /([\w:.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const JSON_LD = /<script\b[^<>]{0,500}application\/ld\+json[^<>]{0,500}>/gi;
const DATE_PUBLISHED = /"datePublished"\s*:\s*"([^"]{8,40})"/;

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  return out;
}

/** "2013-05-02", "2013-05-02T13:12:00-04:00", "2013/05/02 13:12" → "2013-05-02"; null otherwise. */
export function dayOfDateTime(value: string): IsoDay | null {
  const m = /^\s*(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? isoDay(y, mo, d) : null;
}

/** The page's declared publication date, or null when its markup declares none. */
export function htmlDate(html: string): HtmlDate | null {
  const head = html.slice(0, MAX_HEAD);
  let published: IsoDay | null = null;
  let timeTagged: IsoDay | null = null;
  let firstTime: IsoDay | null = null;
  let modified: IsoDay | null = null;
  for (const m of head.matchAll(TAG)) {
    const attrs = attributes(m[2]!);
    if (m[1]!.toLowerCase() === "meta") {
      const name = (attrs.get("property") ?? attrs.get("name") ?? attrs.get("itemprop") ?? "").toLowerCase();
      const day = dayOfDateTime(attrs.get("content") ?? "");
      if (!day) continue;
      if (PUBLISHED_NAMES.has(name)) published ??= day;
      else if (MODIFIED_NAMES.has(name)) modified ??= day;
      continue;
    }
    const day = dayOfDateTime(attrs.get("datetime") ?? "");
    if (!day) continue;
    if (attrs.has("pubdate") || (attrs.get("itemprop") ?? "").toLowerCase() === "datepublished") timeTagged ??= day;
    firstTime ??= day;
  }
  if (published) return { date: published, confidence: "high" };
  // Each script's end is looked for once, from its start: an unclosed one ends the search.
  const lower = head.toLowerCase();
  JSON_LD.lastIndex = 0;
  for (let m = JSON_LD.exec(head); m; m = JSON_LD.exec(head)) {
    const from = m.index + m[0].length;
    const close = lower.indexOf("</script", from);
    if (close === -1) break;
    const day = dayOfDateTime(DATE_PUBLISHED.exec(head.slice(from, close))?.[1] ?? "");
    if (day) return { date: day, confidence: "high" };
    JSON_LD.lastIndex = close;
  }
  if (timeTagged) return { date: timeTagged, confidence: "high" };
  if (firstTime) return { date: firstTime, confidence: "medium" };
  return modified ? { date: modified, confidence: "medium" } : null;
}
