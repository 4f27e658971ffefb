import { z } from 'zod';
import { inputSchema, outputSchema } from '../../http/openapi.js';
import { MEDIA_TYPES } from './media-type.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const MediaType = z.enum(Object.keys(MEDIA_TYPES) as [keyof typeof MEDIA_TYPES]);

/** The upload form, as the OpenAPI description shows it (the route reads it as a stream). */
export const EvidenceUpload = inputSchema(
  'EvidenceUpload',
  z.strictObject({
    sourceId: z.uuid().optional().describe('One of the incident’s sources; send it before the file'),
    file: z
      .string()
      .meta({ format: 'binary', contentMediaType: 'application/octet-stream' })
      .describe('The file, as the last part of the form'),
  }),
);

export const EvidenceFile = outputSchema(
  'EvidenceFile',
  z.object({
    id: z.uuid(),
    incidentId: z.uuid(),
    sourceId: z.uuid().nullable().describe('The source it belongs to; a file without one is never public'),
    sha256: Sha256.describe('SHA-256 of the bytes as uploaded, computed while receiving them'),
    size: z.number().int().describe('Bytes as uploaded'),
    mediaType: MediaType.describe('Detected from the bytes'),
    claimedType: z.string().nullable().describe('What the uploading client said it was'),
    originalName: z.string(),
    uploadedBy: z.string(),
    uploadedAt: z.string(),
    hasPublicDerivative: z.boolean().describe('An image whose copy without metadata was made'),
    publicSha256: Sha256.nullable().describe('SHA-256 of that copy'),
    markedPublic: z
      .boolean()
      .describe(
        'An editor released it (false for a new upload); it is served only while its incident and source are public',
      ),
    public: z.boolean().describe('Whether GET /files/{id}/public serves it now'),
    url: z.string().describe('The original, for internal readers'),
  }),
);

export const PublicEvidenceFile = outputSchema(
  'PublicEvidenceFile',
  z.object({
    id: z.uuid(),
    sourceId: z.uuid(),
    mediaType: MediaType,
    size: z.number().int().describe('Bytes served (the copy without metadata, for images)'),
    sha256: Sha256.describe('SHA-256 of the bytes served'),
    url: z.string(),
  }),
);

export const EvidenceRelease = inputSchema(
  'EvidenceRelease',
  z.strictObject({ public: z.boolean().describe('Release the file to the public, or withdraw it') }),
);

export const EvidenceList = outputSchema('EvidenceList', z.object({ items: z.array(EvidenceFile) }));
export const PublicEvidenceList = outputSchema(
  'PublicEvidenceList',
  z.object({ items: z.array(PublicEvidenceFile) }),
);

export type EvidenceFile = z.output<typeof EvidenceFile>;
export type PublicEvidenceFile = z.output<typeof PublicEvidenceFile>;
