/**
 * The seeds' HTML report in a real browser: Debian's chromium (/usr/bin/chromium) driven by
 * playwright-core, which never downloads a browser. Checks that the page renders the findings
 * and the timeline, that its filters work, that it logs no console error and makes no request
 * besides its own file, and saves a screenshot under test-artifacts/.
 *
 * Skipped only when chromium is absent and CI is not set; under CI=true without chromium it fails
 * (test/helpers/browser-mode.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { browserMode, isCi } from "../helpers/browser-mode.js";
import { runCli } from "../helpers/run-cli.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = resolve("test-artifacts");
const mode = browserMode({ ci: isCi(process.env), chromium: existsSync(CHROMIUM) });
if (mode === "skip") {
  console.warn(`skipping the browser test: ${CHROMIUM} is absent (install it with: apt-get install -y chromium)`);
}

describe.runIf(mode === "fail")("HTML report of the seeds in headless chromium, under CI", () => {
  it("needs chromium", () => {
    expect.fail(`CI is set but ${CHROMIUM} is absent: the HTML report cannot be checked in a browser (apt-get install -y chromium)`);
  });
});

describe.runIf(mode === "run")("HTML report of the seeds in headless chromium", () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  let report: Report;
  let pageUrl: string;
  const consoleProblems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const json = await runCli(["scan", "seeds/", "--format", "json"]);
    report = JSON.parse(json.stdout) as Report;
    const html = await runCli(["scan", "seeds/", "--format", "html"]);
    expect(html.stderr).toBe("relcheck: 1 contradiction fails the run (--fail-on contradict)\n");
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, "seeds-report.html");
    writeFileSync(file, html.stdout);
    pageUrl = pathToFileURL(file).href;

    userDataDir = mkdtempSync(join(tmpdir(), "relcheck-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
    });
    context.on("request", (request) => requests.push(request.url()));
    // Anything but the page itself is recorded above and never reaches the network.
    await context.route("**/*", (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleProblems.push(`uncaught: ${error.message}`));
    await page.goto(pageUrl, { waitUntil: "load" });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it("shows the 1996/1997 recognition contradiction with both quotes highlighted", async () => {
    const cards = page.locator("#contradictions article.finding.contradict");
    const recognition = cards.filter({ has: page.locator(".claim .value", { hasText: /^1997$/ }) }).filter({
      has: page.locator(".claim .value", { hasText: /^1996$/ }),
    });
    await expect.poll(() => recognition.count()).toBe(1);
    await expect.poll(() => recognition.locator("blockquote mark").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/1997/), expect.stringMatching(/1996/)]));
    expect(await recognition.locator("blockquote").first().textContent()).toMatch(/recogni[sz]ed the first Taliban regime/);
    // side by side: the two claim boxes share a row
    const boxes = await recognition.locator(".claim").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(new Set(boxes).size).toBe(1);
  });

  it("shows the refugee figures as a divergence, each with its measure, never as a contradiction", async () => {
    const refugees = page.locator("#divergences article.finding.diverge").filter({
      has: page.locator(".claim .value", { hasText: "1.7 million people" }),
    });
    expect(await refugees.count()).toBe(1);
    const values = await refugees.locator(".claim .value").allTextContents();
    expect(values).toEqual(expect.arrayContaining(["1.7 million people", "about 1.2 million people", "an estimated 3 million people"]));
    const measures = await refugees.locator(".claim .measure").allTextContents();
    expect(measures).toEqual(expect.arrayContaining(["ordered to leave", "repatriated", "hosted"]));
    const contradictionValues = await page.locator("#contradictions .claim .value").allTextContents();
    expect(contradictionValues).not.toContain("1.7 million people");
  });

  it("draws the timeline: every dated claim by topic and source, the contradiction ringed", async () => {
    const dated = report.claims.filter((c) => c.value.type === "date" || c.value.type === "range");
    expect(dated.length).toBeGreaterThan(10);
    const perMark = await page.locator("#timeline a.mark").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-claims"))));
    expect(perMark.reduce((sum, n) => sum + n, 0)).toBe(dated.length);
    const topics = new Set(dated.map((c) => c.topic));
    expect(await page.locator("#timeline .tl-topic").count()).toBe(topics.size);
    const ringed = page.locator("#timeline .tl-topic.contradicted a.mark.contradicted .label");
    expect(await ringed.allTextContents()).toEqual(expect.arrayContaining(["1997", "1996"]));
    // the two marks stand apart on the page
    const [x1997, x1996] = await Promise.all(
      ["1997", "1996"].map((year) =>
        page.locator("#timeline a.mark.contradicted", { hasText: new RegExp(`^${year}$`) }).first().evaluate((e) => e.getBoundingClientRect().left),
      ),
    );
    expect(Math.abs((x1997 ?? 0) - (x1996 ?? 0))).toBeGreaterThan(100);
    expect(await page.locator("#timeline .mark .label").first().isVisible()).toBe(true);
  });

  it("links findings to documents and back", async () => {
    const link = page.locator("#contradictions .claim .source a").first();
    const target = (await link.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#doc-\d+$/);
    await link.click();
    expect(new URL(page.url()).hash).toBe(target);
    const back = page.locator(`${target} .doc-findings a`).first();
    expect(await back.getAttribute("href")).toMatch(/^#f-/);
  });

  it("filters by verdict and by topic", async () => {
    const agreements = page.locator("article.finding.agree");
    expect(await agreements.first().isVisible()).toBe(true);
    await page.locator('input[name=verdict][value="agree"]').uncheck();
    expect(await agreements.first().isVisible()).toBe(false);
    expect(await page.locator("#agreements").isVisible()).toBe(false);
    await page.locator('input[name=verdict][value="agree"]').check();
    expect(await agreements.first().isVisible()).toBe(true);

    const topic = report.findings.find((f) => f.verdict === "contradict")?.topic ?? "";
    await page.locator("#topic-filter").selectOption(topic);
    const visible = await page.locator("article.finding:visible").count();
    expect(visible).toBe(report.findings.filter((f) => f.topic === topic).length);
    expect(await page.locator("#shown").textContent()).toBe(`Showing ${visible} of ${report.findings.length} findings`);
    await page.locator("#topic-filter").selectOption("");
    expect(await page.locator("article.finding:visible").count()).toBe(report.findings.length);
  });

  it("switches the timeline to one common scale", async () => {
    await page.locator('#scale-switch input[value="common"]').check();
    expect(await page.locator("#timeline-chart").getAttribute("class")).toContain("common");
    expect(await page.locator("#timeline-chart .axis.common-only").first().isVisible()).toBe(true);
    await page.locator('#scale-switch input[value="zoomed"]').check();
    expect(await page.locator("#timeline-chart .axis.common-only").first().isVisible()).toBe(false);
  });

  it("prints without the controls", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.locator("#timeline").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });

  it("logs no console error, requests nothing but its own file, and leaves a screenshot", async () => {
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: join(ARTIFACTS, "seeds-report.png"), fullPage: true });
    await page.locator("#timeline").screenshot({ path: join(ARTIFACTS, "seeds-timeline.png") });
    expect(existsSync(join(ARTIFACTS, "seeds-report.png"))).toBe(true);
    expect(consoleProblems).toEqual([]);
    expect(requests).toEqual([pageUrl]);
  });
});
