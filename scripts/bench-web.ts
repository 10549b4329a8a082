/**
 * The home page's weight as Chromium sees it: every response of a cold load of `/`, with the bytes
 * that crossed the wire (headers and body, as encoded) next to the bytes the page had to parse.
 * Run three ways: without compression (what a server without encoding sends), with the encodings
 * Chromium offers, and with those under DevTools' "Fast 3G" throttling for the time it takes.
 */
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../src/server/testing/browser.js';

interface Response {
  url: string;
  type: string;
  encoding: string;
  /** Bytes received for the response, headers included (CDP encodedDataLength). */
  transferred: number;
  /** Bytes of the body once decoded. */
  decoded: number;
}

interface Load {
  responses: Response[];
  /** From navigation start until the home page shows its department list. */
  ms: number;
}

/** DevTools' "Fast 3G" preset: 1.44 Mbit/s down, 675 kbit/s up, 562.5 ms round trip. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

async function loadHome(baseUrl: string, options: { acceptEncoding?: string; throttle?: boolean }): Promise<Load> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (options.acceptEncoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': options.acceptEncoding } });
    if (options.throttle) await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    const pending = new Map<string, Omit<Response, 'transferred' | 'decoded'> & { decoded: number }>();
    const responses: Response[] = [];
    cdp.on('Network.responseReceived', (event) => {
      const headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      pending.set(event.requestId, { url: event.response.url, type: event.type ?? '', encoding: headers['content-encoding'] ?? 'identity', decoded: 0 });
    });
    cdp.on('Network.dataReceived', (event) => {
      const entry = pending.get(event.requestId);
      if (entry) entry.decoded += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = pending.get(event.requestId);
      if (entry) responses.push({ ...entry, transferred: event.encodedDataLength });
    });
    const start = Date.now();
    await page.goto(baseUrl, { timeout: 120_000 });
    await page.getByTestId('department-grid').waitFor({ timeout: 120_000 });
    const ms = Date.now() - start;
    // Chunks the page asks for after its first render (e.g. a lazy route's dependencies) count too.
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    return { responses, ms };
  } finally {
    await browser.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} kB`;
const sum = (responses: Response[], key: 'transferred' | 'decoded', filter: (r: Response) => boolean = () => true) =>
  responses.filter(filter).reduce((total, r) => total + r[key], 0);
const isScript = (r: Response) => r.type === 'Script' || r.url.endsWith('.js');

function report(title: string, load: Load): void {
  const { responses } = load;
  const encodings = [...new Set(responses.map((r) => r.encoding))].join(', ');
  console.log(`  ${title}`);
  console.log(`    ${String(responses.length).padStart(3)} responses, encodings: ${encodings}`);
  console.log(`    transferred ${kB(sum(responses, 'transferred'))} (JavaScript ${kB(sum(responses, 'transferred', isScript))})`);
  console.log(`    decoded     ${kB(sum(responses, 'decoded'))} (JavaScript ${kB(sum(responses, 'decoded', isScript))})`);
  console.log(`    home page shown after ${(load.ms / 1000).toFixed(1)} s`);
}

export async function measureHomePage(baseUrl: string): Promise<void> {
  const identity = await loadHome(baseUrl, { acceptEncoding: 'identity' });
  const compressed = await loadHome(baseUrl, {});
  const slow = await loadHome(baseUrl, { throttle: true });
  console.log(`home page / in Chromium over HTTP, cold cache (${baseUrl})`);
  report('without compression (Accept-Encoding: identity)', identity);
  report("with Chromium's own Accept-Encoding", compressed);
  report("with Chromium's own Accept-Encoding, DevTools Fast 3G throttling", slow);
  console.log('  scripts loaded (transferred / decoded):');
  for (const r of compressed.responses.filter(isScript).sort((a, b) => b.decoded - a.decoded)) {
    console.log(`    ${kB(r.transferred)} / ${kB(r.decoded)}  ${r.encoding.padEnd(8)} ${new URL(r.url).pathname}`);
  }
}
