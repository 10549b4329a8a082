import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { NoticeFields } from './NoticeFields.js';
import { NoticeSection } from './NoticeSection.js';
import { useVocabulary } from '../../../i18n/useVocabulary.js';

/** 基本信息: what kind of item it is, who decides, who may apply, and on what legal basis. */
export function BasicInfoSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return (
    <NoticeSection id="basic" title={t('notice.sections.basic')}>
      <NoticeFields
        items={[
          { key: 'category', label: t('notice.category'), children: vocabulary.category(item.category) },
          { key: 'applicantType', label: t('notice.applicantType'), children: t(`notice.applicantTypes.${item.applicantType}`) },
          { key: 'implementingBody', label: t('notice.implementingBody'), children: item.implementingBody },
          { key: 'competentDepartment', label: t('notice.competentDepartment'), children: item.competentDepartment },
          { key: 'exercisingLevel', label: t('notice.exercisingLevel'), children: item.exercisingLevel },
          { key: 'code', label: t('notice.code'), children: item.code },
          { key: 'legalBasis', label: t('notice.legalBasis'), children: item.legalBasis, span: 'filled' },
        ]}
      />
    </NoticeSection>
  );
}
