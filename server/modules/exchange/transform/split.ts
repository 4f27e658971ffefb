import { z } from 'zod';
import { accept, refuse, type Transformed } from './result.js';

export const SplitOptions = z.strictObject({
  /** The separator between values: ", ", ";", "\n" or any other non-empty string. */
  separator: z.string().min(1).default(','),
});
export type SplitOptions = z.infer<typeof SplitOptions>;

/**
 * A multi-value cell cut into its values: each trimmed, empty ones dropped. A part in double
 * quotes is kept whole even if it holds the separator ("Smith, John", Doe); "" inside quotes is one
 * quote. A newline separator also cuts at \r\n.
 */
export function split(value: string, options: SplitOptions): Transformed<string[]> {
  // ", " and "," cut alike: parts are trimmed anyway, and "a,b" should not stay whole.
  const sep = options.separator.trim() || (options.separator.includes('\n') ? '\n' : options.separator);
  const parts: string[] = [];
  let current = '';
  let quotedPart = false;
  let inQuotes = false;
  const push = () => {
    const part = quotedPart ? current : current.trim();
    if (part !== '') parts.push(part);
    current = '';
    quotedPart = false;
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (inQuotes) {
      if (ch === '"' && value[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else current += ch;
    } else if (ch === '"' && current.trim() === '') {
      inQuotes = true;
      quotedPart = true;
      current = '';
    } else if (value.startsWith(sep, i)) {
      push();
      i += sep.length - 1;
    } else if (!(quotedPart && /\s/.test(ch))) current += ch;
  }
  if (inQuotes)
    return refuse('split_unclosed_quote', `a quote opened in ${JSON.stringify(value)} is never closed`);
  push();
  return accept(sep === '\n' ? parts.map((p) => p.replace(/\r$/, '')).filter((p) => p !== '') : parts);
}
