import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';

const t = useTestApp();

const victim = (key: string, person: Record<string, unknown>) => ({ key, person: buildPerson(person) });

async function seed() {
  const docs = [
    buildIncident({
      date: { start: '2023-02-20' },
      place: { country: 'KZ' },
      title: { ru: 'Подожжены автомобили оператора', en: 'Cars of a camera operator set on fire' },
      originalLanguage: 'ru',
      victims: [
        victim('a', { name: 'Роман Егоров', names: { ru: 'Роман Егоров' }, roles: ['camera_operator'] }),
      ],
      violations: [{ typeCode: 'arson', victim: 'a' }],
      description: { ru: 'Оператор канала журналиста Вадима Борейко.' },
    }),
    buildIncident({
      date: { start: '2023-02-22' },
      place: { country: 'KZ', region: 'KZ-ALA' },
      title: { en: 'Journalist assaulted in Almaty' },
      victims: [victim('a', { name: 'Moldabekov', names: { en: 'Moldabekov' } })],
      violations: [{ typeCode: 'assault', victim: 'a' }],
    }),
    buildIncident({
      date: { start: '2021-06' },
      place: { country: 'KZ', region: 'KZ-SEV', city: 'KZ-SEV-petropavlovsk' },
      title: { ru: 'Охранники избили журналистов', en: 'Guards beat journalists' },
      victims: [
        victim('a', { name: 'Наталья Волкова', roles: ['journalist'] }),
        victim('b', { name: 'Tolegen Imanov', roles: ['camera_operator'] }),
      ],
      violations: [
        { typeCode: 'assault', victim: 'a' },
        { typeCode: 'assault', victim: 'b' },
        { typeCode: 'equipment_damage', victim: 'b' },
      ],
    }),
    buildIncident({
      date: { start: '2019' },
      place: { country: 'KZ', region: 'KZ-AKM' },
      title: { en: 'Threats to an editor' },
      victims: [victim('a', { name: 'Azamat Maitanov', roles: ['editor'] })],
      violations: [{ typeCode: 'threat', victim: 'a' }],
    }),
    buildIncident({ date: null, place: { country: 'KZ' }, title: { en: 'Undated attack' } }),
  ];
  for (const doc of docs) assert.equal((await t.post('/api/v1/incidents', doc)).status, 201);
}

const list = async (query: string) => {
  const res = await t.get(`/api/v1/incidents?${query}`);
  assert.equal(res.status, 200, res.text);
  return res.body;
};
const titles = (body: { items: { title: { en?: string; ru?: string } }[] }) =>
  body.items.map((i) => i.title.en ?? i.title.ru);

describe('listing incidents', () => {
  before(seed);

  test('newest first, undated last, with the total and facets for the same filters', async () => {
    const body = await list('');
    assert.equal(body.total, 5);
    assert.deepEqual(titles(body), [
      'Journalist assaulted in Almaty',
      'Cars of a camera operator set on fire',
      'Guards beat journalists',
      'Threats to an editor',
      'Undated attack',
    ]);
    const group = Object.fromEntries(
      body.facets.group.map((f: { value: string; count: number }) => [f.value, f.count]),
    );
    assert.deepEqual(group, { B: 3, C: 1, D: 2 });
    const year = Object.fromEntries(
      body.facets.year.map((f: { value: string; count: number }) => [f.value, f.count]),
    );
    assert.deepEqual(year, { '2019': 1, '2021': 1, '2023': 2 });
    assert.ok(body.facets.verification, 'internal callers get the verification facet');
  });

  test('filters: period, typology code and group, region, city, victim role', async () => {
    assert.deepEqual(titles(await list('from=2023-01-01&to=2023-12-31')), [
      'Journalist assaulted in Almaty',
      'Cars of a camera operator set on fire',
    ]);
    // A month-precision date covers the whole month; a year-precision one the whole year.
    assert.deepEqual(titles(await list('from=2021-06-30&to=2021-06-30')), ['Guards beat journalists']);
    assert.deepEqual(titles(await list('from=2019-07-01&to=2019-07-31')), ['Threats to an editor']);
    assert.deepEqual(titles(await list('type=arson')), ['Cars of a camera operator set on fire']);
    assert.deepEqual(titles(await list('type=arson&type=threat')), [
      'Cars of a camera operator set on fire',
      'Threats to an editor',
    ]);
    assert.deepEqual(titles(await list('group=D')), [
      'Cars of a camera operator set on fire',
      'Guards beat journalists',
    ]);
    assert.deepEqual(titles(await list('region=KZ-SEV')), ['Guards beat journalists']);
    assert.deepEqual(titles(await list('city=KZ-SEV-petropavlovsk')), ['Guards beat journalists']);
    assert.deepEqual(titles(await list('victimRole=editor')), ['Threats to an editor']);
    const combined = await list('group=B&victimRole=camera_operator');
    assert.deepEqual(titles(combined), ['Guards beat journalists']);
    assert.equal(combined.total, 1);
    const roles = Object.fromEntries(
      combined.facets.victimRole.map((f: { value: string; count: number }) => [f.value, f.count]),
    );
    assert.deepEqual(roles, { camera_operator: 1, journalist: 1 });
  });

  test('cursor pagination walks every match once, in both orders', async () => {
    for (const sort of ['date_desc', 'date_asc']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await list(
          `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.ok(page.items.length <= 2);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 5, sort);
      assert.equal(new Set(seen).size, 5, sort);
    }
    const asc = await list('sort=date_asc');
    assert.equal(titles(asc)[0], 'Undated attack');
    assert.equal(titles(asc)[1], 'Threats to an editor');
  });

  test('facets can be left out', async () => {
    const body = await list('facets=false');
    assert.equal(body.facets, null);
    assert.equal(body.total, null);
  });
});

describe('text search across scripts and transliterations', () => {
  const cases: [string, string][] = [
    ['Boreiko', 'Cars of a camera operator set on fire'],
    ['Boreyko', 'Cars of a camera operator set on fire'],
    ['Yegorov', 'Cars of a camera operator set on fire'],
    ['Молдабеков', 'Journalist assaulted in Almaty'],
    ['moldabek', 'Journalist assaulted in Almaty'],
    ['Petropavlovsk', 'Guards beat journalists'],
    ['Петропавловск', 'Guards beat journalists'],
    ['Natalya Volkova', 'Guards beat journalists'],
    ['Төлеген', 'Guards beat journalists'],
    ['Майтанов', 'Threats to an editor'],
    ['Алматы', 'Journalist assaulted in Almaty'],
  ];
  for (const [q, expected] of cases) {
    test(`"${q}" finds "${expected}"`, async () => {
      const body = await list(`q=${encodeURIComponent(q)}`);
      assert.deepEqual(titles(body), [expected]);
      assert.equal(body.total, 1);
    });
  }

  test('every word must match; nonsense finds nothing', async () => {
    assert.deepEqual(titles(await list(`q=${encodeURIComponent('Volkova Maitanov')}`)), []);
    assert.deepEqual(titles(await list('q=zzzqqq')), []);
    assert.deepEqual(titles(await list(`q=${encodeURIComponent('!!!')}`)), []);
  });

  test('search combines with filters and facets', async () => {
    const body = await list(`q=journalists&group=B`);
    assert.deepEqual(titles(body), ['Guards beat journalists']);
    assert.equal(body.facets.type.find((f: { value: string }) => f.value === 'equipment_damage').count, 1);
  });
});
