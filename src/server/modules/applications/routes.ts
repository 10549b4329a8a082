import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { createBlobStore } from '../../platform/storage.js';
import { codeChannels } from '../identity/verification.js';
import { sendClaimCode } from '../identity/walk-ins.js';
import { loadCalendar } from '../calendar/service.js';
import { readUploadedFile, sendStoredFile } from '../files/http.js';
import { lookupCase } from './lookup.js';
import {
  Application,
  ApplicationSummary,
  CheckBody,
  DeleteQuery,
  DownloadParams,
  FileParams,
  FormBody,
  IdParams,
  ItemCodeParams,
  ItemFormBody,
  ItemFormView,
  ListQuery,
  LookupQuery,
  LookupResult,
  MaterialParams,
  MyCase,
  OriginalsBody,
  QueueEntry,
  QueueQuery,
  ReuseBody,
  StartBody,
  SubmitBody,
  SubmitResult,
  WalkInBody,
  WalkInFiled,
} from './schemas.js';
import { itemForm, setItemForm } from './item-forms.js';
import { intakeQueue, listApplications, myCases } from './lists.js';
import * as applications from './service.js';

const tags = ['applications'];
const SIGNED_IN = { policy: { signedIn: true } } as const;
const CaseParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/**
 * Applying (forms, drafts, materials, submission), the one-window intake queue, walk-in filing,
 * the applicant's cases and the public progress lookup.
 */
