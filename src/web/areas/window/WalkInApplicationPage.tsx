import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { WalkInClaim } from '../../api/applications.js';
import { ApplicationEditor } from '../../components/applications/ApplicationEditor.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';

/** The applicant fields the walk-in registration fills in (name or organisation, phone): shown, not asked again. */
const FROM_REGISTRATION = [
  ['applicant', 'contactName'],
  ['applicant', 'contactPhone'],
  ['applicant', 'organisation'],
] as const;

/** /window/applications/:id — the clerk fills in the form and uploads the materials for a walk-in applicant. */
export function WalkInApplicationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const claim = (useLocation().state as { claim?: WalkInClaim | null } | null)?.claim ?? null;
  useDocumentTitle(t('applications.walkIn.title'));
  return (
    <Flex vertical gap={12}>
      <Link to="/window">
        <ArrowLeftOutlined aria-hidden /> {t('applications.queue.back')}
      </Link>
      <ApplicationEditor
        id={Number.isSafeInteger(id) ? id : 0}
        caseLink={(caseId) => `/window/cases/${caseId}`}
        readonlyWhenPrefilled={FROM_REGISTRATION}
        banner={
          <Flex vertical gap={8}>
            <Alert type="info" showIcon title={t('applications.walkIn.banner')} description={t('account.walkIn.prefilled')} />
            {claim && <ClaimAlert claim={claim} />}
          </Flex>
        }
      />
    </Flex>
  );
}

function ClaimAlert({ claim }: { claim: WalkInClaim }) {
  const { t } = useTranslation();
  if (!claim.sent) return <Alert type="warning" showIcon title={t('account.walkIn.claimFailed', { reason: claim.message ?? '' })} data-testid="walk-in-claim" />;
  return (
    <Alert
      type={claim.demoCode ? 'warning' : 'success'}
      showIcon
      data-testid="walk-in-claim"
      title={t('account.walkIn.claimSent', { to: claim.sentTo ?? '' })}
      description={claim.demoCode ? t('account.walkIn.claimDemo', { code: claim.demoCode }) : undefined}
    />
  );
}
