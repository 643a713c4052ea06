import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["./test/helpers/every-test-asserts.ts"],
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
  },
});
