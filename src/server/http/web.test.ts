import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../testing/app.js';
import { WEB_DIR } from '../runtime.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The app's entry script as the built index.html names it, e.g. /assets/index-AbC123.js. */
function entryScript(): string {
  const match = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8'));
  assert.ok(match, 'index.html names its entry script');
  return match[1]!;
}

function decode(encoding: string | undefined, body: Buffer): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

describe('web app static files', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ web: true, modules: [] });
  });
  after(() => t.close());

  for (const [acceptEncoding, expected] of [
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['identity', undefined],
  ] as const) {
    test(`a hashed asset asked for with "${acceptEncoding}" comes ${expected ?? 'uncompressed'}, cached for a year, varying by encoding`, async () => {
      const script = entryScript();
      const res = await t.app.inject({ method: 'GET', url: script, headers: { 'accept-encoding': acceptEncoding } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-encoding'], expected);
      assert.match(String(res.headers['content-type']), /javascript/);
      assert.equal(res.headers['cache-control'], IMMUTABLE);
      assert.match(String(res.headers.vary), /accept-encoding/i);
      const original = readFileSync(path.join(WEB_DIR, script));
      assert.ok(expected === undefined || res.rawPayload.length < original.length / 2, 'compressed to less than half');
      assert.deepEqual(decode(expected, res.rawPayload), original);
    });
  }

  test('the shell (/, an app route, an unknown path) is compressed and revalidated on every visit, with its status', async () => {
    const shell = readFileSync(path.join(WEB_DIR, 'index.html'));
    for (const [url, status] of [['/', 200], ['/items?q=食品', 200], ['/no-such-page', 404]] as const) {
      const res = await t.app.inject({ method: 'GET', url: encodeURI(url), headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' } });
      assert.equal(res.statusCode, status, url);
      assert.equal(res.headers['content-encoding'], 'br', url);
      assert.match(String(res.headers['content-type']), /^text\/html/, url);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
      assert.deepEqual(decode('br', res.rawPayload), shell, url);
    }
  });

  test('every page the web app routes answers 200 when opened directly, /notifications included', async () => {
    for (const url of ['/notifications', '/lookup', '/verify/X-1', '/my/applications']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      assert.equal(res.statusCode, 200, url);
    }
  });
});
