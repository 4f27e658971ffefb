import { t } from '../../../shared/i18n/index.js';
import { isLanguage, type Language } from '../../../shared/languages.js';
import type { Mail } from './mailer.js';
import type { Notice } from './notification.repo.js';

/** Where the mail's link leads: the queue, which asks for sign-in. */
export const HELP_QUEUE_PATH = 'workspace/help';
/** Where the mail says the notifications can be turned off. */
export const SETTINGS_PATH = 'workspace/password#notifications';

/**
 * The whole mail, in the recipient's language. It says only that a request is waiting or was
 * assigned: no category, no time, no words of the request, and no request id in the link. Mail
 * passes through servers nobody here controls and stays in mailboxes for years; an id would tie
 * each message to one request (when it came, who was given it) for anyone who reads the mailbox
 * or the mail server's logs, and a link with it would carry it into browser history and proxy
 * logs too. The queue shows the person what is theirs once they have signed in.
 */
export function composeMail(notice: Notice, language: string, publicUrl: string, to: string): Mail {
  const lang: Language = isLanguage(language) ? language : 'en';
  const queue = `${publicUrl}/${lang}/${HELP_QUEUE_PATH}`;
  const settings = `${publicUrl}/${lang}/${SETTINGS_PATH}`;
  const text = [
    t(lang, notice === 'arrived' ? 'nt.mail.arrived.body' : 'nt.mail.assigned.body'),
    '',
    t(lang, 'nt.mail.open'),
    queue,
    '',
    t(lang, 'nt.mail.why'),
    '',
    '-- ',
    t(lang, 'nt.mail.settings'),
    settings,
    '',
  ].join('\n');
  return {
    to,
    subject: t(lang, notice === 'arrived' ? 'nt.mail.arrived.subject' : 'nt.mail.assigned.subject'),
    text,
  };
}
