/**
 * A table looked up by words read from a text. It has no prototype, so a text's "constructor",
 * "toString" or "__proto__" is a word the table lacks, never a property every object has.
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
