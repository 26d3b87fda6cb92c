// `node scripts/bench-first-content.mjs [runs]` (after `npm run build`): how soon each example page
// shows its first widget's content to a citizen on weak mobile data — Chrome's emulation of
// 500 kbps down, 400 ms round trip and a 4× slower CPU — served by the reference server as
// `npm start` serves it (compression, ETags). Per page: the first visit (a fresh browser profile)
// and a repeat visit (same profile: the browser revalidates what it has), median of `runs` (5), and
// the bytes that crossed the wire. "First content": a `layanan-*` element whose shadow root has
// text and no loading placeholder, seen by a requestAnimationFrame loop in the page, counted from
// the navigation's start. Numbers for notes, never assertions.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startReferenceServer } from './bench-server.mjs';

const RUNS = Number(process.argv[2] ?? process.env.BENCH_FIRST_CONTENT_RUNS ?? 5);
const PAGES = ['/queue.html', '/taxes.html', '/complaints.html', '/permits.html', '/index.html', '/script-tag.html'];
const NETWORK = { offline: false, latency: 400, downloadThroughput: 500_000 / 8, uploadThroughput: 500_000 / 8 };

if (!existsSync('packages/widgets/dist/layanan.js') || !existsSync('packages/mock-server/dist/cli.js')) {
  console.error('The built widgets and server are missing: run `npm run build` first.');
  process.exit(1);
}

/** Records, in the page, when a widget first shows content (ms since the navigation started). */
function watchFirstContent() {
  const look = () => {
    const shown = [...document.querySelectorAll('*')].some(
      (el) => el.localName.startsWith('layanan-') && el.shadowRoot && el.shadowRoot.textContent.trim() && !el.shadowRoot.querySelector('[part~="loading"]'),
    );
    if (shown) window.__firstContent = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** One visit of `path` in `page`: first content in ms and bytes received. */
async function visit(page, cdp, url) {
  let bytes = 0;
  const count = (event) => (bytes += event.encodedDataLength);
  cdp.on('Network.loadingFinished', count);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstContent !== undefined, { timeout: 120_000, polling: 100 });
  const ms = await page.evaluate(() => window.__firstContent);
  // Let the rest of the page's requests finish, so their bytes count too.
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 120_000 }).catch(() => undefined);
  cdp.off('Network.loadingFinished', count);
  return { ms, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const { child, url } = await startReferenceServer(['--static', 'examples', '--static', '/dist=packages/widgets/dist']);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  console.log(`\nFirst widget content on weak mobile data (500 kbps, 400 ms RTT, 4× CPU), median of ${RUNS}`);
  console.log('page                    first visit       bytes    repeat visit       bytes');
  for (const path of PAGES) {
    const first = [];
    const repeat = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh profile per run: nothing cached from the run before.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluateOnNewDocument(watchFirstContent);
      first.push(await visit(page, cdp, url + path));
      repeat.push(await visit(page, cdp, url + path));
      await context.close();
    }
    const row = (visits) => `${(median(visits.map((v) => v.ms)) / 1000).toFixed(2).padStart(8)} s ${(median(visits.map((v) => v.bytes)) / 1024).toFixed(1).padStart(8)} KB`;
    console.log(`${path.padEnd(20)} ${row(first)}    ${row(repeat)}`);
  }
} finally {
  await browser.close();
  child.kill();
}
