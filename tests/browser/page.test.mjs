// Checks the HTML export in headless Chromium (Debian's chromium, driven by playwright-core):
// the page loads with no network, draws one circle per node, search finds an entity, claim evidence shows on hover.
// Run through ./run.sh, which builds the page from the seed samples with the CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const pagePath = process.env.PAPERGRAPH_PAGE;
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const searchFor = process.env.PAPERGRAPH_SEARCH ?? "pruning";

test("the exported page draws the graph and search finds an entity", { timeout: 120_000 }, async () => {
  assert.ok(pagePath && existsSync(pagePath), `PAPERGRAPH_PAGE must name the exported page (got ${pagePath})`);
  const profile = mkdtempSync(join(tmpdir(), "pg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  try {
    const outside = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(pagePath).href);
    await page.waitForSelector("body[data-ready='true']", { timeout: 30_000 });

    const expected = await page.evaluate(() => JSON.parse(document.getElementById("graph-data").textContent));
    assert.ok(expected.nodes.length > 0, "the page has no nodes");
    if (process.env.PAPERGRAPH_EXPECTED_NODES) assert.equal(expected.nodes.length, Number(process.env.PAPERGRAPH_EXPECTED_NODES), "nodes in the page vs the export's count");
    assert.equal(await page.locator("circle.node").count(), expected.nodes.length, "one circle per node");
    assert.equal(await page.locator("line.link").count(), expected.links.length, "one line per link");

    // The force layout has run: circles have finite positions.
    await page.waitForFunction(() => Array.from(document.querySelectorAll("circle.node")).every((c) => Number.isFinite(parseFloat(c.getAttribute("cx")))), null, { timeout: 10_000 });

    // Search finds the entity and highlights it.
    await page.fill("#search", searchFor);
    const first = page.locator("#results li").first();
    await first.waitFor({ timeout: 5_000 });
    assert.match((await first.textContent()) ?? "", new RegExp(searchFor, "i"));
    assert.ok((await page.locator("circle.node.match").count()) >= 1, "no node highlighted");
    await first.click();
    assert.match((await page.locator("#info").textContent()) ?? "", new RegExp(searchFor, "i"));

    // Claim evidence on hover.
    const claim = expected.links.findIndex((l) => l.type === "COMPARES_AGAINST" && l.evidence);
    if (claim >= 0) {
      await page.fill("#search", "");
      // Freeze the layout and park the real pointer in a corner: otherwise lines drifting under the
      // pointer (left over the clicked result) fire their own mouseenter and replace the info panel.
      await page.evaluate(() => window.paperGraph.simulation.stop());
      await page.mouse.move(0, 0);
      await page.locator("line.link").nth(claim).dispatchEvent("mouseenter");
      // HTML parsing turns CR LF into LF, so compare with whitespace collapsed.
      const squash = (t) => t.replace(/\s+/g, " ");
      const shown = squash((await page.locator("#info").textContent()) ?? "");
      assert.ok(shown.includes(squash(expected.links[claim].evidence)), `evidence not shown on hover: ${shown}`);
    }

    if (process.env.PAPERGRAPH_SCREENSHOT) await page.screenshot({ path: process.env.PAPERGRAPH_SCREENSHOT });
    assert.deepEqual(errors, [], "script errors on the page");
    assert.deepEqual(outside, [], "the page fetched something from the network");
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
