import { Anchor, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeSectionId } from './noticeSections.js';

/** Table of contents beside the notice on wide screens: jump straight to 申请材料 and back. */
export function NoticeContents({ sections }: { sections: NoticeSectionId[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('notice.contents')} style={{ position: 'sticky', top: 16 }}>
      <nav aria-label={t('notice.contents')}>
        <Anchor
          affix={false}
          replace
          items={sections.map((section) => ({ key: section, href: `#${section}`, title: t(`notice.sections.${section}`) }))}
        />
      </nav>
    </Card>
  );
}
