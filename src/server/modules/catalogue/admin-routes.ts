import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { actorName } from '../identity/actor.js';
import { Department, DepartmentInput, ItemContent } from './schemas.js';
import * as catalogue from './service.js';

const MANAGE = { policy: { permission: 'catalogue.manage' } } as const;
const READ_DRAFTS = { policy: { permission: 'catalogue.read_drafts' } } as const;
const tags = ['catalogue-admin'];
const ItemCode = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });
const VersionRef = Type.Object({ code: Type.String(), version: Type.Integer() });
const Editable = Type.Object({
  draft: Type.Union([Type.Object({ version: Type.Integer(), basedOn: Type.Union([Type.Integer(), Type.Null()]), content: ItemContent }), Type.Null()]),
  published: Type.Union([Type.Object({ version: Type.Integer(), content: ItemContent }), Type.Null()]),
});
const RealnameRequirement = Type.Object({ requiredLevel: Type.Integer({ minimum: 0, maximum: 2, description: '网上申请所需的实名认证等级' }) });
const VersionList = Type.Object({
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      status: Type.Enum(['draft', 'published', 'superseded'], { description: '版本状态' }),
      name: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
      createdBy: Type.String(),
      publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      publishedBy: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

/**
 * Catalogue administration. Items are versioned: an edit saves a draft version, publishing it
 * is a separate, explicit step, and the published version is never changed in place.
 */
export async function catalogueAdminRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const actorOf = (request: { actor: Parameters<typeof actorName>[0]; id: string }) => ({ id: actorName(request.actor), requestId: request.id });

  app.post(
    '/api/v1/admin/departments',
    { config: MANAGE, schema: { tags, summary: '新建审批部门', body: DepartmentInput, response: { 201: Department } } },
    async (request, reply) => reply.status(201).send(await catalogue.createDepartment(db, request.body, actorOf(request))),
  );

  app.put(
    '/api/v1/admin/departments/:code',
    {
      config: MANAGE,
      schema: { tags, summary: '修改审批部门（名称、窗口信息）', params: ItemCode, body: Type.Omit(DepartmentInput, ['code']), response: { 200: Department } },
    },
    async (request) => catalogue.updateDepartment(db, request.params.code, request.body, actorOf(request)),
  );

  app.post(
    '/api/v1/admin/items',
    {
      config: MANAGE,
      schema: {
        tags,
        summary: '新建事项（第 1 版，可直接发布）',
        body: Type.Object(
          { code: Type.String({ pattern: '^[0-9A-Za-z-]{3,64}$', description: '实施编码' }), departmentCode: Type.String({ minLength: 1, maxLength: 16 }), content: ItemContent, publish: Type.Boolean() },
          { additionalProperties: false },
        ),
        response: { 201: VersionRef },
      },
    },
    async (request, reply) => reply.status(201).send(await catalogue.createItem(db, request.body, actorOf(request))),
  );

  app.get(
    '/api/v1/admin/items/:code/editable',
    { config: READ_DRAFTS, schema: { tags, summary: '事项的草稿与当前发布版本内容', params: ItemCode, response: { 200: Editable } } },
    async (request) => catalogue.getEditableContent(db, request.params.code),
  );

  app.put(
    '/api/v1/admin/items/:code/draft',
    {
      config: MANAGE,
      schema: { tags, summary: '保存草稿（新版本；发布版本不变）', params: ItemCode, body: Type.Object({ content: ItemContent }, { additionalProperties: false }), response: { 200: VersionRef } },
    },
    async (request) => catalogue.saveDraft(db, request.params.code, request.body.content, actorOf(request)),
  );

  app.post(
    '/api/v1/admin/items/:code/publish',
    { config: MANAGE, schema: { tags, summary: '发布草稿（原发布版本转为历史版本）', params: ItemCode, response: { 200: VersionRef } } },
    async (request) => catalogue.publishDraft(db, request.params.code, actorOf(request)),
  );

  app.get(
    '/api/v1/admin/items/:code/versions',
    { config: READ_DRAFTS, schema: { tags, summary: '事项版本历史', params: ItemCode, response: { 200: VersionList } } },
    async (request) => ({ versions: await catalogue.listItemVersions(db, request.params.code) }),
  );

  app.put(
    '/api/v1/admin/items/:code/realname-level',
    {
      config: MANAGE,
      schema: {
        tags,
        summary: '设置网上申请所需的实名认证等级（0 不要求，1 手机已验证，2 身份已核验），立即生效',
        params: ItemCode,
        body: Type.Object({ requiredLevel: Type.Integer({ minimum: 0, maximum: 2 }) }, { additionalProperties: false }),
        response: { 200: RealnameRequirement },
      },
    },
    async (request) => catalogue.setItemRealnameLevel(db, request.params.code, request.body.requiredLevel, actorOf(request)),
  );
}
