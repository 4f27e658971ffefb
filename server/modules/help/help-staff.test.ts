import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { freshDatabase } from '../../../test/helpers/database.js';
import { buildIncident } from '../../../test/helpers/factories.js';
import {
  newStaff,
  question,
  type StaffMember,
  setUpDesk,
  withAccess,
} from '../../../test/helpers/help-desk.js';
import type { DatabaseHandle } from '../../db/database.js';
import { systemPrincipal } from '../../http/auth.js';
import { IncidentInput } from '../incidents/incident.schema.js';
import { createIncident } from '../incidents/incident.service.js';
import { onHelpEvent } from './help.events.js';
import {
  addHelpNote,
  answerHelpRequest,
  assignHelpRequest,
  draftFromHelpRequest,
  helpQueueCounts,
  linkHelpIncident,
  listHelpRequests,
  openThread,
  readHelpRequest,
  readStaffFile,
  replyAsRequester,
  setHelpCategory,
  setHelpStatus,
  submitHelpRequest,
} from './help.service.js';

let handle: DatabaseHandle;
let admin: StaffMember;
let lawyer: StaffMember;
let monitor: StaffMember;
let editor: StaffMember;
let viewer: StaffMember;

before(async () => {
  handle = await freshDatabase();
  ({ admin } = await setUpDesk(handle.db));
  lawyer = await withAccess(handle.db, admin, await newStaff(handle.db, 'lawyer'));
  monitor = await withAccess(handle.db, admin, await newStaff(handle.db, 'monitor'));
  editor = await withAccess(handle.db, admin, await newStaff(handle.db, 'editor'));
  viewer = await newStaff(handle.db, 'viewer');
});
after(() => handle.close());

