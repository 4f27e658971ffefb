import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite is one process's database: a second process opening the same data directory sees a
 * stale copy of it, and what it writes is lost or corrupts the first's. So whoever opens a data
 * directory takes `qorgau.lock` in it (created exclusively, holding the owner's pid), and a
 * second opener is refused with a message saying what to do. A lock left by a process that is
 * gone (killed with -9, the machine restarted) is taken over.
 */
export class DataDirectoryInUse extends Error {
  readonly code = 'data_dir_in_use';
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Qorgau process (pid ${owner.pid}, started ${owner.startedAt}).\n` +
        'The embedded database can be opened by one process at a time. Stop that process (the server), ' +
        'run this command, then start it again; or use a PostgreSQL server (DATABASE_URL), which ' +
        'several processes can share.',
    );
  }
}

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataDirectoryLock {
  release(): void;
}

const LOCK_FILE = 'qorgau.lock';

/** Takes the data directory's lock or throws DataDirectoryInUse. */
export function lockDataDirectory(dataDir: string): DataDirectoryLock {
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  // Two tries: the second after removing a lock whose owner is gone.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(path);
      if (owner && isAlive(owner)) throw new DataDirectoryInUse(dataDir, owner);
      removeIfSame(path, owner);
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off('exit', release);
      // Only our own lock: never one another process took over after ours was judged stale.
      const owner = readOwner(path);
      if (owner?.pid === me.pid) removeIfSame(path, owner);
    };
    process.on('exit', release);
    return { release };
  }
  const owner = readOwner(path);
  throw new DataDirectoryInUse(dataDir, owner ?? { pid: 0, host: '?', startedAt: '?' });
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, host: String(parsed.host ?? ''), startedAt: String(parsed.startedAt ?? '') }
      : null;
  } catch {
    // Unreadable or half-written (the owner died while writing): treated as stale.
    return null;
  }
}

/**
 * Whether the lock's owner still runs. A lock from another host (a data directory on a shared
 * disk) cannot be checked and counts as held. Within this process a second open is refused too:
 * two PGlite instances on one directory corrupt it just the same.
 */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A recycled pid belongs to some other program: only a Node process can be Qorgau.
  try {
    return /node/i.test(readFileSync(`/proc/${owner.pid}/cmdline`, 'utf8'));
  } catch {
    return true;
  }
}

function removeIfSame(path: string, owner: LockOwner | null): void {
  const now = readOwner(path);
  if (now?.pid !== owner?.pid) return;
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
