import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Tables of this module (merged into the Database type in db/schema.ts). */
export interface FilesTables {
  /** One row per distinct content (UNIQUE sha256); the blob lives in the BlobStore under blobKey(sha256). */
  files: {
    id: Generated<number>;
    sha256: string;
    size: number;
    /** Sniffed from the bytes, never taken from the client. */
    media_type: string;
    /** Canonical extension of the sniffed type, without the dot (pdf, jpg, png). */
    extension: string;
    first_filename: string;
    created_by: string;
    created_at: Timestamp;
  };
}
