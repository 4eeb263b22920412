import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides it. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The installed Chromium, or undefined when this machine has none (the tests that need it say so and skip). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CANDIDATES;
  return candidates.find((candidate) => existsSync(candidate));
}

/** Why browser tests are skipped here, for `describe.skipIf(...)` titles. */
export const NO_BROWSER_REASON = 'needs Chromium (apt-get install chromium, or set CHROMIUM_PATH): skipped';

/**
 * Starts headless Chromium with no network of its own: background services would try to
 * reach the internet, which this machine and CI refuse.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_BROWSER_REASON);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
