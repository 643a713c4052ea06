/**
 * Setup for every test file: a test that makes no assertion fails ("expected any number of
 * assertion, but got none"), so a loop over nothing or a forgotten expect cannot pass silently.
 */
import { beforeEach, expect } from "vitest";

beforeEach(() => {
  expect.hasAssertions();
});
