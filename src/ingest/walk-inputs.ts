/**
 * Command-line paths → the list of files to read. Owns files, directories and globs, the
 * "missing path" and "glob matches nothing" errors, the ignore rules, and walking directories
 * safely. Does not read file contents.
 *
 *   seeds/            → every *.txt, *.md, *.html … below it, less what the ignore rules leave out
 *   "seeds/*.txt"     → the files the glob matches (picomatch syntax), found by the same walk
 *   seeds/000.txt     → that file, always (a path the user names is never ignored)
 *
 * Folders are walked with fast-glob, which never follows a symbolic link here: a followed link
 * loop (`d/up -> ..`) makes it walk the same tree again and again. Links are relcheck's own
 * business: not followed by default (ripgrep's convention); with `follow`, each link found is
 * resolved to its real folder and that folder is walked once, after everything walked so far, so
 * a folder reached twice is read once and a link back to a folder that contains it is a warning
 * (RC105) instead of an endless walk. fast-glob reads folders through an adapter (its `fs`
 * option) that sorts each folder's entries, leaves out ignored ones before fast-glob sees them
 * (so an ignored folder is never entered), and turns a folder that cannot be read into a warning.
 *
 * Ignore rules, for files found by walking only:
 *   - always: names beginning with '.' (dot-files and dot-folders such as .git) and node_modules;
 *   - unless `noIgnore`: `.gitignore` and `.relcheckignore` files (gitignore syntax, read with the
 *     `ignore` package) in the walked folders and in the folders above a walked folder up to the
 *     repository root (the nearest folder holding .git; outside a repository, up to the working
 *     folder), deeper files winning; then `patterns` (gitignore syntax, relative to the working
 *     folder). An ignore file above a named folder that ignores that folder itself is not used in
 *     it: the folder was named, so what it holds is read.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import fg from "fast-glob";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { UserError } from "../errors.js";
import type { Diagnostic } from "../types.js";
import { INGEST_CODES } from "./ingest-codes.js";

/** File extensions read when a directory is given. */
export const TEXT_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm"] as const;

/** The ignore files read in each walked folder, in this order (the later wins on a conflict). */
export const IGNORE_FILES = [".gitignore", ".relcheckignore"] as const;

/** Folder names never walked into (besides names beginning with '.'). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

export interface WalkOptions {
  /** Follow symbolic links found while walking (`--follow`). Named paths are always followed. */
  follow?: boolean;
  /** Do not read .gitignore / .relcheckignore and do not apply `patterns` (`--no-ignore`). */
  noIgnore?: boolean;
  /** Extra ignore patterns in gitignore syntax, relative to the working folder (`--ignore-pattern`). */
  patterns?: readonly string[];
  /** Reads a folder; tests replace it to simulate unreadable folders. Default: fs.readdirSync. */
  readdir?: (absolutePath: string) => Dirent[];
}

