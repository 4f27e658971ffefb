import { secureHeaders } from 'hono/secure-headers';

/**
 * The headers of every HTML page: a Content-Security-Policy with no inline script and nothing
 * from elsewhere, no framing, no referrer sent to the sites a page links to.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    objectSrc: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
});
