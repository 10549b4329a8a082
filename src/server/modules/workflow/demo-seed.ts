import type { DemoSeed } from '../../seed.js';
import { getItem } from '../catalogue/service.js';
import { definitionFor } from './engine/index.js';
import * as repo from './repository.js';

/** Version 1 of a process definition for every published item, built from its process kind. */
export const workflowDemoSeed: DemoSeed = {
  name: 'workflow',
  isLoaded: async (db) => (await db.selectFrom('process_definitions').select('id').limit(1).execute()).length > 0,
  async load(db) {
    const codes = await db.selectFrom('items').select('code').where('published_version_id', 'is not', null).orderBy('code').execute();
    for (const { code } of codes) {
      const item = await getItem(db, code);
      const definition = definitionFor({ code, name: item.name, processKind: item.processKind, promisedDays: item.promisedDays, coDepartments: item.coDepartments, handlingDepth: item.handlingDepth });
      await repo.insertDefinition(db, { key: `item:${code}`, version: 1, name: definition.name, definition, created_by: 'system:seed' });
    }
  },
};
