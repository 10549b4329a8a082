import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, CaseView } from '../../../api/workflow.js';
import { DueBadge } from '../shared/DueBadge.js';

/** From the decision on, the statutory clock has stopped: days left no longer mean anything. */
const CLOCK_STOPPED: readonly CaseStatus[] = ['decided_approved', 'decided_rejected', 'completed', 'delivered', 'refused', 'withdrawn'];

/** Preset palette colours, not antd's status colours: their text shade passes WCAG AA on the tag (theme.ts). */
const STATUS_COLORS: Partial<Record<CaseStatus, string>> = {
  in_review: 'blue',
  accepted: 'blue',
  awaiting_supplement: 'orange',
  decided_approved: 'green',
  completed: 'green',
  delivered: 'green',
  decided_rejected: 'red',
  refused: 'red',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="case-status" data-status={status}>
      {t(`workflow.status.${status}`)}
    </Tag>
  );
}

interface CaseHeaderProps {
  view: CaseView;
  itemName: string | null;
  departmentName: (code: string) => string;
}

/** 办件编号, the item, its status and the case clock. */
export function CaseHeader({ view, itemName, departmentName }: CaseHeaderProps) {
  const { t } = useTranslation();
  return (
    <Card data-testid="case-header">
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="case-item-name">
            {itemName ?? view.itemCode}
          </Typography.Title>
          <CaseStatusTag status={view.status} />
        </Flex>
        <Typography.Text type="secondary" copyable={{ text: view.receiptNo }} data-testid="case-receipt-no">
          {t('workflow.inbox.receiptLine', { receiptNo: view.receiptNo })}
        </Typography.Text>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('workflow.case.department')}>{departmentName(view.department)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.case.channel')}>{t(`workflow.channel.${view.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.case.due')}>{view.due ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.case.timeLeft')}>
          <span data-testid="case-due">
            {CLOCK_STOPPED.includes(view.status) ? t('workflow.due.stopped') : <DueBadge daysLeft={view.daysLeft} clockPaused={view.clockPaused} />}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
