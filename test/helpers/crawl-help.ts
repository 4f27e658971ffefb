import { initHelpDesk } from '../../server/modules/help/help-keys.service.js';
import { issueForm } from '../../server/modules/help/intake-guard.js';
import { DEFAULT_INTAKE_LIMITS } from '../../server/modules/help/intake-limits.js';
import type { TestContext } from './app.js';
import type { World } from './crawl-seed.js';
import { formData, post, receiptOf } from './help-forms.js';

/*
 * Help requests for the marker crawl, sent through the public forms as a person would (a form
 * shown a few seconds earlier): a marker in every field, the contact, a file's name and content,
 * and a reply. None may appear on any public page, feed, download or statistic.
 */

/** A form of that kind as it was shown to a person a few seconds ago. */
const shownEarlier = (t: TestContext, kind: 'report' | 'question' | 'reply') =>
  issueForm(t.db, kind, DEFAULT_INTAKE_LIMITS, new Date(Date.now() - 5_000));

export async function seedHelpRequests(t: TestContext, world: World): Promise<void> {
  await initHelpDesk(t.db);
  const m = world.markers;
  const mark = (field: string) => `About it ${m.hidden(`help(report).${field}`, 'help request')}`;
  const report = await shownEarlier(t, 'report');
  const fields = Object.fromEntries(
    ['what', 'when', 'where', 'targeted', 'by_whom', 'links', 'contact'].map((f) => [f, mark(f)]),
  );
  const file = {
    name: `${m.hidden('help(report).file.name', 'help request')}.txt`,
    bytes: `Text ${m.hidden('help(report).file.content', 'help request')}`,
  };
  const sent = await post(
    t.app,
    '/ru/help/report',
    formData({ token: report.token, pow: '', homepage: '', ...fields }, [file]),
  );
  if (sent.status !== 200) throw new Error(`seeding a help report: ${sent.status}`);
  const receipt = receiptOf(sent.text);
  m.id(receipt.code, 'help(report).receipt.code', 'help receipt');
  m.id(receipt.passphrase, 'help(report).receipt.passphrase', 'help receipt');
  const reply = await shownEarlier(t, 'reply');
  const replied = await post(
    t.app,
    '/ru/help/status/reply',
    formData({ token: reply.token, pow: '', homepage: '', ...receipt, text: mark('reply') }),
  );
  if (replied.status !== 200) throw new Error(`seeding a help reply: ${replied.status}`);
  const question = await shownEarlier(t, 'question');
  const asked = await post(
    t.app,
    '/kk/help/question',
    formData({
      token: question.token,
      pow: '',
      homepage: '',
      category: 'detention',
      question: `Сұрақ ${m.hidden('help(question).question', 'help request')}`,
      contact: m.hidden('help(question).contact', 'help request'),
    }),
  );
  if (asked.status !== 200) throw new Error(`seeding a help question: ${asked.status}`);
  const ids = await t.db.selectFrom('help_requests').select('id').execute();
  for (const { id } of ids) m.id(id, 'help_request.id', 'help request');
}
