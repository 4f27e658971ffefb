import { compile } from 'html-to-text';
import { z } from 'zod';
import { accept, quoted, refuse, type Transformed } from './result.js';

export const TextOptions = z.strictObject({
  /** The cell is HTML (the PFT export's bodies): keep its text and paragraphs, drop its markup. */
  html: z.boolean().default(false),
  /** Keep line breaks (a body) or make one line of it (a title, a name). */
  multiline: z.boolean().default(false),
  /** Longest text accepted; a longer one is refused, never cut. */
  maxLength: z.number().int().min(1).optional(),
  /** Whether an empty cell is an empty text (true) or refused (false). */
  allowEmpty: z.boolean().default(true),
});
export type TextOptions = z.infer<typeof TextOptions>;

// Links keep their address in brackets, so nothing a source cited is lost; scripts, styles and
// images carry no text of the record.
const HTML_OPTIONS = {
  wordwrap: false,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

// Compiled once: convert() would read the options again for every cell.
const toPlain = compile(HTML_OPTIONS);

/** Spaces collapsed within each line; at most one blank line between paragraphs. */
function tidy(text: string, multiline: boolean): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
  if (!multiline) return lines.filter((l) => l !== '').join(' ');
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A text cell trimmed and collapsed, and when it is HTML turned into its plain text. */
export function text(value: string, options: TextOptions): Transformed<string> {
  const plain = tidy(options.html && /[<&]/.test(value) ? toPlain(value) : value, options.multiline);
  if (plain === '' && !options.allowEmpty) return refuse('value_empty', 'the cell is empty');
  if (options.maxLength !== undefined && plain.length > options.maxLength) {
    return refuse(
      'text_too_long',
      `${quoted(value)} is ${plain.length} characters, more than ${options.maxLength}`,
      {
        max: String(options.maxLength),
      },
    );
  }
  return accept(plain);
}
