// The package ships no types; these are the calls Qorgau makes.
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
  export function compile(options?: Record<string, unknown>): (html: string) => string;
}
