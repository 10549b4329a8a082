import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { NoticeFields } from './NoticeFields.js';
import { NoticeSection } from './NoticeSection.js';

/** 并联审批: who leads and who reviews alongside, so the applicant knows one application covers them all. */
export function JointApprovalSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  return (
    <NoticeSection id="joint" title={t('notice.sections.joint')} testId="item-joint">
      <Typography.Paragraph type="secondary">{t('notice.jointExplained')}</Typography.Paragraph>
      <NoticeFields
        columns={1}
        items={[
          { key: 'lead', label: t('notice.leadDepartment'), children: item.department.name },
          {
            key: 'co',
            label: t('notice.coDepartments'),
            children: item.coDepartments.map((department) => department.name).join('、') || t('notice.none'),
          },
        ]}
      />
    </NoticeSection>
  );
}
