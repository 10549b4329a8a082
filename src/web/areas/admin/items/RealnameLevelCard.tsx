import { App, Card, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchItemRealnameLevel, setItemRealnameLevel } from '../../../api/account.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';

/**
 * The real-name level an item asks of online applicants. Saved on its own, outside the item's
 * versions: it is the platform's rule for who may apply online, and it takes effect at once.
 */
export function RealnameLevelCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const level = useApiResource(`item-realname-level:${code}`, (signal) => fetchItemRealnameLevel(code, { signal }));
  const [saved, setSaved] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (value: number) => {
    setSaving(true);
    setError(null);
    try {
      setSaved(await setItemRealnameLevel(code, value));
      void message.success(t('account.item.levelSaved'));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('account.item.requiredLevel')} style={{ marginTop: 16 }} data-testid="item-realname-level">
      {level.status === 'loading' && <Skeleton active paragraph={{ rows: 1 }} />}
      {level.status === 'error' && <ProblemAlert title={t('common.loadFailed')} error={level.error} onRetry={level.retry} />}
      {level.status === 'ready' && (
        <>
          <Typography.Paragraph type="secondary">{t('account.item.levelHelp')}</Typography.Paragraph>
          <Select
            value={saved ?? level.data}
            onChange={(value: number) => void save(value)}
            loading={saving}
            style={{ minWidth: 220, maxWidth: '100%' }}
            aria-label={t('account.item.requiredLevel')}
            data-testid="item-realname-level-select"
            options={[
              { value: 0, label: t('account.item.levelNone') },
              { value: 1, label: t('account.profile.levels.l1') },
              { value: 2, label: t('account.profile.levels.l2') },
            ]}
          />
          {error !== null && <ProblemAlert title={t('account.profile.failed')} error={error} />}
        </>
      )}
    </Card>
  );
}
