import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../test/helpers/factories.js';

const t = useTestApp();

const SECRETS = [
  'Zhanna Secretova',
  'Секретова',
  'Confidential case title',
  'Restricted case title',
  'internal note text',
  'private testimony',
];
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

let publicRef = '';
let payloadRef = '';

async function seed() {
  const incident = await t.post(
    '/api/v1/incidents',
    buildIncident({
      date: { start: '2024-05-01' },
      title: { en: 'Zhanna Secretova beaten', ru: 'Избита Жанна Секретова' },
      internalNotes: 'internal note text',
      victims: [
        {
          key: 'v',
          person: buildPerson({
            name: 'Zhanna Secretova',
            names: { ru: 'Жанна Секретова' },
            consentToName: false,
          }),
        },
      ],
      violations: [{ typeCode: 'assault', victim: 'v' }],
      sources: [{ type: 'testimony', excerpt: 'private testimony', public: false }],
    }),
  );
  publicRef = incident.body.reference;
  await t.post(
    '/api/v1/incidents',
    buildIncident({ visibility: 'confidential', title: { en: 'Confidential case title' } }),
  );
  await t.post(
    '/api/v1/incidents',
    buildIncident({ visibility: 'restricted', title: { en: 'Restricted case title' } }),
  );
  const payload = await t.post(
    '/api/v1/incidents',
    buildIncident({
      title: { en: PAYLOAD, ru: PAYLOAD, kk: PAYLOAD },
      description: { en: PAYLOAD },
      victims: [{ key: 'v1', person: buildPerson({ name: PAYLOAD }) }],
    }),
  );
  assert.equal(payload.status, 201, payload.text);
  payloadRef = payload.body.reference;
}

const page = async (path: string, headers: Record<string, string> = {}) =>
  t.request('GET', path, { as: 'public', headers });

