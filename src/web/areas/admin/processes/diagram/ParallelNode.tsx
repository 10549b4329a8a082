import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParallelStage } from '../../../../api/adminWorkflow.js';
import { WorkNode } from './DiagramNode.js';
import { isRecord } from './limits.js';

/** A parallel stage: its branches side by side, all started at once and joined when all finish. */
export function ParallelNode({ stage }: { stage: ParallelStage }) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="diagram-stage"
      data-kind="parallel"
      data-key={stage.key}
      style={{ border: '1px dashed #fa8c16', borderRadius: 10, padding: 8, background: '#fffaf2', width: '100%', boxSizing: 'border-box' }}
    >
      <Flex vertical align="center" gap={2} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{stage.name || t('adminWorkflow.diagram.unnamed')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('adminWorkflow.diagram.parallel', { n: Array.isArray(stage.branches) ? stage.branches.length : 0 })}
        </Typography.Text>
      </Flex>
      <Flex gap={8} wrap justify="center" data-testid="diagram-branches">
        {(Array.isArray(stage.branches) ? stage.branches : []).filter(isRecord).map((branch, i) => (
          <WorkNode key={`${branch.key}-${i}`} shared testId="diagram-branch" dataKey={branch.key} name={branch.name} role={branch.role} department={branch.department} days={branch.days} />
        ))}
      </Flex>
      <Typography.Text type={stage.rejectEndsCase ? 'warning' : 'secondary'} style={{ display: 'block', textAlign: 'center', fontSize: 12, marginTop: 8 }}>
        {stage.rejectEndsCase ? t('adminWorkflow.diagram.rejectEnds') : t('adminWorkflow.diagram.rejectContinues')}
      </Typography.Text>
    </div>
  );
}
