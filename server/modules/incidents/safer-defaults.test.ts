import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from '../../../test/helpers/app.js';
import { release, uploaded } from '../../../test/helpers/evidence.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { pngWithMetadata } from '../../../test/helpers/images.js';
import { accountWithToken } from '../accounts/bootstrap.js';

/*
 * The workflow's defaults err on the side of not publishing: material waits for an editor, a
 * published record cites a source, and the decisions that end a record say why.
 */
const t = useTestApp();

const source = (url: string, extra: Record<string, unknown> = {}) => ({
  type: 'media_report',
  url: `https://example.org/${url}`,
  title: 'Report',
  ...extra,
});

const reported = (overrides: Record<string, unknown> = {}) =>
  buildIncident({ verification: 'reported', visibility: 'restricted', ...overrides });

describe('new sources are not public until an editor says so', () => {
  test('a new source starts non-public; a monitor may neither add nor turn one public', async () => {
    const created = await t.post('/api/v1/incidents', reported(), 'monitor');
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.sources[0].public, false);
    const refused = await t.post(
      '/api/v1/incidents',
      reported({ sources: [source('a', { public: true })] }),
      'monitor',
    );
    assert.equal(refused.status, 403);
    const turned = await t.put(
      `/api/v1/incidents/${created.body.id}`,
      {
        ...reported(),
        sources: [{ ...created.body.sources[0], public: true }],
        version: created.body.version,
      },
      'monitor',
    );
    assert.equal(turned.status, 403);
  });

  test('an editor releases a source; a monitor may then edit the incident and keep it public', async () => {
    const created = (await t.post('/api/v1/incidents', reported(), 'monitor')).body;
    const released = await t.put(
      `/api/v1/incidents/${created.id}`,
      { ...reported(), sources: [{ ...created.sources[0], public: true }], version: created.version },
      'editor',
    );
    assert.equal(released.status, 200, released.text);
    assert.equal(released.body.sources[0].public, true);
    const edited = await t.put(
      `/api/v1/incidents/${created.id}`,
      {
        ...reported({ title: { en: 'Corrected title' } }),
        sources: released.body.sources,
        version: released.body.version,
      },
      'monitor',
    );
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.sources[0].public, true);
  });

  test('a new evidence file is not public until released (incidents.visibility)', async () => {
    const incident = (
      await t.post('/api/v1/incidents', buildIncident({ sources: [source('p', { public: true })] }))
    ).body;
    const file = await uploaded(t, incident.id, pngWithMetadata(), { sourceId: incident.sources[0].id });
    assert.deepEqual([file.markedPublic, file.public], [false, false]);
    const put = (as: 'monitor' | 'editor') => t.put(`/api/v1/files/${file.id}/public`, { public: true }, as);
    assert.equal((await put('monitor')).status, 403);
    const released = await put('editor');
    assert.deepEqual([released.body.markedPublic, released.body.public], [true, true]);
    const history = (await t.get(`/api/v1/incidents/${incident.id}/history`)).body.items;
    assert.ok(
      history.some((h: { changes: { path: string; after: unknown }[] }) =>
        h.changes.some((c) => c.path === 'markedPublic' && c.after === true),
      ),
      'the release is in the history',
    );
  });
});

describe('publishing needs a source', () => {
  test('no source: publish_needs_source, by the workflow, on create and on replace', async () => {
    const bare = (await t.post('/api/v1/incidents', buildIncident({ sources: [] }))).body;
    const move = await t.post(`/api/v1/incidents/${bare.id}/verification`, {
      to: 'published',
      version: bare.version,
    });
    assert.equal(move.status, 422);
    assert.equal(move.body.error.code, 'publish_needs_source');
    assert.deepEqual(move.body.error.details, [{ path: 'sources', code: 'publish_needs_source' }]);
    const created = await t.post(
      '/api/v1/incidents',
      buildIncident({ verification: 'published', sources: [] }),
    );
    assert.equal(created.body.error.code, 'publish_needs_source');
    const published = (await t.post('/api/v1/incidents', buildIncident({ verification: 'published' }))).body;
    assert.equal(published.verification, 'published');
    const emptied = await t.put(`/api/v1/incidents/${published.id}`, {
      ...buildIncident({ verification: 'published', sources: [] }),
      version: published.version,
    });
    assert.equal(emptied.body.error.code, 'publish_needs_source');
    const testimony = (
      await t.post('/api/v1/incidents', buildIncident({ sources: [{ type: 'testimony', public: false }] }))
    ).body;
    const ok = await t.post(`/api/v1/incidents/${testimony.id}/verification`, {
      to: 'published',
      version: testimony.version,
    });
    assert.equal(ok.status, 200, 'a non-public source is a source too');
  });
});

