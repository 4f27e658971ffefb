import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../test/helpers/app.js';
import { buildIncident } from '../../test/helpers/factories.js';

const t = useTestApp();

const at = (region: string | null) => ({ country: 'KZ', region, city: null, type: null });

async function record(overrides: Record<string, unknown>) {
  const res = await t.post('/api/v1/incidents', buildIncident(overrides));
  assert.equal(res.status, 201, res.text);
}

/** Public: three assaults in Almaty, a threat in Astana, an old assault in Pavlodar, one without a region. */
async function seed() {
  for (const date of ['2024-03-01', '2024-04-10', '2024-05-20'])
    await record({ place: at('KZ-ALA'), date: { start: date } });
  await record({
    place: at('KZ-AST'),
    date: { start: '2024-06-01' },
    violations: [{ typeCode: 'threat', victim: 'v1' }],
  });
  await record({ place: at('KZ-PAV'), date: { start: '2021-07-07' } });
  await record({ place: at(null), date: { start: '2024-02-02' } });
  // Never on the map: confidential, restricted, and public but not verified, all in Mangystau.
  await record({ place: at('KZ-MAN'), visibility: 'confidential' });
  await record({ place: at('KZ-MAN'), visibility: 'restricted' });
  await record({ place: at('KZ-MAN'), verification: 'reported' });
}

const page = async (path: string) => {
  const res = await t.request('GET', path, { as: 'public' });
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return res.text;
};

/** The counts of the table beneath the map, by region code. */
function tableCounts(html: string): Map<string, number> {
  const rows = html.matchAll(
    /<th scope="row"><a href="[^"]*region=([A-Z0-9-]+)"[^>]*>[^<]*<\/a><\/th><td class="number">([\d\s,]+)<\/td>/g,
  );
  return new Map([...rows].map((m) => [m[1] as string, Number((m[2] as string).replace(/\D/g, ''))]));
}

describe('the public map', () => {
  before(seed);

  test('counts each region’s public incidents, zero where there are none, in the map and the table', async () => {
    const html = await page('/en/map');
    const counts = tableCounts(html);
    assert.equal(counts.size, 20, 'every first-level unit has a row');
    assert.equal(counts.get('KZ-ALA'), 3);
    assert.equal(counts.get('KZ-AST'), 1);
    assert.equal(counts.get('KZ-PAV'), 1);
    assert.equal(counts.get('KZ-62'), 0, 'Ulytau has none');
    assert.equal(
      counts.get('KZ-MAN'),
      0,
      'confidential, restricted and unverified incidents are not counted',
    );
    assert.ok(html.includes('aria-label="Almaty: 3 incidents"'), 'the symbol says its region and count');
    assert.ok(html.includes('<title>Ulytau Region: 0 incidents</title>'));
    assert.ok(html.includes('class="region shade-0"'), 'zero is drawn apart');
    assert.ok(html.includes('6 incidents found'));
    assert.ok(
      html.includes('1 incident is not on the map'),
      'the incident without a region is accounted for',
    );
    const rows = [...counts.keys()];
    assert.deepEqual(rows.slice(0, 1), ['KZ-ALA'], 'the table is sorted by count');
  });

  test('filters change the counts, and every link carries them', async () => {
    const threats = tableCounts(await page('/en/map?group=C'));
    assert.equal(threats.get('KZ-AST'), 1);
    assert.equal(threats.get('KZ-ALA'), 0);
    const period = tableCounts(await page('/en/map?from=2024-04-01&to=2024-12-31'));
    assert.equal(period.get('KZ-ALA'), 2);
    assert.equal(period.get('KZ-PAV'), 0);
    const month = tableCounts(await page('/en/map?from=2024-03-01&to=2024-03-31'));
    assert.equal(month.get('KZ-ALA'), 1, 'whole months are counted from the kept counts, the same');

    const html = await page('/en/map?group=B&from=2024-01-01');
    assert.ok(html.includes('href="/en/incidents?group=B&amp;from=2024-01-01&amp;region=KZ-ALA"'));
    assert.ok(html.includes('href="/en/incidents?group=B&amp;from=2024-01-01">Show as a list</a>'));
    assert.ok(html.includes('href="/kk/map?group=B&amp;from=2024-01-01"'), 'the language switch keeps them');
    const list = await page('/en/incidents?group=B&from=2024-01-01');
    assert.ok(list.includes('href="/en/map?group=B&amp;from=2024-01-01">Show on the map</a>'));
    // A filter the map's form does not show is kept in it, hidden.
    const kept = await page('/en/map?victimRole=journalist');
    assert.ok(kept.includes('<input type="hidden" name="victimRole" value="journalist"/>'));
  });

  test('a region filter keeps every region counted and marks the chosen one', async () => {
    const html = await page('/en/map?region=KZ-AST&group=B');
    const counts = tableCounts(html);
    assert.equal(counts.get('KZ-ALA'), 3, 'other regions are still counted');
    assert.equal(counts.get('KZ-AST'), 0);
    assert.match(
      html,
      /<a href="[^"]*region=KZ-AST"[^>]*class="region shade-0 selected" aria-current="true">/,
    );
    assert.ok(html.includes('the regions chosen in the filters are outlined'));
    assert.ok(html.includes('href="/en/incidents?region=KZ-AST&amp;group=B">Show as a list</a>'));
  });

  test('each language has its own labels and region names', async () => {
    const kk = await page('/kk/map');
    assert.ok(kk.includes('<html lang="kk">') && kk.includes('Оқиғалар картада'));
    assert.ok(kk.includes('aria-label="Алматы: 3 оқиға"'));
    assert.ok(kk.includes('Ұлытау облысы'));
    const ru = await page('/ru/map');
    assert.ok(ru.includes('Инциденты на карте'));
    assert.ok(ru.includes('aria-label="Алматы: 3 инцидента"'));
    assert.ok(ru.includes('Павлодарская область'));
    for (const lang of ['kk', 'ru', 'en']) {
      const html = await page(`/${lang}/map`);
      assert.match(
        html,
        new RegExp(`<a href="/${lang}/map" aria-current="page">`),
        `${lang}: Map in the menu`,
      );
    }
  });

  test('the map needs no script and no inline style, and draws the bundled outline', async () => {
    const html = await page('/en/map');
    assert.ok(!html.includes('<script'));
    assert.ok(!/\sstyle=/.test(html), 'no style attributes: the CSP allows none');
    assert.match(html, /<svg viewBox="0 0 1000 \d+" class="map" aria-labelledby="map-title">/);
    assert.match(html, /<path class="country" d="M\d+ \d+l/);
  });

  test('bad filters get the portal’s error page', async () => {
    const res = await t.request('GET', '/en/map?from=2023-02-30', { as: 'public' });
    assert.equal(res.status, 400);
    assert.ok(res.text.includes('<html lang="en">') && res.text.includes('No such date: February 30, 2023'));
    const internal = await t.request('GET', '/ru/map?visibility=confidential', { as: 'public' });
    assert.equal(internal.status, 400, 'the public cannot ask for confidential records');
  });
});
