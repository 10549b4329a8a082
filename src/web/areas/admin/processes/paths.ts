/** The page of one definition; keys contain `:` and `.` (`item:500102-…`), so they are encoded. */
export const definitionPath = (key: string) => `/admin/process-definitions/${encodeURIComponent(key)}`;
