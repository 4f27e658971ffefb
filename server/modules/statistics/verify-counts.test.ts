import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { buildIncident, buildPerson } from '../../../test/helpers/factories.js';
import { countDifferences } from './count-check.repo.js';
import { rebuildCells } from './statistic-cells.repo.js';
import { verifyCounts } from './verify-counts.js';

const t = useTestApp();

async function verify(): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await verifyCounts(t.db, (line) => lines.push(line));
  return { code, lines };
}

describe('verify-counts: kept cells against a recount of the incidents', () => {
  before(async () => {
    for (const region of ['KZ-SEV', 'KZ-SEV', 'KZ-ALA']) {
      const city = region === 'KZ-SEV' ? 'KZ-SEV-petropavlovsk' : null;
      const res = await t.post(
        '/api/v1/incidents',
        buildIncident({ place: { country: 'KZ', region, city, type: 'street_or_public_place' } }),
      );
      assert.equal(res.status, 201, res.text);
    }
    const undated = buildIncident({ date: null, place: { country: 'KZ', region: null, city: null } });
    assert.equal((await t.post('/api/v1/incidents', undated)).status, 201);
  });

  test('a clean database: no difference, exit code 0', async () => {
    const { code, lines } = await verify();
    assert.equal(code, 0, lines.join('\n'));
    assert.deepEqual(lines, ['Kept counts: every cell equals a recount of the incidents.']);
  });

  test('a tampered cell is named with both counts, exit code 1', async () => {
    await t.db
      .updateTable('statistic_cells')
      .set({ incidents: 7 })
      .where('dimension', '=', 'type')
      .where('key', '=', 'assault')
      .where('region_code', '=', 'KZ-SEV')
      .execute();
    const { code, lines } = await verify();
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      'statistic_cells month=2023-02-01 country=KZ region_code=KZ-SEV dimension=type key=assault is_public=true: kept 7, recounted 2',
      'Kept counts: 1 cells differ from a recount (largest difference 5).',
    ]);
    await t.db
      .updateTable('statistic_cells')
      .set({ incidents: 2 })
      .where('dimension', '=', 'type')
      .where('key', '=', 'assault')
      .where('region_code', '=', 'KZ-SEV')
      .execute();
    assert.equal((await verify()).code, 0);
  });

  test('a missing cell and an invented one are both found, undated and unplaced ones too', async () => {
    const deleted = await t.db
      .deleteFrom('accountability_cells')
      .where('month', 'is', null)
      .where('region_code', 'is', null)
      .executeTakeFirst();
    assert.equal(Number(deleted.numDeletedRows), 1);
    await t.db
      .insertInto('statistic_cells')
      .values({
        month: '1999-01-01',
        country: 'KZ',
        region_code: null,
        dimension: 'all',
        key: '',
        is_public: false,
        incidents: -3,
      })
      .execute();
    const differences = await countDifferences(t.db);
    assert.deepEqual(
      differences.map((d) => [d.table, d.cell.month, d.cell.region_code, d.kept, d.recounted]),
      [
        ['statistic_cells', '1999-01-01', null, -3, 0],
        ['accountability_cells', null, null, 0, 1],
      ],
    );
    assert.equal((await verify()).code, 1);
    await rebuildCells(t.db);
    assert.equal((await verify()).code, 0);
  });
});

describe('a change of a victim moves the counts of every incident they are a victim in', () => {
  test('new roles: the victim-role cells follow, and the counts stay true', async () => {
    const person = (await t.post('/api/v1/people', buildPerson({ roles: ['journalist'] }))).body;
    for (let i = 0; i < 2; i += 1) {
      const incident = buildIncident({ victims: [{ key: 'v1', personId: person.id }] });
      assert.equal((await t.post('/api/v1/incidents', incident)).status, 201);
    }
    const roleCount = async (role: string) => {
      const rows = await t.db
        .selectFrom('statistic_cells')
        .select('incidents')
        .where('dimension', '=', 'victim_role')
        .where('key', '=', role)
        .execute();
      return rows.reduce((sum, r) => sum + r.incidents, 0);
    };
    const blogger = await roleCount('blogger');
    const changed = await t.put(`/api/v1/people/${person.id}`, {
      ...buildPerson({ roles: ['blogger'] }),
      name: person.name,
      version: person.version,
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(await roleCount('blogger'), blogger + 2);
    assert.deepEqual(await countDifferences(t.db), []);
  });
});
