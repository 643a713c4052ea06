/**
 * Numbers that name a vehicle, not a date or an amount: model years ("a 2007 silver Ford Fusion",
 * "his 2013 Toyota Camry", "the 2008 Camry", "a black 1967 Mustang", "a 2010 model") and licence
 * plates ("licence plate BEY 0843", "plate number 7ABC123", "registration KX09 ABC").
 */
import { matchNear } from "../match-near.js";
import { noise, type NoiseHit } from "./noise-mention.js";

const MAKES =
  "Ford|Toyota|Honda|Chevrolet|Chevy|Nissan|Dodge|Jeep|BMW|Mercedes(?:-Benz)?|Audi|Volkswagen|VW|Hyundai|Kia|Buick|Cadillac|" +
  "Lincoln|Chrysler|Pontiac|GMC|Mazda|Subaru|Lexus|Acura|Volvo|Saturn|Mercury|Infiniti|Porsche|Ferrari|Jaguar|Land[ \\t]Rover|" +
  "Range[ \\t]Rover|Mini|Fiat|Peugeot|Renault|Citro[eë]n|Tesla|Mitsubishi|Suzuki|Harley(?:-Davidson)?|Yamaha|Kawasaki|Ducati|" +
  "Oldsmobile|Plymouth|Skoda|Seat|Opel|Vauxhall|Saab|Isuzu|Hummer|Lamborghini|Maserati|Bentley|Rolls-Royce";
const MODELS =
  "Camry|Corolla|Prius|Civic|Accord|Mustang|Fusion|Focus|Taurus|Explorer|Escape|Ranger|Expedition|F-150|Impala|Malibu|" +
  "Silverado|Tahoe|Suburban|Camaro|Corvette|Escalade|Altima|Sentra|Maxima|Charger|Challenger|Durango|Caravan|Jetta|Passat|Golf|" +
  "Beetle|Wrangler|Cherokee|Grand[ \\t]Cherokee|Odyssey|Pilot|Tacoma|Tundra|Sienna|Highlander|Outback|Forester|Elantra|Sonata|" +
  "Crown[ \\t]Victoria|Town[ \\t]Car|Grand[ \\t]Marquis|Cutlass|Bonneville|Grand[ \\t]Am|Thunderbird|Bronco";
const COLOURS = "silver|black|white|red|blue|gr[ae]y|green|maroon|gold|tan|beige|brown|dark|light|burgundy|yellow|orange|purple|champagne|navy";
/** What a vehicle is called after its year when no make is named: "a 2010 model", "his 1998 pickup". */
const KINDS = "model|sedan|saloon|pickup|pick-up|SUV|minivan|van|truck|coupe|convertible|hatchback|motorcycle|motorbike|car|vehicle|station[ \\t]wagon";
/**
 * After the make or the vehicle word, words that show the year dates an event, not a car: "the 2013
 * Toyota recall", "a 2012 car crash", "the 2009 truck bombing".
 */
const EVENT_AFTER = /^[ \t]+(?:recalls?|strikes?|sales|profits?|earnings|merger|deal|report|results|shareholders|plant|factory|layoffs|annual|bankruptcy|bailout|crash(?:es)?|accidents?|collisions?|wrecks?|bomb(?:s|ing|ings)?|attacks?|chases?|fires?|explosions?|thefts?|ban|tax|market|industry|show|years?)\b/i;

const DETERMINER = "a|an|the|his|her|their|its|my|our|your|whose|one|that|this";
const MODEL_YEAR = new RegExp(
  String.raw`\b(?:${DETERMINER})[ \t]+(?:(?:${COLOURS})[ \t,]+)*((?:19|20)\d\d)(?:[ \t]+(?:${COLOURS})[ \t,]*)*[ \t]+(?:(${MAKES})\b|(?:${MODELS})\b|(?:${KINDS})\b(?!-))`,
  "gi",
);

const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * A noun phrase that names a vehicle by its model ("a blue Nissan Altima", "the Mustang"), its make
 * and kind ("a Ford pickup") or its model year and make ("his 2019 Honda"): a thing described, not
 * a party named. Not a make alone ("Ford said on Monday", "Lincoln"), which is as often a person, a
 * town or a company.
 */
const VEHICLE_PHRASE = new RegExp(
  String.raw`\b(?:${MODELS})\b|\b(?:${MAKES})[ \t]+(?:${KINDS})\b|\b(?:19|20)\d\d[ \t]+(?:(?:${COLOURS})[ \t]+)*(?:${MAKES})\b`,
  "i",
);
export function namesAVehicle(text: string): boolean {
  return VEHICLE_PHRASE.test(text);
}

/** "licence plate BEY 0843", "license plate number 7ABC123", "plates reading KX09 ABC", "registration: AB12 CDE". */
const PLATE = /\b([Ll]icen[cs]e[ \t]+plates?|[Nn]umber[ \t]+plates?|[Pp]lates?|[Rr]egistration)(?:[ \t]+(?:number|no\.?|reading))?[ \t]*:?[ \t]+["“]?((?:[A-Z0-9]{1,8}[ \t-]){0,2}[A-Z0-9]{1,8})(?![\p{L}\p{N}])/uy;
/**
 * Where PLATE can start: its first part alone, without the u flag (V8 runs an expression with it
 * several times slower, and PLATE tried at every character was 1.5% of a scan). Every start of
 * PLATE is a start of PLATE_KEY (the same \b and alternatives, and \b means the same with and
 * without u when there is no i flag), so trying PLATE, anchored, at each start of PLATE_KEY from
 * left to right, and going on after each match, finds what text.matchAll(PLATE) would.
 */
const PLATE_KEY = /\b(?:[Ll]icen[cs]e[ \t]+plates?|[Nn]umber[ \t]+plates?|[Pp]lates?|[Rr]egistration)/g;

/** The matches of PLATE in the text, left to right, not overlapping (as matchAll with a g flag). */
function plates(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  PLATE_KEY.lastIndex = 0;
  for (let k = PLATE_KEY.exec(text); k; k = PLATE_KEY.exec(text)) {
    PLATE.lastIndex = k.index;
    const m = PLATE.exec(text);
    if (m) {
      out.push(m);
      PLATE_KEY.lastIndex = m.index + m[0].length;
    } else PLATE_KEY.lastIndex = k.index + 1;
  }
  return out;
}

export function findVehicles(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  // read only around a year (the determiners it starts with stand everywhere)
  for (const m of matchNear(text, YEAR, MODEL_YEAR, 60, 60)) {
    const index = m.index;
    if (EVENT_AFTER.test(text.slice(index + m[0].length, index + m[0].length + 16))) continue;
    const start = index + m[0].indexOf(m[1]!);
    hits.push(noise(start, text.slice(start, index + m[0].length), "identifier", "identifier/model-year"));
  }
  for (const m of plates(text)) {
    const plate = m[2]!;
    // A plate holds a digit and a capital ("BEY 0843", "7ABC123"); digits alone only right after
    // "licence plate" ("licence plate 4471"), never after "registration" or a bare "plate".
    if (!/\d/.test(plate)) continue;
    if (!/[A-Z]/.test(plate) && !/licen[cs]e|number/i.test(m[1]!)) continue;
    const start = m.index + m[0].lastIndexOf(plate);
    hits.push(noise(start, plate, "identifier", "identifier/licence-plate"));
  }
  return hits;
}
