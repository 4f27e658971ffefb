import type { EvidenceFileView } from './evidence.repo.js';
import type { EvidenceFile, PublicEvidenceFile } from './evidence.schema.js';
import type { MediaType } from './media-type.js';

/** A file as internal readers see it. */
export function presentFile(row: EvidenceFileView): EvidenceFile {
  return {
    id: row.id,
    incidentId: row.incident_id,
    sourceId: row.source_id,
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type as MediaType,
    claimedType: row.claimed_type,
    originalName: row.original_name,
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    hasPublicDerivative: row.public_sha256 !== null,
    publicSha256: row.public_sha256,
    markedPublic: row.marked_public,
    public: Boolean(row.is_public),
    url: `/api/v1/files/${row.id}`,
  };
}

/** A public file: what is served and its hash, without the name, the uploader or the original's hash. */
export function presentPublicFile(row: EvidenceFileView): PublicEvidenceFile {
  return {
    id: row.id,
    sourceId: row.source_id as string,
    mediaType: row.media_type as MediaType,
    size: Number(row.public_size ?? row.size),
    sha256: row.public_sha256 ?? row.sha256,
    url: `/api/v1/files/${row.id}/public`,
  };
}
