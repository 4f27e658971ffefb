import { type Context, Hono } from 'hono';
import { t } from '../../../shared/i18n/index.js';
import { notFound } from '../../http/errors.js';
import { historyIntegrity } from '../../modules/audit/audit.history.js';
import { gateHistory } from '../../modules/incidents/incident.gate.js';
import type { WorkspaceEnv } from '../env.js';
import { lang, me } from '../forms.js';
import { requireSession } from '../session.js';
import type { HistoryEntry } from './history.js';
import { HistoryPage, VersionPage } from './history.page.js';
import { applyChanges, type Doc } from './history.say.js';
import { describeHistory } from './history.sentences.js';
import { reviewLookups } from './review.data.js';
import { IncidentReview, type ReviewDocument } from './review.view.js';

/**
 * An incident's history as sentences, and any earlier version of it read as the review reads the
 * record now. Both go through `gateHistory`: an incident the reader may not see, confidential or
 * deleted, answers the same 404 as one that never existed, and so do its versions.
 */
export const incidentHistoryPages = new Hono<WorkspaceEnv>();

const H = '/:lang{kk|ru|en}/workspace/incidents/:reference/history';

/** The entries the reader may see, the words to tell them with, and each entry's document. */
async function told(c: Context<WorkspaceEnv>) {
  const reference = c.req.param('reference') as string;
  const entries = (await gateHistory(c.var.db, c.var.actor, reference, [
    'incident',
    'case',
    'comment',
  ])) as HistoryEntry[];
  const named = namedIn(entries);
  const look = await reviewLookups(c.var.db, c.var.actor, named);
  const items = describeHistory(lang(c), look, entries);
  const latest = [...items].reverse().find((i) => i.entry.entity === 'incident' && i.document)?.document;
  const title = typeof latest?.reference === 'string' ? latest.reference : reference;
  return { reference, title, entries, items, look };
}

const ids = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every person and incident the incident's documents name, version after version. */
function namedIn(entries: HistoryEntry[]) {
  const people: string[] = [];
  const incidents: string[] = [];
  let doc: Doc | null = null;
  for (const e of entries.filter((x) => x.entity === 'incident')) {
    doc = applyChanges(doc, e);
    if (!doc) continue;
    people.push(
      ...ids(list(doc.victims)),
      ...ids(list(doc.violations).map((v) => (v as Doc | null)?.victim)),
    );
    incidents.push(...ids([doc.mergedInto, doc.mergedFrom]));
  }
  return { people, incidents };
}

incidentHistoryPages.get(H, requireSession(), async (c) => {
  const l = lang(c);
  const { reference, title, entries, items } = await told(c);
  const base = `/${l}/workspace/incidents/${reference}/history`;
  return c.html(
    <HistoryPage
      lang={l}
      me={me(c)}
      reference={title}
      items={items.map((i) => ({
        entry: i.entry,
        sentences: i.sentences,
        version:
          i.version === null
            ? null
            : { href: `${base}/${i.version}`, label: t(l, 'rv.viewVersion', { version: i.version }) },
      }))}
      base={base}
      back={`/${l}/workspace/incidents/${reference}`}
      integrity={await historyIntegrity(c.var.db, entries)}
    />,
  );
});

incidentHistoryPages.get(`${H}/:version{[0-9]{1,9}}`, requireSession(), async (c) => {
  const l = lang(c);
  const { reference, title, entries, items, look } = await told(c);
  const wanted = Number(c.req.param('version'));
  // A version is what the record was after the last change that left it at that number.
  const found = [...items].reverse().find((i) => i.version === wanted && i.document);
  if (!found?.document) throw notFound('version_not_found', 'Version', String(wanted));
  const doc = found.document as ReviewDocument & Doc;
  const base = `/${l}/workspace/incidents/${reference}/history`;
  return c.html(
    <VersionPage
      lang={l}
      me={me(c)}
      title={t(l, 'rv.versionOf', { reference: title, version: wanted })}
      entry={found.entry}
      base={base}
      integrity={await historyIntegrity(c.var.db, entries)}
      intro={[t(l, 'rv.versionPeople')]}
    >
      <p class="meta">
        <span class="tag">{t(l, `wi.ver.${String(doc.verification) as 'reported'}`)}</span>
      </p>
      <IncidentReview lang={l} doc={doc} look={look} />
    </VersionPage>,
  );
});
