// The package ships no types; this is the one call Qorgau makes.
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
