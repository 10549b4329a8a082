import type { Db } from './db/connection.js';
import type { Logger } from './platform/logger.js';
import { catalogueDemoSeed } from './modules/catalogue/demo-seed.js';
import { discoveryDemoSeed } from './modules/catalogue/home/demo-seed.js';
import { identityDemoSeed } from './modules/identity/demo-seed.js';
import { workflowDemoSeed } from './modules/workflow/demo-seed.js';
import type { Secrets } from './platform/secrets.js';

/**
 * A module's part of the demo district. `isLoaded` lets `npm start` seed only an empty database,
 * and `load` runs in one transaction so a failed seed leaves nothing half-written.
 */
export interface DemoSeed {
  name: string;
  isLoaded(db: Db): Promise<boolean>;
  load(db: Db, logger: Logger): Promise<void>;
}

/** Every module's demo seed, in dependency order. */
export function demoSeeds(secrets: Secrets): DemoSeed[] {
  return [catalogueDemoSeed, discoveryDemoSeed, identityDemoSeed(secrets), workflowDemoSeed];
}

/** Loads every demo seed that is not loaded yet; returns the names it loaded. */
export async function seedDemoDistrict(db: Db, logger: Logger, secrets: Secrets, seeds: DemoSeed[] = demoSeeds(secrets)): Promise<string[]> {
  const loaded: string[] = [];
  for (const seed of seeds) {
    if (await seed.isLoaded(db)) continue;
    await db.transaction().execute((trx) => seed.load(trx, logger));
    loaded.push(seed.name);
  }
  if (loaded.length > 0) logger.info({ seeds: loaded }, 'demo district loaded');
  return loaded;
}
