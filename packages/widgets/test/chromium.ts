import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's headless Chromium as the Node-side page tests drive it (`CHROME_PATH` elsewhere). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}
