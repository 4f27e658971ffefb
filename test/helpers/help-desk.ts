import type { Db } from '../../server/db/database.js';
import type { Principal } from '../../server/http/auth.js';
import { AccountInput } from '../../server/modules/accounts/account.schema.js';
import { createAccount } from '../../server/modules/accounts/account.service.js';
import { logIn } from '../../server/modules/accounts/login.service.js';
import { sha256 } from '../../server/modules/accounts/secrets.js';
import type { DeskKey, HelpSubmission } from '../../server/modules/help/help.types.js';
import { grantDeskAccess, unlockWithRecoveryKey } from '../../server/modules/help/help-access.service.js';
import { deskKeyForSession, initHelpDesk } from '../../server/modules/help/help-keys.service.js';
import type { Role } from '../../shared/access/permissions.js';

export const STAFF_PASSWORD = 'correct horse battery staple';
let made = 0;

/** A signed-in staff member: the account, its principal, the session's cookie token and hash. */
export interface StaffMember {
  id: string;
  username: string;
  role: Role;
  who: Principal;
  token: string;
  tokenHash: string;
  /** The desk key this session holds (null without a grant). */
  deskKey: DeskKey | null;
}

/** Signs an account in (as the sign-in form does): the session gets the desk key when granted. */
export async function signIn(
  db: Db,
  account: { id: string; username: string; role: Role },
  password = STAFF_PASSWORD,
): Promise<StaffMember> {
  const session = await logIn(db, {
    username: account.username,
    password,
    address: '127.0.0.9',
    userAgent: null,
  });
  const tokenHash = sha256(session.token);
  return {
    id: account.id,
    username: account.username,
    role: account.role,
    who: { kind: 'account', id: account.id, username: account.username, role: account.role, scopes: null },
    token: session.token,
    tokenHash,
    deskKey: await deskKeyForSession(db, tokenHash, session.token),
  };
}

/** A new account of this role, signed in once (so it has its own help desk key pair). */
export async function newStaff(db: Db, role: Role, name = `${role}${++made}`): Promise<StaffMember> {
  const input = AccountInput.parse({
    username: `${name}-${made}`,
    displayName: `${name} ${made}`,
    role,
    language: 'en',
  });
  const { account } = await createAccount(db, { kind: 'system', id: 'system:test' }, input, STAFF_PASSWORD);
  return signIn(db, { id: account.id, username: account.username, role });
}

/**
 * A help desk as an organisation sets it up: `help-desk init`, an administrator who unlocks it
 * with the recovery key, then gives access to each of `granted` (signed in again to hold it).
 */
export async function setUpDesk(db: Db): Promise<{ recoveryKey: string; admin: StaffMember }> {
  const { recoveryKey } = await initHelpDesk(db);
  const first = await newStaff(db, 'administrator', 'admin');
  await unlockWithRecoveryKey(db, first.who, recoveryKey, first);
  return {
    recoveryKey,
    admin: { ...first, deskKey: await deskKeyForSession(db, first.tokenHash, first.token) },
  };
}

/** Gives access and signs the person in again, as they would be after an administrator's grant. */
export async function withAccess(db: Db, admin: StaffMember, staff: StaffMember): Promise<StaffMember> {
  if (!admin.deskKey) throw new Error('the administrator holds no desk key');
  await grantDeskAccess(db, admin.who, staff.id, admin.deskKey);
  return signIn(db, staff);
}

/** A question from the public form, already validated. */
export function question(text: string, extra: Partial<HelpSubmission> = {}): HelpSubmission {
  return {
    kind: 'question',
    category: 'threats',
    language: 'ru',
    lane: 'moderated',
    body: { fields: { question: text }, contact: null },
    files: [],
    ...extra,
  };
}
