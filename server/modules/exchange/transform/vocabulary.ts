import { z } from 'zod';
import {
  VOCABULARIES,
  VOCABULARY_NAMES,
  type VocabularyName,
} from '../../../../shared/vocabularies/index.js';
import { CROSSWALK_SCHEMES, type VocabularyTermSeed } from '../../../../shared/vocabularies/types.js';
import { closest, labelKey } from './closest.js';
import { accept, quoted, refuse, type Transformed } from './result.js';

export const VocabularyOptions = z
  .strictObject({
    vocabulary: z.enum(VOCABULARY_NAMES as [VocabularyName, ...VocabularyName[]]),
    /** Read the crosswalk of this scheme only (e.g. uspft); without it every scheme's names count. */
    scheme: z.enum(CROSSWALK_SCHEMES).optional(),
    /** A mapping's own labels, checked first: source label → Qorgau codes. */
    labels: z.record(z.string(), z.array(z.string()).min(1)).default({}),
    /** A crosswalk name standing for several codes: refuse it (the mapping must choose) or take all. */
    whenSeveral: z.enum(['refuse', 'all']).default('refuse'),
  })
  .superRefine((o, ctx) => {
    const known = new Set(VOCABULARIES[o.vocabulary].map((t) => t.code));
    for (const [label, codes] of Object.entries(o.labels)) {
      for (const code of codes) {
        if (!known.has(code))
          ctx.addIssue({
            code: 'custom',
            path: ['labels', label],
            message: `${code} is not a code of ${o.vocabulary}`,
          });
      }
    }
  });
export type VocabularyOptions = z.infer<typeof VocabularyOptions>;

interface Index {
  /** Codes and kk/ru/en labels: each names exactly one term. */
  own: Map<string, string>;
  /** Crosswalk names, per scheme: each may stand for several terms. */
  crosswalk: Map<string, Map<string, string[]>>;
  /** Every label shown when nothing matches, to suggest the closest. */
  labels: string[];
}

function indexOf(terms: VocabularyTermSeed[]): Index {
  const own = new Map<string, string>();
  const crosswalk = new Map<string, Map<string, string[]>>();
  const labels: string[] = [];
  for (const term of terms) {
    own.set(labelKey(term.code), term.code);
    for (const label of Object.values(term.labels)) {
      own.set(labelKey(label), term.code);
      labels.push(label);
    }
    for (const [scheme, names] of Object.entries(term.crosswalk)) {
      const byName = crosswalk.get(scheme) ?? new Map<string, string[]>();
      for (const name of names ?? [])
        byName.set(labelKey(name), [...(byName.get(labelKey(name)) ?? []), term.code]);
      crosswalk.set(scheme, byName);
    }
  }
  return { own, crosswalk, labels };
}

const INDEXES = new Map(VOCABULARY_NAMES.map((name) => [name, indexOf(VOCABULARIES[name])]));

function crosswalkCodes(index: Index, key: string, scheme: string | undefined): string[] {
  const found = new Set<string>();
  for (const [name, byName] of index.crosswalk) {
    if (scheme === undefined || scheme === name) for (const code of byName.get(key) ?? []) found.add(code);
  }
  return [...found];
}

// The closest labels cost an edit distance to every label: a column repeating one unknown label
// over many rows pays it once. Per prepared options (a preset's step), a bounded number of keys.
const NEAR = new WeakMap<VocabularyOptions, Map<string, string[]>>();
function closestCached(options: VocabularyOptions, key: string, compute: () => string[]): string[] {
  let byKey = NEAR.get(options);
  if (!byKey) {
    byKey = new Map();
    NEAR.set(options, byKey);
  }
  let near = byKey.get(key);
  if (!near) {
    near = compute();
    if (byKey.size < 10_000) byKey.set(key, near);
  }
  return near;
}

/**
 * A label of any language and case, a Qorgau code, or another organisation's category name (by
 * the shipped crosswalks) to the codes of one vocabulary. Unknown labels are refused with the
 * closest labels Qorgau knows, so the mapping can be corrected.
 */
export function vocabulary(value: string, options: VocabularyOptions): Transformed<string[]> {
  const key = labelKey(value);
  if (key === '') return refuse('value_empty', 'the cell is empty');
  const own = Object.entries(options.labels).find(([label]) => labelKey(label) === key);
  if (own) return accept(own[1]);
  const index = INDEXES.get(options.vocabulary) as Index;
  const code = index.own.get(key);
  if (code) return accept([code]);
  const codes = crosswalkCodes(index, key, options.scheme);
  if (codes.length === 1 || (codes.length > 1 && options.whenSeveral === 'all')) return accept(codes);
  if (codes.length > 1) {
    return refuse(
      'label_ambiguous',
      `${quoted(value)} stands for several codes of ${options.vocabulary}: ${codes.join(', ')}; the mapping must choose`,
      { codes: codes.join(', ') },
    );
  }
  const near = closestCached(options, key, () =>
    closest(value, [...index.labels, ...Object.keys(options.labels)], 3),
  );
  return refuse(
    'label_unknown',
    `${quoted(value)} is not a label of ${options.vocabulary}; closest: ${near.join('; ')}`,
    { closest: near.join('; ') },
  );
}