export interface ExpandResult {
  /** Sorted, de-duplicated paths as the user would write them ('/' separators). */
  files: string[];
  /** The files among `files` that the user named (not found by walking a folder or a glob). */
  named: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

function toPosix(path: string): string {
  return path.split("\\").join("/");
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? "";
}

function describeErrno(error: unknown): string {
  switch (errno(error)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    case "ENOENT":
      return "broken symbolic link";
    case "EIO":
      return "input/output error";
    case "ENAMETOOLONG":
      return "path too long for the system";
    default:
      // Node's messages repeat the path, which the diagnostic names already.
      return errno(error) || (error instanceof Error ? error.message.split(",")[0]! : String(error));
  }
}

function hasTextExtension(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && (TEXT_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/** What a special file is, for the warning that it was passed over. */
function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return "a named pipe";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** Whether path `inner` is `outer` or lies inside it (absolute paths). */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}

/** "d" + "x/y.txt" → "d/x/y.txt"; "" is the working folder. */
function joinShown(prefix: string, rel: string): string {
  if (rel === "") return prefix;
  if (prefix === "") return rel;
  return prefix.endsWith("/") ? `${prefix}${rel}` : `${prefix}/${rel}`;
}

/** The rules of one ignore file (or of --ignore-pattern), and the folder their paths are relative to. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

/** Whether `path` (absolute; `isDir` adds the trailing '/') is ignored by the layers, the last one deciding first. */
function ignoredBy(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    if (!within(path, layer.base) || path === layer.base) continue;
    const rel = relative(layer.base, path).split(sep).join("/") + (isDir ? "/" : "");
    let result: { ignored: boolean; unignored: boolean };
    try {
      result = layer.rules.test(rel);
    } catch {
      continue; // a name the ignore syntax cannot express (the package refuses it): no rule matches it
    }
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** Everything one expandInputs call shares between its walks. */
interface Walker {
  cwd: string;
  options: WalkOptions;
  diagnostics: Diagnostic[];
  /** Ignore files already read, by folder (null: the folder has none). */
  layers: Map<string, IgnoreLayer[] | null>;
  /** The --ignore-pattern layer, or null. */
  patterns: IgnoreLayer | null;
  /** Real folders already walked (with `follow`: a folder reached again is not walked again). */
  entered: Set<string>;
  /** Entries left out by ignore files and --ignore-pattern. */
  ignored: number;
}

function warn(walker: Walker, code: string, file: string, message: string): void {
  walker.diagnostics.push({ code, severity: "warning", message, file });
}

/** The ignore layers of one folder's own ignore files. */
function ownLayers(walker: Walker, folder: string): IgnoreLayer[] {
  const cached = walker.layers.get(folder);
  if (cached !== undefined) return cached ?? [];
  const layers: IgnoreLayer[] = [];
  for (const name of IGNORE_FILES) {
    let text: string;
    try {
      text = readFileSync(join(folder, name), "utf8");
    } catch {
      continue; // none here (or unreadable: an ignore file cannot be half-applied)
    }
    layers.push({ base: folder, rules: ignore().add(text) });
  }
  walker.layers.set(folder, layers.length > 0 ? layers : null);
  return layers;
}

function isRepositoryRoot(folder: string): boolean {
  try {
    lstatSync(join(folder, ".git"));
    return true;
  } catch {
    return false;
  }
}

/**
 * The ignore layers that apply from above a walk's root folder: the ignore files of the folders
 * above it, up to the repository root (or the working folder), outermost first, less those that
 * ignore the root itself; then --ignore-pattern.
 */
function layersAbove(walker: Walker, root: string): IgnoreLayer[] {
  if (walker.options.noIgnore) return [];
  const ancestors: string[] = [];
  if (!isRepositoryRoot(root)) {
    for (let folder = root; dirname(folder) !== folder; folder = dirname(folder)) ancestors.push(dirname(folder));
  }
  const repository = ancestors.findIndex(isRepositoryRoot);
  const top = repository >= 0 ? repository : within(root, walker.cwd) ? ancestors.indexOf(walker.cwd) : -1;
  const folders = ancestors.slice(0, top + 1).reverse();
  const layers = folders.flatMap((folder) => ownLayers(walker, folder));
  const all = walker.patterns ? [...layers, walker.patterns] : layers;
  return all.filter((layer) => !ignoredBy([layer], root, true));
}

/** One folder to walk: where it is, how its paths are shown, and the rules from above it. */
interface WalkItem {
  /** How the user would write the folder ('' = the working folder). */
  shown: string;
  /** Its absolute path as named (through links, if it was reached through one). */
  path: string;
  /** Its real path. */
  real: string;
  /** Ignore layers from the folders above it. */
  layers: IgnoreLayer[];
}

/**
 * Walk `root` (a folder) and, with `follow`, every folder its links lead to, breadth first with
 * names sorted; `accept` chooses the files by the path as shown.
 */
function walkTree(walker: Walker, root: WalkItem, accept: (shown: string, name: string) => boolean): string[] {
  const found: string[] = [];
  const queue: WalkItem[] = [root];
  for (let item = queue.shift(); item; item = queue.shift()) {
    // A folder reached again through a link (or a link that waited while its folder was walked) is not walked again.
    if (item !== root && walker.entered.has(item.real)) continue;
    for (const file of walkFolder(walker, item, accept, queue)) found.push(file); // no spread: a folder may hold more files than a call takes arguments
  }
  return found;
}

/** One folder and everything below it that is not a link: found files; links to folders go on `queue`. */
function walkFolder(walker: Walker, item: WalkItem, accept: (shown: string, name: string) => boolean, queue: WalkItem[]): string[] {
  const found: string[] = [];
  /** Each folder read → the ignore layers that apply to its entries (those above it and its own). */
  const layersIn = new Map<string, IgnoreLayer[]>();
  const shownOf = (absolute: string): string => joinShown(item.shown, relative(item.path, absolute).split(sep).join("/"));
  const read = walker.options.readdir ?? ((p: string) => readdirSync(p, { withFileTypes: true }));
  const readdirAdapter = (folder: string): Dirent[] => {
    let entries: Dirent[];
    try {
      entries = read(folder);
    } catch (error) {
      const what = errno(error) === "ENAMETOOLONG" ? "path too long for the system; folder not read" : `cannot read folder: ${describeErrno(error)}`;
      warn(walker, INGEST_CODES.unreadable, shownOf(folder), what);
      return [];
    }
    walker.entered.add(join(item.real, relative(item.path, folder)));
    const above = folder === item.path ? item.layers : (layersIn.get(dirname(folder)) ?? []);
    const layers = walker.options.noIgnore ? above : [...above, ...ownLayers(walker, folder)];
    layersIn.set(folder, layers);
    return entries
      .filter((entry) => {
        if (entry.name.startsWith(".")) return false;
        if (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name)) return false;
        if (!ignoredBy(layers, join(folder, entry.name), entry.isDirectory())) return true;
        walker.ignored++;
        return false;
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  const entries = fg.sync("**", {
    cwd: item.path,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    unique: false,
    fs: { readdirSync: readdirAdapter as unknown as typeof readdirSync },
  });
  for (const entry of entries) {
    const shown = joinShown(item.shown, entry.path);
    const { dirent } = entry;
    if (dirent.isFile()) {
      if (accept(shown, entry.name)) found.push(shown);
    } else if (dirent.isSymbolicLink()) {
      if (!walker.options.follow) continue;
      const folder = join(item.path, dirname(entry.path));
      const path = join(item.path, entry.path);
      const link = followLink(walker, shown, path, join(item.real, dirname(entry.path)));
      if (link?.kind === "file" && accept(shown, entry.name)) found.push(shown);
      if (link?.kind === "folder") queue.push({ shown, path, real: link.real, layers: layersIn.get(folder) ?? [] });
    } else if (!dirent.isDirectory() && accept(shown, entry.name)) {
      warn(walker, INGEST_CODES.unreadable, shown, `${specialKind(dirent)}, not a text file; skipped`);
    }
  }
  return found;
}

/** A link found while walking with `follow`: what it leads to, or null (with a warning) when it is not followed. */
function followLink(walker: Walker, shown: string, path: string, realParent: string): { kind: "file" } | { kind: "folder"; real: string } | null {
  let stat: Stats;
  let real: string;
  try {
    stat = statSync(path);
    real = realpathSync(path);
  } catch (error) {
    warn(walker, INGEST_CODES.link, shown, `${describeErrno(error)}; not followed`);
    return null;
  }
  if (stat.isFile()) return { kind: "file" };
  if (!stat.isDirectory()) return null;
  if (within(realParent, real)) {
    const back = relative(walker.cwd, real).split(sep).join("/") || ".";
    warn(walker, INGEST_CODES.link, shown, `symbolic link loop (leads back to ${back}); not followed`);
    return null;
  }
  return walker.entered.has(real) ? null : { kind: "folder", real };
}

/** "./seeds/" → "seeds", "." → "" (the working directory itself), "/abs/dir/" → "/abs/dir". */
function walkRoot(path: string): string {
  const normal = posix.normalize(path);
  return normal === "." || normal === "./" ? "" : normal.replace(/(.)\/+$/, "$1");
}

/** The walk of a folder the user named (or a glob's base folder). */
function rootItem(walker: Walker, shown: string): WalkItem {
  const path = resolve(walker.cwd, shown === "" ? "." : shown);
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // unreadable on the way: the walk says so
  }
  return { shown, path, real, layers: layersAbove(walker, path) };
}

function expandGlob(walker: Walker, rawPattern: string): string[] {
  const pattern = rawPattern.replace(/^(?:\.\/)+/, "");
  const root = walkRoot(picomatch.scan(pattern).base);
  let stat: Stats;
  try {
    stat = statSync(resolve(walker.cwd, root === "" ? "." : root));
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [];
  const isMatch = picomatch(pattern, { dot: false });
  return walkTree(walker, rootItem(walker, root), (shown) => isMatch(shown));
}

function createWalker(cwd: string, options: WalkOptions): Walker {
  const patterns = options.noIgnore || !options.patterns?.length ? null : { base: resolve(cwd), rules: ignore().add([...options.patterns]) };
  return { cwd: resolve(cwd), options, diagnostics: [], layers: new Map(), patterns, entered: new Set(), ignored: 0 };
}

/** Expand files, directories and globs; warnings for what was passed over, UserError for what is missing. */
export function expandInputs(paths: readonly string[], cwd: string, options: WalkOptions = {}): ExpandResult {
  const out = new Set<string>();
  const named = new Set<string>();
  const walker = createWalker(cwd, options);
  for (const raw of paths) {
    const path = toPosix(raw);
    if (path === "") throw new UserError("an empty path was given");
    if (path === "-") throw new UserError("standard input ('-') is read by relcheck scan only");
    const absolute = resolve(cwd, path);
    let stat: Stats | null = null;
    let statError: unknown = null;
    try {
      stat = statSync(absolute);
    } catch (error) {
      statError = error;
    }
    if (stat?.isDirectory()) {
      const before = walker.diagnostics.length;
      const ignoredBefore = walker.ignored;
      const found = walkTree(walker, rootItem(walker, walkRoot(path)), (_shown, name) => hasTextExtension(name));
      const problems = walker.diagnostics.length > before;
      if (found.length === 0 && !problems) {
        const ignored = walker.ignored - ignoredBefore;
        const why = ignored > 0 ? ` that the ignore files and --ignore-pattern leave (${ignored} ${ignored === 1 ? "entry" : "entries"} ignored; --no-ignore reads them)` : "";
        throw new UserError(`no text files (${TEXT_EXTENSIONS.join(", ")}) in this directory${why}`, raw);
      }
      for (const f of found) out.add(f);
    } else if (stat?.isFile()) {
      out.add(path);
      named.add(path);
    } else if (stat) {
      walker.diagnostics.push({
        code: INGEST_CODES.unreadable,
        severity: "warning",
        message: "not a regular file (a pipe, socket or device); skipped",
        file: path,
      });
    } else if (picomatch.scan(path).isGlob) {
      const found = expandGlob(walker, path);
      if (found.length === 0) throw new UserError("the pattern matches no file", raw);
      for (const f of found) out.add(f);
    } else {
      const code = errno(statError);
      let isLink = false;
      try {
        isLink = lstatSync(absolute).isSymbolicLink();
      } catch {
        // nothing at this path at all
      }
      if (code === "ELOOP") throw new UserError("symbolic link loop", raw);
      if (isLink) throw new UserError("broken symbolic link (its target does not exist)", raw);
      if (code === "EACCES" || code === "EPERM") throw new UserError("permission denied", raw);
      if (code === "ENOTDIR") throw new UserError("no such file or directory (a parent is a file)", raw);
      if (code === "ENAMETOOLONG") throw new UserError("path too long for the system", raw.length > 80 ? `${raw.slice(0, 40)}…${raw.slice(-40)}` : raw);
      throw new UserError("no such file or directory", raw);
    }
  }
  const diagnostics = walker.diagnostics.sort((a, b) => ((a.file ?? "") < (b.file ?? "") ? -1 : (a.file ?? "") > (b.file ?? "") ? 1 : 0));
  return { files: [...out].sort(), named, diagnostics };
}
