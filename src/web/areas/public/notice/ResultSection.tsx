import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { NoticeFields } from './NoticeFields.js';
import { NoticeSection } from './NoticeSection.js';

/** 审批结果: what the applicant receives at the end. */
export function ResultSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  return (
    <NoticeSection id="result" title={t('notice.sections.result')}>
      <NoticeFields
        columns={1}
        items={[
          { key: 'certificateName', label: t('notice.certificateName'), children: item.certificateName },
          { key: 'resultType', label: t('notice.resultType'), children: item.resultType },
        ]}
      />
    </NoticeSection>
  );
}
