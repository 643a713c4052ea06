/**
 * Parts of an evaluation corpus, for scoring the grammar on text it was not written against.
 * Owns: the sub-corpus a gold document belongs to (the first folder of its path under the
 * corpus directory: "corpus_airbus/1173_….xml" → "airbus"), choosing documents by sub-corpus
 * (--only / --except) and the leave-one-sub-corpus-out folds.
 */
import type { GoldDocument } from "./gold.js";

/** "corpus_airbus/x.xml" → "airbus", "gm/x.xml" → "gm"; a file right in the corpus folder → null. */
export function subCorpusOf(id: string): string | null {
  const parts = id.split(/[/\\]/);
  if (parts.length < 2) return null;
  return parts[0]!.replace(/^corpus[_-]/i, "").toLowerCase();
}

/** "airbus, Apple" → ["airbus", "apple"]. */
export function parseNames(list: string): string[] {
  return list
    .split(",")
    .map((s) => s.trim().replace(/^corpus[_-]/i, "").toLowerCase())
    .filter((s) => s.length > 0);
}

export interface Selection {
  /** Keep only these sub-corpora (null: all). */
  only: readonly string[] | null;
  /** Drop these sub-corpora. */
  except: readonly string[];
}

export const EVERYTHING: Selection = { only: null, except: [] };

/**
 * The documents a selection keeps. A corpus without sub-folders (WikiWars keyinline/) has no
 * sub-corpus to choose and is kept whole, so `--only airbus,apple` over MEANTIME and WikiWars
 * scores airbus, apple and all of WikiWars.
 */
export function selectDocuments(docs: readonly GoldDocument[], selection: Selection): GoldDocument[] {
  return docs.filter((doc) => {
    const sub = subCorpusOf(doc.id);
    if (sub === null) return true;
    if (selection.only && !selection.only.includes(sub)) return false;
    return !selection.except.includes(sub);
  });
}

/** The sub-corpus names of a corpus, sorted; empty when its documents sit in one folder. */
export function subCorpora(docs: readonly GoldDocument[]): string[] {
  const names = new Set<string>();
  for (const doc of docs) {
    const sub = subCorpusOf(doc.id);
    if (sub !== null) names.add(sub);
  }
  return [...names].sort();
}

export interface Fold {
  heldOut: string;
  test: GoldDocument[];
  rest: GoldDocument[];
}

/** Leave-one-sub-corpus-out: each sub-corpus against all the others. */
export function folds(docs: readonly GoldDocument[]): Fold[] {
  return subCorpora(docs).map((name) => ({
    heldOut: name,
    test: docs.filter((d) => subCorpusOf(d.id) === name),
    rest: docs.filter((d) => subCorpusOf(d.id) !== name),
  }));
}
