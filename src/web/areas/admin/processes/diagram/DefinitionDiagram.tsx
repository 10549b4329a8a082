import { Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDefinition, Stage } from '../../../../api/adminWorkflow.js';
import { caseLimitOf, decisionIndexOf, extensionLimitOf, isRecord } from './limits.js';
import { DiagramArrow, DiagramTerminal, WorkNode } from './DiagramNode.js';
import { ParallelNode } from './ParallelNode.js';

function StageNode({ stage, decision }: { stage: Stage; decision: boolean }) {
  if (stage.kind === 'parallel') return <ParallelNode stage={stage} />;
  return (
    <div data-testid="diagram-stage" data-kind="task" data-key={stage.key}>
      <WorkNode testId="diagram-task" dataKey={stage.key} name={stage.name} role={stage.role} department={stage.department} days={stage.days} decision={decision} />
    </div>
  );
}

/**
 * A definition drawn top to bottom: application, pre-review when enabled, acceptance at the
 * window, each stage (parallel branches side by side), completion; with the case's limits.
 * It draws whatever it is given, so a half-edited draft previews as it is typed.
 */
export function DefinitionDiagram({ definition }: { definition: ProcessDefinition }) {
  const { t } = useTranslation();
  const stages = (Array.isArray(definition.stages) ? definition.stages : []).filter(isRecord);
  const decisionIndex = decisionIndexOf(stages);
  const limit = caseLimitOf(definition);
  return (
    <Flex vertical align="center" data-testid="definition-diagram" role="figure" aria-label={t('adminWorkflow.diagram.label', { name: definition.name })} style={{ padding: '8px 0', overflowX: 'auto' }}>
      <DiagramTerminal label={t('adminWorkflow.diagram.apply')} />
      {definition.preReview && (
        <>
          <DiagramArrow />
          <DiagramTerminal label={t('adminWorkflow.diagram.preReview')} testId="diagram-prereview" />
        </>
      )}
      <DiagramArrow />
      <DiagramTerminal label={t('adminWorkflow.diagram.accept')} />
      {stages.length === 0 && (
        <>
          <DiagramArrow />
          <Typography.Text type="danger">{t('adminWorkflow.diagram.noStages')}</Typography.Text>
        </>
      )}
      {stages.map((stage, i) => (
        <Fragment key={`${stage.key}-${i}`}>
          <DiagramArrow />
          <StageNode stage={stage} decision={i === decisionIndex} />
        </Fragment>
      ))}
      <DiagramArrow />
      <DiagramTerminal label={t('adminWorkflow.diagram.finish')} />
      <Typography.Text type="secondary" style={{ marginTop: 12, fontSize: 12, textAlign: 'center' }} data-testid="diagram-limits">
        {limit.given ? t('adminWorkflow.diagram.caseDays', { n: limit.days }) : t('adminWorkflow.diagram.caseDaysSum', { n: limit.days })}
        {' · '}
        {t('adminWorkflow.diagram.extension', { n: extensionLimitOf(definition) })}
      </Typography.Text>
    </Flex>
  );
}
