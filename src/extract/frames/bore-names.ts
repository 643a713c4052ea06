/**
 * A firearm or its ammunition named by its bore in millimetres: "12 9-mm shell casings", "a 9mm
 * pistol", "7.62mm rounds", "a 120mm mortar". Written as a modifier right before the gun or the
 * round, the figure names a kind of weapon or cartridge, as "a 12-gauge shotgun" or a model's
 * number does ("AK-47"): it measures no distance or length of anything the story tells, and two
 * reports that name "9mm casings" and "a 40mm crack" have nothing to set side by side. Such a
 * figure makes no claim (name-part.ts). A calibre the text states as such (".38-caliber", "a
 * 9mm-calibre pistol") or in inches with its point (".38 revolver") is a gun's bore, read by the
 * calibre rule as before; and a millimetre figure of anything else stays a measure ("9mm of rain",
 * "a 5mm gap", "a 2mm crack in the rifle's stock").
 */

/** Units a bore in millimetres is written in. */
const MILLIMETRES = /^(?:mm|millimet(?:er|re)s?)$/i;

/**
 * What may stand between the bore and the gun or round: a maker's or a model's capitalized name
 * ("a 9mm Glock pistol"), or a word of how it fires or what state a round is in ("semi-automatic",
 * "spent", "live", "hollow-point"); then the gun or the round itself.
 */
const ARMS_AFTER =
  /^(?:[\s-]+(?:\p{Lu}[\p{L}.]*|semi-?automatic|automatic|spent|live|hollow-?point|full-?metal-?jacket|shell))*?[\s-]+(?:pistol|handgun|gun|rifle|carbine|shotgun|revolver|weapon|firearm|sidearm|round|bullet|cartridge|casing|shell|ammunition|ammo|mortar|howitzer|cannon|luger|parabellum)s?\b/u;

/**
 * Whether a figure in `unit`, followed in its sentence by `after`, names a firearm or a round by
 * its bore. Must: "9-mm" before " shell casings", "9mm" before " Glock pistol", "7.62mm" before
 * " rounds", "120mm" before " mortar shells", "5.56mm" before " and a 7.62mm rifles". Must not: "9mm" before " of rain", "5mm" before "
 * gap", "2mm" before " crack in the rifle's stock", "9 km" before " gun battle" (not millimetres).
 */
export function namesABore(unit: string, after: string): boolean {
  if (!MILLIMETRES.test(unit)) return false;
  // "a 5.56mm and a 7.62mm rifle": a bore joined to another that the gun follows shares its gun
  const joined = JOINED_BORE.exec(after);
  return ARMS_AFTER.test(after.slice(joined ? joined[0].length : 0).slice(0, 60));
}

/** ", and a 7.62mm", " or 9-mm": another bore in millimetres joined after the first, whose gun both name. */
const JOINED_BORE = /^,?[\s]+(?:and|or)[\s]+(?:an?[\s]+)?\d+(?:\.\d+)?[\s-]?(?:mm|millimet(?:er|re)s?)\b/i;
