import { Alert, Button, Card, Col, Flex, Form, Row, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionVersion, ProcessDefinition } from '../../../../api/adminWorkflow.js';
import { ProblemAlert } from '../../../../components/ProblemAlert.js';
import { setIn, type DraftPath } from '../definitionDraft.js';
import { DefinitionDiagram } from '../diagram/DefinitionDiagram.js';
import { BasicsEditor } from './BasicsEditor.js';
import { DraftProvider } from './DraftContext.js';
import { JsonEditor } from './JsonEditor.js';
import { StageListEditor } from './StageListEditor.js';
import { useSaveDefinition } from './useSaveDefinition.js';
import { ValidationSummary } from './ValidationSummary.js';

interface DefinitionEditorProps {
  current: DefinitionVersion;
  readOnly: boolean;
  onSaved: (saved: DefinitionVersion) => void;
}

/**
 * The latest version as a draft: structured fields or raw JSON on the left, the diagram of the
 * draft on the right (updated as it is typed), and 保存为新版本 under them.
 */
export function DefinitionEditor({ current, readOnly, onSaved }: DefinitionEditorProps) {
  const { t } = useTranslation();
  const [definition, setDefinition] = useState<ProcessDefinition>(current.definition);
  const saving = useSaveDefinition(current.key, onSaved);
  const dirty = JSON.stringify(definition) !== JSON.stringify(current.definition);
  const update = (path: DraftPath, value: unknown) => setDefinition((draft) => setIn(draft, path, value));

  return (
    <DraftProvider value={{ definition, update, errors: saving.errors, readOnly }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Flex vertical gap={12}>
            {readOnly && <Alert type="info" showIcon title={t('adminWorkflow.editor.readOnly')} />}
            {saving.errors && <ValidationSummary errors={saving.errors} />}
            {saving.failure !== null && <ProblemAlert title={t('common.actionFailed')} error={saving.failure} />}
            <Form layout="vertical" component="div">
              <Tabs
                defaultActiveKey="fields"
                items={[
                  {
                    key: 'fields',
                    label: t('adminWorkflow.processes.tabs.fields'),
                    children: (
                      <Flex vertical gap={12}>
                        <BasicsEditor />
                        <StageListEditor />
                      </Flex>
                    ),
                  },
                  { key: 'json', label: <span data-testid="definition-tab-json">{t('adminWorkflow.processes.tabs.json')}</span>, children: <JsonEditor onReplace={setDefinition} /> },
                ]}
              />
            </Form>
          </Flex>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={dirty ? t('adminWorkflow.diagram.preview') : t('adminWorkflow.diagram.title')} style={{ position: 'sticky', top: 16 }}>
            <DefinitionDiagram definition={definition} />
          </Card>
        </Col>
      </Row>
      {!readOnly && (
        <Flex
          gap={8}
          justify="flex-end"
          align="center"
          wrap
          style={{ position: 'sticky', bottom: 0, zIndex: 2, marginTop: 12, padding: '12px 16px', background: '#fff', borderTop: '1px solid #e5e8ee', borderRadius: 8, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}
        >
          {dirty && <Tag color="orange">{t('adminWorkflow.editor.unsaved')}</Tag>}
          <Button
            disabled={!dirty || saving.saving}
            onClick={() => {
              setDefinition(current.definition);
              saving.clear();
            }}
            data-testid="definition-discard"
          >
            {t('adminWorkflow.editor.discard')}
          </Button>
          <Button type="primary" loading={saving.saving} disabled={!dirty} onClick={() => void saving.save(definition)} data-testid="definition-save">
            {t('adminWorkflow.editor.save')}
          </Button>
        </Flex>
      )}
    </DraftProvider>
  );
}
