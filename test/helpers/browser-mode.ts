/**
 * Whether the browser test runs: with chromium it runs; without it, a developer's run skips it
 * with a warning, while CI (CI set to anything but "" or "false") fails, so a CI run can never pass
 * without the HTML report having been drawn in a browser.
 */
export type BrowserMode = "run" | "skip" | "fail";

export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== "" && ci.toLowerCase() !== "false" && ci !== "0";
}

export function browserMode(options: { ci: boolean; chromium: boolean }): BrowserMode {
  if (options.chromium) return "run";
  return options.ci ? "fail" : "skip";
}
