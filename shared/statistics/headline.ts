/*
 * A headline rate is printed with its base ("in 9 of 10 cases"), and only when the base is large
 * enough to be a rate: "100 %" from one case says more than the data does.
 */

/** What a headline can say about a share: the rate with its parts, or why there is none. */
export type Headline =
  | { kind: 'rate'; rate: number; part: number; base: number }
  | { kind: 'tooFew'; base: number }
  | { kind: 'none' }
  | { kind: 'withheld' };

/**
 * The headline for `part` of `base` (e.g. impunity among cases with an outcome); a withheld
 * figure (null) withholds the rate, and a base under `minBase` is stated as too small.
 */
export function headlineRate(part: number | null, base: number | null, minBase: number): Headline {
  if (base === null) return { kind: 'withheld' };
  if (base === 0) return { kind: 'none' };
  if (base < minBase) return { kind: 'tooFew', base };
  if (part === null) return { kind: 'withheld' };
  return { kind: 'rate', rate: part / base, part, base };
}