export async function applicationsRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const store = createBlobStore(deps.config);
  const claimChannels = codeChannels(deps.config, deps.logger);
  const context = async (): Promise<applications.ApplicationsContext> => ({
    db: deps.db,
    store,
    calendar: await loadCalendar(deps.db),
    secrets: deps.secrets,
    uploadMaxBytes: deps.config.uploadMaxBytes,
  });

  app.get(
    '/api/v1/items/:code/form',
    { config: { policy: { public: true } }, schema: { tags, summary: '事项申请表（JSON Schema）与所需材料', params: ItemCodeParams, response: { 200: ItemFormView } } },
    async (request) => itemForm(deps.db, request.params.code),
  );

  app.put(
    '/api/v1/admin/items/:code/form',
    { config: { policy: { permission: 'catalogue.manage' } }, schema: { tags, summary: '设置事项申请表（覆盖系统生成的表单）', params: ItemCodeParams, body: ItemFormBody, response: { 200: ItemFormView } } },
    async (request) => {
      await setItemForm(deps.db, request.params.code, { schema: request.body.schema, uiSchema: request.body.uiSchema }, request.actor, request.id);
      return itemForm(deps.db, request.params.code);
    },
  );

  app.post(
    '/api/v1/applications',
    { config: { policy: { permission: 'cases.apply' } }, schema: { tags, summary: '开始（或继续）网上申请：创建草稿', body: StartBody, response: { 200: Application, 201: Application } } },
    async (request, reply) => {
      const { created, view } = await applications.startApplication(await context(), request.actor, request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  );

  app.post(
    '/api/v1/window/walk-ins',
    {
      config: { policy: { permission: 'intake.file_assisted' } },
      schema: { tags, summary: '窗口代办登记（帮办代办）：为现场申请人建立申请；新建的账号会收到认领短信', body: WalkInBody, response: { 201: WalkInFiled } },
    },
    async (request, reply) => {
      const filed = await applications.fileWalkIn(await context(), request.actor, { itemCode: request.body.itemCode, applicant: request.body.applicant, channel: request.body.channel ?? 'assisted' });
      const claimUrl = `${deps.config.publicUrl ?? `${request.protocol}://${request.host}`}/claim`;
      const claim = filed.newAccount ? await sendClaimCode(deps.db, deps.secrets, claimChannels, filed.newAccount, claimUrl, request.ip) : null;
      return reply.status(201).send({ ...filed.view, claim });
    },
  );

  app.get(
    '/api/v1/applications',
    { config: SIGNED_IN, schema: { tags, summary: '我的申请（申请人：自己的；窗口人员：自己代办的）', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(ApplicationSummary) }) } } },
    async (request) => ({ items: await listApplications(await context(), request.actor, request.query.status) }),
  );

  app.get(
    '/api/v1/applications/:id',
    { config: SIGNED_IN, schema: { tags, summary: '申请详情：申请表、材料及核验情况、可复用材料', params: IdParams, response: { 200: Application } } },
    async (request) => applications.getApplication(await context(), request.actor, request.params.id),
  );

  app.get(
    '/api/v1/cases/:id/application',
    {
      config: SIGNED_IN,
      schema: { tags, summary: '办件对应的申请（申请表与材料）；窗口直接登记、没有网上申请的办件答 204', params: CaseParams, response: { 200: Application, 204: Type.Null() } },
    },
    async (request, reply) => {
      const view = await applications.getApplicationOfCase(await context(), request.actor, request.params.id);
      return view ? view : reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/applications/:id',
    {
      config: SIGNED_IN,
      schema: { tags, summary: '删除本人尚未提交的草稿（连同已上传的文件）', params: IdParams, querystring: DeleteQuery, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await applications.deleteDraft(await context(), request.actor, request.params.id, request.query.expectedVersion);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/applications/:id/form',
    { config: SIGNED_IN, schema: { tags, summary: '保存申请表草稿（自动保存）', params: IdParams, body: FormBody, response: { 200: Application } } },
    async (request) => applications.saveForm(await context(), request.actor, request.params.id, request.body.formData, request.body.expectedVersion),
  );

  app.post(
    '/api/v1/applications/:id/materials/:materialId',
    {
      config: SIGNED_IN,
      schema: { tags, summary: '上传材料文件（multipart/form-data，字段 file；按内容识别类型）', params: MaterialParams, consumes: ['multipart/form-data'], response: { 201: Application } },
    },
    async (request, reply) => {
      const ctx = await context();
      const upload = await readUploadedFile(request, ctx.uploadMaxBytes);
      return reply.status(201).send(await applications.attachUpload(ctx, request.actor, request.params.id, request.params.materialId, upload));
    },
  );

  app.post(
    '/api/v1/applications/:id/materials/:materialId/reuse',
    { config: SIGNED_IN, schema: { tags, summary: '复用以往办件中已核验的材料（资料多方共认）', params: MaterialParams, body: ReuseBody, response: { 201: Application } } },
    async (request, reply) => reply.status(201).send(await applications.reuseVerified(await context(), request.actor, request.params.id, request.params.materialId, request.body.sourceId)),
  );

  app.delete(
    '/api/v1/applications/:id/materials/:materialId/files/:fileId',
    { config: SIGNED_IN, schema: { tags, summary: '删除草稿中的材料文件', params: FileParams, response: { 200: Application } } },
    async (request) => applications.removeFile(await context(), request.actor, request.params.id, request.params.materialId, request.params.fileId),
  );

  app.put(
    '/api/v1/applications/:id/materials/:materialId/files/:fileId/check',
    { config: { policy: { permission: 'intake.accept' } }, schema: { tags, summary: '窗口核验材料：合格 / 缺失 / 不合格', params: FileParams, body: CheckBody, response: { 200: Application } } },
    async (request) => applications.checkFile(await context(), request.actor, request.params.id, request.params.materialId, request.params.fileId, request.body.result, request.body.note),
  );

  app.get(
    '/api/v1/applications/:id/files/:fileId',
    { config: SIGNED_IN, schema: { tags, summary: '下载材料文件（申请人、代办人员及办理该件的工作人员）', params: DownloadParams } },
    async (request, reply) => {
      const ctx = await context();
      const { stored, filename } = await applications.downloadFile(ctx, request.actor, request.params.id, request.params.fileId);
      return sendStoredFile(reply, ctx.store, stored, filename);
    },
  );

  app.post(
    '/api/v1/applications/:id/submit',
    { config: SIGNED_IN, schema: { tags, summary: '提交申请：生成办件编号与查询码', params: IdParams, body: SubmitBody, response: { 201: SubmitResult } } },
    async (request, reply) => reply.status(201).send(await applications.submitApplication(await context(), request.actor, request.params.id, request.body.expectedVersion)),
  );

  app.post(
    '/api/v1/cases/:id/originals-verified',
    {
      config: { policy: { permission: 'certificates.hand_over' } },
      schema: { tags, summary: '领取结果时核验原件（网上受理事项）', params: CaseParams, body: OriginalsBody, response: { 200: Type.Object({ verifiedAt: Type.String(), by: Type.String() }) } },
    },
    async (request) => applications.verifyOriginals(await context(), request.actor, request.params.id, request.body.note),
  );

  app.get(
    '/api/v1/my/cases',
    { config: { policy: { permission: 'cases.read_own' } }, schema: { tags, summary: '我的办件：状态与剩余工作日', response: { 200: Type.Object({ items: Type.Array(MyCase) }) } } },
    async (request) => ({ items: await myCases(await context(), request.actor) }),
  );

  app.get(
    '/api/v1/window/queue',
    { config: { policy: { permission: 'intake.read' } }, schema: { tags, summary: '一窗受理队列：网上申请与现场登记，按收件先后', querystring: QueueQuery, response: { 200: Type.Object({ items: Type.Array(QueueEntry) }) } } },
    async (request) => ({ items: await intakeQueue(await context(), request.actor, request.query.status) }),
  );

  app.get(
    '/api/v1/public/cases',
    {
      config: { policy: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, summary: '办件进度公开查询（办件编号 + 查询码）', querystring: LookupQuery, response: { 200: LookupResult } },
    },
    async (request) => lookupCase(deps.db, await loadCalendar(deps.db), request.query.receiptNo, request.query.queryCode),
  );
}
