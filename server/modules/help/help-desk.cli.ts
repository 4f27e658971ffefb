import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { helpDeskStatus, initHelpDesk } from './help-keys.service.js';
import { rotateHelpDesk } from './help-rotate.service.js';

const INSTRUCTIONS = [
  'Write this recovery key on paper (or print this screen), check it twice, and keep it locked away,',
  'apart from the server. It is shown only now and is stored nowhere in the clear.',
  '',
  'With it an administrator can open the help desk when no one with access is left, and give access',
  'again. Without it, and without any staff member holding access, every help request is unreadable',
  'for ever: nobody, not even the server\u2019s operator, can recover it.',
  '',
  'Next: each lawyer, monitor, editor and administrator signs in once (this makes their own key);',
  'then an administrator opens the workspace\u2019s help desk access page, unlocks it with this',
  'recovery key, and gives access to the people who work the desk.',
];

/** `help-desk init|status|rotate`: returns the exit code. `rotate` reads the recovery key from `readSecret`. */
export async function helpDeskCommand(
  db: Db,
  sub: string | undefined,
  print: (line: string) => void,
  readSecret: () => Promise<string> = async () => '',
): Promise<number> {
  if (sub === 'rotate') return rotate(db, print, await readSecret());
  if (sub === 'init') {
    try {
      const { version, recoveryKey } = await initHelpDesk(db);
      print(`Help desk key ${version} created.`);
      print('');
      print(`  RECOVERY KEY:  ${recoveryKey}`);
      print('');
      for (const line of INSTRUCTIONS) print(line);
      return 0;
    } catch (err) {
      if (err instanceof AppError && err.code === 'already_initialised') {
        print('The help desk is already set up; nothing was changed. (`help-desk status` tells more.)');
        return 1;
      }
      throw err;
    }
  }
  if (sub === 'status') {
    const status = await helpDeskStatus(db);
    if (!status.initialised) {
      print(
        'The help desk is not set up: run `npm run cli -- help-desk init`. Its forms refuse requests until then.',
      );
      return 1;
    }
    print(`Help desk key ${status.version}, created ${status.createdAt?.toISOString()}.`);
    print(
      `Staff with their own key: ${status.staffWithKeys}; holding access to the desk: ${status.staffWithAccess}.`,
    );
    return 0;
  }
  print('Usage: help-desk init | help-desk status | help-desk rotate (the recovery key on standard input)');
  return 1;
}

async function rotate(db: Db, print: (line: string) => void, recoveryKey: string): Promise<number> {
  try {
    const done = await rotateHelpDesk(db, recoveryKey);
    print(`Help desk key ${done.version} replaces the old one: ${done.resealed} messages resealed,`);
    print(
      `${done.granted} staff members keep access (they sign in again). The old recovery key no longer works.`,
    );
    print('');
    print(`  NEW RECOVERY KEY:  ${done.recoveryKey}`);
    print('');
    for (const line of INSTRUCTIONS.slice(0, 6)) print(line);
    return 0;
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === 'help_recovery_key_wrong' || err.code === 'help_desk_not_ready')
    ) {
      print(`${err.message}; nothing was changed.`);
      return 1;
    }
    throw err;
  }
}
