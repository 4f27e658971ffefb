import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { ENGINE, freshDatabase } from '../../../test/helpers/database.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import { newStaff, setUpDesk, withAccess } from '../../../test/helpers/help-desk.js';
import { randomCyrillic, randomToken } from '../../../test/helpers/markers.js';
import { type DatabaseHandle, type Db, openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrator.js';
import { loadReferenceData } from '../../db/reference-data.js';
import { systemPrincipal } from '../../http/auth.js';
import { IncidentInput } from '../incidents/incident.schema.js';
import { createIncident } from '../incidents/incident.service.js';
import {
  addHelpNote,
  answerHelpRequest,
  readHelpRequest,
  replyAsRequester,
  submitHelpRequest,
} from './help.service.js';

/*
 * A database dump or the server's disk alone reveals no request's content. Every field a person
 * can fill gets a random marker (Latin and Cyrillic, so multi-byte text is covered); then every
 * column of every table is read as text (bytea as hex), and on PGlite every file of the data
 * directory as bytes, and on PostgreSQL pg_dump's output: no marker may appear, plainly or as
 * UTF-8 hex. A marker put in an incident's title proves the same detector finds what is there.
 */

const marker = (field: string) => ({ field, text: `${randomToken('Hq')}${randomCyrillic()[0]}` });
const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

function found(markers: { field: string; text: string }[], haystack: string): string[] {
  const lower = haystack.toLowerCase();
  return markers
    .filter((m) => lower.includes(m.text.toLowerCase()) || lower.includes(hex(m.text)))
    .map((m) => m.field);
}

function foundInBytes(markers: { field: string; text: string }[], bytes: Buffer): string[] {
  return markers
    .filter((m) => bytes.includes(Buffer.from(m.text, 'utf8')) || bytes.includes(Buffer.from(hex(m.text))))
    .map((m) => m.field);
}

async function fillEverything(db: Db) {
  const m = Object.fromEntries(
    [
      'what',
      'when',
      'where',
      'targeted',
      'by_whom',
      'links',
      'contact',
      'fileName',
      'fileBytes',
      'question',
      'questionContact',
      'reply',
      'replyFileName',
      'replyFileBytes',
      'answer',
      'answerFileName',
      'answerFileBytes',
      'note',
    ].map((f) => [f, marker(f)]),
  ) as Record<string, { field: string; text: string }>;
  const t = (f: string) => (m[f] as { text: string }).text;
  const bytes = (f: string) => new TextEncoder().encode(`%PDF-1.4 ${t(f)} trailer`);
  const { admin } = await setUpDesk(db);
  const lawyer = await withAccess(db, admin, await newStaff(db, 'lawyer'));
  const report = await submitHelpRequest(db, {
    kind: 'report',
    category: 'attack',
    language: 'ru',
    lane: 'moderated',
    body: {
      fields: {
        what: t('what'),
        when: t('when'),
        where: t('where'),
        targeted: t('targeted'),
        by_whom: t('by_whom'),
        links: `https://example.org/${t('links')}`,
      },
      contact: t('contact'),
    },
    files: [{ name: `${t('fileName')}.pdf`, mediaType: 'application/pdf', bytes: bytes('fileBytes') }],
  });
  await submitHelpRequest(db, {
    kind: 'question',
    category: 'lawsuit',
    language: 'kk',
    lane: 'trusted',
    body: { fields: { question: t('question') }, contact: t('questionContact') },
    files: [],
  });
  await replyAsRequester(db, report, t('reply'), [
    { name: `${t('replyFileName')}.txt`, mediaType: 'text/plain', bytes: bytes('replyFileBytes') },
  ]);
  await answerHelpRequest(db, lawyer.who, report.id, t('answer'), [
    { name: `${t('answerFileName')}.txt`, mediaType: 'text/plain', bytes: bytes('answerFileBytes') },
  ]);
  await addHelpNote(db, lawyer.who, report.id, t('note'));
  // The detector's own check: what the desk reads back holds every marker.
  const read = JSON.stringify(await readHelpRequest(db, lawyer.who, report.id, lawyer.deskKey));
  const control = marker('incident title (control)');
  await createIncident(
    db,
    systemPrincipal('test'),
    IncidentInput.parse(buildIncident({ title: { en: control.text } })),
  );
  return { markers: Object.values(m), control, read };
}

/** Every column of every table, as text: bytea as hex (PostgreSQL's text form of a row). */
async function dumpTables(db: Db): Promise<string> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  assert.ok(tables.rows.some((t) => t.name === 'help_messages'));
  let out = '';
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: string }>`SELECT t::text AS row FROM ${sql.table(name)} t`.execute(db);
    out += `${name}\n${rows.rows.map((r) => r.row).join('\n')}\n`;
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('help requests at rest', () => {
  test('no marker of any field, file, reply, answer or note in any table; the control marker is found', async () => {
    const dir = ENGINE === 'pglite' ? mkdtempSync(join(tmpdir(), 'qorgau-help-at-rest-')) : null;
    let handle: DatabaseHandle;
    let filled: Awaited<ReturnType<typeof fillEverything>> | null = null;
    if (dir) {
      handle = await openDatabase({ dataDir: dir });
      await migrateToLatest(handle.db);
      await loadReferenceData(handle.db);
    } else {
      handle = await freshDatabase();
    }
    try {
      filled = await fillEverything(handle.db);
      const { markers, control, read } = filled;
      const unread = ['fileBytes', 'replyFileBytes', 'answerFileBytes', 'question', 'questionContact'];
      const readBack = markers.filter((m) => !unread.includes(m.field)).map((m) => m.field);
      assert.deepEqual(found(markers, read).sort(), readBack.sort(), 'the desk reads them back');
      const dump = await dumpTables(handle.db);
      assert.deepEqual(found(markers, dump), [], 'markers in the tables');
      assert.deepEqual(found([control], dump), [control.field], 'the detector finds what is there');
      if (ENGINE === 'postgres' && existsSync('/usr/bin/pg_dump')) {
        const name = (await sql<{ db: string }>`SELECT current_database() AS db`.execute(handle.db)).rows[0]
          ?.db;
        const url = new URL(process.env.TEST_DATABASE_URL as string);
        url.pathname = `/${name}`;
        const dumped = execFileSync('pg_dump', ['--no-owner', url.toString()], {
          maxBuffer: 1 << 30,
        }).toString('utf8');
        assert.deepEqual(found(markers, dumped), [], 'markers in pg_dump');
        assert.deepEqual(found([control], dumped), [control.field]);
      }
    } finally {
      await handle.close();
    }
    if (dir && filled) {
      const { markers, control } = filled;
      try {
        const files = filesUnder(dir);
        assert.ok(files.length > 10);
        const hits = new Set<string>();
        let controlSeen = false;
        for (const file of files) {
          const bytes = readFileSync(file);
          for (const f of foundInBytes(markers, bytes)) hits.add(`${f} in ${file}`);
          if (foundInBytes([control], bytes).length) controlSeen = true;
        }
        assert.deepEqual([...hits], [], 'markers in the data directory');
        assert.ok(controlSeen, 'the control marker is in the data directory');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
