import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; browsers are never downloaded. */
export const CHROMIUM = process.env.QORGAU_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots of every page at phone and desktop widths land here (not committed). */
export const ARTIFACTS = 'test-artifacts';

/**
 * Launches headless Chromium, or returns null outside CI when it is not installed. In CI a missing
 * browser is a failure: `.ci/run` installs it.
 */
export async function launchBrowser(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') throw new Error(`CI=true but there is no browser at ${CHROMIUM}`);
    return null;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The two widths every page is checked and photographed at. */
export const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page and returns the serious and critical violations. The page's CSP
 * refuses injected scripts: open it in a context with `bypassCSP: true`.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A screenshot of the whole page, named after its path and the width. */
export async function screenshot(page: Page, path: string, width: string): Promise<void> {
  const file = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${width}.png`;
  await page.screenshot({ path: `${ARTIFACTS}/${file}`, fullPage: true });
}
