import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApplicationEditor } from '../../components/applications/ApplicationEditor.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';

/** /my/applications/:id — the applicant fills in a draft and submits it. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  useDocumentTitle(t('applications.editor.title'));
  return (
    <Flex vertical gap={12}>
      <Link to="/my" data-testid="back-to-my">
        <ArrowLeftOutlined aria-hidden /> {t('applications.my.back')}
      </Link>
      <ApplicationEditor id={Number.isSafeInteger(id) ? id : 0} caseLink={(caseId) => `/my/cases/${caseId}`} receiptLink={(caseId) => `/my/cases/${caseId}/receipt`} />
    </Flex>
  );
}
