import { Alert, Button, Card, Flex, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, Command, CommandKind } from '../../api/workflow.js';
import { buttonTestId } from '../../components/buttonTestId.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { lines } from '../dept/actions/actionKinds.js';
import { useCaseCommand } from '../dept/actions/useCaseCommand.js';

/** The window's intake decisions, in the order of their buttons. */
const INTAKE_ACTIONS = ['accept', 'request_supplement', 'refuse', 'pass_prereview', 'return_prereview', 'receive_supplement'] as const satisfies readonly CommandKind[];
type IntakeAction = (typeof INTAKE_ACTIONS)[number];

const BUTTONS: Partial<Record<IntakeAction, ButtonProps>> = {
  accept: { type: 'primary' },
  pass_prereview: { type: 'primary' },
  refuse: { danger: true },
};

interface Values {
  reason?: string;
  legalBasis?: string;
  items?: string;
  opinion?: string;
  note?: string;
}

function commandFor(kind: IntakeAction, v: Values): Command {
  const trim = (s?: string) => (s ?? '').trim();
  switch (kind) {
    case 'accept':
      return { kind: 'accept' };
    case 'refuse':
      return { kind: 'refuse', reason: trim(v.reason), ...(trim(v.legalBasis) && { legalBasis: trim(v.legalBasis) }) };
    case 'request_supplement':
      return { kind: 'request_supplement', items: lines(v.items) };
    case 'pass_prereview':
      return { kind: 'pass_prereview', ...(trim(v.opinion) && { opinion: trim(v.opinion) }) };
    case 'return_prereview':
      return { kind: 'return_prereview', reason: trim(v.reason) };
    case 'receive_supplement':
      return { kind: 'receive_supplement', ...(trim(v.note) && { note: trim(v.note) }) };
  }
}

interface IntakeDecisionProps {
  view: CaseView;
  /** The 一次性告知 list pre-filled from the material checks. */
  supplementLines: string[];
  /** A first list went out already: a new request may only return (part of) it, once. */
  repeat?: boolean;
  /** Checks not yet made; accepting with some left is confirmed first. */
  uncheckedFiles: number;
  onChanged(): void;
}

/** 受理 / 不予受理 / 一次性告知补正 (and pre-review), as the server allows them now, against the version on screen. */
export function IntakeDecision({ view, supplementLines, repeat = false, uncheckedFiles, onChanged }: IntakeDecisionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<IntakeAction | null>(null);
  const offered = INTAKE_ACTIONS.filter((kind) => view.actions.some((a) => a.kind === kind));
  return (
    <Card title={t('applications.intake.decisionTitle')} data-testid="intake-decision">
      {offered.length === 0 && <Typography.Text type="secondary">{t('workflow.case.noActions')}</Typography.Text>}
      <Flex gap={8} wrap>
        {offered.map((kind) => (
          <Button key={kind} {...BUTTONS[kind]} onClick={() => setOpen(kind)} data-testid={`intake-${kind}`}>
            {kind === 'request_supplement' && repeat ? t('supplement.intake.repeat') : t(`applications.intake.actions.${kind}`)}
          </Button>
        ))}
      </Flex>
      {open && <IntakeModal kind={open} view={view} supplementLines={supplementLines} repeat={repeat} uncheckedFiles={uncheckedFiles} onClose={() => setOpen(null)} onChanged={onChanged} />}
    </Card>
  );
}

function IntakeModal({ kind, view, supplementLines, repeat, uncheckedFiles, onClose, onChanged }: IntakeDecisionProps & { kind: IntakeAction; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { send, sending, failure } = useCaseCommand(view, { onClose, onChanged });
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  const submit = (values: Values) => send(commandFor(kind, values), t(`applications.intake.actions.${kind}`));

  return (
    <Modal
      open
      title={t(`applications.intake.actions.${kind}`)}
      okText={t('workflow.form.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('intake-submit', { danger: kind === 'refuse' })}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="intake-modal" data-kind={kind}>
        {kind === 'accept' && (
          <Alert type={uncheckedFiles > 0 ? 'warning' : 'info'} showIcon style={{ marginBottom: 12 }} title={uncheckedFiles > 0 ? t('applications.intake.acceptUnchecked', { n: uncheckedFiles }) : t('applications.intake.acceptHint')} />
        )}
        {kind === 'request_supplement' && repeat && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('supplement.intake.repeatHint')} data-testid="intake-repeat-hint" />}
        {failure !== null && (
          <div style={{ marginBottom: 12 }}>
            <ProblemAlert title={t('workflow.form.failed')} error={failure} testId="intake-error" />
          </div>
        )}
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark initialValues={{ items: supplementLines.join('\n') }}>
          {(kind === 'refuse' || kind === 'return_prereview') && (
            <Form.Item name="reason" label={t('workflow.form.reason')} rules={required(t('workflow.form.reasonRequired'))}>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="intake-field-reason" />
            </Form.Item>
          )}
          {kind === 'refuse' && (
            <Form.Item name="legalBasis" label={t('workflow.form.legalBasis')}>
              <Input.TextArea rows={2} maxLength={1000} placeholder={t('workflow.form.legalBasisPlaceholder')} data-testid="intake-field-legalBasis" />
            </Form.Item>
          )}
          {kind === 'request_supplement' && (
            <Form.Item
              name="items"
              label={t('applications.intake.supplementItems')}
              extra={t('applications.intake.supplementHelp')}
              required
              rules={[{ validator: async (_, value?: string) => (lines(value).length > 0 ? undefined : Promise.reject(new Error(t('workflow.form.itemsRequired')))) }]}
            >
              <Input.TextArea rows={6} data-testid="intake-field-items" />
            </Form.Item>
          )}
          {kind === 'pass_prereview' && (
            <Form.Item name="opinion" label={t('workflow.form.opinion')}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="intake-field-opinion" />
            </Form.Item>
          )}
          {kind === 'receive_supplement' && (
            <Form.Item name="note" label={t('applications.intake.note')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="intake-field-note" />
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
