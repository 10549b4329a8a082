import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyOriginals } from '../../api/applications.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatInstant } from '../dept/shared/format.js';

/** 核验原件: for 网上受理 items the originals are seen once, when the applicant collects the result. */
export function OriginalsCard({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<{ verifiedAt: string; by: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setDone(await verifyOriginals(caseId, note.trim() || undefined));
      void message.success(t('applications.originals.done'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('applications.originals.title')} data-testid="originals-card">
      {done ? (
        <Alert type="success" showIcon title={t('applications.originals.verified', { at: formatInstant(done.verifiedAt), by: done.by })} data-testid="originals-verified" />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('applications.originals.hint')}</Typography.Text>
          <Flex gap={8} wrap>
            <Input style={{ flex: '1 1 240px' }} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder={t('applications.intake.notePlaceholder')} />
            <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} onClick={() => void verify()} data-testid="originals-verify">
              {t('applications.originals.button')}
            </Button>
          </Flex>
          {failure !== null && <ProblemAlert title={t('applications.originals.failed')} error={failure} />}
        </Flex>
      )}
    </Card>
  );
}
