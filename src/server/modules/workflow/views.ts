import type { ProcessDefinition, Task } from './engine/index.js';

/** A task's readable name: its stage, and for a parallel branch the branch too. */
export function taskName(definition: ProcessDefinition, task: Pick<Task, 'stageKey' | 'branchKey'>): string {
  const stage = definition.stages.find((s) => s.key === task.stageKey);
  if (!stage) return task.stageKey;
  if (stage.kind === 'parallel') {
    const branch = stage.branches.find((b) => b.key === task.branchKey);
    return branch ? `${stage.name} · ${branch.name}` : stage.name;
  }
  return stage.name;
}