describe('rejecting and merging say why', () => {
  test('rejecting needs a reason, which is kept on the incident and in its history', async () => {
    const incident = (await t.post('/api/v1/incidents', reported())).body;
    const path = `/api/v1/incidents/${incident.id}/verification`;
    const bare = await t.post(path, { to: 'rejected', version: incident.version }, 'editor');
    assert.equal(bare.status, 422);
    assert.deepEqual(bare.body.error.details[0].path, 'reason');
    const blank = await t.post(path, { to: 'rejected', version: incident.version, reason: '   ' }, 'editor');
    assert.equal(blank.status, 422);
    const byDocument = await t.put(`/api/v1/incidents/${incident.id}`, {
      ...reported({ verification: 'rejected' }),
      version: incident.version,
    });
    assert.equal(byDocument.status, 422);
    assert.equal(byDocument.body.error.details[0].code, 'use_verification_action');
    const reason = 'The sources describe a traffic accident, not an attack.';
    const rejected = await t.post(path, { to: 'rejected', version: incident.version, reason }, 'editor');
    assert.equal(rejected.status, 200, rejected.text);
    assert.equal(rejected.body.verificationReason, reason);
    const history = (await t.get(`/api/v1/incidents/${incident.id}/history`)).body.items;
    const last = history.at(-1);
    assert.deepEqual(
      last.changes.find((c: { path: string }) => c.path === 'verificationReason'),
      { path: 'verificationReason', before: null, after: reason },
    );
    const back = await t.post(path, { to: 'reported', version: rejected.body.version }, 'editor');
    assert.equal(back.body.verificationReason, null);
  });

  test('a non-public duplicate merged into a public incident: its reason recorded, its material kept non-public', async () => {
    const target = (
      await t.post('/api/v1/incidents', buildIncident({ sources: [source('target', { public: true })] }))
    ).body;
    const dup = (
      await t.post('/api/v1/incidents', reported({ sources: [source('secret-report', { public: true })] }))
    ).body;
    const file = await uploaded(t, dup.id, pngWithMetadata(), { sourceId: dup.sources[0].id });
    await release(t, file.id);
    const path = `/api/v1/incidents/${dup.id}/merge`;
    assert.equal((await t.post(path, { into: target.id, version: dup.version })).status, 422);
    const reason = 'Same attack, reported by a second outlet';
    const merged = await t.post(path, { into: target.id, version: dup.version, reason });
    assert.equal(merged.status, 200, merged.text);
    const moved = merged.body.sources.find((s: { url: string }) => s.url.endsWith('secret-report'));
    assert.equal(moved.public, false, 'the duplicate’s source moved, not public');
    const [movedFile] = (await t.get(`/api/v1/incidents/${target.id}/files`)).body.items;
    assert.deepEqual([movedFile.id, movedFile.markedPublic, movedFile.public], [file.id, false, false]);
    const publicPage = await t.get(`/api/v1/incidents/${target.id}`, 'public');
    assert.equal(publicPage.status, 200);
    assert.ok(!publicPage.text.includes('secret-report'));
    const history = (await t.get(`/api/v1/incidents/${dup.id}/history`)).body.items;
    assert.ok(
      history.some((h: { changes: { path: string; after: unknown }[] }) =>
        h.changes.some((c) => c.path === 'verificationReason' && c.after === reason),
      ),
      'the reason is in the duplicate’s history',
    );
  });

  test('a public duplicate’s material stays as it was', async () => {
    const target = (await t.post('/api/v1/incidents', buildIncident())).body;
    const dup = (
      await t.post('/api/v1/incidents', buildIncident({ sources: [source('open', { public: true })] }))
    ).body;
    const merged = await t.post(`/api/v1/incidents/${dup.id}/merge`, {
      into: target.id,
      version: dup.version,
      reason: 'Duplicate entry',
    });
    const moved = merged.body.sources.find((s: { url: string }) => s.url.endsWith('open'));
    assert.equal(moved.public, true);
  });
});

describe('a password reset by an administrator', () => {
  test('revokes every API token of the account', async () => {
    const { accountId, token } = await accountWithToken(t.db, 'reset-me', 'monitor');
    const me = () =>
      t.request('GET', '/api/v1/me', { as: 'public', headers: { authorization: `Bearer ${token}` } });
    assert.equal((await me()).status, 200);
    const reset = await t.post(`/api/v1/accounts/${accountId}/password-reset`, {});
    assert.equal(reset.status, 200);
    assert.equal((await me()).status, 401);
    const other = await t.get('/api/v1/me', 'monitor');
    assert.equal(other.status, 200, 'other accounts keep theirs');
  });
});
