import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApplicationEditor } from '../../components/applications/ApplicationEditor.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';

/** /window/applications/:id — the clerk fills in the form and uploads the materials for a walk-in applicant. */
export function WalkInApplicationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  useDocumentTitle(t('applications.walkIn.title'));
  return (
    <Flex vertical gap={12}>
      <Link to="/window">
        <ArrowLeftOutlined aria-hidden /> {t('applications.queue.back')}
      </Link>
      <ApplicationEditor
        id={Number.isSafeInteger(id) ? id : 0}
        caseLink={(caseId) => `/window/cases/${caseId}`}
        banner={<Alert type="info" showIcon title={t('applications.walkIn.banner')} />}
      />
    </Flex>
  );
}
