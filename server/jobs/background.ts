import type { MailConfig } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';
import { smtpMailer } from '../modules/notifications/mailer.js';
import { startNotifications } from '../modules/notifications/notifications.js';
import { type JobQueueOptions, type RetryPolicy, startJobQueue } from './job-queue.js';

/**
 * What `serve` runs beside HTTP: the job queue (in this process, over the same database) and,
 * when SMTP is configured, the notifications that use it. Without SMTP nothing is queued for
 * mail. Returns what stops both; call it before the database closes.
 */
export async function startBackgroundWork(
  mail: MailConfig | null,
  handle: DatabaseHandle,
  options: {
    log?: (line: string) => void;
    queue?: JobQueueOptions;
    mailRetry?: RetryPolicy;
    arrivalWindowSeconds?: number;
  } = {},
): Promise<() => Promise<void>> {
  const log = options.log ?? console.log;
  const jobs = await startJobQueue(handle.jobSql, options.queue);
  if (!mail) {
    log('Mail is off (QORGAU_SMTP_URL is not set): staff get no e-mail notifications.');
    return () => jobs.stop();
  }
  const mailer = smtpMailer(mail.smtpUrl, mail.from);
  const stopListening = await startNotifications({
    db: handle.db,
    jobs,
    mailer,
    publicUrl: mail.publicUrl,
    ...(options.mailRetry ? { retry: options.mailRetry } : {}),
    ...(options.arrivalWindowSeconds ? { arrivalWindowSeconds: options.arrivalWindowSeconds } : {}),
  });
  log(`Mail: staff notifications through ${new URL(mail.smtpUrl).host}.`);
  return async () => {
    await stopListening();
    await jobs.stop();
    mailer.close();
  };
}
