import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { publicDerivative } from '../../server/modules/evidence/strip/index.js';
import { launchBrowser } from '../helpers/browser.js';
import { gifWithMetadata, jpegWithMetadata, pngWithMetadata, webpWithMetadata } from '../helpers/images.js';

/*
 * The public copies are made by cutting bytes out of images; a real browser proves they are still
 * the same pictures: they decode, at the same size, and a phone photo keeps its rotation.
 */
let browser: Browser | null = null;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const IMAGES = {
  'image/jpeg': jpegWithMetadata({ orientation: 6 }),
  'image/png': pngWithMetadata(),
  'image/webp': webpWithMetadata(),
  'image/gif': gifWithMetadata(),
} as const;

test('originals and their public copies decode to the same size in Chromium', async (t) => {
  if (!browser) return t.skip('no Chromium here (outside CI)');
  const page = await browser.newPage();
  try {
    for (const [type, original] of Object.entries(IMAGES)) {
      const copy = publicDerivative(type as keyof typeof IMAGES, original);
      assert.ok(copy, `${type}: a copy was made`);
      const sizes = await page.evaluate(
        async ({ type, images }) => {
          const out: string[] = [];
          for (const b64 of images) {
            const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type }));
            out.push(`${bitmap.width}×${bitmap.height}`);
          }
          return out;
        },
        { type, images: [Buffer.from(original).toString('base64'), Buffer.from(copy).toString('base64')] },
      );
      assert.equal(sizes[1], sizes[0], `${type}: ${sizes.join(' vs ')}`);
      // The JPEG is 16×8 and rotated a quarter turn by its orientation; the copy keeps that.
      if (type === 'image/jpeg') assert.equal(sizes[1], '8×16');
    }
  } finally {
    await page.close();
  }
});
