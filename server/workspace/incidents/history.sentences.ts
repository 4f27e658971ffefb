import { t } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/languages.js';
import { caseSentences } from './history.case.js';
import { incidentSentences } from './history.incident.js';
import type { HistoryEntry } from './history.js';
import { applyChanges, type Doc, quote, type Say, tidy, whoDid } from './history.say.js';
import type { ReviewLookups } from './review.data.js';

/*
 * The history of an incident told as sentences in the reader's language ("Aigerim changed the date
 * from 12 March 2024 to 13 March 2024."). Each entry's document is rebuilt before and after it from
 * the audit log, and the two are compared as a reader sees them: by label and by name, never by
 * key or id. What the system keeps for itself (versions, times, who saved last, derived counts) is
 * left out.
 */

/** A phrase for an entry that changed nothing a reader sees, else its action's name. */
function fallback(say: Say, entry: HistoryEntry): string {
  if (entry.entity === 'incident') return t(say.lang, 'rv.nothingShown');
  return `${say.who}: ${t(say.lang, `audit.action.${entry.action}`)}.`;
}

/** Every entry of an incident's history as sentences, with the incident's version after it. */
export function describeHistory(lang: Language, look: ReviewLookups, entries: HistoryEntry[]) {
  const docs = new Map<string, Doc | null>();
  return entries.map((entry) => {
    const before = docs.get(entry.entity) ?? null;
    const after = applyChanges(before, entry);
    docs.set(entry.entity, after);
    const say = { lang, look, who: whoDid(lang, entry.actorName) };
    const said =
      entry.entity === 'incident'
        ? incidentSentences(say, before, after)
        : entry.entity === 'case'
          ? caseSentences(say, before ?? {}, after ?? {})
          : entry.entity === 'comment'
            ? [t(lang, 'rv.commented', { who: say.who, body: quote(say, (after as Doc | null)?.body) })]
            : [];
    const version = entry.entity === 'incident' && typeof after?.version === 'number' ? after.version : null;
    return {
      entry,
      sentences: (said.length ? said : [fallback(say, entry)]).map(tidy),
      version,
      document: after,
    };
  });
}
