import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DraftField } from './DraftField.js';
import { DraftDays, DraftSwitch, DraftText } from './DraftInputs.js';

/** The definition's own fields: name, pre-review, and the case-level limits. */
export function BasicsEditor() {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <DraftField label={t('adminWorkflow.editor.name')} path={['name']}>
          <DraftText path={['name']} />
        </DraftField>
      </Col>
      <Col xs={24} md={12}>
        <DraftField label={t('adminWorkflow.editor.preReview')} path={['preReview']}>
          <DraftSwitch path={['preReview']} />
        </DraftField>
      </Col>
      <Col xs={12} md={12}>
        <DraftField label={t('adminWorkflow.editor.days')} path={['days']} hint={t('adminWorkflow.editor.daysHint')}>
          <DraftDays path={['days']} optional />
        </DraftField>
      </Col>
      <Col xs={12} md={12}>
        <DraftField label={t('adminWorkflow.editor.extensionDays')} path={['extensionDays']} hint={t('adminWorkflow.editor.extensionHint')}>
          <DraftDays path={['extensionDays']} optional />
        </DraftField>
      </Col>
    </Row>
  );
}
