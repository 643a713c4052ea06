/**
 * Spans of a statistic told over several games, and the part of a clause a figure's own verb governs.
 *
 *   - "rushed for 716 yards in 12 games", "had 40 points over three games", "caught 50 passes in
 *     14 starts": a total over many games. Plain, it is a season's total ("season"); over the
 *     first or last few games it is a stretch of its own ("games last 3"), parted from a season's.
 *   - "averaged 5.2 yards a carry and finished with 716 yards": the average belongs to the first
 *     verb; the figure after "and" is carried by its own ("finished with"), so the clause's word of
 *     average is read only in the figure's own part of it (when that part has a word of its own).
 */

const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)`;
const GAMES = new RegExp(String.raw`^\s*(?:in|over|across|through)\s+(?:(?:his|her|their|its|the)\s+)?(?:(first|last|past|final)\s+)?(${COUNT})\s+(?:games|starts|contests|outings|appearances|matches)\b`, "i");

/**
 * The span the words after a figure's noun give it when they name several games (see the header),
 * or null. Must: " in 12 games" → "season"; " over his last three games" → "games last three"; " in
 * 14 starts" → "season". Must not: " in the game", " in two quarters", " in 12 minutes" → null.
 */
export function gamesSpan(tail: string): string | null {
  const m = GAMES.exec(tail);
  if (!m) return null;
  return m[1] === undefined ? "season" : `games ${m[1].toLowerCase()} ${m[2]!.toLowerCase()}`;
}

/**
 * The words a figure's span is read in for a word of average: its own part of the clause, after the
 * clause's last "and", with the words after its noun, when that part has a word (a verb of its
 * own); else all the clause's words. Must: "averaged 5 yards a carry and finished with" → "finished
 * with …"; "averaged 12 points and" (the figure shares the verb) → the whole clause.
 */
export function ownPart(clause: string, words: string, tail: string): string {
  const own = clause.split(/\band\b/).at(-1) ?? "";
  return /\p{L}{3,}/u.test(own) && own.length < clause.length ? `${own} ${tail}` : words;
}
