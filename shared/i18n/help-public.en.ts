/**
 * The public help desk: its front page, the two forms, the receipt, and the thread a requester
 * reads with it. Written for someone who may be frightened, on a borrowed phone, in a hurry.
 */
export const helpPublicEn = {
  'hp.lead':
    'If you are a journalist, a blogger or anyone working with the media in Kazakhstan, and you are being threatened, have been detained, sued or stopped from working, write to us. The lawyers and monitors of our help desk read every message and answer it.',
  'hp.choose': 'What would you like to do?',
  'hp.report.title': 'Report an incident',
  'hp.report.pitch':
    'Something happened to you or to a colleague: an attack, a threat, a search, a seized camera, a blocked site. Tell us what happened, when and where.',
  'hp.question.title': 'Ask your question',
  'hp.question.pitch':
    'You need a lawyer’s advice: about threats, a detention, a lawsuit, accreditation or anything else in your work.',
  'hp.status.link': 'Already wrote to us? Read the answer',
  'hp.stored.h': 'What is kept',
  'hp.stored.text':
    'What you write and the files you attach are encrypted as soon as they arrive, with a key that only the help desk holds. We do not keep your IP address, the name of your browser or any cookie. You do not have to give your name or any contact details.',
  'hp.readers.h': 'Who reads it',
  'hp.readers.text':
    'Only the lawyers and monitors of the help desk. What you write is never published. If an incident you report is documented on this site, only what can be made public without putting anyone at risk appears there, and never who told us.',
  'hp.safety.h': 'How to stay safe',
  'hp.safety.tor':
    'If you can, use Tor Browser: your internet provider will not see that you visited this site, and we will not see where you are writing from.',
  'hp.safety.device':
    'Do not write from a work computer or phone, or over your office’s network: whoever runs them can see what is done on them.',
  'hp.safety.receipt':
    'Keep the receipt you will get where no one else looks: not in a shared notebook, not in a photo on a phone someone else may check.',
  'hp.safety.history':
    'If someone may look through your phone or computer, clear this site from the browser’s history when you are done.',
  'hp.safety.anonymous':
    'You can stay anonymous: contact details are optional. Give them only if it is safe for you to be contacted that way.',
  'hp.next.h': 'What happens next',
  'hp.next.text':
    'After sending, you get a receipt: a code and a passphrase. A lawyer or monitor reads your message and answers. With the receipt you read the answer on the page “Read the answer” and can write back. Without the receipt nobody can open your messages for you, not even us.',
  'hp.size.mb': '{n} MB',
  'hp.size.kb': '{n} KB',
  'hp.form.optional': 'optional',
  'hp.form.required': 'required',
  'hp.form.limit': 'At most {max} characters.',
  'hp.form.privacy':
    'Only the help desk can read what you send. We keep no address, no browser name, no cookie.',
  'hp.field.what': 'What happened?',
  'hp.field.what.hint': 'In your own words: what was done, to whom, what was said or written.',
  'hp.field.when': 'When?',
  'hp.field.when.hint': 'A date, or roughly: “last Tuesday”, “since March”.',
  'hp.field.where': 'Where?',
  'hp.field.where.hint': 'A city or a place; or online, on which site or platform.',
  'hp.field.targeted': 'Who was targeted?',
  'hp.field.targeted.hint': 'You, a colleague, an outlet. Names are not required.',
  'hp.field.by_whom': 'By whom, if you know?',
  'hp.field.by_whom.hint': 'A person, an official, an office, or “I do not know”.',
  'hp.field.links': 'Links',
  'hp.field.links.hint': 'Publications, posts, videos about it, one per line.',
  'hp.field.category': 'What is it about?',
  'hp.category.threats': 'Threats',
  'hp.category.detention': 'Detention or arrest',
  'hp.category.lawsuit': 'A lawsuit or a criminal case',
  'hp.category.accreditation': 'Accreditation',
  'hp.category.other': 'Something else',
  'hp.category.attack': 'An incident',
  'hp.field.question': 'Your question',
  'hp.field.question.hint':
    'Describe your situation and what you would like to know. Names are needed only where they matter.',
  'hp.field.files': 'Files',
  'hp.field.files.hint':
    'Photos, documents, recordings: up to {count} files of at most {size} each. A photo can carry the place where it was taken; if that could put you at risk, send a screenshot of it instead.',
  'hp.field.contact': 'How can we reach you?',
  'hp.field.contact.hint':
    'Only if it is safe for you: an e-mail address, Signal or Telegram. Leave it empty to stay anonymous: you will read our answer with your receipt.',
  'hp.field.trap': 'Leave this field empty',
  'hp.report.send': 'Send the report',
  'hp.question.send': 'Send the question',
  'hp.problem.h': 'Your message has not been sent yet',
  'hp.problem.stale':
    'For your safety a form can be sent only once and only for a limited time. Everything you wrote is kept below: check it and send it again.',
  'hp.problem.busy':
    'The help desk is receiving a great many messages right now. Everything you wrote is kept below: please send it again in a few minutes.',
  'hp.problem.too_long': '“{field}” is too long: at most {max} characters.',
  'hp.problem.required.what': 'Tell us what happened: this is the one field we need.',
  'hp.problem.required.question': 'Write your question.',
  'hp.problem.required.category': 'Choose what your question is about.',
  'hp.problem.required.text': 'Write your message.',
  'hp.problem.file_too_large':
    'A file is larger than {size}. Send a smaller one, or describe it in the text.',
  'hp.problem.too_many_files': 'At most {count} files can be sent at once.',
  'hp.problem.file_type':
    'A file is of a kind we cannot take. We take photos (JPEG, PNG, WebP, GIF), PDF documents, plain text, audio and video.',
  'hp.problem.body_too_large': 'The files together are too large. Send fewer or smaller files.',
  'hp.problem.files_again': 'Files are not kept when a form comes back: attach them again.',
  'hp.notReady.title': 'The help desk is not open yet',
  'hp.notReady.text':
    'This site cannot take messages for the help desk at the moment. Nothing was sent or kept. Please come back later.',
  'hp.receipt.title': 'Your receipt',
  'hp.receipt.lead':
    'Your message has arrived. Write this receipt down or print it now: it is shown only once, and without it nobody can open your messages, not even us.',
  'hp.receipt.code': 'Receipt code',
  'hp.receipt.passphrase': 'Passphrase',
  'hp.receipt.where': 'Read the answer at: {address}',
  'hp.receipt.keep':
    'Keep the code and the passphrase where no one else looks. Anyone who has both can read your messages.',
  'hp.receipt.print': 'To print it, use your browser’s Print command: only the receipt is printed.',
  'hp.receipt.saved': 'I have written down or saved the code and the passphrase',
  'hp.receipt.continue': 'Continue',
  'hp.receipt.notSaved':
    'Tick the box once you have saved the receipt: after you leave this page it will not be shown again.',
  'hp.done.title': 'What happens next',
  'hp.done.text':
    'A lawyer or monitor of the help desk will read your message and answer it. Come back in a few days to the page “Read the answer” with your code and passphrase: you will find the answer there and can write back.',
  'hp.done.close':
    'When you are done, close this tab; if others use this device, clear this site from its history.',
  'hp.status.title': 'Read the answer',
  'hp.status.lead':
    'Enter the receipt code and passphrase you got when you wrote to us. Spaces and hyphens do not matter.',
  'hp.status.open': 'Open my messages',
  'hp.status.notFound': 'We found no messages for this code and passphrase. Check the digits and try again.',
  'hp.status.throttled': 'There have been too many wrong tries with this code. Wait an hour, then try again.',
  'hp.status.busy': 'The page is busy right now. Please try again in a few minutes.',
  'hp.thread.title': 'Your messages',
  'hp.thread.kind.report': 'Report of an incident',
  'hp.thread.kind.question': 'Question',
  'hp.thread.sent': 'Sent on {date}',
  'hp.thread.state': 'State',
  'hp.thread.status.new': 'Received, not yet read',
  'hp.thread.status.in_progress': 'Being worked on',
  'hp.thread.status.answered': 'Answered',
  'hp.thread.status.closed': 'Closed',
  'hp.thread.you': 'You',
  'hp.thread.desk': 'Help desk',
  'hp.thread.noAnswer': 'No answer yet. We will answer here: come back in a few days.',
  'hp.thread.download': 'Download',
  'hp.thread.reply': 'Write back',
  'hp.thread.replyText': 'Your message',
  'hp.thread.replySend': 'Send',
  'hp.thread.replied': 'Your message has been sent.',
  'hp.thread.leave': 'When you are done, close this tab.',
} as const;
