import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DataDirectoryInUse, lockDataDirectory } from './data-dir-lock.js';
import { openDatabase } from './database.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-lock-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has already exited: nobody holds a lock under it. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the data directory lock', () => {
  test('a second opener is refused until the first releases', () => {
    const dir = freshDir();
    const lock = lockDataDirectory(dir);
    assert.equal(JSON.parse(readFileSync(join(dir, 'qorgau.lock'), 'utf8')).pid, process.pid);
    assert.throws(
      () => lockDataDirectory(dir),
      (err: unknown) => {
        assert.ok(err instanceof DataDirectoryInUse);
        assert.equal(err.code, 'data_dir_in_use');
        assert.equal(err.owner.pid, process.pid);
        assert.match(err.message, new RegExp(`in use by another Qorgau process \\(pid ${process.pid}`));
        return true;
      },
    );
    lock.release();
    assert.ok(!existsSync(join(dir, 'qorgau.lock')));
    lockDataDirectory(dir).release();
  });

  test('a lock left by a process that is gone is taken over', () => {
    const dir = freshDir();
    const pid = deadPid();
    writeFileSync(join(dir, 'qorgau.lock'), JSON.stringify({ pid, host: hostname(), startedAt: 'then' }));
    const lock = lockDataDirectory(dir);
    assert.equal(JSON.parse(readFileSync(join(dir, 'qorgau.lock'), 'utf8')).pid, process.pid);
    lock.release();
  });

  test('a half-written lock counts as stale; one from another host counts as held', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'qorgau.lock'), '{"pid": 12');
    lockDataDirectory(dir).release();
    writeFileSync(
      join(dir, 'qorgau.lock'),
      JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, startedAt: 'then' }),
    );
    assert.throws(() => lockDataDirectory(dir), DataDirectoryInUse);
  });

  test('releasing twice, or after another took the lock over, leaves the other’s lock alone', () => {
    const dir = freshDir();
    const lock = lockDataDirectory(dir);
    const other = { pid: 1, host: hostname(), startedAt: 'later' };
    writeFileSync(join(dir, 'qorgau.lock'), JSON.stringify(other));
    lock.release();
    lock.release();
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'qorgau.lock'), 'utf8')), other);
  });

  test('the embedded database takes it: a second open of one directory fails, a reopen after close works', async () => {
    const dir = freshDir();
    const first = await openDatabase({ dataDir: dir });
    await assert.rejects(openDatabase({ dataDir: dir }), { code: 'data_dir_in_use' });
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
    assert.ok(!existsSync(join(dir, 'qorgau.lock')));
  });
});
