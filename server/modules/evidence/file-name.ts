import { MEDIA_TYPES, type MediaType } from './media-type.js';

/**
 * The uploaded name made safe to store and show: no folders, no control or direction-changing
 * characters (which can disguise "gpj.exe" as "exe.jpg"), none of the characters file systems
 * refuse, at most 255 characters with the extension kept.
 */
export function sanitizeFileName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const chars = [...cleaned];
  if (chars.length === 0) return 'file';
  if (chars.length <= 255) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? [...cleaned.slice(dot)].slice(0, 16).join('') : '';
  return chars.slice(0, 255 - [...ext].length).join('') + ext;
}

/** The name a download is saved under: the stored name, with an extension that matches what it is. */
export function downloadName(name: string, mediaType: MediaType): string {
  const extensions: readonly string[] = MEDIA_TYPES[mediaType].extensions;
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext && extensions.includes(ext) ? name : `${name}.${extensions[0]}`;
}

/** A Content-Disposition value with a plain fallback and the UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The type a client claimed, kept as written if it looks like a media type. */
export function sanitizeClaimedType(type: string | null | undefined): string | null {
  const bare = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9][\w.+-]{0,62}\/[\w.+-]{1,126}$/.test(bare) ? bare : null;
}
