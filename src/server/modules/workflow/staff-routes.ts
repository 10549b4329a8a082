import { Type } from 'typebox';
import type { AppInstance } from '../../http/types.js';
import { CASE_STATUSES } from './engine/index.js';
import { collectionQueue, recordHandover } from './collection.js';
import { reassignCandidates, reassignTask } from './reassign.js';
import type { WorkflowContext } from './service.js';
import { departmentCases, doneByMe, headOverview } from './staff-lists.js';

const tags = ['workflow'];
const IsoDate = (description: string) => Type.String({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description, examples: ['2026-11-26'] });
const Paging = {
  page: Type.Integer({ minimum: 1, maximum: 10000, default: 1, description: '页码，从 1 开始' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: '每页条数' }),
};
const TaskParams = Type.Object({ id: Type.Integer({ minimum: 1 }), taskId: Type.String({ minLength: 1, maxLength: 100 }) });
const STATUS_LIST = new RegExp(`^(${CASE_STATUSES.join('|')})(,(${CASE_STATUSES.join('|')}))*$`);

/**
 * What staff need besides the inbox: 已办, the department case list, the head's overview and
 * reassignment, and the window's 统一出件 (the collection queue and the handover).
 */
export async function staffRoutes(app: AppInstance, context: () => Promise<WorkflowContext>): Promise<void> {
  app.get(
    '/api/v1/tasks/done',
    {
      config: { policy: { permission: 'tasks.read' } },
      schema: { tags, summary: '我的已办（我办理完成或退回的任务，最新的在前）', querystring: Type.Object(Paging, { additionalProperties: false }) },
    },
    async (request) => doneByMe(await context(), request.actor, request.query),
  );

  app.get(
    '/api/v1/cases',
    {
      config: { policy: { permission: 'cases.read' } },
      schema: {
        tags,
        summary: '本部门办件（按办件编号、申请人、事项搜索与筛选）',
        querystring: Type.Object(
          {
            ...Paging,
            q: Type.Optional(Type.String({ maxLength: 50, description: '办件编号、申请人或事项' })),
            status: Type.Optional(Type.String({ pattern: STATUS_LIST.source, description: '办件状态，多个用逗号分隔' })),
            itemCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: '事项编码' })),
            from: Type.Optional(IsoDate('申请日期起（含）')),
            to: Type.Optional(IsoDate('申请日期止（含）')),
            overdue: Type.Optional(Type.Boolean({ description: '只看已超期的' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { status, ...query } = request.query;
      return departmentCases(await context(), request.actor, { ...query, status: status ? status.split(',') : undefined });
    },
  );

  app.get(
    '/api/v1/department/overview',
    { config: { policy: { permission: 'tasks.assign' } }, schema: { tags, summary: '部门负责人：本部门在办任务（超期、临期在前）' } },
    async (request) => headOverview(await context(), request.actor),
  );

  app.get(
    '/api/v1/cases/:id/tasks/:taskId/candidates',
    { config: { policy: { permission: 'tasks.assign' } }, schema: { tags, summary: '可接收该任务的本部门人员', params: TaskParams } },
    async (request) => ({ people: await reassignCandidates(await context(), request.actor, request.params.id, request.params.taskId) }),
  );

  app.post(
    '/api/v1/cases/:id/tasks/:taskId/reassign',
    {
      config: { policy: { permission: 'tasks.assign' } },
      schema: {
        tags,
        summary: '部门负责人调配任务给本部门其他人员',
        params: TaskParams,
        body: Type.Object(
          {
            expectedVersion: Type.Integer({ minimum: 0, description: '调用方看到的办件版本；已被他人更新时返回 409' }),
            to: Type.String({ minLength: 1, maxLength: 64, description: '接收人用户名' }),
            reason: Type.Optional(Type.String({ maxLength: 200, description: '调配原因' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ version: Type.Integer() }) },
      },
    },
    async (request) => reassignTask(await context(), request.actor, request.params.id, request.params.taskId, request.body, request.id),
  );

  app.get(
    '/api/v1/window/collections',
    { config: { policy: { permission: 'certificates.hand_over' } }, schema: { tags, summary: '统一出件：已作出决定、待窗口领取结果的办件' } },
    async (request) => ({ cases: await collectionQueue(await context(), request.actor) }),
  );

  app.post(
    '/api/v1/cases/:id/collection',
    {
      config: { policy: { permission: 'certificates.hand_over' } },
      schema: {
        tags,
        summary: '统一出件：登记结果领取（领取人、核验身份证件、时间），办件办结并送达',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        body: Type.Object(
          {
            expectedVersion: Type.Integer({ minimum: 0 }),
            collectorKind: Type.Enum(['applicant', 'agent'], { description: '申请人本人或代领人' }),
            collectorName: Type.String({ minLength: 1, maxLength: 50, description: '领取人姓名' }),
            idNumber: Type.Optional(Type.String({ maxLength: 18, description: '领取人身份证号码（只保存打码后的号码）' })),
            idChecked: Type.Boolean({ description: '已核对领取人的身份证件' }),
            note: Type.Optional(Type.String({ maxLength: 200, description: '备注' })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => reply.status(201).send(await recordHandover(await context(), request.actor, request.params.id, request.body, request.id)),
  );
}
