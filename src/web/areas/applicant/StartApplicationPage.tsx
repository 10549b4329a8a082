import { Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { createApplication } from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

/** One look-up per item at a time: a double-run effect must not start two drafts. */
const starting = new Map<string, Promise<{ id: number }>>();

function draftFor(code: string): Promise<{ id: number }> {
  let pending = starting.get(code);
  if (!pending) {
    // The server resumes the open draft for the item, if there is one.
    pending = createApplication(code);
    starting.set(code, pending);
    void pending.finally(() => starting.delete(code)).catch(() => undefined);
  }
  return pending;
}

/** /my/apply/:code — resumes the applicant's draft for the item, or starts one, then opens it. */
export function StartApplicationPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    draftFor(code).then(
      (draft) => live && navigate(`/my/applications/${draft.id}`, { replace: true }),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [code, attempt, navigate]);

  if (error instanceof ApiError && error.code === 'realname_level_required') {
    return (
      <Result
        status="warning"
        title={t('account.item.levelRequiredTitle')}
        subTitle={error.detail}
        extra={
          <Link to="/account" data-testid="apply-go-profile">
            {t('account.item.goProfile')}
          </Link>
        }
        data-testid="apply-refused"
      />
    );
  }
  if (error instanceof ApiError && (error.status === 404 || error.status === 422)) {
    return (
      <Result
        status="warning"
        title={t('applications.start.cannotApply')}
        subTitle={error.detail ?? error.title}
        extra={<Link to={`/items/${encodeURIComponent(code)}`}>{t('applications.start.backToItem')}</Link>}
        data-testid="apply-refused"
      />
    );
  }
  if (error) return <ProblemAlert title={t('applications.start.failed')} error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  return <Skeleton active paragraph={{ rows: 6 }} data-testid="apply-starting" />;
}
