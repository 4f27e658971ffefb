import type { LocalizedText } from '../../../shared/languages.js';
import { skeletonWords } from '../../../shared/text/transliterate.js';
import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';
import { authorize, type Principal } from '../../http/auth.js';
import * as repo from './duplicates.repo.js';
import { mayRead } from './incident.access.js';
import { gateIncident } from './incident.gate.js';

/** How many days apart two reports of the same event may be dated. */
export const SAME_EVENT_DAYS = 7;
/** Word overlap (Jaccard, over folded words of title and description) that counts as the same story. */
export const SIMILAR_TEXT = 0.5;

export type DuplicateReason = 'same_victim' | 'same_outlet' | 'similar_text';

export interface DuplicateCandidate {
  id: string;
  reference: string;
  title: LocalizedText;
  dateStart: string | null;
  verification: string;
  reasons: DuplicateReason[];
  /** Word overlap of the texts, 0–1. */
  similarity: number;
}

const words = (row: { title: unknown; description: unknown }) =>
  new Set(
    [...Object.values(row.title as LocalizedText), ...Object.values(row.description as LocalizedText)]
      .flatMap((text) => skeletonWords(text ?? ''))
      .filter((w) => w.length >= 4),
  );

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both += 1;
  return both / (a.size + b.size - both);
}

/** Every spelling of each incident's victims, folded across scripts ("Aigul Seitkali" = "Айгуль Сейткали"). */
async function foldedVictimNames(db: Db, incidentIds: string[]): Promise<Map<string, Set<string>>> {
  const byIncident = new Map<string, Set<string>>(incidentIds.map((id) => [id, new Set()]));
  for (const v of await repo.victimNamesOf(db, incidentIds)) {
    for (const name of [v.name, ...Object.values(v.names as LocalizedText), ...v.aliases]) {
      const folded = skeletonWords(name ?? '').join(' ');
      if (folded) byIncident.get(v.incident_id)?.add(folded);
    }
  }
  return byIncident;
}

/**
 * Incidents within a few days, with an overlapping typology, sharing a victim or an outlet. The
 * same victim is the same person, or a person whose name is the same in another script: two
 * people recorded for one (a name typed in Latin for someone recorded in Cyrillic).
 */
async function sameVictimOrOutlet(db: Db, row: IncidentRow): Promise<Map<string, DuplicateReason>> {
  const found = new Map<string, DuplicateReason>();
  if (!row.date_start || row.type_groups.length === 0) return found;
  const close = await repo.closeIncidents(db, row, SAME_EVENT_DAYS);
  const names = await foldedVictimNames(db, [row.id, ...close.map((c) => c.id)]);
  const mine = names.get(row.id) ?? new Set<string>();
  for (const c of close) {
    const sameName = [...(names.get(c.id) ?? [])].some((n) => mine.has(n));
    if (c.same_victim || sameName) found.set(c.id, 'same_victim');
    else if (c.same_outlet) found.set(c.id, 'same_outlet');
  }
  return found;
}

/** Word overlap with the texts that share the most telling words, found through the search index. */
async function textSimilarity(db: Db, row: IncidentRow): Promise<Map<string, number>> {
  const mine = words(row);
  // The longest words are the most telling; the full-text index finds texts sharing any of them.
  const telling = [...mine].sort((a, b) => b.length - a.length).slice(0, 12);
  const scores = new Map<string, number>();
  if (telling.length === 0) return scores;
  const texts = await repo.similarTexts(db, row.id, telling.join(' | '));
  for (const c of texts) scores.set(c.id, jaccard(mine, words(c)));
  return scores;
}

/**
 * Incidents that may report the same event: the same victim, or a victim from the same outlet,
 * within a few days and with an overlapping typology; or a very similar text at any date.
 * Merged and rejected incidents are not offered; confidential ones only to those who may see them.
 */
export async function findDuplicates(db: Db, who: Principal, id: string): Promise<DuplicateCandidate[]> {
  authorize(who, 'records.read');
  const row = await gateIncident(db, who, id);
  const [close, similar] = await Promise.all([sameVictimOrOutlet(db, row), textSimilarity(db, row)]);
  const reasons = new Map<string, DuplicateReason[]>();
  for (const [candidate, reason] of close) reasons.set(candidate, [reason]);
  for (const [candidate, score] of similar) {
    if (score >= SIMILAR_TEXT) reasons.set(candidate, [...(reasons.get(candidate) ?? []), 'similar_text']);
  }
  if (reasons.size === 0) return [];
  const mine = words(row);
  const rows = await repo.candidateRows(db, [...reasons.keys()]);
  const candidates: DuplicateCandidate[] = [];
  for (const c of rows) {
    if (!(await mayRead(db, who, c))) continue;
    candidates.push({
      id: c.id,
      reference: c.reference,
      title: c.title as LocalizedText,
      dateStart: c.date_start,
      verification: c.verification,
      reasons: reasons.get(c.id) ?? [],
      similarity: Math.round((similar.get(c.id) ?? jaccard(mine, words(c))) * 100) / 100,
    });
  }
  return candidates.sort((a, b) => b.reasons.length - a.reasons.length || b.similarity - a.similarity);
}
