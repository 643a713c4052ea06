/**
 * The file name of a document's path, as findings, reasons and reports name a document: what
 * follows the last "/". Reads only the path's text (no file system), so every stage may call it.
 * Must: "seeds/001_960c.txt" → "001_960c.txt"; "notes.txt" → "notes.txt" (no folder). A path that
 * ends in "/" names no file: "".
 */

/** What follows the last "/" of a path ("a/b/c.txt" → "c.txt"); the whole path when it has none. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
