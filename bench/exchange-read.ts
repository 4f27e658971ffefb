import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTable } from '../server/modules/exchange/read/read.js';
import { rng } from './generate.js';

/*
 * npm run bench:exchange-read — the import readers alone, no database: rows per second reading 100,000
 * synthetic CSV rows (quoted multi-line cells and Cyrillic text among them), and the peak resident memory
 * (rss, sampled every 20 ms) while reading a generated 1 GB CSV file from a temporary folder, deleted after.
 */

const ROWS = 100_000;
const BIG = 1024 ** 3;
const HEADER = 'id,date,title,city,description,categories,victims\n';

function syntheticRow(i: number, random: () => number): string {
  const day = 1 + Math.floor(random() * 28);
  const body =
    random() < 0.2 ? `"Журналиста задержали, ""${i}""\nСудья отложил заседание"` : `Reporter ${i} detained`;
  return `${i},2020-03-${String(day).padStart(2, '0')},Incident ${i},Алматы,${body},"Arrest, Assault",Айгүл Нұрланқызы\n`;
}

/** Writes rows to a file until it holds `bytes`; returns how many rows it holds. */
async function writeCsv(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const random = rng(7);
  out.write(HEADER);
  let size = HEADER.length;
  let rows = 0;
  while (size < bytes) {
    let chunk = '';
    for (let i = 0; i < 1000; i++) chunk += syntheticRow(rows++, random);
    size += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

async function readAll(path: string): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  for await (const _ of (await readTable(path)).rows) rows++;
  return { rows, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-bench-read-'));
  try {
    const small = join(dir, 'rows.csv');
    const written = await writeCsvRows(small, ROWS);
    await readAll(small); // warm-up
    const timed = await readAll(small);
    console.log(
      `CSV, ${timed.rows} rows (${mb(statSync(small).size)}): ${Math.round(timed.rows / timed.seconds)} rows/s`,
    );
    if (timed.rows !== written) throw new Error(`read ${timed.rows} of ${written} rows`);

    const free = await statfs(dir);
    const target = free.bavail * free.bsize > BIG * 3 ? BIG : BIG / 2;
    if (target !== BIG) console.log('Disk is short: the large file is 512 MB, not 1 GB');
    const big = join(dir, 'big.csv');
    const rowsWritten = await writeCsv(big, target);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const read = await readAll(big);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (read.rows !== rowsWritten) throw new Error(`read ${read.rows} of ${rowsWritten} rows`);
    console.log(
      `CSV, ${mb(statSync(big).size)}, ${read.rows} rows: ${read.seconds.toFixed(1)} s, ` +
        `${Math.round(read.rows / read.seconds)} rows/s, ${mb(statSync(big).size / read.seconds)}/s; ` +
        `peak rss ${mb(peak)} (${mb(rssBefore)} before reading)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes exactly `count` rows (after the header already there). */
async function writeCsvRows(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  const random = rng(3);
  out.write(HEADER);
  for (let i = 0; i < count; i++) {
    if (!out.write(syntheticRow(i, random))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return count;
}

const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

await main();
