import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Context, Hono } from 'hono';
import type { Language } from '../../../shared/languages.js';
import type { AppEnv } from '../../http/env.js';
import { AppError } from '../../http/errors.js';
import { securityHeaders } from '../../http/security.js';
import { contentDisposition } from '../../modules/evidence/file-name.js';
import {
  openThread,
  readRequesterFile,
  replyAsRequester,
  submitHelpRequest,
} from '../../modules/help/help.service.js';
import type { Receipt } from '../../modules/help/help.types.js';
import { deskPublicKey } from '../../modules/help/help-requester.service.js';
import { admitLookup, type FormKind, issueForm } from '../../modules/help/intake-guard.js';
import { generateReceipt, normaliseDigits } from '../../modules/help/receipt.js';
import { QuestionFormPage, ReportFormPage } from '../../views/help/forms.page.js';
import { HelpFrontPage } from '../../views/help/front.page.js';
import type { Problem } from '../../views/help/help.parts.js';
import { DonePage, NotReadyPage, ReceiptPage } from '../../views/help/receipt.page.js';
import { StatusPage, ThreadPage } from '../../views/help/status.page.js';
import { failureResponse } from '../error-response.js';
import { isLanguage } from '../locale.js';
import { type PostedForm, readHelpForm } from './help-form.js';
import { helpFailure } from './help-paths.js';
import { FORM_FIELDS, judge, submissionOf, withToken } from './help-submit.js';

/*
 * The public help desk under /kk|ru|en/help. Every answer here: no-store, no referrer, nothing
 * from elsewhere (the CSP), no cookie, and nothing read about the sender (no address, no user
 * agent). A failure is logged by its kind only, never with what the form carried.
 */

const HELP_JS = readFileSync(
  resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../../../web/help.js'),
  'utf8',
);

export const helpRoutes = new Hono<AppEnv>();

helpRoutes.use('/:lang{kk|ru|en}/help/*', securityHeaders);
helpRoutes.use('/:lang{kk|ru|en}/help', securityHeaders);

helpRoutes.get('/static/help.js', (c) => {
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(HELP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' });
});

/** Only the kind of a failure reaches the log (help-paths.ts). */
helpRoutes.onError((err, c) => failureResponse(c, helpFailure(c.req.method, err)));

const langOf = (c: Context<AppEnv>): Language => {
  const lang = c.req.param('lang');
  if (!isLanguage(lang)) throw new AppError('not_found', 'No such language');
  return lang;
};

helpRoutes.get('/:lang{kk|ru|en}/help', (c) => c.html(<HelpFrontPage lang={langOf(c)} />));
helpRoutes.get('/:lang{kk|ru|en}/help/', (c) => c.redirect(`/${langOf(c)}/help`, 301));

async function deskIsOpen(c: Context<AppEnv>): Promise<boolean> {
  try {
    await deskPublicKey(c.var.db);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'help_desk_not_ready') return false;
    throw err;
  }
}

const FORM_PAGES = { report: ReportFormPage, question: QuestionFormPage };

for (const kind of ['report', 'question'] as const) {
  const FormPage = FORM_PAGES[kind];
  helpRoutes.get(`/:lang{kk|ru|en}/help/${kind}`, async (c) => {
    const lang = langOf(c);
    // Before `help-desk init` nothing could be taken: say so before anyone starts writing.
    if (!(await deskIsOpen(c))) return c.html(<NotReadyPage lang={lang} />, 503);
    const form = await issueForm(c.var.db, kind, c.var.helpLimits);
    return c.html(<FormPage lang={lang} form={form} limits={c.var.helpLimits} />);
  });
  helpRoutes.post(`/:lang{kk|ru|en}/help/${kind}`, async (c) => {
    const lang = langOf(c);
    const posted = await readHelpForm(c, FORM_FIELDS[kind], c.var.helpLimits);
    closeIfCut(c, posted);
    const verdict = await judge(c, lang, kind, posted);
    // The trap: an answer that looks taken, with a receipt that opens nothing.
    if (verdict.kind === 'trap') return receiptAnswer(c, lang, generateReceipt());
    if (verdict.kind === 'refused') {
      const values = typedValues(posted);
      const page = (
        <FormPage
          lang={lang}
          form={verdict.form}
          limits={c.var.helpLimits}
          values={values}
          problems={verdict.problems}
        />
      );
      return c.html(page, verdict.status);
    }
    try {
      const receipt = await withToken(c, verdict.token, () =>
        submitHelpRequest(c.var.db, submissionOf(kind, lang, verdict.lane, posted)),
      );
      return receiptAnswer(c, lang, receipt);
    } catch (err) {
      if (err instanceof AppError && err.code === 'help_desk_not_ready')
        return c.html(<NotReadyPage lang={lang} />, 503);
      throw err;
    }
  });
}

/** A body cut at the limit is still arriving: the connection is closed after the answer. */
function closeIfCut(c: Context<AppEnv>, posted: PostedForm): void {
  if (posted.problems.has('body_too_large')) c.header('Connection', 'close');
}

/** What the person typed, to put back in the form (never the guard's own fields). */
function typedValues(posted: PostedForm): Record<string, string> {
  const { token: _t, pow: _p, homepage: _h, code: _c, passphrase: _s, ...values } = posted.fields;
  return values;
}

/**
 * Where to read the answer, for the printed receipt: this site's name and the path, without the
 * scheme (behind a proxy the server may not know it; the person types the name as they know it).
 */
const statusAddressOf = (c: Context<AppEnv>, lang: Language) =>
  `${new URL(c.req.url).host}/${lang}/help/status`;

