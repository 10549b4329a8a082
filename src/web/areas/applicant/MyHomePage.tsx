import { DeleteOutlined, FormOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteDraft, fetchApplications, fetchMyCases, type ApplicationSummary, type MyCase } from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { buttonTestId } from '../../components/buttonTestId.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CaseStatusTag } from '../dept/case/CaseHeader.js';
import { formatInstant } from '../dept/shared/format.js';
import { CaseClock } from './CaseClock.js';
import { PageTitle } from '../../components/PageTitle.js';

/** /my — 我的办件 (every submitted case with its clock) and 草稿 (applications not yet submitted). */
export function MyHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.my.title'));
  const cases = useApiResource('my-cases', (signal) => fetchMyCases({ signal }));
  const drafts = useApiResource('my-drafts', (signal) => fetchApplications('draft', { signal }));
  return (
    <Flex vertical gap={16} data-testid="my-home">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle style={{ margin: 0 }}>{t('applications.my.title')}</PageTitle>
        <Flex gap={8} wrap>
          <Link to="/items">
            <Button type="primary" icon={<FormOutlined />} data-testid="my-new-application">
              {t('applications.my.newApplication')}
            </Button>
          </Link>
          <Link to="/lookup">
            <Button icon={<SearchOutlined />}>{t('applications.lookup.title')}</Button>
          </Link>
        </Flex>
      </Flex>
      <Tabs
        items={[
          {
            key: 'cases',
            label: t('applications.my.casesTab'),
            children: (
              <Card extra={<Button size="small" type="text" icon={<ReloadOutlined />} onClick={cases.retry} aria-label={t('workflow.inbox.refresh')} />}>
                {cases.status === 'loading' && <Skeleton active />}
                {cases.status === 'error' && <ProblemAlert title={t('applications.my.casesFailed')} error={cases.error} onRetry={cases.retry} />}
                {cases.status === 'ready' && <CaseList cases={cases.data} />}
              </Card>
            ),
          },
          {
            key: 'drafts',
            label: t('applications.my.draftsTab', { n: drafts.status === 'ready' ? drafts.data.length : '…' }),
            children: (
              <Card>
                {drafts.status === 'loading' && <Skeleton active />}
                {drafts.status === 'error' && <ProblemAlert title={t('applications.my.draftsFailed')} error={drafts.error} onRetry={drafts.retry} />}
                {drafts.status === 'ready' && <DraftList drafts={drafts.data} onDeleted={drafts.retry} />}
              </Card>
            ),
          },
        ]}
      />
    </Flex>
  );
}

function CaseList({ cases }: { cases: MyCase[] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <Empty description={t('applications.my.noCases')} data-testid="my-cases-empty" />;
  return (
    <List
      data-testid="my-cases"
      dataSource={cases}
      renderItem={(c) => (
        <List.Item key={c.id} data-testid="my-case" data-case-id={c.id} data-status={c.status}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={8} wrap align="center" justify="space-between">
              <Link to={`/my/cases/${c.id}`} data-testid="my-case-link" style={{ fontSize: 16, fontWeight: 500 }}>
                {c.itemName}
              </Link>
              <CaseStatusTag status={c.status} />
            </Flex>
            <Typography.Text type="secondary" data-testid="my-case-receipt">
              {t('applications.receiptLine', { receiptNo: c.receiptNo })}
            </Typography.Text>
            <Flex gap={8} wrap align="center">
              <CaseClock status={c.status} daysLeft={c.daysLeft} clockPaused={c.clockPaused} dueOn={c.dueOn} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('applications.my.submittedAt', { at: formatInstant(c.submittedAt) })}
              </Typography.Text>
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function DraftList({ drafts, onDeleted }: { drafts: ApplicationSummary[]; onDeleted(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = async (draft: ApplicationSummary) => {
    try {
      await deleteDraft(draft.id);
      void message.success(t('applicantCase.drafts.deleted'));
    } catch (error) {
      void message.error(error instanceof ApiError && error.detail ? error.detail : t('applicantCase.drafts.deleteFailed'));
    }
    onDeleted();
  };
  if (drafts.length === 0) return <Empty description={t('applications.my.noDrafts')} data-testid="my-drafts-empty" />;
  return (
    <List
      data-testid="my-drafts"
      dataSource={drafts}
      renderItem={(d) => (
        <List.Item
          key={d.id}
          data-testid="my-draft"
          data-application-id={d.id}
          actions={[
            <Link key="go" to={`/my/applications/${d.id}`} data-testid="my-draft-continue">
              {t('applications.my.continue')}
            </Link>,
            <Popconfirm
              key="delete"
              title={t('applicantCase.drafts.deleteConfirm', { item: d.itemName })}
              okText={t('applicantCase.drafts.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={buttonTestId('my-draft-delete-confirm', { danger: true })}
              onConfirm={() => remove(d)}
            >
              <Button type="link" danger size="small" icon={<DeleteOutlined aria-hidden />} data-testid="my-draft-delete">
                {t('applicantCase.drafts.delete')}
              </Button>
            </Popconfirm>,
          ]}
        >
          <List.Item.Meta title={d.itemName} description={t('applications.my.updatedAt', { at: formatInstant(d.updatedAt) })} />
        </List.Item>
      )}
    />
  );
}
