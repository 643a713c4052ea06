/**
 * Diagnostic codes of the ingest stage (RC1xx), one place so messages and docs agree.
 * All but RC108 (an error) and RC109 (a note) are warnings: the file is skipped or read with a caveat, and the run goes on.
 */
export const INGEST_CODES = {
  /** photo.png, report.pdf, data.bin: binary content, skipped. */
  binary: "RC101",
  /** Bytes that are not valid UTF-8 and carry no BOM: read as Windows-1252. */
  encoding: "RC102",
  /** Permission denied, I/O error, a FIFO or device: not read. */
  unreadable: "RC103",
  /** Same bytes as another input: counted once. */
  duplicate: "RC104",
  /** A symbolic link that loops or points nowhere: not followed. */
  link: "RC105",
  /** Larger than the size limit: skipped so memory stays bounded. */
  tooLarge: "RC106",
  /** Front matter that is not a YAML mapping, or a date in it that cannot be read. */
  frontMatter: "RC107",
  /** relcheck.yml that cannot be read or used as written (an error: the run stops). */
  config: "RC108",
  /** A report relcheck wrote, found by walking a folder: passed over (a note). */
  ownReport: "RC109",
  /** A relcheck-disable-next-line comment naming a rule that is not loaded: it drops nothing for it. */
  suppression: "RC110",
  /** Entries of a sources manifest (--manifest) that name no file of the scan. */
  manifestUnmatched: "RC111",
} as const;
