/**
 * The one error type for problems the user can fix (bad path, bad rule file, bad flag).
 * The CLI prints `relcheck: <message>` on one line and exits 2; anything else is internal.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** `file:line:col: message`, omitting the parts that are unknown. */
export function formatLocated(message: string, file?: string, line?: number, column?: number): string {
  if (!file) return message;
  const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  return `${where}: ${message}`;
}

/**
 * A failure of relcheck itself (a bug, or something it did not foresee), said in one line with
 * what it was doing and where: "reading and extracting claims (news/a.txt): TypeError: x is
 * undefined [at normalize, relcheck.js:3420]". The CLI prints it as `relcheck: internal error: …`
 * and exits 2; RELCHECK_DEBUG=1 adds the stack.
 */
export class InternalError extends Error {
  override readonly name = "InternalError";
  constructor(
    readonly what: string,
    readonly where: string | undefined,
    override readonly cause: unknown,
  ) {
    super(`${what}${where ? ` (${where})` : ""}: ${describeCause(cause)}`);
  }
}

/** `error` as the failure of `what` at `where`; a UserError or an InternalError passes as it is. */
export function asInternal(what: string, where: string | undefined, error: unknown): unknown {
  return error instanceof UserError || error instanceof InternalError ? error : new InternalError(what, where, error);
}

/** "TypeError: first line of the message [at fn, file.js:12]" (one line, its message cut at MESSAGE_MAX characters). */
export function describeCause(error: unknown): string {
  if (error instanceof InternalError) return error.message;
  if (!(error instanceof Error)) return firstLine(String(error));
  const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
  const frame = topFrame(error.stack);
  return `${name}${firstLine(error.message) || "(no message)"}${frame ? ` [at ${frame}]` : ""}`;
}

/** The one line the CLI prints for an error it did not expect. */
export function internalErrorLine(error: unknown): string {
  return `internal error: ${describeCause(error)}`;
}

/** At most this many characters of a message (an expression or a value quoted whole can be megabytes). */
const MESSAGE_MAX = 300;

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/, 1)[0]!.trim();
  return line.length <= MESSAGE_MAX ? line : `${line.slice(0, MESSAGE_MAX)}…`;
}

/** "normalize, relcheck.js:3420" from the stack's first frame. */
function topFrame(stack: string | undefined): string | null {
  const line = stack?.split("\n").find((l) => /^\s+at /.test(l));
  if (!line) return null;
  const m = /^\s+at (?:(.+?) \()?(?:file:\/\/)?([^()]*?):(\d+):\d+\)?$/.exec(line);
  if (!m) return null;
  const file = m[2]!.split(/[\\/]/).pop();
  return m[1] ? `${m[1]}, ${file}:${m[3]}` : `${file}:${m[3]}`;
}
