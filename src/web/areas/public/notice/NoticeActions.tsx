import { DownloadOutlined, FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { noticeDownloadUrl, type ItemDetail } from '../../../api/catalogue.js';

/** What a visitor does with the notice: print it, keep it, or apply online (网上预审 for pre-review-only items). */
export function NoticeActions({ item }: { item: Pick<ItemDetail, 'noticeUrl' | 'code' | 'handlingDepth'> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex gap={8} wrap>
      {/* The browser's PDF viewer prints exactly the paper notice the window hands out. */}
      <Button type="primary" icon={<PrinterOutlined />} href={item.noticeUrl} target="_blank" rel="noopener" data-testid="item-notice-pdf">
        {t('notice.printPdf')}
      </Button>
      <Button icon={<DownloadOutlined />} href={noticeDownloadUrl(item.noticeUrl)} download data-testid="item-notice-download">
        {t('notice.downloadPdf')}
      </Button>
      {/* Signing in comes first when needed: the applicant area sends the visitor to the login and back. */}
      <Button
        type="primary"
        ghost
        icon={<FormOutlined />}
        onClick={() => navigate(`/my/apply/${encodeURIComponent(item.code)}`)}
        data-testid="item-apply"
        data-depth={item.handlingDepth}
      >
        {item.handlingDepth === 'prereview_only' ? t('notice.applyPrereview') : t('notice.apply')}
      </Button>
    </Flex>
  );
}
