import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { shanghaiDate, workingDaysLeft, type Calendar, type IsoDate } from '../calendar/engine/index.js';
import { loadCalendar, onCalendarChanged } from '../calendar/service.js';
import { COMMAND_KINDS, type Command } from './engine/index.js';
import * as repo from './repository.js';
import { createCase, loadCase, recomputeDueDates, runCommand, type LoadedCase, type WorkflowContext } from './service.js';
import { derivedOnce, identityOf } from './case-cache.js';
import { inboxGrants } from './inbox.js';
import { allowedActions } from './allowed.js';
import { toEngineActor } from './actors.js';
import { definitionVersions, listLatestDefinitions, saveDefinitionVersion } from './definitions.js';
import { ProcessDefinition } from './engine/index.js';
import { actorName, type Actor } from '../identity/actor.js';
import { applicantCaseView, isCaseApplicant } from './applicant-view.js';
import { caseSummary } from './case-summary.js';
import { peopleByUsername } from '../identity/people.js';
import { casePeople, decidingTaskIds } from './case-people.js';
import { staffRoutes } from './staff-routes.js';

const tags = ['workflow'];
const CaseId = Type.Object({ id: Type.Integer({ minimum: 1 }) });

const CommandBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 0, description: '调用方看到的办件版本；已被他人更新时返回 409' }),
    command: Type.Object({ kind: Type.Enum([...COMMAND_KINDS], { description: '操作' }) }, { additionalProperties: true, description: '引擎命令，字段随 kind 而定' }),
  },
  { additionalProperties: false },
);

/**
 * Cases and the task inbox. Creating a case here is the staff route (window / assisted filing);
 * the applicant's own application forms come with the intake module.
 */
