import { ForkOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { moved, newParallelStage, newTaskStage } from '../definitionDraft.js';
import { useDraft } from './DraftContext.js';
import { DraftListErrors } from './DraftField.js';
import { StageCard } from './StageCard.js';
import { isRecord } from '../diagram/limits.js';

/** The ordered stages: each editable, movable and removable; new task or parallel stages at the end. */
export function StageListEditor() {
  const { t } = useTranslation();
  const { definition, update, readOnly } = useDraft();
  const stages = Array.isArray(definition.stages) ? definition.stages : [];
  const setStages = (next: unknown[]) => update(['stages'], next);
  return (
    <Flex vertical gap={12} data-testid="stage-editors">
      {stages.map(
        (stage, i) =>
          // Raw JSON may hold anything in the list; the server names what is wrong with it.
          isRecord(stage) && (
            <StageCard
              key={i}
              index={i}
              count={stages.length}
              stage={stage}
              move={(from, to) => setStages(moved(stages, from, to))}
              remove={(at) => setStages(stages.filter((_, j) => j !== at))}
            />
          ),
      )}
      <DraftListErrors path={['stages']} />
      {!readOnly && (
        <Flex gap={8} wrap>
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => setStages([...stages, newTaskStage(definition, t('adminWorkflow.editor.newStage'))])} data-testid="stage-add-task">
            {t('adminWorkflow.editor.addTask')}
          </Button>
          <Button
            type="dashed"
            icon={<ForkOutlined />}
            onClick={() => setStages([...stages, newParallelStage(definition, t('adminWorkflow.editor.newBranch'), t('adminWorkflow.editor.newStage'))])}
            data-testid="stage-add-parallel"
          >
            {t('adminWorkflow.editor.addParallel')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
