import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
