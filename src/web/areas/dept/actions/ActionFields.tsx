import { Alert, Form, Input, InputNumber, Radio, Select, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { SPECIAL_PROCEDURES, SPECIAL_PROCEDURE_LABELS } from '../../../../shared/catalogue.js';
import type { CaseView } from '../../../api/workflow.js';
import { lines, type DeptAction } from './actionKinds.js';

/** The latest extension request not yet decided, from the timeline. */
function pendingExtension(view: CaseView): { days: number; reason: string } | null {
  let pending: { days: number; reason: string } | null = null;
  for (const { event } of view.timeline) {
    if (event.kind === 'extension_requested') pending = { days: event.days, reason: event.reason };
    if (event.kind === 'extension_decided') pending = null;
  }
  return pending;
}

/** The fields of one action's form, with the client-side required checks. */
export function ActionFields({ kind, view }: { kind: DeptAction; view: CaseView }) {
  const { t } = useTranslation();
  const required = (text: string): FormRule[] => [{ required: true, whitespace: true, message: text }];
  const reason = (
    <Form.Item name="reason" label={t('workflow.form.reason')} rules={required(t('workflow.form.reasonRequired'))}>
      <Input.TextArea rows={3} maxLength={1000} showCount data-testid="action-field-reason" />
    </Form.Item>
  );

  switch (kind) {
    case 'approve':
      return (
        <Form.Item name="opinion" label={t('workflow.form.opinion')} rules={required(t('workflow.form.opinionRequired'))}>
          <Input.TextArea rows={4} maxLength={1000} showCount autoFocus data-testid="action-field-opinion" />
        </Form.Item>
      );
    case 'reject':
      return (
        <>
          {reason}
          <Form.Item name="legalBasis" label={t('workflow.form.legalBasis')} rules={required(t('workflow.form.legalBasisRequired'))}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={t('workflow.form.legalBasisPlaceholder')} data-testid="action-field-legalBasis" />
          </Form.Item>
        </>
      );
    case 'return':
      return reason;
    case 'request_supplement':
      return (
        <Form.Item
          name="items"
          label={t('workflow.form.items')}
          extra={t('workflow.form.itemsHelp')}
          rules={[{ validator: async (_, value?: string) => (lines(value).length > 0 ? undefined : Promise.reject(new Error(t('workflow.form.itemsRequired')))) }]}
          required
        >
          <Input.TextArea rows={5} data-testid="action-field-items" />
        </Form.Item>
      );
    case 'start_special_procedure':
      return (
        <>
          <Form.Item name="procedure" label={t('workflow.form.procedure')} rules={[{ required: true, message: t('workflow.form.procedureRequired') }]}>
            <Select
              data-testid="action-field-procedure"
              options={SPECIAL_PROCEDURES.map((procedure) => ({ value: procedure, label: SPECIAL_PROCEDURE_LABELS[procedure] }))}
            />
          </Form.Item>
          {reason}
        </>
      );
    case 'end_special_procedure':
      return (
        <Form.Item name="result" label={t('workflow.form.result')} rules={required(t('workflow.form.resultRequired'))}>
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="action-field-result" />
        </Form.Item>
      );
    case 'request_extension':
      return (
        <>
          <Form.Item name="days" label={t('workflow.form.days')} rules={[{ required: true, message: t('workflow.form.daysRequired') }]}>
            <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} data-testid="action-field-days" />
          </Form.Item>
          {reason}
        </>
      );
    case 'decide_extension':
      return <DecideExtensionFields pending={pendingExtension(view)} />;
    case 'deliver':
      return (
        <Form.Item name="method" label={t('workflow.form.method')} rules={[{ required: true, message: t('workflow.form.methodRequired') }]}>
          <Radio.Group
            data-testid="action-field-method"
            options={(['window', 'mail', 'electronic'] as const).map((method) => ({ value: method, label: t(`workflow.delivery.${method}`) }))}
          />
        </Form.Item>
      );
    case 'claim':
    case 'complete':
      return null;
  }
}

/** 审批延期: grant or refuse; a refusal needs its reason. */
function DecideExtensionFields({ pending }: { pending: { days: number; reason: string } | null }) {
  const { t } = useTranslation();
  const approved = Form.useWatch<boolean | undefined>('approved');
  return (
    <>
      {pending && <Alert type="warning" showIcon title={t('workflow.form.pendingExtension', pending)} style={{ marginBottom: 12 }} />}
      <Form.Item name="approved" label={t('workflow.form.decision')} rules={[{ required: true, message: t('workflow.form.decisionRequired') }]}>
        <Radio.Group
          data-testid="action-field-approved"
          options={[
            { value: true, label: t('workflow.form.approveExtension') },
            { value: false, label: t('workflow.form.denyExtension') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('workflow.form.reason')}
        dependencies={['approved']}
        required={approved === false}
        // Read at validation time, so a quick click on 提交 right after 不同意延期 is still checked.
        rules={[({ getFieldValue }) => ({ required: getFieldValue('approved') === false, whitespace: true, message: t('workflow.form.reasonRequired') })]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="action-field-reason" />
      </Form.Item>
    </>
  );
}
