import { Flex, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageRole } from '../../../../api/adminWorkflow.js';
import { useDepartmentName } from '../useDepartmentName.js';

export const NODE_WIDTH = 200;

const boxStyle: CSSProperties = {
  width: NODE_WIDTH,
  maxWidth: '100%',
  padding: '8px 12px',
  border: '1px solid #91caff',
  borderRadius: 8,
  background: '#f0f7ff',
  overflowWrap: 'anywhere',
};

/** A start or end point of the flow (申请, 受理, 办结): a rounded pill with no details. */
export function DiagramTerminal({ label, testId }: { label: string; testId?: string }) {
  return (
    <div data-testid={testId} style={{ padding: '4px 16px', borderRadius: 16, border: '1px solid #d9d9d9', background: '#fafafa', fontSize: 13 }}>
      {label}
    </div>
  );
}

interface WorkNodeProps {
  name: string;
  role: StageRole;
  department: string;
  days: number;
  /** Marks the stage whose completion is the approval decision. */
  decision?: boolean;
  /** A branch shares its row with its siblings: it stretches and shrinks with them instead of a fixed width. */
  shared?: boolean;
  testId: string;
  dataKey: string;
}

// Narrow enough for four branches side by side in the editor's preview column.
const sharedStyle: CSSProperties = { width: 'auto', flex: '1 1 0', minWidth: 96, maxWidth: NODE_WIDTH, padding: '6px 8px' };

/** One piece of work: who (role in a department) does what within how many working days. */
export function WorkNode({ name, role, department, days, decision, shared, testId, dataKey }: WorkNodeProps) {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  return (
    <div style={{ ...boxStyle, ...(shared && sharedStyle), ...(decision && { borderColor: '#1677ff', borderWidth: 2 }) }} data-testid={testId} data-key={dataKey} data-department={department} data-days={days}>
      <Flex justify="space-between" align="baseline" gap={4} wrap>
        <Typography.Text strong>{name || t('adminWorkflow.diagram.unnamed')}</Typography.Text>
        {decision && <Tag color="blue">{t('adminWorkflow.diagram.decision')}</Tag>}
      </Flex>
      <div style={{ fontSize: 13 }}>{departmentName(department)}</div>
      <Flex justify="space-between" align="center" gap={4} wrap style={{ marginTop: 4 }}>
        <Tag style={{ marginInlineEnd: 0 }}>{t(`roleNames.${role}`)}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('adminWorkflow.diagram.days', { n: days })}
        </Typography.Text>
      </Flex>
    </div>
  );
}

/** The line from one step down to the next. */
export function DiagramArrow() {
  return (
    <div aria-hidden style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', height: 24 }}>
      <div style={{ flex: 1, width: 2, background: '#bfbfbf' }} />
      <div style={{ width: 0, height: 0, borderLeft: '5px solid transparent', borderRight: '5px solid transparent', borderTop: '6px solid #bfbfbf' }} />
    </div>
  );
}
