import assert from 'node:assert/strict';
import { systemPrincipal } from '../../server/http/auth.js';
import { submitHelpRequest } from '../../server/modules/help/help.service.js';
import type { DeskKey, HelpSubmission } from '../../server/modules/help/help.types.js';
import { grantDeskAccess } from '../../server/modules/help/help-access.service.js';
import { initHelpDesk, openWithRecoveryKey } from '../../server/modules/help/help-keys.service.js';
import type { Role } from '../../shared/access/permissions.js';
import type { TestContext } from './app.js';
import { account, browser } from './workspace.js';

/*
 * The help desk as the workspace meets it: set up with `help-desk init`, people who work the
 * queue signed in through the sign-in form (their key pair is made then), given access with the
 * desk key and signed in again, so their session holds it — as in the organisation.
 */

export interface Desk {
  recoveryKey: string;
  key: DeskKey;
}

export async function setUpDesk(t: TestContext): Promise<Desk> {
  const { recoveryKey } = await initHelpDesk(t.db);
  return { recoveryKey, key: await openWithRecoveryKey(t.db, recoveryKey) };
}

/** A signed-in browser of a new account with this role; with `access`, its session holds the desk key. */
export async function deskWorker(t: TestContext, desk: Desk | null, role: Role, access = true) {
  const { account: a } = await account(t, role);
  const first = browser(t);
  assert.equal((await first.signIn(a.username)).status, 303);
  if (!desk || !access)
    return Object.assign(first, { accountId: a.id, name: a.displayName, username: a.username });
  await grantDeskAccess(t.db, systemPrincipal('test'), a.id, desk.key);
  const b = browser(t);
  assert.equal((await b.signIn(a.username)).status, 303);
  return Object.assign(b, { accountId: a.id, name: a.displayName, username: a.username });
}

export type Worker = Awaited<ReturnType<typeof deskWorker>>;

/** A report from the public form, already validated; every field given. */
export function report(marker: string, extra: Partial<HelpSubmission> = {}): HelpSubmission {
  return {
    kind: 'report',
    category: 'attack',
    language: 'ru',
    lane: 'trusted',
    body: {
      fields: {
        what: `Избили оператора у здания акимата ${marker}. Камеру разбили.`,
        when: '12.03.2026, около 14:00',
        where: `Алматы, площадь Республики ${marker}`,
        targeted: `Оператор телеканала ${marker}`,
        by_whom: 'Двое в штатском',
        links: `https://example.kz/news/${marker} и https://t.me/channel/${marker}`,
      },
      contact: `telegram @witness_${marker}`,
    },
    files: [],
    ...extra,
  };
}

export function question(marker: string, extra: Partial<HelpSubmission> = {}): HelpSubmission {
  return {
    kind: 'question',
    category: 'lawsuit',
    language: 'en',
    lane: 'moderated',
    body: { fields: { question: `We are being sued over an article ${marker}` }, contact: null },
    files: [],
    ...extra,
  };
}

export const submit = (t: TestContext, s: HelpSubmission) => submitHelpRequest(t.db, s);