function receiptAnswer(c: Context<AppEnv>, lang: Language, receipt: Receipt) {
  const statusAddress = statusAddressOf(c, lang);
  return c.html(
    <ReceiptPage
      lang={lang}
      code={receipt.code}
      passphrase={receipt.passphrase}
      statusAddress={statusAddress}
    />,
  );
}

const SAVED_FIELDS = new Set(['code', 'passphrase', 'saved']);

helpRoutes.post('/:lang{kk|ru|en}/help/saved', async (c) => {
  const lang = langOf(c);
  const { fields } = await readHelpForm(c, SAVED_FIELDS, c.var.helpLimits);
  if (fields.saved === 'yes') return c.html(<DonePage lang={lang} />);
  const code = normaliseDigits(fields.code ?? '');
  const passphrase = normaliseDigits(fields.passphrase ?? '');
  // Only a receipt's own digits are shown again: nothing else posted here is echoed.
  if (!code || !passphrase) return c.html(<StatusPage lang={lang} />, 400);
  const statusAddress = statusAddressOf(c, lang);
  return c.html(
    <ReceiptPage lang={lang} code={code} passphrase={passphrase} statusAddress={statusAddress} notSaved />,
    400,
  );
});

helpRoutes.get('/:lang{kk|ru|en}/help/status', (c) => c.html(<StatusPage lang={langOf(c)} />));

const STATUS_FIELDS = new Set(['code', 'passphrase', 'file']);

/** The receipt refusals as the status page says them; anything else is thrown on. */
function statusRefusal(c: Context<AppEnv>, lang: Language, err: unknown, code?: string) {
  if (!(err instanceof AppError)) throw err;
  const typed = normaliseDigits(code ?? '') ?? undefined;
  if (err.code === 'receipt_throttled')
    return c.html(<StatusPage lang={lang} problem="hp.status.throttled" code={typed} />, 429);
  if (err.code === 'receipt_not_found' || err.code === 'file_not_found') {
    return c.html(<StatusPage lang={lang} problem="hp.status.notFound" code={typed} />, 404);
  }
  if (err.code === 'help_desk_not_ready') return c.html(<NotReadyPage lang={lang} />, 503);
  throw err;
}

const busy = (c: Context<AppEnv>, lang: Language) =>
  c.html(<StatusPage lang={lang} problem="hp.status.busy" />, 429);

async function threadAnswer(
  c: Context<AppEnv>,
  lang: Language,
  receipt: Receipt,
  extra: {
    replied?: boolean;
    values?: Record<string, string>;
    problems?: Problem[];
    form?: Awaited<ReturnType<typeof issueForm>>;
  },
  status: 200 | 400 | 422 | 429 = 200,
) {
  const thread = await openThread(c.var.db, receipt);
  const form = extra.form ?? (await issueForm(c.var.db, 'reply', c.var.helpLimits));
  const page = (
    <ThreadPage
      lang={lang}
      thread={thread}
      code={receipt.code}
      passphrase={receipt.passphrase}
      form={form}
      limits={c.var.helpLimits}
      {...extra}
    />
  );
  return c.html(page, status);
}

helpRoutes.post('/:lang{kk|ru|en}/help/status', async (c) => {
  const lang = langOf(c);
  const { fields } = await readHelpForm(c, STATUS_FIELDS, c.var.helpLimits);
  if (!(await admitLookup(c.var.db, c.var.helpLimits))) return busy(c, lang);
  const receipt = { code: fields.code ?? '', passphrase: fields.passphrase ?? '' };
  try {
    return await threadAnswer(c, lang, receipt, {});
  } catch (err) {
    return statusRefusal(c, lang, err, fields.code);
  }
});

helpRoutes.post('/:lang{kk|ru|en}/help/status/file', async (c) => {
  const lang = langOf(c);
  const { fields } = await readHelpForm(c, STATUS_FIELDS, c.var.helpLimits);
  if (!(await admitLookup(c.var.db, c.var.helpLimits))) return busy(c, lang);
  try {
    const receipt = { code: fields.code ?? '', passphrase: fields.passphrase ?? '' };
    const file = await readRequesterFile(c.var.db, receipt, fields.file ?? '');
    c.header('Content-Disposition', contentDisposition('attachment', file.name));
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': file.mediaType });
  } catch (err) {
    return statusRefusal(c, lang, err, fields.code);
  }
});

helpRoutes.post('/:lang{kk|ru|en}/help/status/reply', async (c) => {
  const lang = langOf(c);
  const kind: FormKind = 'reply';
  const posted = await readHelpForm(c, FORM_FIELDS[kind], c.var.helpLimits);
  closeIfCut(c, posted);
  const receipt = { code: posted.fields.code ?? '', passphrase: posted.fields.passphrase ?? '' };
  if (!(await admitLookup(c.var.db, c.var.helpLimits))) return busy(c, lang);
  try {
    const verdict = await judge(c, lang, kind, posted);
    if (verdict.kind === 'trap') return await threadAnswer(c, lang, receipt, { replied: true });
    if (verdict.kind === 'refused') {
      const extra = { values: typedValues(posted), problems: verdict.problems, form: verdict.form };
      return await threadAnswer(c, lang, receipt, extra, verdict.status);
    }
    await withToken(c, verdict.token, () =>
      replyAsRequester(c.var.db, receipt, posted.fields.text ?? '', posted.files),
    );
    return await threadAnswer(c, lang, receipt, { replied: true });
  } catch (err) {
    return statusRefusal(c, lang, err, receipt.code);
  }
});
