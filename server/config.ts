import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { trustedProxies } from './http/client-address.js';

/** Runtime configuration, read from the environment (and an optional `.env` in the working dir). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Where evidence files are kept, content-addressed (shared by every app process). */
  filesDir: string;
  /** The largest file an upload may carry, in bytes. */
  maxUploadBytes: number;
  /** An open case with no new event for longer than this counts as impunity. */
  stalledAfterDays: number;
  /** Reverse proxies (addresses, CIDR ranges) whose X-Forwarded-For the sign-in throttle believes. */
  trustedProxies: string[];
  /** Help requests the public forms take per 10 minutes, all senders together, and those without a proof of work. */
  helpRequestsPer10Min: number;
  helpModeratedPer10Min: number;
  /** Staff notifications by e-mail; null when QORGAU_SMTP_URL is not set (mail is off). */
  mail: MailConfig | null;
}

export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…:465 (nodemailer's connection URL). */
  smtpUrl: string;
  /** The From of every mail: an address, or "Name <address>". */
  from: string;
  /** Where people reach this server, e.g. https://qorgau.example.org: the links in mails start here. */
  publicUrl: string;
}

/** Half a year without a procedural step: the point at which monitors call a case stalled. */
export const DEFAULT_STALLED_AFTER_DAYS = 180;

/** Large enough for a phone's photo, a scanned document or a short clip; small enough to hold in memory. */
export const DEFAULT_MAX_UPLOAD_MB = 25;

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('localhost'),
    QORGAU_DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.string().url().optional(),
    QORGAU_FILES_DIR: z.string().min(1).optional(),
    QORGAU_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(DEFAULT_MAX_UPLOAD_MB),
    QORGAU_STALLED_AFTER_DAYS: z.coerce.number().int().min(1).max(36500).default(DEFAULT_STALLED_AFTER_DAYS),
    QORGAU_HELP_REQUESTS_PER_10_MIN: z.coerce.number().int().min(1).max(100_000).default(60),
    QORGAU_HELP_MODERATED_PER_10_MIN: z.coerce.number().int().min(0).max(100_000).default(20),
    QORGAU_TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .superRefine((entries, ctx) => {
        try {
          trustedProxies(entries);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
        }
      }),
    QORGAU_SMTP_URL: z
      .string()
      .url()
      .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
      .optional(),
    QORGAU_MAIL_FROM: z
      .string()
      .max(320)
      .refine(
        (v) => z.email().safeParse(/<([^<>]+)>\s*$/.exec(v)?.[1] ?? v).success,
        'must be an e-mail address',
      )
      .optional(),
    QORGAU_PUBLIC_URL: z
      .string()
      .url()
      .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
      .optional(),
  })
  .superRefine((e, ctx) => {
    // Mail is on with SMTP alone; then it needs a sender and the address its links point to.
    if (!e.QORGAU_SMTP_URL) return;
    for (const key of ['QORGAU_MAIL_FROM', 'QORGAU_PUBLIC_URL'] as const) {
      if (!e[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required when QORGAU_SMTP_URL is set' });
    }
  });

/** Parses `KEY=value` lines; values already set in the real environment win over the file. */
function readDotEnv(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    out[match[1]] = (match[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** Loads the configuration; throws with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const merged = { ...readDotEnv(resolve(cwd, '.env')), ...env };
  const blankToUndefined = Object.fromEntries(
    Object.entries(merged).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.QORGAU_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    filesDir: e.QORGAU_FILES_DIR ? resolve(cwd, e.QORGAU_FILES_DIR) : join(dataDir, 'files'),
    maxUploadBytes: e.QORGAU_MAX_UPLOAD_MB * 1024 * 1024,
    stalledAfterDays: e.QORGAU_STALLED_AFTER_DAYS,
    trustedProxies: e.QORGAU_TRUSTED_PROXIES,
    helpRequestsPer10Min: e.QORGAU_HELP_REQUESTS_PER_10_MIN,
    helpModeratedPer10Min: e.QORGAU_HELP_MODERATED_PER_10_MIN,
    mail:
      e.QORGAU_SMTP_URL && e.QORGAU_MAIL_FROM && e.QORGAU_PUBLIC_URL
        ? {
            smtpUrl: e.QORGAU_SMTP_URL,
            from: e.QORGAU_MAIL_FROM,
            publicUrl: e.QORGAU_PUBLIC_URL.replace(/\/+$/, ''),
          }
        : null,
  };
}
