import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteSynonym, fetchSynonyms, type Synonym } from '../../../api/discovery.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { formatDateTime } from '../shared/format.js';
import { SynonymFormModal } from './SynonymFormModal.js';

/** 检索同义词: what people type → what search also looks for; changes apply at once. */
export function SynonymsPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Synonym | 'new' | null>(null);
  const synonyms = useApiResource(`admin-synonyms:${revision}`, (signal) => fetchSynonyms({ signal }));
  const reload = () => setRevision((n) => n + 1);
  const needle = filter.trim().toLowerCase();
  const rows =
    synonyms.status === 'ready' ? synonyms.data.filter((s) => !needle || [s.term, ...s.targets].some((text) => text.toLowerCase().includes(needle))) : [];

  const confirmDelete = (synonym: Synonym) =>
    modal.confirm({
      title: t('discovery.synonyms.deleteConfirm', { term: synonym.term, targets: synonym.targets.map((w) => `“${w}”`).join('、') }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        await deleteSynonym(synonym.id);
        message.success(t('discovery.synonyms.deleted'));
        reload();
      },
    });

  const columns: TableColumnsType<Synonym> = [
    { title: t('discovery.synonyms.term'), dataIndex: 'term', width: 160 },
    {
      title: t('discovery.synonyms.targets'),
      key: 'targets',
      render: (_, s) => (
        <Flex gap={4} wrap>
          {s.targets.map((target) => (
            <Tag key={target}>{target}</Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('discovery.synonyms.updated'), key: 'updated', width: 170, render: (_, s) => formatDateTime(s.updatedAt), responsive: ['md'] },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, s) => (
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => setEditing(s)} data-testid="synonym-edit">
            {t('common.edit')}
          </Button>
          <Button size="small" danger onClick={() => confirmDelete(s)} data-testid="synonym-delete">
            {t('common.delete')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <div data-testid="admin-synonyms">
      <AdminPageHeader
        title={t('discovery.synonyms.title')}
        subtitle={t('discovery.synonyms.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="synonym-create">
            {t('discovery.synonyms.create')}
          </Button>
        }
      />
      <Input.Search
        allowClear
        placeholder={t('discovery.synonyms.filter')}
        aria-label={t('discovery.synonyms.filter')}
        onChange={(event) => setFilter(event.target.value)}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      {synonyms.status === 'error' ? (
        <ProblemAlert title={t('common.loadFailed')} error={synonyms.error} onRetry={synonyms.retry} />
      ) : (
        <Table<Synonym>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={synonyms.status === 'loading'}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('discovery.synonyms.empty') }}
          scroll={{ x: 'max-content' }}
          data-testid="synonym-table"
        />
      )}
      {editing && <SynonymFormModal synonym={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </div>
  );
}
