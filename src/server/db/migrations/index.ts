import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_catalogue.js';
import * as m0003 from './0003_identity.js';
import * as m0004 from './0004_calendar.js';
import * as m0005 from './0005_workflow.js';
import * as m0006 from './0006_files.js';
import * as m0007 from './0007_applications.js';
import * as m0008 from './0008_certificates.js';
import * as m0009 from './0009_notifications.js';
import * as m0010 from './0010_supplement_rounds.js';
import * as m0011 from './0011_verification.js';
import * as m0012 from './0012_certificate_bundles.js';
import * as m0013 from './0013_search.js';
import * as m0014 from './0014_staff_views.js';
import * as m0015 from './0015_change_feed.js';
import * as m0016 from './0016_case_change_feed.js';
import * as m0017 from './0017_guarded_notices.js';

/**
 * Every migration, in order. Append-only: a shipped migration is never edited;
 * a change is a new file added at the end of this list.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_catalogue': m0002,
  '0003_identity': m0003,
  '0004_calendar': m0004,
  '0005_workflow': m0005,
  '0006_files': m0006,
  '0007_applications': m0007,
  '0008_certificates': m0008,
  '0009_notifications': m0009,
  '0010_supplement_rounds': m0010,
  '0011_verification': m0011,
  '0012_certificate_bundles': m0012,
  '0013_search': m0013,
  '0014_staff_views': m0014,
  '0015_change_feed': m0015,
  '0016_case_change_feed': m0016,
  '0017_guarded_notices': m0017,
};
