import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { NoticeFields } from './NoticeFields.js';
import { NoticeSection } from './NoticeSection.js';

/** 咨询与投诉: where to ask before applying, and where to complain if the promise is not kept. */
export function ContactSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  return (
    <NoticeSection id="contact" title={t('notice.sections.contact')}>
      <NoticeFields
        columns={1}
        items={[
          { key: 'consultation', label: t('notice.consultation'), children: item.consultationChannel },
          { key: 'complaint', label: t('notice.complaint'), children: item.complaintChannel },
        ]}
      />
    </NoticeSection>
  );
}
