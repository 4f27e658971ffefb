import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildApp } from '../../server/app.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import { loadDemoData } from '../../server/demo/load.js';
import { tempFilesDir } from './app.js';
import { freshDatabase } from './database.js';

/** The app on a free localhost port, over a fresh database with the demo records. */
export async function startDemoServer(): Promise<{
  origin: string;
  handle: DatabaseHandle;
  stop(): Promise<void>;
}> {
  const handle = await freshDatabase();
  await loadDemoData(handle.db);
  const files = tempFilesDir();
  const app = buildApp({ db: handle.db, files: { dir: files.dir } });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    handle,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
      files.remove();
    },
  };
}
