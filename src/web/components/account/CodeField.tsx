import { Alert, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeSent } from '../../api/account.js';
import { ApiError, CLIENT_ERROR_CODES } from '../../api/client.js';

interface CodeFieldProps {
  /** Checks the destination field and asks the server for a code; a rejection is shown under the field. */
  send(): Promise<CodeSent>;
  /** Field errors (e.g. the phone is taken) go back to the form's own fields; answers true when it placed them. */
  placeError?(error: unknown): boolean;
  label?: string;
  name?: string;
  testId: string;
}

const CODE_PATTERN = /^\d{6}$/;

/**
 * The one-time code field of a form: "获取验证码" with its resend countdown, where the code went,
 * and — in demo mode without an SMS gateway — the code itself, clearly marked as demo.
 */
export function CodeField({ send, placeError, label, name = 'code', testId }: CodeFieldProps) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const wait = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  const ask = async () => {
    setSending(true);
    setFailure(null);
    try {
      const answer = await send();
      setSent(answer);
      setNow(Date.now());
      setWaitUntil(Date.now() + answer.resendAfterSeconds * 1000);
    } catch (error) {
      // The form's own check of the phone or address failed: its message is on that field already.
      if (!(error instanceof ApiError) && typeof error === 'object' && error !== null && 'errorFields' in error) return;
      if (placeError?.(error)) return;
      setFailure(error instanceof ApiError && error.code !== CLIENT_ERROR_CODES.network ? (error.detail ?? error.title) : t('errors.network'));
    } finally {
      setSending(false);
    }
  };

  const minutes = sent ? Math.max(1, Math.round((new Date(sent.expiresAt).getTime() - Date.now()) / 60_000)) : 0;
  return (
    <>
      <Form.Item label={label ?? t('account.code.label')} required style={{ marginBottom: sent || failure ? 8 : undefined }}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name={name}
            noStyle
            normalize={(value: string) => value.replace(/\D/g, '')}
            rules={[
              { required: true, message: t('account.code.required') },
              { pattern: CODE_PATTERN, message: t('account.code.format') },
            ]}
          >
            <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" aria-label={label ?? t('account.code.label')} data-testid={`${testId}-code`} />
          </Form.Item>
          <Button onClick={() => void ask()} loading={sending} disabled={wait > 0} data-testid={`${testId}-send-code`}>
            {wait > 0 ? t('account.code.wait', { n: wait }) : sent ? t('account.code.resend') : t('account.code.send')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} data-testid={`${testId}-code-error`} />}
      {sent && !failure && (
        <Alert
          type={sent.demoCode ? 'warning' : 'info'}
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          data-testid={`${testId}-code-sent`}
          title={sent.demoCode ? t('account.code.demoTitle') : t('account.code.sent', { to: sent.sentTo, minutes })}
          description={
            sent.demoCode ? (
              <>
                {t('account.code.sent', { to: sent.sentTo, minutes })} {t('account.code.demoText', { code: sent.demoCode })}
                <span hidden data-testid={`${testId}-demo-code`}>
                  {sent.demoCode}
                </span>
              </>
            ) : undefined
          }
        />
      )}
    </>
  );
}
