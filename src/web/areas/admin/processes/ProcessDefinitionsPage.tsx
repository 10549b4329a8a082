import { Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchDefinitions, type DefinitionSummary } from '../../../api/adminWorkflow.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { formatDateTime } from '../shared/format.js';
import { caseLimitOf } from './diagram/limits.js';
import { definitionPath } from './paths.js';
import { useSavedBy } from './useSavedBy.js';

/** The server answers at most this many definitions per search. */
const LIST_LIMIT = 300;

function StagesSummary({ summary }: { summary: DefinitionSummary }) {
  const { t } = useTranslation();
  const { stages, preReview } = summary.definition;
  return (
    <Flex gap={4} wrap>
      <span>{t('adminWorkflow.processes.stageCount', { n: stages.length })}</span>
      {stages.some((stage) => stage.kind === 'parallel') && <Tag color="orange">{t('adminWorkflow.processes.joint')}</Tag>}
      {preReview && <Tag color="cyan">{t('adminWorkflow.processes.preReview')}</Tag>}
    </Flex>
  );
}

/** 流程定义: the latest version of every definition, searchable by key or name. */
export function ProcessDefinitionsPage() {
  const { t } = useTranslation();
  const savedBy = useSavedBy();
  const [q, setQ] = useState('');
  const list = useApiResource(`admin-definitions:${q}`, (signal) => fetchDefinitions(q || undefined, { signal }));

  const columns: TableColumnsType<DefinitionSummary> = [
    {
      title: t('adminWorkflow.processes.name'),
      key: 'name',
      render: (_, row) => (
        <>
          <Link to={definitionPath(row.key)} data-testid="definition-link" data-key={row.key}>
            {row.name}
          </Link>
          <div style={{ color: '#888', fontSize: 12 }}>{row.key}</div>
        </>
      ),
    },
    { title: t('adminWorkflow.processes.stages'), key: 'stages', render: (_, row) => <StagesSummary summary={row} />, width: 160 },
    { title: t('adminWorkflow.processes.days'), key: 'days', align: 'right', width: 120, render: (_, row) => t('adminWorkflow.diagram.days', { n: caseLimitOf(row.definition).days }) },
    { title: t('adminWorkflow.processes.version'), dataIndex: 'version', width: 90, render: (version: number) => t('adminWorkflow.processes.versionTag', { version }) },
    { title: t('adminWorkflow.processes.versions'), dataIndex: 'versions', align: 'right', width: 80 },
    { title: t('adminWorkflow.processes.saved'), key: 'saved', width: 200, render: (_, row) => `${formatDateTime(row.createdAt)} ${savedBy(row.createdBy)}` },
  ];

  return (
    <div data-testid="admin-process-definitions">
      <AdminPageHeader title={t('adminWorkflow.processes.title')} subtitle={t('adminWorkflow.processes.subtitle')} />
      <Flex vertical gap={12}>
        <Input.Search
          allowClear
          maxLength={50}
          enterButton={t('common.search')}
          placeholder={t('adminWorkflow.processes.searchPlaceholder')}
          aria-label={t('adminWorkflow.processes.searchPlaceholder')}
          onSearch={(value) => setQ(value.trim())}
          style={{ maxWidth: 520 }}
          data-testid="definition-search"
        />
        {list.status === 'error' ? (
          <ProblemAlert title={t('adminWorkflow.processes.loadFailed')} error={list.error} onRetry={list.retry} />
        ) : (
          <>
            {list.status === 'ready' && list.data.length >= LIST_LIMIT && <Typography.Text type="secondary">{t('adminWorkflow.processes.limited', { n: LIST_LIMIT })}</Typography.Text>}
            <Table<DefinitionSummary>
              rowKey="key"
              size="middle"
              columns={columns}
              dataSource={list.status === 'ready' ? list.data : []}
              loading={list.status === 'loading'}
              locale={{ emptyText: t('adminWorkflow.processes.empty') }}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: 760 }}
              data-testid="definition-table"
            />
          </>
        )}
      </Flex>
    </div>
  );
}
