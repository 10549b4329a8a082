import { Type } from 'typebox';
import type { AppInstance, AppDeps } from '../../http/types.js';
import { notFound } from '../../platform/errors.js';
import { renderMaterialForm, renderNotice } from './documents.js';
import { Department, ItemDetail, ItemList, ItemListQuery } from './schemas.js';
import * as catalogue from './service.js';

const ItemCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64, description: '实施编码' }) });
const MaterialParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 64 }),
  materialId: Type.Integer({ minimum: 1 }),
  kind: Type.Enum(['template', 'sample'], { description: 'template 空白表格；sample 示例样表' }),
});

const PUBLIC = { policy: { public: true } } as const;

const PDF_RESPONSE = { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'PDF' }) };

/** Inline PDF with a Chinese file name that survives every browser (RFC 6266 filename*). */
function pdfDisposition(fileName: string, download: boolean): string {
  return `${download ? 'attachment' : 'inline'}; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Public catalogue: departments, item search, item detail with every notice element, PDFs. */
export async function catalogueRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;

  app.get(
    '/api/v1/departments',
    { config: PUBLIC, schema: { tags: ['catalogue'], summary: '审批部门列表', response: { 200: Type.Object({ departments: Type.Array(Department) }) } } },
    async () => ({ departments: await catalogue.listDepartments(db) }),
  );

  app.get(
    '/api/v1/items',
    {
      config: PUBLIC,
      schema: {
        tags: ['catalogue'],
        summary: '事项检索（名称、编码、部门、关键字的中文片段；按部门、类型、办理深度、到现场次数筛选；游标分页）',
        querystring: ItemListQuery,
        response: { 200: ItemList },
      },
    },
    async (request) => catalogue.listItems(db, request.query),
  );

  app.get(
    '/api/v1/items/:code',
    { config: PUBLIC, schema: { tags: ['catalogue'], summary: '事项详情（一次性告知单全部要素）', params: ItemCodeParams, response: { 200: ItemDetail } } },
    async (request) => catalogue.getItem(db, request.params.code),
  );

  app.get(
    '/api/v1/items/:code/realname-level',
    {
      config: PUBLIC,
      schema: {
        tags: ['catalogue'],
        summary: '网上申请所需的实名认证等级（0 不要求，1 手机已验证，2 身份已核验）',
        params: ItemCodeParams,
        response: { 200: Type.Object({ requiredLevel: Type.Integer({ minimum: 0, maximum: 2 }) }) },
      },
    },
    async (request) => ({ requiredLevel: await catalogue.itemRealnameLevel(db, request.params.code) }),
  );

  app.get(
    '/api/v1/items/:code/notice.pdf',
    {
      config: PUBLIC,
      schema: {
        tags: ['catalogue'],
        summary: '一次性告知单 PDF',
        params: ItemCodeParams,
        querystring: Type.Object({ download: Type.Optional(Type.Boolean()) }),
        produces: ['application/pdf'],
        response: PDF_RESPONSE,
      },
    },
    async (request, reply) => {
      const item = await catalogue.getItem(db, request.params.code);
      const pageUrl = `${request.protocol}://${request.host}/items/${encodeURIComponent(item.code)}`;
      const pdf = await renderNotice(item, pageUrl);
      return reply
        .type('application/pdf')
        .header('content-disposition', pdfDisposition(`${item.name}-一次性告知单.pdf`, request.query.download === true))
        .header('cache-control', 'no-cache')
        .send(pdf);
    },
  );

  app.get(
    '/api/v1/items/:code/materials/:materialId/:kind.pdf',
    {
      config: PUBLIC,
      schema: {
        tags: ['catalogue'],
        summary: '申请材料空白表格或示例样表 PDF',
        params: MaterialParams,
        produces: ['application/pdf'],
        response: PDF_RESPONSE,
      },
    },
    async (request, reply) => {
      const { code, materialId, kind } = request.params;
      const item = await catalogue.getItem(db, code);
      const pdf = await renderMaterialForm(item, materialId, kind);
      if (!pdf) throw notFound(`材料 ${materialId} `);
      const material = item.materials.find((m) => m.id === materialId)!;
      const name = `${material.name.replace(/[《》]/g, '')}${kind === 'sample' ? '-示例' : ''}.pdf`;
      return reply.type('application/pdf').header('content-disposition', pdfDisposition(name, true)).send(pdf);
    },
  );
}
