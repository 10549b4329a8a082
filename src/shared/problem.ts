/** RFC 9457 problem details as the API answers every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, e.g. `validation_failed`, `not_found`. */
  code: string;
  /** The first failing field, when one is to blame. */
  field?: string;
  errors?: { field: string; message: string }[];
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
