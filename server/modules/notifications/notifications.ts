import type { Db } from '../../db/database.js';
import type { JobQueue, RetryPolicy } from '../../jobs/job-queue.js';
import { type HelpEvent, onHelpEvent } from '../help/help.events.js';
import type { Mailer } from './mailer.js';
import { composeMail } from './notification.mail.js';
import { arrivalRecipients, type Notice, recipientFor } from './notification.repo.js';

/** The queue of staff mails: one job per mail, so one refused address does not hold back the others. */
export const MAIL_QUEUE = 'notify-mail';

/**
 * A refused or unreachable mail server is tried again after about 30 s, 1, 2, 4, 8 and 16 minutes:
 * half an hour of outage loses nothing, and a request waiting longer is on the dashboard anyway.
 */
export const MAIL_RETRY: RetryPolicy = {
  retryLimit: 6,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 120,
};

/** A job holds who and what kind of notice — no address (read at sending), no request id. */
export interface MailJob {
  accountId: string;
  notice: Notice;
}

export interface NotificationOptions {
  db: Db;
  jobs: JobQueue;
  mailer: Mailer;
  /** The server's public address: the mail's links start here. */
  publicUrl: string;
  retry?: RetryPolicy;
  /** At most one "a request is waiting" mail per person in each window of this many seconds. */
  arrivalWindowSeconds?: number;
}

/**
 * A burst of submissions (a flood of spam, or a crowd after an event) must not become a flood of
 * mail: one "waiting" mail per person every five minutes says all there is to say, since the mail
 * names no request. One arriving during a window still brings a mail when the window ends.
 */
export const ARRIVAL_WINDOW_SECONDS = 300;

/**
 * Turns help-desk events into mails (called by `serve` only when SMTP is configured: without it
 * nothing is queued). Returns the function that stops listening and waits for the events being
 * queued; the queue itself is stopped by its owner.
 */
export async function startNotifications(options: NotificationOptions): Promise<() => Promise<void>> {
  const { db, jobs, mailer, publicUrl } = options;
  const window = options.arrivalWindowSeconds ?? ARRIVAL_WINDOW_SECONDS;
  await jobs.define(MAIL_QUEUE, options.retry ?? MAIL_RETRY);
  await jobs.work<MailJob>(MAIL_QUEUE, async ({ accountId, notice }) => {
    const to = await recipientFor(db, accountId, notice);
    if (!to) return; // disabled, another role or opted out since: nothing to send
    await mailer.send(composeMail(notice, to.language, publicUrl, to.email));
  });
  // The event's sender (a submission, an assignment) does not wait for the queue: its answer
  // neither slows down nor varies with who is told.
  const pending = new Set<Promise<void>>();
  const stopListening = onHelpEvent((event) => {
    const queued = queueMails(db, jobs, event, window)
      .then(() => undefined)
      .catch((err: Error) => console.error(`Notifications: not queued (${err.message})`))
      .finally(() => pending.delete(queued));
    pending.add(queued);
  });
  return async () => {
    stopListening();
    await Promise.all(pending);
  };
}

/** One job per recipient of the event; the event's request id goes no further than here. */
export async function queueMails(
  db: Db,
  jobs: JobQueue,
  event: HelpEvent,
  arrivalWindowSeconds = ARRIVAL_WINDOW_SECONDS,
): Promise<number> {
  const planned: MailJob[] =
    event.type === 'help.arrived'
      ? (await arrivalRecipients(db)).map((accountId) => ({ accountId, notice: 'arrived' }))
      : (await recipientFor(db, event.accountId, 'assigned'))
        ? [{ accountId: event.accountId, notice: 'assigned' }]
        : [];
  let queued = 0;
  for (const job of planned) {
    const debounce =
      job.notice === 'arrived'
        ? { key: `arrived:${job.accountId}`, seconds: arrivalWindowSeconds }
        : undefined;
    if (await jobs.send(MAIL_QUEUE, job, { debounce })) queued += 1;
  }
  return queued;
}
