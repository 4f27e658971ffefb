import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { countRows, useTestApp } from '../../test/helpers/app.js';
import { loadDemoData } from './load.js';
import {
  ADILSOZ_COUNTS,
  ADILSOZ_RANK,
  DEMO_INTERVENTIONS,
  DEMO_INVOLVEMENTS,
  DEMO_OFFICIAL_STATEMENT,
  DEMO_PROCEEDINGS,
} from './seed-cases.js';
import { SEED_DOCUMENTS } from './seed-documents.js';
import { DEMO_INCIDENTS, DEMO_OUTLETS, DEMO_PEOPLE, DEMO_SERIES } from './seed-records.js';

const t = useTestApp();
const SEEDS_DIR = resolve(process.cwd(), '../shared/seeds');

describe('demo data from the seed documents', () => {
  test('every quoted sentence stands in its seed document, whose bytes match the recorded hash', (ctx) => {
    if (!existsSync(SEEDS_DIR)) {
      // The seed files live beside the project; CI always has them.
      assert.notEqual(process.env.CI, 'true', `${SEEDS_DIR} is missing`);
      ctx.skip('seed documents not beside the project');
      return;
    }
    const quotes = [
      DEMO_SERIES.from,
      DEMO_OFFICIAL_STATEMENT.from,
      ...DEMO_INVOLVEMENTS.map((i) => i.from),
      ...DEMO_PROCEEDINGS.flatMap((p) => p.events.map((e) => e.from)),
      ...DEMO_INTERVENTIONS.map((i) => i.from),
      { seed: 'adilsoz' as const, quote: ADILSOZ_COUNTS },
      { seed: 'adilsoz' as const, quote: ADILSOZ_RANK },
      ...DEMO_OUTLETS.map((o) => o.from),
      ...DEMO_PEOPLE.map((p) => p.from),
      ...DEMO_INCIDENTS.flatMap((i) => i.from),
    ];
    for (const [name, doc] of Object.entries(SEED_DOCUMENTS)) {
      const bytes = readFileSync(resolve(SEEDS_DIR, doc.file));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), doc.sha256, name);
      const text = bytes.toString('utf8');
      for (const q of quotes.filter((q) => q.seed === name)) {
        for (const sentence of q.quote.split(/(?<=[.!?”])\s(?=[A-Z])/))
          assert.ok(text.includes(sentence), `not in ${doc.file}: ${sentence}`);
      }
    }
    // Every person and outlet is named in the sentence cited for them.
    for (const p of DEMO_PEOPLE) assert.ok(p.from.quote.includes(p.name.split(' ').at(-1) as string), p.name);
    for (const o of DEMO_OUTLETS) assert.ok(o.from.quote.includes(o.name), o.name);
  });

  test('loads all or nothing, once', async () => {
    assert.deepEqual(await loadDemoData(t.db), { created: DEMO_INCIDENTS.length, skipped: 0 });
    const counts = await Promise.all(
      (['incidents', 'people', 'outlets', 'audit_events'] as const).map((n) => countRows(t.db, n)),
    );
    assert.deepEqual(counts.slice(0, 3), [DEMO_INCIDENTS.length, DEMO_PEOPLE.length, DEMO_OUTLETS.length]);
    assert.deepEqual(await loadDemoData(t.db), { created: 0, skipped: DEMO_INCIDENTS.length });
    const again = await Promise.all(
      (['incidents', 'people', 'outlets', 'audit_events'] as const).map((n) => countRows(t.db, n)),
    );
    assert.deepEqual(again, counts);
  });

  test('the case stories of the seeds end as the documents tell them', async () => {
    const status = async (q: string) => {
      const found = (await t.get(`/api/v1/incidents?q=${encodeURIComponent(q)}`, 'public')).body.items;
      assert.equal(found.length, 1, q);
      return [found[0].accountability.status, found[0].accountability.reason];
    };
    assert.deepEqual(await status('Matasova'), ['impunity', 'dropped']);
    assert.deepEqual(await status('Petropavlovsk'), ['impunity', 'victim_blamed']);
    assert.deepEqual(await status('Maitanov'), ['impunity', 'stalled']);
    assert.deepEqual(await status('Bureau for Human Rights'), ['impunity', 'stalled']);
    assert.deepEqual(await status('Yegorov'), ['unknown', 'no_information']);
    const wave = (await t.get(`/api/v1/incidents?q=${encodeURIComponent('six journalists')}`)).body.items[0];
    const story = (await t.get(`/api/v1/incidents/${wave.id}/case`, 'public')).body;
    assert.deepEqual(
      story.involvements.map((i: { role: string; headcount: number; legalStatus: string }) => [
        i.role,
        i.headcount,
        i.legalStatus,
      ]),
      [
        ['executor', 18, 'detained'],
        ['organiser', 1, 'unidentified'],
      ],
    );
    const email = (await t.get('/api/v1/interventions?kind=email', 'public')).body.items[0];
    assert.deepEqual(
      [email.replyStatus, email.addressee],
      ['none_yet', 'Ministry of Internal Affairs of Kazakhstan'],
    );
    const figures = (await t.get('/api/v1/published-figures?country=KZ', 'public')).body.items;
    assert.deepEqual(
      figures.map((f: { count: number }) => f.count),
      [77, 30, 16, 7, 2],
    );
    const rank = (await t.get('/api/v1/indicators?country=KZ', 'public')).body.items[0];
    assert.deepEqual([rank.year, rank.rank, rank.outOf, rank.zone], [2021, 155, 180, 'red']);
  });

  test('the demo incidents are public, cite their seed, and answer the searches from the seeds', async () => {
    const all = await t.get('/api/v1/incidents', 'public');
    assert.equal(all.body.total, DEMO_INCIDENTS.length);
    const arson = (await t.get('/api/v1/incidents?q=Борейко&type=arson', 'public')).body;
    assert.equal(arson.total, 1);
    const doc = (await t.get(`/api/v1/incidents/${arson.items[0].id}`, 'public')).body;
    assert.equal(doc.date.start, '2023-02-20');
    assert.equal(doc.sources[0].sha256, SEED_DOCUMENTS.cpj.sha256);
    assert.ok(doc.sources[0].excerpt.includes('set fire to two cars'));
    assert.equal(doc.victims[0].name, 'Roman Yegorov');
    assert.equal((await t.get('/api/v1/incidents?q=Молдабеков', 'public')).body.total, 1);
    const petropavlovsk = (await t.get('/api/v1/incidents?q=Петропавловск', 'public')).body;
    assert.equal(petropavlovsk.total, 1);
    assert.equal(petropavlovsk.items[0].place.city, 'KZ-SEV-petropavlovsk');
    // Where the seed gives no date, none is invented.
    const undated = all.body.items.filter((i: { date: unknown }) => i.date === null);
    assert.equal(undated.length, DEMO_INCIDENTS.filter((i) => i.date === null).length);
  });
});
