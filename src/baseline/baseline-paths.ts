/**
 * How a baseline names documents: relative to the folder of the baseline file, with '/'
 * separators, whatever the working folder and however the user spelled the paths, so that one
 * baseline serves every spelling of the same files:
 *
 *   baseline at /p/relcheck-baseline.json
 *   scan articles/            (in /p)           → articles/a.txt
 *   scan "$PWD/articles"      (in /p)           → articles/a.txt
 *   cd articles && scan .     (in /p/articles)  → articles/a.txt
 *   baseline at /p/ci/base.json, scan articles/ → ../articles/a.txt
 *
 * Folders are taken by their real path (a symbolic link in the way, or a working folder reached
 * through one, names the same files); the file's own name is kept. Reports keep the paths as
 * the user named them. This module reads the file system (real paths) and is used by the CLI.
 */
import { realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder; // not there (yet): its name as written
  }
}

/** document path (as named, relative to `cwd`) → the path the baseline `baselineFile` records. */
export function baselinePathOf(baselineFile: string, cwd: string): (document: string) => string {
  const base = realFolder(dirname(resolve(cwd, baselineFile)));
  const cache = new Map<string, string>();
  return (document) => {
    let named = cache.get(document);
    if (named === undefined) {
      const absolute = resolve(cwd, document);
      const real = join(realFolder(dirname(absolute)), basename(absolute));
      named = relative(base, real).split(sep).join("/");
      cache.set(document, named);
    }
    return named;
  };
}
