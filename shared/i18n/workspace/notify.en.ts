/**
 * Words of staff notifications, in English (the reference for kk and ru): the e-mail that says a
 * help request is waiting or was assigned (never what it says or who sent it), and the account
 * settings where staff choose them.
 */
export const notifyEn = {
  // The mail. No request's content, author or id: only that one is waiting.
  'nt.mail.arrived.subject': 'Qorgau: a new help request is waiting',
  'nt.mail.arrived.body': 'A new help request is waiting in the help desk queue.',
  'nt.mail.assigned.subject': 'Qorgau: a help request was assigned to you',
  'nt.mail.assigned.body': 'A help request in the help desk queue was assigned to you.',
  'nt.mail.open': 'Open the queue (you will be asked to sign in):',
  'nt.mail.why': 'On purpose, this message says nothing about the request: read it in the workspace.',
  'nt.mail.settings': 'You get these messages because you chose them in your account. To stop them:',
  // The settings.
  'nt.title': 'Notifications by e-mail',
  'nt.intro':
    'The help desk can write to you when a request arrives or is assigned to you. The mail never says what the request is about or who sent it: only that one is waiting, with a link to the queue.',
  'nt.email': 'E-mail address for notifications',
  'nt.emailHint':
    'Kept on the server as written, not encrypted. Prefer an address only you read; leave it empty to get no mail.',
  'nt.arrived': 'When a new help request arrives',
  'nt.assigned': 'When a help request is assigned to me',
  'nt.mailOff':
    'Mail is off on this server: nothing is sent until an administrator sets up outgoing mail (SMTP). Your choices are kept.',
  'nt.badEmail': 'This is not an e-mail address.',
  'nt.needsEmail': 'Give an e-mail address to get notifications.',
} as const;
