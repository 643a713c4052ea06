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
