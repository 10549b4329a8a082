import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks a joint (并联) item: several departments review it at once from one application. */
export function JointTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" title={t('catalogue.jointHint')} style={{ marginInlineEnd: 0 }}>
      {t('catalogue.joint')}
    </Tag>
  );
}
