import type { Role } from '../../../shared/identity.js';
import type { Db } from '../../db/connection.js';
import { peopleByUsername } from '../identity/people.js';
import { creditFor, usernamesOf, type Credit } from './credits.js';
import { decisionStageIndex, type WorkflowEvent } from './engine/index.js';
import type { LoadedCase } from './service.js';

/**
 * The people of a case as staff read them: each timeline event's credit (name and post, or
 * the system), and the names behind every username the case mentions (assignees, a transfer's
 * colleague), so the page never shows a login name.
 */
export async function casePeople(db: Db, loaded: LoadedCase): Promise<{ credits: Credit[]; names: Record<string, string> }> {
  const events = loaded.events.map((e) => e.event as WorkflowEvent);
  const usernames = [...new Set([...events.flatMap(usernamesOf), ...loaded.tasks.flatMap((t) => (t.assignee ? [t.assignee] : []))])];
  const people = await peopleByUsername(db, usernames);
  const tasks = new Map(loaded.state.tasks.map((t) => [t.id, { department: t.department, role: t.role as Role }]));
  const work = { taskOf: (id: string) => tasks.get(id), caseDepartment: loaded.row.department_code };
  const names: Record<string, string> = {};
  for (const [username, person] of people) names[username] = person.name;
  return { credits: events.map((event) => creditFor(event, people, work)), names };
}

/** Whether a task is the deciding one (准予许可 / 不予许可), not a review whose approval is 审查通过. */
export function decidingTaskIds(loaded: LoadedCase): Set<string> {
  const index = decisionStageIndex(loaded.definition);
  return new Set(loaded.state.tasks.filter((t) => t.stageIndex === index && t.branchKey === null).map((t) => t.id));
}
