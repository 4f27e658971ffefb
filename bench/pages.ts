import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { weighPage } from './weigh.js';

export interface PageLoad {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  errors: number;
}

/** Starts the real server (a separate process) on the data directory a benchmark left. */
export async function serveDataDir(
  dataDir: string,
  port: number,
): Promise<{ origin: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['dist/server/main.js', 'serve'], {
    env: {
      ...process.env,
      QORGAU_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('on http://')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Requests per second and latency of one page at 50 connections for a bounded time. */
export async function loadPage(origin: string, path: string, seconds = 10): Promise<PageLoad> {
  const result = await autocannon({ url: `${origin}${path}`, connections: 50, duration: seconds });
  return {
    path,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** What a reader downloads for a page, compressed as a server would send it: HTML plus every asset. */
export async function pageWeight(
  origin: string,
  path: string,
): Promise<{ html: number; css: number; other: number; total: number }> {
  const { html, css, other, total } = await weighPage((p) => fetch(`${origin}${p}`), path);
  return { html, css, other, total };
}
