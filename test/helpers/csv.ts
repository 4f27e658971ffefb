// A field (quoted, with doubled quotes inside, or bare) and what ends it: a comma, a line end, the end.
const FIELD = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|\n|$)/y;

/**
 * Reads RFC 4180 CSV into rows of fields; a quoted field may hold commas and line breaks. The
 * downloads' own tests and the marker crawl count rows with it, which a split on line breaks
 * would get wrong.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  FIELD.lastIndex = 0;
  while (FIELD.lastIndex < text.length) {
    const match = FIELD.exec(text);
    if (!match) throw new Error(`Not CSV at character ${FIELD.lastIndex}`);
    row.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
    if (match[3] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
