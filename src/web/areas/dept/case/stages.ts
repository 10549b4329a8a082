import type { CaseTask, CaseView } from '../../../api/workflow.js';

export interface StageGroup {
  stageIndex: number;
  /** True when the tasks are branches of one parallel stage (并联审批). */
  parallel: boolean;
  tasks: CaseTask[];
}

/**
 * The tasks in rounds of one stage each, in the order they were created; a stage worked again after
 * a return is a new round. The stage of a task comes from its `task_created` event.
 */
export function groupTasksByStage(view: CaseView): StageGroup[] {
  const created = new Map<string, { stageIndex: number; branchKey: string | null }>();
  for (const entry of view.timeline) {
    if (entry.event.kind === 'task_created') {
      created.set(entry.event.taskId, { stageIndex: entry.event.stageIndex, branchKey: entry.event.branchKey ?? null });
    }
  }
  const groups: StageGroup[] = [];
  for (const task of view.tasks) {
    const info = created.get(task.id) ?? { stageIndex: -1, branchKey: null };
    const last = groups.at(-1);
    const sameRound = last && last.stageIndex === info.stageIndex && info.branchKey !== null && !last.tasks.some((t) => created.get(t.id)?.branchKey === info.branchKey);
    if (sameRound) {
      last.tasks.push(task);
      last.parallel = true;
    } else {
      groups.push({ stageIndex: info.stageIndex, parallel: info.branchKey !== null, tasks: [task] });
    }
  }
  return groups;
}
