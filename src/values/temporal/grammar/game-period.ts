/**
 * A quarter or a half of a game, not of a year: "late in the fourth quarter", "a 7-0 lead in the
 * first half", "his first touchdown in nine quarters", "a four-quarter comeback". A quarter or a
 * half named without a year is a period of play when its sentence holds words of a game (a
 * touchdown, a field goal, a drive, a lead, a win) and none of money or business (profit, sales,
 * percent, a currency sign), which keep it a part of the year ("profit fell in the fourth quarter").
 */

/** Words of a game or a match. */
const GAME =
  /\b(?:touchdowns?|field[\s-]goals?|goals?|quarterbacks?|interceptions?|intercept(?:ed|s)?|fumbl(?:e|es|ed|ing)|halftime|half-time|kick-?offs?|kick(?:ed|s)?|punt(?:s|ed)?|innings?|scor(?:e|es|ed|ing)|scoreboard|points|games?|matche?s?|trail(?:ed|ing|s)?|tied|ties|comebacks?|drives?|possessions?|overtime|buzzer|rush(?:ed|ing)?|yards?|passes|passing|defen[cs]e|offen[cs]e|wins?|won|victory|lost|lose|beat|beaten|teams?|coach(?:es|ed)?|rallied|rally|seasons?|players?|playoffs?|end zone|red zone|the ball|offensive|defensive|(?:third|fourth)-and-\w+)\b/i;
/** Words of money and business that make the quarter or the half a year's. */
const BUSINESS =
  /\b(?:profits?|revenues?|sales|earnings|results|growth|econom(?:y|ic|ies)|fiscal|financial|GDP|percent|shares?|stocks?|prices?|output|demand|orders|deliveries|inflation|dividends?|analysts?|forecasts?|quarterly|compan(?:y|ies)|firms?|billions?|millions?|investors?|markets?|unemployment|jobs|budget|tax(?:es)?|spending|exports?|imports?)\b|[%$€£¥]/i;

/** The sentence (a line, or up to a full stop) around text[start, end), at most 200 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf("\n", start - 1), text.lastIndexOf(". ", start - 1), start - 200);
  const stops = [text.indexOf("\n", end), text.indexOf(". ", end)].filter((i) => i >= 0);
  return text.slice(from + 1, Math.min(end + 200, ...stops, text.length));
}

/** Whether the quarter or half at text[start, end) is a period of a game (see the module's comment). */
export function gamePeriod(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return GAME.test(sentence) && !BUSINESS.test(sentence);
}