export async function workflowRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  // The calendar administrators edit: loaded per request (cached per process), and every
  // change recomputes the stored due dates of open cases in the same transaction.
  const context = async (): Promise<WorkflowContext & { calendar: Calendar }> => ({ db: deps.db, calendar: await loadCalendar(deps.db) });
  const unsubscribe = onCalendarChanged(async (trx, change) => ({ recomputedCases: await recomputeDueDates(trx, change.calendar) }));
  app.addHook('onClose', async () => unsubscribe());
  await staffRoutes(app, context);

  app.post(
    '/api/v1/cases',
    {
      config: { policy: { permission: 'intake.file_assisted' } },
      schema: {
        tags,
        summary: '窗口登记办件（代办）',
        body: Type.Object(
          { itemCode: Type.String({ minLength: 1, maxLength: 64 }), applicant: Type.String({ minLength: 1, maxLength: 64, description: '申请人用户名' }), channel: Type.Enum(['window', 'assisted'], { description: '渠道' }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.Integer(), receiptNo: Type.String(), queryCode: Type.String() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCase(await context(), { itemCode: request.body.itemCode, applicantId: request.body.applicant, channel: request.body.channel }, request.actor)),
  );

  /** The engine's dry runs answer the same for one case version, actor, day and calendar: asked once. */
  const actionsFor = async (loaded: LoadedCase, actor: Actor, today: IsoDate, calendar: Calendar) => {
    const engineActor = await toEngineActor(deps.db, actor);
    const key = `actions|${identityOf(calendar)}|${today}|${engineActor.id}|${JSON.stringify(engineActor.roles)}`;
    return derivedOnce(loaded.cached, key, () => allowedActions(loaded.definition, loaded.state, engineActor, { at: new Date().toISOString(), on: today }, calendar));
  };

  app.get(
    '/api/v1/cases/:id',
    { config: { policy: { signedIn: true } }, schema: { tags, summary: '办件详情、任务与完整轨迹（申请人本人：查询码与不含内部信息的办理轨迹）', params: CaseId } },
    async (request) => {
      const { calendar } = await context();
      const loaded = await loadCase(deps.db, request.actor, request.params.id);
      if (isCaseApplicant(request.actor, loaded.row.applicant_id)) return applicantCaseView(deps.db, calendar, request.actor, loaded);
      const today = shanghaiDate(new Date());
      const { credits, names } = await casePeople(deps.db, loaded);
      const deciding = decidingTaskIds(loaded);
      return {
        ...(await caseSummary(deps.db, calendar, loaded, today)),
        tasks: loaded.tasks.map((t) => ({
          id: t.task_id,
          name: t.name,
          department: t.department_code,
          role: t.role,
          status: t.status,
          assignee: t.assignee,
          /** True for the deciding task: its approval grants the licence (准予许可), a review's is 审查通过. */
          decides: deciding.has(t.task_id),
          createdOn: t.created_on,
          due: t.due_on,
          daysLeft: t.due_on ? workingDaysLeft(calendar, t.due_on, today) : null,
        })),
        timeline: loaded.events.map((e, i) => ({ seq: e.seq, kind: e.kind, at: new Date(e.at).toISOString(), actor: e.actor, by: credits[i], event: e.event })),
        /** The names behind the usernames the case mentions (assignees, a transfer's colleague). */
        people: names,
        /** What the caller may do now; the web shows only these buttons. */
        actions: await actionsFor(loaded, request.actor, today, calendar),
      };
    },
  );

  app.post(
    '/api/v1/cases/:id/commands',
    {
      config: { policy: { signedIn: true } },
      schema: { tags, summary: '对办件执行操作（受理、审查、决定、补正、特别程序、延期……）', params: CaseId, body: CommandBody, response: { 200: Type.Object({ version: Type.Integer(), events: Type.Array(Type.String()) }) } },
    },
    async (request) => runCommand(await context(), request.params.id, request.body.command as unknown as Command, request.actor, request.body.expectedVersion),
  );

  const DefinitionView = Type.Object({ key: Type.String(), version: Type.Integer(), name: Type.String(), definition: ProcessDefinition, createdBy: Type.String(), createdAt: Type.String() });
  const DefinitionListEntry = Type.Object({ ...DefinitionView.properties, versions: Type.Integer({ description: '版本数' }) });

  app.get(
    '/api/v1/admin/process-definitions',
    {
      config: { policy: { permission: 'catalogue.read_drafts' } },
      schema: { tags, summary: '流程定义（各最新版本）', querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })) }, { additionalProperties: false }), response: { 200: Type.Object({ definitions: Type.Array(DefinitionListEntry) }) } },
    },
    async (request) => ({ definitions: await listLatestDefinitions(deps.db, request.query.q) }),
  );

  app.get(
    '/api/v1/admin/process-definitions/:key',
    {
      config: { policy: { permission: 'catalogue.read_drafts' } },
      schema: { tags, summary: '流程定义的全部版本', params: Type.Object({ key: Type.String({ minLength: 1, maxLength: 100 }) }), response: { 200: Type.Object({ versions: Type.Array(DefinitionView) }) } },
    },
    async (request) => ({ versions: await definitionVersions(deps.db, request.params.key) }),
  );

  app.post(
    '/api/v1/admin/process-definitions/:key/versions',
    {
      config: { policy: { permission: 'processes.manage' } },
      schema: {
        tags,
        summary: '保存流程定义新版本（校验后生效于新办件；在办件沿用原版本）',
        params: Type.Object({ key: Type.String({ minLength: 1, maxLength: 100 }) }),
        body: Type.Object({ definition: Type.Unknown() }, { additionalProperties: false }),
        response: { 201: DefinitionView },
      },
    },
    async (request, reply) => reply.status(201).send(await saveDefinitionVersion(deps.db, request.params.key, request.body.definition, { id: actorName(request.actor), requestId: request.id })),
  );

  app.get(
    '/api/v1/tasks/inbox',
    { config: { policy: { permission: 'tasks.read' } }, schema: { tags, summary: '我的待办（本部门、本角色，按到期日排序）' } },
    async (request) => {
      const { calendar } = await context();
      const today = shanghaiDate(new Date());
      const rows = await repo.inbox(deps.db, await inboxGrants(deps.db, request.actor), 200);
      const people = await peopleByUsername(deps.db, rows.flatMap((r) => (r.assignee ? [r.assignee] : [])));
      return {
        tasks: rows.map((r) => {
          const daysLeft = r.due_on ? workingDaysLeft(calendar, r.due_on, today) : null;
          return {
            caseId: r.case_id,
            receiptNo: r.receipt_no,
            itemCode: r.item_code,
            taskId: r.task_id,
            name: r.name,
            department: r.department_code,
            role: r.role,
            assignee: r.assignee,
            assigneeName: r.assignee ? (people.get(r.assignee)?.name ?? null) : null,
            due: r.due_on,
            daysLeft,
            clockPaused: r.clock_paused,
            warning: daysLeft === null ? null : daysLeft < 0 ? 'red' : daysLeft <= 1 ? 'yellow' : null,
            caseVersion: r.case_version,
          };
        }),
      };
    },
  );
}
