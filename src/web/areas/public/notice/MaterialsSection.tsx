import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { MaterialRow } from './MaterialRow.js';
import { NoticeSection } from './NoticeSection.js';

/** 申请材料: the list that decides whether a trip to the hall is wasted, so it says everything. */
export function MaterialsSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const counts = {
    total: item.materials.length,
    required: item.materials.filter((m) => m.required).length,
    conditional: item.materials.filter((m) => !m.required).length,
    shared: item.materials.filter((m) => m.source === 'shared').length,
  };
  return (
    <NoticeSection id="materials" title={t('notice.sections.materials')} testId="item-materials">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('notice.material.summary', counts)}
      </Typography.Paragraph>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {item.materials.map((material, index) => (
          <li key={material.id} style={{ borderTop: index > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}>
            <MaterialRow material={material} position={index + 1} />
          </li>
        ))}
      </ol>
    </NoticeSection>
  );
}
