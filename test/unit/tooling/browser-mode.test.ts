/** The browser test never passes silently under CI: without chromium it fails there. */
import { describe, expect, it } from "vitest";
import { browserMode, isCi } from "../../helpers/browser-mode.js";

describe("browser test mode", () => {
  it.each([
    [{ ci: false, chromium: true }, "run"],
    [{ ci: true, chromium: true }, "run"],
    [{ ci: false, chromium: false }, "skip"],
    [{ ci: true, chromium: false }, "fail"],
  ] as const)("%j → %s", (options, mode) => {
    expect(browserMode(options)).toBe(mode);
  });

  it.each([
    [{ CI: "true" }, true],
    [{ CI: "1" }, true],
    [{ CI: "yes" }, true],
    [{}, false],
    [{ CI: "" }, false],
    [{ CI: "false" }, false],
    [{ CI: "FALSE" }, false],
    [{ CI: "0" }, false],
  ] as const)("CI %j → %s", (env, ci) => {
    expect(isCi(env)).toBe(ci);
  });
});
