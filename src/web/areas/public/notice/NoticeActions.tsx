import { DownloadOutlined, FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { noticeDownloadUrl, type ItemDetail } from '../../../api/catalogue.js';

/** What a visitor does with the notice: print it, keep it, or (soon) apply online. */
export function NoticeActions({ item }: { item: Pick<ItemDetail, 'noticeUrl'> }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      {/* The browser's PDF viewer prints exactly the paper notice the window hands out. */}
      <Button type="primary" icon={<PrinterOutlined />} href={item.noticeUrl} target="_blank" rel="noopener" data-testid="item-notice-pdf">
        {t('notice.printPdf')}
      </Button>
      <Button icon={<DownloadOutlined />} href={noticeDownloadUrl(item.noticeUrl)} download data-testid="item-notice-download">
        {t('notice.downloadPdf')}
      </Button>
      <Tooltip title={t('notice.applySoon')}>
        {/* A disabled button fires no pointer events: the wrapper is what shows the tooltip. */}
        <span tabIndex={0} aria-label={t('notice.applySoon')} style={{ display: 'inline-block' }}>
          <Button icon={<FormOutlined />} disabled data-testid="item-apply" style={{ pointerEvents: 'none' }}>
            {t('notice.apply')}
          </Button>
        </span>
      </Tooltip>
    </Flex>
  );
}
