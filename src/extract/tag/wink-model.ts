/**
 * wink-eng-lite-web-model, put together as its own dist/model.js does, with its core tables read
 * faster. The package's core() (read-core-model.js) parses its 3 MB JSON file when the package is
 * first loaded, then on every call copies it by JSON.stringify and JSON.parse and decodes the two
 * packed tables from base64 by atob and a loop over characters: some 30 ms of every run that tags.
 * readCoreModel() parses the file once per call (a fresh copy, as the package gives) and decodes with
 * Buffer; what it returns is the same, table for table (test/unit/extract/wink-model.test.ts holds
 * it to the package's own core()). The other parts (sentence breaking, tagging automata, entity and
 * sentiment machines, spelling features, lemmatizer) are the package's own modules, unchanged:
 * wink-nlp builds all of them whatever the pipe, and they add words to the tables it reads.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PACKAGE = "wink-eng-lite-web-model/dist/";

/** The packed table of a base64 text, as the package decodes it: its bytes read as 32-bit words. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  // a fresh buffer of its own (Buffer.from may hand out a slice of a shared pool)
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
/** [slot, mask, shift, kept as its value (1) or as an index into its list (0), extracted from the text (1)] */
type Layout = Record<string, [number, number, number, number, number, ...number[]]>;
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** The package's core() (read-core-model.js, then load-core-model.js), with the file read fresh. */
export function readCoreModel(): unknown {
  const path = require.resolve(`${PACKAGE}languages/cur/models/eng-core-web-model.json`);
  const model = JSON.parse(readFileSync(path, "utf8")) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k]!] = k;
    feature.hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  for (let k = 0; k < features.lexeme.list.length; k += 1) lexemes[features.lexeme.list[k]!] = k;
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const cfg = packing.layout[f]!;
    if (cfg[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = cfg[1] >>> cfg[2];
    }
    if (cfg[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The model wink-nlp is given: the package's dist/model.js with readCoreModel as its core. */
export function winkModel(core: () => unknown = readCoreModel): Record<string, unknown> {
  const part = (name: string): unknown => require(`${PACKAGE}${name}.js`);
  const addons: Record<string, unknown> = Object.create(null);
  addons.stem = part("porter-stemmer");
  addons.lemmatize = part("lemmatize");
  addons.readabilityStats = part("readability-stats");
  addons.wordVectors = undefined;
  return {
    core,
    sbd: part("load-sbd-model"),
    pos: part("load-pos-model"),
    ner: part("load-ner-model"),
    negation: part("load-negation-model"),
    sa: part("load-sa-model"),
    metaCER: part("load-cer-meta-model"),
    featureFn: part("feature"),
    addons,
  };
}
