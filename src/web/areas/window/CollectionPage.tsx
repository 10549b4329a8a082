import { App, Button, Checkbox, Drawer, Empty, Flex, Form, Input, Radio, Skeleton, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCollections, recordHandover, type CollectionEntry } from '../../api/staff.js';
import { CaseDocuments } from '../../components/CaseDocuments.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CaseStatusTag } from '../dept/case/CaseHeader.js';
import { formatInstant } from '../dept/shared/format.js';
import { StaffList } from '../dept/shared/StaffList.js';
import { OriginalsCard } from './OriginalsCard.js';

interface HandoverValues {
  collectorKind: 'applicant' | 'agent';
  collectorName: string;
  idNumber?: string;
  idChecked: boolean;
  note?: string;
}

/** /window/collection — 统一出件: decided cases whose results are collected in person, and the handover record. */
export function CollectionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.collection.title'));
  const [reloads, setReloads] = useState(0);
  const queue = useApiResource(`collections:${reloads}`, (signal) => fetchCollections({ signal }));
  const [open, setOpen] = useState<CollectionEntry | null>(null);
  const columns: TableColumnsType<CollectionEntry> = [
    { key: 'receiptNo', title: t('workflow.inbox.receiptNo'), dataIndex: 'receiptNo' },
    { key: 'item', title: t('workflow.inbox.item'), dataIndex: 'itemName' },
    { key: 'applicant', title: t('staff.cases.applicant'), dataIndex: 'applicantName' },
    { key: 'status', title: t('staff.collection.status'), render: (_, e) => <CaseStatusTag status={e.status} /> },
    { key: 'decidedAt', title: t('staff.collection.decidedAt'), render: (_, e) => formatInstant(e.decidedAt) },
    { key: 'actions', title: '', render: (_, e) => handOver(e) },
  ];
  const handOver = (entry: CollectionEntry) => (
    <Button type="primary" size="small" onClick={() => setOpen(entry)} data-testid="collection-hand-over" aria-label={`${t('staff.collection.handOver')} ${entry.receiptNo}`}>
      {t('staff.collection.handOver')}
    </Button>
  );
  return (
    <Flex vertical gap={16} data-testid="window-collection">
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('staff.collection.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('staff.collection.subtitle')}</Typography.Text>
      </div>
      {queue.status === 'loading' && <Skeleton active />}
      {queue.status === 'error' && <ProblemAlert title={t('staff.collection.loadFailed')} error={queue.error} onRetry={queue.retry} />}
      {queue.status === 'ready' && queue.data.length === 0 && <Empty description={t('staff.collection.empty')} data-testid="collection-empty" />}
      {queue.status === 'ready' && queue.data.length > 0 && (
        <StaffList<CollectionEntry>
          rows={queue.data}
          rowKey={(e) => String(e.caseId)}
          columns={columns}
          testId="collection"
          rowAttributes={(e) => ({ 'data-case-id': e.caseId })}
          card={(e) => (
            <Flex vertical gap={4}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>{e.itemName}</Typography.Text>
                <CaseStatusTag status={e.status} />
              </Flex>
              <Typography.Text>{e.receiptNo}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {e.applicantName} · {formatInstant(e.decidedAt)}
              </Typography.Text>
              <div>{handOver(e)}</div>
            </Flex>
          )}
        />
      )}
      {open && <HandoverDrawer entry={open} onClose={() => setOpen(null)} onDone={() => setReloads((n) => n + 1)} />}
    </Flex>
  );
}

/** The result documents to hand over (the documents API lists them), the originals check for 网上受理 items, and the handover form. */
function HandoverDrawer({ entry, onClose, onDone }: { entry: CollectionEntry; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HandoverValues>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (values: HandoverValues) => {
    setSending(true);
    setFailure(null);
    try {
      const done = await recordHandover(entry.caseId, {
        expectedVersion: entry.version,
        collectorKind: values.collectorKind,
        collectorName: values.collectorName.trim(),
        idChecked: values.idChecked === true,
        ...(values.idNumber?.trim() && { idNumber: values.idNumber.trim() }),
        ...(values.note?.trim() && { note: values.note.trim() }),
      });
      void message.success(t('staff.collection.done', { name: done.collectorName, at: formatInstant(done.collectedAt) }));
      onClose();
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };
  return (
    <Drawer open onClose={onClose} title={t('staff.collection.drawerTitle', { receiptNo: entry.receiptNo })} size="large" destroyOnHidden>
      <Flex vertical gap={16} data-testid="handover-drawer">
        <Typography.Text>{t('staff.collection.documentsHint')}</Typography.Text>
        <CaseDocuments caseId={entry.caseId} version={entry.version} />
        {entry.handlingDepth === 'online_accept' && <OriginalsCard caseId={entry.caseId} />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ collectorKind: 'applicant', collectorName: entry.applicantName, idChecked: false }}>
          <Form.Item name="collectorKind" label={t('staff.collection.collectorKind')}>
            <Radio.Group
              options={(['applicant', 'agent'] as const).map((k) => ({ value: k, label: t(`staff.collection.kinds.${k}`) }))}
              data-testid="handover-kind"
            />
          </Form.Item>
          <Form.Item name="collectorName" label={t('staff.collection.collectorName')} rules={[{ required: true, whitespace: true, message: t('staff.collection.collectorNameRequired') }]}>
            <Input maxLength={50} data-testid="handover-name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('staff.collection.idNumber')}
            extra={t('staff.collection.idNumberHelp')}
            rules={[{ pattern: /^\d{17}[\dXx]$/, message: t('staff.collection.idNumberInvalid') }]}
          >
            <Input maxLength={18} autoComplete="off" data-testid="handover-id-number" />
          </Form.Item>
          <Form.Item
            name="idChecked"
            valuePropName="checked"
            rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error(t('staff.collection.idCheckedRequired')))) }]}
          >
            <Checkbox data-testid="handover-id-checked">{t('staff.collection.idChecked')}</Checkbox>
          </Form.Item>
          <Form.Item name="note" label={t('staff.collection.note')}>
            <Input maxLength={200} data-testid="handover-note" />
          </Form.Item>
          {failure !== null && <ProblemAlert title={t('staff.collection.failed')} error={failure} />}
          <Button type="primary" htmlType="submit" loading={sending} data-testid="handover-submit">
            {t('staff.collection.submit')}
          </Button>
        </Form>
      </Flex>
    </Drawer>
  );
}
