import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';

const MAIN = resolve(process.cwd(), 'dist/server/main.js');
const run = promisify(execFile);

/** Starts `serve` on a free port and resolves with its first lines once it listens. */
function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: string; port: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [MAIN, 'serve'], { env: { ...process.env, PORT: '0', ...env } });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, output, port: Number(match[1]) });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

describe('the command line', () => {
  test('first start creates the database and asks for an administrator, whom the command line creates', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-serve-'));
    const env = { QORGAU_DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await startServer(env);
    assert.match(first.output, /No accounts yet/);
    const base = `http://localhost:${first.port}/api/v1`;
    assert.equal((await fetch(`${base}/incidents`)).status, 200);
    assert.equal(
      (await fetch(`${base}/incidents`, { headers: { authorization: 'Bearer qg_nope' } })).status,
      401,
    );
    await stop(first.child);

    const created = await run(
      process.execPath,
      [MAIN, 'create-admin', '--username', 'Aigerim', '--name', 'Aigerim B.'],
      {
        env: { ...process.env, ...env },
      },
    );
    assert.match(created.stdout, /Administrator "aigerim" created/);
    const password = /Temporary password \(shown once\): (\S+)/.exec(created.stdout)?.[1];
    assert.ok(password && password.length >= 16, created.stdout);
    await assert.rejects(
      run(process.execPath, [MAIN, 'create-admin', '--username', 'aigerim'], {
        env: { ...process.env, ...env },
      }),
      /already exists|unique/i,
    );

    const second = await startServer(env);
    assert.ok(!second.output.includes('No accounts yet'), 'the account was kept across restarts');
    await stop(second.child);

    const reset = await run(process.execPath, [MAIN, 'reset-password', '--username', 'aigerim'], {
      env: { ...process.env, ...env },
    });
    const next = /shown once\): (\S+)/.exec(reset.stdout)?.[1];
    assert.ok(next && next !== password, reset.stdout);
  });

  test('a command beside the running server is refused with what to do, and works once it stops', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-lock-'));
    const env = { QORGAU_DATA_DIR: dataDir, DATABASE_URL: '' };
    const server = await startServer(env);
    try {
      const refused = await run(process.execPath, [MAIN, 'create-admin', '--username', 'dana'], {
        env: { ...process.env, ...env },
      }).then(
        () => null,
        (err: { code: number; stderr: string; stdout: string }) => err,
      );
      assert.ok(refused, 'the second process did not report success');
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /in use by another Qorgau process \(pid \d+/);
      assert.match(refused.stderr, /Stop that process/);
      assert.doesNotMatch(refused.stdout, /created/);
      // The server still answers: the refused command did not touch its database.
      assert.equal((await fetch(`http://localhost:${server.port}/api/v1/incidents`)).status, 200);
    } finally {
      await stop(server.child);
    }
    const created = await run(process.execPath, [MAIN, 'create-admin', '--username', 'dana'], {
      env: { ...process.env, ...env },
    });
    assert.match(created.stdout, /Administrator "dana" created/);
  });

  test('`demo` loads the seed records into a database, and a second run changes nothing', async () => {
    const env = {
      ...process.env,
      QORGAU_DATA_DIR: mkdtempSync(join(tmpdir(), 'qorgau-demo-')),
      DATABASE_URL: '',
    };
    const first = await run(process.execPath, [MAIN, 'demo'], { env });
    assert.match(first.stdout, /\d+ incidents recorded/);
    const second = await run(process.execPath, [MAIN, 'demo'], { env });
    assert.match(second.stdout, /already present/);
  });

  test('unknown commands fail with the usage', async () => {
    await assert.rejects(run(process.execPath, [MAIN, 'frobnicate']), /Unknown command/);
  });
});
