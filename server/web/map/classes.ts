/** One shade of the map: the counts from `from` to `to`, drawn with palette colour `shade` (1–4). */
export interface CountClass {
  from: number;
  to: number;
  shade: number;
}

const MAX_CLASSES = 4;

/**
 * Up to four classes over the counts above zero, split at quantiles so that a few large regions
 * do not leave every other one in the lightest shade; whole numbers, contiguous from 1 to the
 * largest count. Zero is not a class: the map draws it apart.
 */
export function countClasses(counts: number[]): CountClass[] {
  const values = counts.filter((n) => n > 0).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const distinct = [...new Set(values)];
  const k = Math.min(MAX_CLASSES, distinct.length);
  const uppers =
    distinct.length <= MAX_CLASSES
      ? distinct
      : [
          ...new Set(
            Array.from(
              { length: k },
              (_, i) => values[Math.ceil((values.length * (i + 1)) / k) - 1] as number,
            ),
          ),
        ];
  // Spread fewer classes over the palette so that they stay far apart in shade.
  return uppers.map((to, i) => ({
    from: i === 0 ? 1 : (uppers[i - 1] as number) + 1,
    to,
    shade: Math.round(((i + 1) * MAX_CLASSES) / uppers.length),
  }));
}

/** The palette shade of a count: 0 for none, else its class's shade. */
export function shadeOf(count: number, classes: CountClass[]): number {
  if (count <= 0) return 0;
  return classes.find((c) => count <= c.to)?.shade ?? MAX_CLASSES;
}
