import { DownloadOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchCaseApplication, fetchItemForm, fileUrl, type Application, type ApplicationMaterial } from '../../../api/applications.js';
import type { ItemDetail } from '../../../api/catalogue.js';
import type { CaseView } from '../../../api/workflow.js';
import { FormAnswers } from '../../../components/applications/FormAnswers.js';
import { formatFileSize, shortSha } from '../../../components/applications/format.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource, type Resource } from '../../../hooks/useApiResource.js';
import { CaseMaterials } from './CaseMaterials.js';
import { CHECK_TAG_COLORS } from '../../../components/applications/checkColors.js';


interface CaseApplicationProps {
  view: Pick<CaseView, 'id' | 'version' | 'channel' | 'itemCode'>;
  item: Resource<ItemDetail> & { retry(): void };
}

/**
 * What the department reviews: the application as submitted (the form's answers, every uploaded
 * file with the window's check). Cases registered at the window without an online application
 * have none; for them the item's notice stays the reference.
 */
export function CaseApplication({ view, item }: CaseApplicationProps) {
  const { t } = useTranslation();
  // A new case version may bring supplement files.
  const application = useApiResource(`dept-case-application:${view.id}:${view.version}`, (signal) => fetchCaseApplication(view.id, { signal }));
  const form = useApiResource(`item-form:${view.itemCode}`, (signal) => fetchItemForm(view.itemCode, { signal }));

  const app = application.status === 'ready' ? application.data : null;
  if (application.status === 'ready' && app === null) return <CaseMaterials item={item} />;
  return (
    <Card title={t('workflow.case.materialsTitle')} data-testid="case-application">
      {application.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {application.status === 'error' && <ProblemAlert title={t('workflow.case.applicationFailed')} error={application.error} onRetry={application.retry} />}
      {app && (
        <Flex vertical gap={16}>
          <Typography.Text data-testid="case-application-applicant">
            {t('workflow.case.applicant', { name: app.applicant.displayName, username: app.applicant.username })}
          </Typography.Text>
          <FormAnswers schema={form.status === 'ready' ? form.data.schema : null} formData={app.formData} title={t('workflow.case.formTitle')} />
          <Flex vertical gap={12}>
            {app.materials
              .filter((m) => m.files.length > 0 || (m.required && !m.shared))
              .map((material) => (
                <MaterialFiles key={material.id} app={app} material={material} />
              ))}
          </Flex>
          <a href={`/items/${encodeURIComponent(view.itemCode)}`} target="_blank" rel="noreferrer">
            {t('workflow.case.noticeLink')}
          </a>
        </Flex>
      )}
    </Card>
  );
}

function MaterialFiles({ app, material }: { app: Application; material: ApplicationMaterial }) {
  const { t } = useTranslation();
  return (
    <div data-testid="case-application-material" data-material-id={material.id}>
      <Flex gap={6} wrap align="baseline">
        <Typography.Text strong>{material.name}</Typography.Text>
        {material.required ? <Tag color="red">{t('workflow.case.required')}</Tag> : <Tag color="gold">{t('workflow.case.conditional')}</Tag>}
      </Flex>
      {material.files.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('workflow.case.notProvided')}
        </Typography.Text>
      )}
      {material.files.map((file) => (
        <Flex key={file.id} gap={8} wrap align="center" style={{ marginTop: 4 }} data-testid="case-application-file" data-file-id={file.id} data-check={file.check}>
          <a href={fileUrl(app.id, file.id)} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }} data-testid="case-application-file-open">
            <DownloadOutlined aria-hidden /> {file.filename}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatFileSize(file.size)} · SHA-256 {shortSha(file.sha256)}
          </Typography.Text>
          {file.phase === 'supplement' && <Tag color="orange">{t('applications.materials.supplementPhase')}</Tag>}
          <Tag color={CHECK_TAG_COLORS[file.check]}>
            {t(`applications.check.${file.check}`)}
            {file.checkNote ? `：${file.checkNote}` : ''}
          </Tag>
        </Flex>
      ))}
    </div>
  );
}
