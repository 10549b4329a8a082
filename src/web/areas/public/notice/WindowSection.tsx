import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { NoticeFields } from './NoticeFields.js';
import { NoticeSection } from './NoticeSection.js';

/** 办理地点、时间和电话: where and when the window is open; the number can be tapped to call. */
export function WindowSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  return (
    <NoticeSection id="window" title={t('notice.sections.window')}>
      <NoticeFields
        columns={1}
        items={[
          { key: 'place', label: t('notice.windowPlace'), children: item.window.place },
          { key: 'hours', label: t('notice.windowHours'), children: item.window.hours },
          { key: 'phone', label: t('notice.windowPhone'), children: <a href={`tel:${item.window.phone.replace(/[^\d+]/g, '')}`}>{item.window.phone}</a> },
        ]}
      />
    </NoticeSection>
  );
}