describe('the help desk queue', () => {
  test('staff read a request with the desk key; without it they see that it exists, not what it says', async () => {
    const file = { name: 'photo.jpg', mediaType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 1, 2, 3]) };
    const r = await submitHelpRequest(handle.db, question('Угрожали по телефону', { files: [file] }));
    assert.ok(lawyer.deskKey, 'a granted lawyer holds the desk key after sign-in');
    const detail = await readHelpRequest(handle.db, lawyer.who, r.id, lawyer.deskKey);
    assert.equal(detail.messages?.[0]?.body.fields?.question, 'Угрожали по телефону');
    const opened = await readStaffFile(
      handle.db,
      lawyer.who,
      r.id,
      detail.messages?.[0]?.files[0]?.id as string,
      lawyer.deskKey,
    );
    assert.deepEqual(opened, file);
    const blind = await readHelpRequest(handle.db, lawyer.who, r.id, null);
    assert.equal(blind.messages, null);
    assert.equal(blind.kind, 'question');
    await assert.rejects(listHelpRequests(handle.db, viewer.who, {}), { code: 'forbidden' });
    await assert.rejects(readHelpRequest(handle.db, viewer.who, r.id, null), { code: 'forbidden' });
  });

  test('assignment, the one access rule, spam, and 404 for what a reader may not see', async () => {
    const r = await submitHelpRequest(handle.db, question('assigned away'));
    const events: unknown[] = [];
    const stop = onHelpEvent((e) => {
      events.push(e);
    });
    await assert.rejects(
      assignHelpRequest(handle.db, lawyer.who, r.id, viewer.id, 1),
      (e: any) => e.details[0].code === 'not_help_staff',
    );
    await assignHelpRequest(handle.db, lawyer.who, r.id, monitor.id, 1);
    stop();
    assert.deepEqual(events, [{ type: 'help.assigned', requestId: r.id, accountId: monitor.id }]);
    const ids = async (who: StaffMember) => (await listHelpRequests(handle.db, who.who, {})).map((s) => s.id);
    assert.ok(!(await ids(lawyer)).includes(r.id), 'held by someone else: gone from the lawyer');
    assert.ok((await ids(monitor)).includes(r.id));
    assert.ok((await ids(editor)).includes(r.id), 'help.all sees everything');
    await assert.rejects(readHelpRequest(handle.db, lawyer.who, r.id, lawyer.deskKey), {
      code: 'help_request_not_found',
    });
    await assert.rejects(setHelpStatus(handle.db, lawyer.who, r.id, 'in_progress', 2), {
      code: 'help_request_not_found',
    });
    await assert.rejects(addHelpNote(handle.db, lawyer.who, r.id, 'x'), { code: 'help_request_not_found' });
    await assert.rejects(readHelpRequest(handle.db, lawyer.who, 'not-a-uuid', null), {
      code: 'help_request_not_found',
    });
    assert.equal((await listHelpRequests(handle.db, monitor.who, { assigned: 'me' })).length, 1);
    assert.equal(
      (await listHelpRequests(handle.db, editor.who, { assigned: 'me' })).length,
      0,
      'mine is mine for help.all too',
    );
    assert.ok(
      (await listHelpRequests(handle.db, editor.who, { assigned: 'none' })).every(
        (s) => s.assignedTo === null,
      ),
    );

    const spam = await submitHelpRequest(handle.db, question('buy now'));
    await setHelpStatus(handle.db, lawyer.who, spam.id, 'spam', 1);
    assert.ok(!(await ids(lawyer)).includes(spam.id), 'spam leaves the lawyer’s queue');
    assert.ok((await ids(editor)).includes(spam.id));
    await assert.rejects(setHelpStatus(handle.db, lawyer.who, spam.id, 'new', 2), {
      code: 'help_request_not_found',
    });
    await setHelpStatus(handle.db, editor.who, spam.id, 'new', 2);
    assert.ok((await ids(lawyer)).includes(spam.id));
  });

  test('status moves, versions, categories and counts', async () => {
    const r = await submitHelpRequest(handle.db, question('moves', { lane: 'trusted' }));
    await assert.rejects(setHelpStatus(handle.db, lawyer.who, r.id, 'answered', 1), {
      code: 'invalid_transition',
    });
    await setHelpStatus(handle.db, lawyer.who, r.id, 'in_progress', 1);
    await assert.rejects(setHelpStatus(handle.db, lawyer.who, r.id, 'closed', 1), {
      code: 'version_conflict',
    });
    await setHelpCategory(handle.db, lawyer.who, r.id, 'detention', 2);
    await assert.rejects(setHelpCategory(handle.db, lawyer.who, r.id, 'nonsense' as never, 3), {
      code: 'validation_failed',
    });
    const counts = await helpQueueCounts(handle.db, editor.who);
    const waiting = (await listHelpRequests(handle.db, editor.who, {})).filter(
      (s) => s.status === 'new' || s.status === 'in_progress',
    );
    assert.equal(counts.waiting, waiting.length);
    assert.equal(counts.byCategory.detention, waiting.filter((s) => s.category === 'detention').length);
    assert.equal(counts.moderated, waiting.filter((s) => s.lane === 'moderated').length);
    assert.equal(counts.byAge.day, counts.waiting);
    const mine = await helpQueueCounts(handle.db, lawyer.who);
    assert.ok(mine.waiting < counts.waiting, 'counts pass through the same reader scope');
    const audit = await handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', r.id)
      .execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'help.arrived',
      'help.category_changed',
      'help.status_changed',
    ]);
  });

  test('an answer reaches the requester, a note never does; the reply reopens the request', async () => {
    const r = await submitHelpRequest(handle.db, question('Меня вызвали на допрос'));
    await addHelpNote(handle.db, lawyer.who, r.id, 'Internal: call the partner lawyer');
    await answerHelpRequest(handle.db, lawyer.who, r.id, 'Не ходите без адвоката', [
      { name: 'памятка.txt', mediaType: 'text/plain', bytes: new TextEncoder().encode('памятка') },
    ]);
    const thread = await openThread(handle.db, r);
    assert.equal(thread.status, 'answered');
    assert.deepEqual(
      thread.messages.map((m) => m.author),
      ['requester', 'answer'],
    );
    assert.ok(!JSON.stringify(thread).includes('Internal'));
    assert.ok(!JSON.stringify(thread).includes(lawyer.username));
    const staffView = await readHelpRequest(handle.db, editor.who, r.id, editor.deskKey);
    assert.deepEqual(
      staffView.messages?.map((m) => [m.author, m.body.text ?? null]),
      [
        ['requester', null],
        ['note', 'Internal: call the partner lawyer'],
        ['answer', 'Не ходите без адвоката'],
      ],
    );
    assert.ok(staffView.messages?.[1]?.staffName?.startsWith('lawyer'));
    const noteFileless = staffView.messages?.[1];
    assert.equal(noteFileless?.files.length, 0);
    await replyAsRequester(handle.db, r, 'Спасибо', []);
    assert.equal((await readHelpRequest(handle.db, lawyer.who, r.id, null)).status, 'in_progress');
    const audit = await handle.db
      .selectFrom('audit_events')
      .select(['action', 'changes'])
      .where('entity_id', '=', r.id)
      .execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'help.answered',
      'help.arrived',
      'help.noted',
      'help.replied',
    ]);
    assert.ok(!JSON.stringify(audit).match(/Internal|адвоката|Спасибо|допрос/));
  });

  test('a draft incident from a report, and a link only to an incident the caller can see', async () => {
    const report = await submitHelpRequest(handle.db, {
      kind: 'report',
      category: 'attack',
      language: 'kk',
      lane: 'trusted',
      body: { fields: { what: 'Камерасын сындырды', where: 'Алматы' }, contact: 'telegram @x' },
      files: [],
    });
    const draft = await draftFromHelpRequest(handle.db, lawyer.who, report.id, lawyer.deskKey as never);
    assert.equal(draft.body.fields?.what, 'Камерасын сындырды');
    assert.equal(draft.body.contact, 'telegram @x');
    assert.equal(draft.language, 'kk');
    const system = systemPrincipal('test');
    const open = await createIncident(handle.db, system, IncidentInput.parse(buildIncident()));
    const hidden = await createIncident(
      handle.db,
      system,
      IncidentInput.parse(buildIncident({ visibility: 'confidential' })),
    );
    await assert.rejects(linkHelpIncident(handle.db, lawyer.who, report.id, hidden.id), {
      code: 'incident_not_found',
    });
    await linkHelpIncident(handle.db, lawyer.who, report.id, open.id);
    const linked = await readHelpRequest(handle.db, lawyer.who, report.id, null);
    assert.equal(linked.incidentId, open.id);
    assert.equal(linked.status, 'in_progress', 'a new report made into an incident is being worked on');
  });
});
