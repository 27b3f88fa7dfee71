import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chromiumPath = candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));

const installHint = "End-to-end tests need Debian's Chromium: apt-get install chromium (or set CHROMIUM_PATH).";

/**
 * `describe` for browser tests. Without Chromium they are skipped with a note on how to install it;
 * in CI (CI=true) a missing browser is a failure, so green CI always means the browser tests ran.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(installHint);
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${installHint}`);
    describe.skip(name, body);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
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
