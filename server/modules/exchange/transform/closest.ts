/** Case, spacing and punctuation do not tell labels apart: "Arrest/criminal charge" is one. */
export const labelKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Edits (insert, delete, replace) between two strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost);
    }
    row = next;
  }
  return row[b.length] as number;
}

/** The `count` labels nearest a value, nearest first (ties in the order given). */
export function closest(value: string, labels: string[], count: number): string[] {
  const key = labelKey(value);
  return labels
    .map((label, i) => ({ label, i, d: distance(key, labelKey(label)) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .slice(0, count)
    .map((x) => x.label);
}
