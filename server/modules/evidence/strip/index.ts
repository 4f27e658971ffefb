import type { MediaType } from '../media-type.js';
import { MalformedImage } from './bytes.js';
import { stripGif } from './gif.js';
import { stripJpeg } from './jpeg.js';
import { stripPng } from './png.js';
import { stripWebp } from './webp.js';

export { MalformedImage } from './bytes.js';

const STRIPPERS: Partial<Record<MediaType, (bytes: Uint8Array) => Uint8Array>> = {
  'image/jpeg': stripJpeg,
  'image/png': stripPng,
  'image/webp': stripWebp,
  'image/gif': stripGif,
};

/**
 * The copy of an image that may be shown to the public: the same pixels, byte for byte, without
 * Exif, GPS, XMP, IPTC, comments or anything appended. `undefined` for a type that has no public
 * derivative; `null` for an image whose structure cannot be followed (it is never shown publicly).
 */
export function publicDerivative(mediaType: MediaType, bytes: Uint8Array): Uint8Array | null | undefined {
  const strip = STRIPPERS[mediaType];
  if (!strip) return undefined;
  try {
    return strip(bytes);
  } catch (err) {
    if (err instanceof MalformedImage) return null;
    throw err;
  }
}
