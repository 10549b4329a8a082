import { Skeleton, Tabs } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchDefinitionVersions, type DefinitionVersion } from '../../../api/adminWorkflow.js';
import { ApiError } from '../../../api/client.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { hasPermission } from '../../../session/areaAccess.js';
import { useSession } from '../../../session/SessionContext.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { formatDateTime } from '../shared/format.js';
import { DefinitionHistory } from './DefinitionHistory.js';
import { DefinitionEditor } from './editor/DefinitionEditor.js';
import { useSavedBy } from './useSavedBy.js';

/** /admin/process-definitions/:key — the latest version in the editor, and the version history. */
export function ProcessDefinitionPage() {
  const { t } = useTranslation();
  const key = useParams().key ?? '';
  const { user } = useSession();
  const savedBy = useSavedBy();
  const [revision, setRevision] = useState(0);
  const loaded = useApiResource(`admin-definition:${key}:${revision}`, (signal) => fetchDefinitionVersions(key, { signal }));
  // While a save reloads the versions, the page stays as it was instead of flashing a skeleton.
  const last = useRef<{ key: string; versions: DefinitionVersion[] } | null>(null);
  if (loaded.status === 'ready') last.current = { key, versions: loaded.data };
  const versions = last.current?.key === key ? last.current.versions : null;
  const back = <Link to="/admin/process-definitions">← {t('adminWorkflow.processes.backToList')}</Link>;

  if (loaded.status === 'error' && !versions) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        {back}
        <ProblemAlert title={missing ? t('adminWorkflow.processes.notFound', { key }) : t('adminWorkflow.processes.loadFailed')} error={loaded.error} onRetry={loaded.retry} />
      </>
    );
  }
  const current = versions?.[0];
  if (!versions || !current) return <Skeleton active paragraph={{ rows: 14 }} />;
  return (
    <div data-testid="definition-page" data-key={key} data-version={current.version}>
      {back}
      <AdminPageHeader
        title={current.name}
        subtitle={`${key} · ${t('adminWorkflow.processes.currentVersion', { version: current.version, by: savedBy(current.createdBy), at: formatDateTime(current.createdAt) })}`}
      />
      <Tabs
        defaultActiveKey="edit"
        items={[
          {
            key: 'edit',
            label: t('adminWorkflow.processes.tabs.edit'),
            // A new version remounts the editor on it: the draft starts again from what was saved.
            children: <DefinitionEditor key={current.version} current={current} readOnly={!hasPermission(user, 'processes.manage')} onSaved={() => setRevision((n) => n + 1)} />,
          },
          { key: 'history', label: <span data-testid="definition-tab-history">{t('adminWorkflow.processes.tabs.history')}</span>, children: <DefinitionHistory versions={versions} /> },
        ]}
      />
    </div>
  );
}
