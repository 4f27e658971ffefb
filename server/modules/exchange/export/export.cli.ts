import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { isLanguage, type Language } from '../../../../shared/languages.js';
import type { Db } from '../../../db/database.js';
import { type Principal, systemPrincipal } from '../../../http/auth.js';
import { AppError } from '../../../http/errors.js';
import { findAccountByUsername } from '../../accounts/account.repo.js';
import { IncidentQuery } from '../../incidents/incident-list.schema.js';
import { EXPORT_FORMATS, type ExportFormat, writeExport } from './export.js';

export interface ExportArgs {
  format?: string | undefined;
  out?: string | undefined;
  as?: string | undefined;
  lang?: string | undefined;
}

/** The principal an export runs as: the system (everything), or an account's own scope. */
export async function exportPrincipal(db: Db, username: string | undefined): Promise<Principal> {
  if (!username) return systemPrincipal('cli');
  const account = await findAccountByUsername(db, username);
  if (!account || account.disabled_at) {
    throw new AppError('account_not_found', `No active account is called ${username}`, [
      { path: 'as', code: 'not_found' },
    ]);
  }
  return { kind: 'account', id: account.id, username: account.username, role: account.role, scopes: null };
}

function checkFormat(format: string | undefined): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(format ?? '')) return format as ExportFormat;
  throw new AppError('invalid_format', `--format must be one of ${EXPORT_FORMATS.join(', ')}`, [
    { path: 'format', code: 'invalid' },
  ]);
}

/**
 * `export --format events-json|csv|xlsx [--out FILE] [--as USERNAME] [--lang kk|ru|en]`: the file
 * (or standard output), a progress bar and the summary on standard error. Answers the exit code.
 */
export async function exportCommand(
  db: Db,
  args: ExportArgs,
  stalledAfterDays: number,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  const format = checkFormat(args.format);
  const lang: Language = args.lang && isLanguage(args.lang) ? args.lang : 'en';
  const who = await exportPrincipal(db, args.as);
  const out: Writable = args.out ? createWriteStream(args.out) : process.stdout;
  const bar = new cliProgress.SingleBar(
    { stream: stderr, format: 'Export [{bar}] {value}/{total} incidents', noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let read = 0;
  const result = await writeExport(db, who, out, {
    format,
    lang,
    query: IncidentQuery.parse({ facets: 'true' }),
    stalledAfterDays,
    onPage: (count, total) => {
      if (read === 0) bar.start(total ?? 0, 0);
      read += count;
      bar.update(read);
    },
  }).finally(() => bar.stop());
  const seconds = (performance.now() - started) / 1000;
  stderr.write(
    `Exported ${result.written} incidents as ${format} to ${args.out ?? 'standard output'} in ${seconds.toFixed(1)} s (${Math.round(result.written / Math.max(seconds, 0.001))} incidents/s), as ${args.as ?? 'the system'}.\n`,
  );
  return 0;
}
