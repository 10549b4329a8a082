import { Card, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../api/adminWorkflow.js';
import { ListRowButtons } from '../../items/fields/ListRowButtons.js';
import { switchKind } from '../definitionDraft.js';
import { useDraft } from './DraftContext.js';
import { DraftListErrors } from './DraftField.js';
import { ParallelStageFields } from './ParallelStageFields.js';
import { TaskStageFields } from './TaskStageFields.js';

interface StageCardProps {
  index: number;
  count: number;
  stage: Stage;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/** One stage of the list: its kind (task or parallel), its fields, and move/remove buttons. */
export function StageCard({ index, count, stage, move, remove }: StageCardProps) {
  const { t } = useTranslation();
  const { update, readOnly } = useDraft();
  return (
    <Card
      size="small"
      title={
        <Flex gap={12} align="center" wrap>
          <span>{t('adminWorkflow.editor.stageN', { n: index + 1 })}</span>
          <Segmented
            size="small"
            value={stage.kind}
            disabled={readOnly}
            options={[
              { value: 'task', label: t('adminWorkflow.editor.kinds.task') },
              { value: 'parallel', label: t('adminWorkflow.editor.kinds.parallel') },
            ]}
            onChange={(kind) => kind !== stage.kind && update(['stages', index], switchKind(stage, t('adminWorkflow.editor.newBranch')))}
            aria-label={t('adminWorkflow.editor.kind')}
            data-testid={`stage-kind-${index}`}
          />
        </Flex>
      }
      extra={!readOnly && <ListRowButtons index={index} count={count} move={move} remove={remove} testId={`stage-${index}`} />}
      data-testid="stage-editor"
      data-key={stage.key}
    >
      <DraftListErrors path={['stages', index]} />
      {stage.kind === 'parallel' ? <ParallelStageFields index={index} stage={stage} /> : <TaskStageFields index={index} stage={stage} />}
    </Card>
  );
}
