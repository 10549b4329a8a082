import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionVersion } from '../../../api/adminWorkflow.js';
import { formatDateTime } from '../shared/format.js';
import { useSavedBy } from './useSavedBy.js';
import { VersionViewer } from './VersionViewer.js';

/** Every version, newest first, with who saved it and when; any one opens read-only. */
export function DefinitionHistory({ versions }: { versions: DefinitionVersion[] }) {
  const { t } = useTranslation();
  const savedBy = useSavedBy();
  const [viewing, setViewing] = useState<DefinitionVersion | null>(null);
  const latest = versions[0]?.version;
  const columns: TableColumnsType<DefinitionVersion> = [
    {
      title: t('adminWorkflow.history.version'),
      dataIndex: 'version',
      width: 110,
      render: (version: number) => (
        <>
          {t('adminWorkflow.processes.versionTag', { version })} {version === latest && <Tag color="green">{t('adminWorkflow.history.current')}</Tag>}
        </>
      ),
    },
    { title: t('adminWorkflow.history.name'), dataIndex: 'name' },
    { title: t('adminWorkflow.history.createdAt'), dataIndex: 'createdAt', width: 190, render: (at: string) => formatDateTime(at) },
    { title: t('adminWorkflow.history.createdBy'), dataIndex: 'createdBy', width: 140, render: (by: string) => savedBy(by) },
    {
      title: t('common.actions'),
      key: 'view',
      width: 80,
      render: (_, row) => (
        <Button size="small" onClick={() => setViewing(row)} data-testid={`definition-view-${row.version}`}>
          {t('adminWorkflow.history.view')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<DefinitionVersion>
        rowKey="version"
        size="small"
        columns={columns}
        dataSource={versions}
        pagination={false}
        scroll={{ x: 640 }}
        onRow={(row) => ({ 'data-version': row.version }) as React.HTMLAttributes<HTMLElement>}
        data-testid="definition-versions"
      />
      <VersionViewer version={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
