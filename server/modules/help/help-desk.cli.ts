import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { helpDeskStatus, initHelpDesk } from './help-keys.service.js';

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

/** `help-desk init|status`: returns the exit code. */
export async function helpDeskCommand(
  db: Db,
  sub: string | undefined,
  print: (line: string) => void,
): Promise<number> {
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
  print('Usage: help-desk init | help-desk status');
  return 1;
}
