import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftPath } from '../definitionDraft.js';
import { DraftField } from './DraftField.js';
import { DraftDays, DraftText } from './DraftInputs.js';
import { DepartmentSelect, RoleSelect } from './PeoplePickers.js';

/** What a task stage and a parallel branch both have: name, key, role, department, days. */
export function WorkFields({ path }: { path: DraftPath }) {
  const { t } = useTranslation();
  const at = (field: string) => [...path, field];
  return (
    <Row gutter={12}>
      <Col xs={24} md={10}>
        <DraftField label={t('adminWorkflow.editor.stageName')} path={at('name')}>
          <DraftText path={at('name')} />
        </DraftField>
      </Col>
      <Col xs={12} md={7}>
        <DraftField label={t('adminWorkflow.editor.key')} path={at('key')}>
          <DraftText path={at('key')} maxLength={40} />
        </DraftField>
      </Col>
      <Col xs={12} md={7}>
        <DraftField label={t('adminWorkflow.editor.stageDays')} path={at('days')}>
          <DraftDays path={at('days')} />
        </DraftField>
      </Col>
      <Col xs={24} md={12}>
        <DraftField label={t('adminWorkflow.editor.department')} path={at('department')}>
          <DepartmentSelect path={at('department')} />
        </DraftField>
      </Col>
      <Col xs={24} md={12}>
        <DraftField label={t('adminWorkflow.editor.role')} path={at('role')}>
          <RoleSelect path={at('role')} />
        </DraftField>
      </Col>
    </Row>
  );
}