describe('public portal', () => {
  before(seed);

  test('"/" sends readers to their language: cookie first, then Accept-Language, then Russian', async () => {
    assert.equal(
      (await page('/', { 'accept-language': 'kk-KZ,kk;q=0.9,en;q=0.5' })).headers.get('location'),
      '/kk/',
    );
    assert.equal((await page('/', { 'accept-language': 'de-DE,en;q=0.7' })).headers.get('location'), '/en/');
    assert.equal(
      (await page('/', { 'accept-language': 'en', cookie: 'lang=kk' })).headers.get('location'),
      '/kk/',
    );
    assert.equal((await page('/')).headers.get('location'), '/ru/');
  });

  test('every page exists in kk, ru and en, and the switcher keeps the page and its filters', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      for (const path of [
        `/${lang}/`,
        `/${lang}/incidents?group=B&sort=date_asc`,
        `/${lang}/incidents/${publicRef}`,
        `/${lang}/map?group=B`,
      ]) {
        const res = await page(path);
        assert.equal(res.status, 200, path);
        assert.ok(res.text.startsWith('<!DOCTYPE html>'), path);
        assert.ok(res.text.includes(`<html lang="${lang}">`), path);
      }
      const list = await page(`/${lang}/incidents?group=B&sort=date_asc`);
      for (const other of ['kk', 'ru', 'en']) {
        assert.ok(
          list.text.includes(`href="/${other}/incidents?group=B&amp;sort=date_asc"`),
          `${lang} → ${other}`,
        );
      }
      const cookie = (await page(`/${lang}/incidents`)).headers.get('set-cookie') ?? '';
      assert.ok(cookie.startsWith(`lang=${lang}`), cookie);
    }
    const ru = await page(`/ru/incidents/${publicRef}`);
    assert.ok(ru.text.includes('1 мая 2024 г.'), 'dates follow the locale');
    assert.ok((await page('/en/incidents')).text.includes('incidents found'));
  });

  test('nothing confidential reaches any page or download', async () => {
    const paths = [
      '/en/',
      '/ru/',
      '/kk/',
      '/en/incidents',
      '/ru/incidents?q=Secretova',
      '/en/incidents?q=Zhanna',
      `/en/incidents/${publicRef}`,
      `/ru/incidents/${publicRef}`,
      `/kk/incidents/${publicRef}`,
      '/en/incidents.csv',
      '/ru/incidents.csv',
      '/en/incidents.json',
      '/en/map',
      '/ru/map?q=Secretova',
      '/kk/map?region=KZ-SEV',
    ];
    for (const path of paths) {
      const res = await page(path);
      assert.equal(res.status, 200, path);
      for (const secret of SECRETS) assert.ok(!res.text.includes(secret), `${path} shows "${secret}"`);
      if (res.headers.get('content-type')?.startsWith('text/html')) {
        assert.ok(!res.text.includes('<script'), `${path} carries a script`);
      }
    }
    // The map counts what the public may see, never the confidential and restricted records.
    const everything = (await t.get('/api/v1/incidents?region=KZ-SEV')).body.total;
    const visible = (await t.get('/api/v1/incidents?region=KZ-SEV', 'public')).body.total;
    assert.ok(everything > visible);
    const map = await page('/en/map');
    assert.ok(map.text.includes(`aria-label="North Kazakhstan Region: ${visible} incidents"`));
    for (const title of ['Confidential case title', 'Restricted case title']) {
      const found = await t.get(`/api/v1/incidents?q=${encodeURIComponent(title)}`);
      const ref = found.body.items[0].reference;
      assert.equal((await page(`/en/incidents/${ref}`)).status, 404);
    }
  });

  test('user text is escaped everywhere it is shown', async () => {
    for (const path of [`/en/incidents/${payloadRef}`, '/en/incidents', '/en/']) {
      const res = await page(path);
      assert.ok(!res.text.includes('<script>alert(1)'), path);
      assert.ok(!res.text.includes('<img src=x'), path);
      assert.ok(res.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), path);
    }
  });

  test('strict security headers, no inline scripts, caching validators', async () => {
    const res = await page('/en/incidents');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.ok(csp.includes("script-src 'self'"));
    assert.ok(csp.includes("frame-ancestors 'none'"));
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.ok(!res.text.includes('<script'), 'public pages carry no script');
    const etag = res.headers.get('etag') as string;
    assert.ok(etag);
    const again = await page('/en/incidents', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=/);
  });

  test('CSV opens in spreadsheets: UTF-8 with BOM, formulas neutralised', async () => {
    await t.post('/api/v1/incidents', buildIncident({ title: { en: '=HYPERLINK("http://evil","x")' } }));
    const res = await page('/en/incidents.csv');
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    // Reading the body as text drops the byte-order mark, so look at the bytes.
    const bytes = new Uint8Array(await (await t.app.request('/en/incidents.csv')).arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(res.text.startsWith('Reference,Link,Date,'));
    assert.ok(res.text.includes(`"'=HYPERLINK(""http://evil"",""x"")"`));
    assert.ok(!/,=HYPERLINK/.test(res.text));
  });

  test('an Atom feed per language and filter, names withheld as on the pages', async () => {
    const feed = await page('/ru/incidents.atom?group=B');
    assert.equal(feed.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    assert.ok(
      feed.text.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">',
      ),
    );
    assert.ok(feed.text.includes('<title>Избита [имя скрыто]</title>'));
    assert.ok(feed.text.includes(`/ru/incidents/${publicRef}`));
    assert.equal(
      (feed.text.match(/<entry>/g) ?? []).length,
      (await t.get('/api/v1/incidents?group=B', 'public')).body.total,
    );
    const none = await page('/en/incidents.atom?group=I');
    assert.equal((none.text.match(/<entry>/g) ?? []).length, 0);
    const payload = await page('/en/incidents.atom');
    assert.ok(!payload.text.includes('<script>'));
  });

  test('a violation’s note is shown on the public page, with withheld names removed', async () => {
    const created = await t.post(
      '/api/v1/incidents',
      buildIncident({
        victims: [
          {
            key: 'v1',
            person: buildPerson({
              name: 'Гульмира Скрытова',
              names: { ru: 'Гульмира Скрытова' },
              consentToName: false,
            }),
          },
        ],
        violations: [
          {
            typeCode: 'assault',
            victim: 'v1',
            description: { en: 'Gulmira Skrytova was pushed to the ground; her camera was broken.' },
          },
        ],
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const res = await page(`/en/incidents/${created.body.reference}`);
    assert.match(
      res.text,
      /<dl class="violation-notes"><dt>[^<]+<\/dt><dd><span lang="en">[^<]*was pushed to the ground/,
    );
    assert.ok(
      !/Skrytova|Скрытова/i.test(res.text),
      'the withheld name, in either script, is not on the page',
    );
  });

  test('an incident page links the other incidents of its series', async () => {
    const series = await t.db
      .insertInto('series')
      .values({ code: 'test-wave', title: JSON.stringify({ en: 'A wave' }), description: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = await t.post(
      '/api/v1/incidents',
      buildIncident({ seriesId: series.id, title: { en: 'First of the wave' } }),
    );
    await t.post(
      '/api/v1/incidents',
      buildIncident({ seriesId: series.id, title: { en: 'Second of the wave' } }),
    );
    await t.post(
      '/api/v1/incidents',
      buildIncident({ seriesId: series.id, title: { en: 'Hidden of the wave' }, visibility: 'confidential' }),
    );
    const res = await page(`/en/incidents/${first.body.reference}`);
    assert.ok(res.text.includes('Second of the wave'));
    assert.ok(!res.text.includes('Hidden of the wave'));
  });

  test('the statistics page draws each chart in HTML, every bar with its label and number as text', async () => {
    const res = await page('/en/statistics');
    const charts = res.text.match(/<figure class="bars"><ul class="bar-list" aria-label="[^"]+">/g) ?? [];
    assert.ok(charts.length >= 6, `${charts.length} charts`);
    assert.match(
      res.text,
      /<span class="bar-label">Violations recorded<\/span><span class="bar-value">\d+<\/span>/,
    );
    assert.ok(!/<text/.test(res.text), 'no chart text drawn in SVG, where it would shrink on a phone');
    const methodology = await page('/ru/methodology');
    assert.ok(methodology.text.includes('Безнаказанность'));
    assert.ok(
      methodology.text.includes('Physical Attack'),
      'the crosswalk to the U.S. Press Freedom Tracker is shown',
    );
  });

  test('bad filters and unknown incidents get a page, not a stack trace', async () => {
    const bad = await page('/en/incidents?from=2023-02-30');
    assert.equal(bad.status, 400);
    assert.ok(bad.text.includes('<html lang="en">'));
    const missing = await page('/ru/incidents/KZ-1900-0001');
    assert.equal(missing.status, 404);
    assert.ok(missing.text.includes('Страница не найдена'));
    assert.ok(missing.text.includes('Опубликованного инцидента с таким номером нет.'));
  });
});
