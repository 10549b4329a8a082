import type { FileCheck } from '../../api/applications.js';

/**
 * Tag colours of a file's check result. Palette presets, not antd's status colours: a status
 * tag (success/warning/error) tints its background from the darkened status colour the theme
 * needs for readable text, and its own text then falls under 4.5:1 on it.
 */
export const CHECK_TAG_COLORS: Record<FileCheck, string> = { pending: 'default', ok: 'green', missing: 'orange', invalid: 'red' };
