import { randomUUID } from 'node:crypto';

let counter = 0;

/** A person as the API takes it; override any field. */
export function buildPerson(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `Test Person ${counter}`,
    names: { en: `Test Person ${counter}` },
    roles: ['journalist'],
    gender: 'unknown',
    consentToName: true,
    ...overrides,
  };
}

/**
 * An incident document as the API takes it: by default a verified, public assault on one new
 * consenting journalist in Petropavlovsk on 2023-02-20. Override any top-level field.
 */
export function buildIncident(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    date: { start: '2023-02-20' },
    place: { country: 'KZ', region: 'KZ-SEV', city: 'KZ-SEV-petropavlovsk', type: 'street_or_public_place' },
    title: { en: `Journalist attacked ${counter}` },
    description: { en: 'A journalist was attacked while filming.' },
    originalLanguage: 'en',
    verification: 'verified',
    visibility: 'public',
    victims: [{ key: 'v1', person: buildPerson() }],
    violations: [{ typeCode: 'assault', victim: 'v1' }],
    sources: [
      {
        type: 'media_report',
        url: `https://example.org/news/${randomUUID()}`,
        title: 'Report',
        language: 'en',
      },
    ],
    ...overrides,
  };
}
