import type { KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { forgetTopic } from './cache.js';

/**
 * The tables whose changes the caches hear of, by topic (the triggers of migration 0015 announce
 * the same to every instance once a change commits). Sessions are keyed by user and forgotten by
 * the repository that revokes them.
 */
const TABLE_TOPICS: Record<string, string> = {
  regions: 'catalogue',
  departments: 'catalogue',
  items: 'catalogue',
  item_versions: 'catalogue',
  item_materials: 'catalogue',
  item_fees: 'catalogue',
  item_forms: 'catalogue',
  search_synonyms: 'catalogue',
  life_events: 'catalogue',
  life_event_items: 'catalogue',
  hot_item_picks: 'catalogue',
  units: 'units',
  calendar_days: 'calendar',
  process_definitions: 'definitions',
  users: 'user',
  role_assignments: 'user',
};

function tableName(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'AliasNode') return tableName((node as unknown as { node: OperationNode }).node);
  if (node.kind === 'TableNode') return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  return undefined;
}

function writtenTable(node: RootOperationNode): string | undefined {
  if (node.kind === 'InsertQueryNode') return tableName(node.into);
  if (node.kind === 'UpdateQueryNode') return tableName(node.table);
  if (node.kind === 'DeleteQueryNode') return tableName(node.from.froms[0]);
  return undefined;
}

/**
 * Empties this process's caches of a topic as soon as a statement writes one of its tables, so
 * the instance that made a change answers from it at once; the notification, which arrives after
 * the commit, does the same everywhere (and again here, in case a read slipped in between).
 */
export class ForgetOnWrite implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    const table = writtenTable(node);
    const topic = table ? TABLE_TOPICS[table] : undefined;
    if (topic) forgetTopic(topic);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
