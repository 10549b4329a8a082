import type { DemoSeed } from '../../../seed.js';
import { CURATED_HOT_ITEMS, LIFE_EVENTS, SYNONYMS } from '../seed/discovery.js';
import { createSynonym } from '../search/synonyms.js';
import * as repo from './repository.js';

const SEED_ACTOR = { id: 'system:seed' };

/** Search synonyms, life events and curated hot items of the demo catalogue (after the catalogue itself). */
export const discoveryDemoSeed: DemoSeed = {
  name: 'discovery',
  isLoaded: async (db) => (await repo.countLifeEvents(db)) > 0,
  async load(db) {
    for (const [term, targets] of SYNONYMS) await createSynonym(db, { term, targets: [...targets] }, SEED_ACTOR);
    for (const [index, event] of LIFE_EVENTS.entries()) {
      await repo.insertLifeEvent(db, { ...event, sort: index + 1, items: event.items.map(([code, note]) => ({ code, note })) });
    }
    await repo.insertHotItemPicks(db, [...CURATED_HOT_ITEMS]);
  },
};
