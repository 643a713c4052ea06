/**
 * Whose a vessel's country is. A country word before a noun of the people who hold or work a
 * vessel ("a Somali pirate vessel", "a Thai fishing trawler crewed by …", "an Iranian rebel boat")
 * tells where those people are from, not the vessel's own flag: one trawler is "a Thai trawler" in
 * one report and "a Somali pirate vessel" in another, once pirates took it. So such a country
 * parts nothing as the vessel's (group/participants.ts partiesOf): the sentence still names it
 * among its actors.
 *
 * Must read as the people's: "a Somalian pirate vessel", "the Yemeni smugglers' dhow", "an
 * Iranian rebel gunboat". Must read as the vessel's: "a Thai trawler", "the Thai fishing trawler",
 * "a Somali pirate" (the people themselves), "a Thai ship seized by pirates".
 */
import { countriesIn } from "../extract/gazetteer.js";
import { isVesselWord } from "./sunk-vessels.js";

/** Nouns of people who hold, work or attack from a vessel. */
const HOLDERS = /^(?:pirates?|rebels?|militants?|insurgents?|smugglers?['’]?|guerrillas?|terrorists?|raiders?|hijackers?|traffickers?|gangs?)$/i;

/**
 * The countries of a participant's text, less those told of the people aboard a vessel: a country
 * word right before a noun of HOLDERS, in a phrase headed by a vessel's noun.
 */
export function vesselCountries(text: string): string[] {
  const all = countriesIn(text);
  if (all.length === 0) return all;
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (words.length < 3 || !isVesselWord(words.at(-1)!)) return all;
  const ofHolders = new Set<string>();
  for (let i = 0; i < words.length - 2; i++) if (HOLDERS.test(words[i + 1]!)) for (const k of countriesIn(words[i]!)) ofHolders.add(k);
  return ofHolders.size === 0 ? all : all.filter((k) => !ofHolders.has(k));
}
