import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStage } from '../../../../api/adminWorkflow.js';
import { DraftField } from './DraftField.js';
import { useDraft } from './DraftContext.js';
import { testIdOf } from './DraftInputs.js';
import { WorkFields } from './WorkFields.js';

/** A task stage: the work fields and whether it is the deciding stage. */
export function TaskStageFields({ index, stage }: { index: number; stage: TaskStage }) {
  const { t } = useTranslation();
  const { update, readOnly } = useDraft();
  const path = ['stages', index, 'decision'];
  return (
    <>
      <WorkFields path={['stages', index]} />
      <DraftField label={null} path={path}>
        <Checkbox
          checked={stage.decision === true}
          disabled={readOnly}
          // Unticked means "not flagged" (the last stage decides), so the property goes away.
          onChange={(event) => update(path, event.target.checked ? true : undefined)}
          data-testid={testIdOf(path)}
        >
          {t('adminWorkflow.editor.decision')}
        </Checkbox>
      </DraftField>
    </>
  );
}
