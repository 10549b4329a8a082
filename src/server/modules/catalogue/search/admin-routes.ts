import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../../http/types.js';
import { actorName } from '../../identity/actor.js';
import { Synonym, SynonymInput, createSynonym, deleteSynonym, listSynonyms, updateSynonym } from './synonyms.js';

const MANAGE = { policy: { permission: 'catalogue.manage' } } as const;
const tags = ['catalogue-admin'];
const SynonymId = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** Administration of search synonyms; every change is audited. */
export async function searchAdminRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const actorOf = (request: { actor: Parameters<typeof actorName>[0]; id: string }) => ({ id: actorName(request.actor), requestId: request.id });

  app.get(
    '/api/v1/admin/search-synonyms',
    { config: MANAGE, schema: { tags, summary: '检索同义词列表', response: { 200: Type.Object({ synonyms: Type.Array(Synonym) }) } } },
    async () => ({ synonyms: await listSynonyms(db) }),
  );

  app.post(
    '/api/v1/admin/search-synonyms',
    { config: MANAGE, schema: { tags, summary: '新增检索同义词', body: SynonymInput, response: { 201: Synonym } } },
    async (request, reply) => reply.status(201).send(await createSynonym(db, request.body, actorOf(request))),
  );

  app.put(
    '/api/v1/admin/search-synonyms/:id',
    { config: MANAGE, schema: { tags, summary: '修改检索同义词', params: SynonymId, body: SynonymInput, response: { 200: Synonym } } },
    async (request) => updateSynonym(db, request.params.id, request.body, actorOf(request)),
  );

  app.delete(
    '/api/v1/admin/search-synonyms/:id',
    { config: MANAGE, schema: { tags, summary: '删除检索同义词', params: SynonymId, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteSynonym(db, request.params.id, actorOf(request));
      return reply.status(204).send(null);
    },
  );
}
