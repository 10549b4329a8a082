import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParallelStage } from '../../../../api/adminWorkflow.js';
import { ListRowButtons } from '../../items/fields/ListRowButtons.js';
import { moved, newBranch } from '../definitionDraft.js';
import { useDraft } from './DraftContext.js';
import { DraftField, DraftListErrors } from './DraftField.js';
import { DraftSwitch, DraftText } from './DraftInputs.js';
import { WorkFields } from './WorkFields.js';
import { isRecord } from '../diagram/limits.js';

/** A parallel stage: its name and key, the rejection rule, and its branches. */
export function ParallelStageFields({ index, stage }: { index: number; stage: ParallelStage }) {
  const { t } = useTranslation();
  const { update, readOnly } = useDraft();
  const path = ['stages', index];
  const branchesPath = [...path, 'branches'];
  const branches = Array.isArray(stage.branches) ? stage.branches : [];
  const setBranches = (next: unknown[]) => update(branchesPath, next);
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <DraftField label={t('adminWorkflow.editor.stageName')} path={[...path, 'name']}>
            <DraftText path={[...path, 'name']} />
          </DraftField>
        </Col>
        <Col xs={24} md={8}>
          <DraftField label={t('adminWorkflow.editor.key')} path={[...path, 'key']}>
            <DraftText path={[...path, 'key']} maxLength={40} />
          </DraftField>
        </Col>
      </Row>
      <DraftField label={t('adminWorkflow.editor.rejectEndsCase')} path={[...path, 'rejectEndsCase']}>
        <DraftSwitch path={[...path, 'rejectEndsCase']} />
      </DraftField>
      <Typography.Text strong>{t('adminWorkflow.editor.branches')}</Typography.Text>
      <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="branch-editors">
        {branches.map(
          (branch, b) =>
            isRecord(branch) && (
              <Card
                key={b}
                size="small"
                type="inner"
                title={t('adminWorkflow.editor.branchN', { n: b + 1 })}
                data-testid="branch-editor"
                extra={
                  !readOnly && (
                    <ListRowButtons
                      index={b}
                      count={branches.length}
                      move={(from, to) => setBranches(moved(branches, from, to))}
                      remove={(at) => setBranches(branches.filter((__, i) => i !== at))}
                      testId={`branch-${index}-${b}`}
                    />
                  )
                }
              >
                <WorkFields path={[...branchesPath, b]} />
              </Card>
            ),
        )}
        <DraftListErrors path={branchesPath} />
        {!readOnly && (
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => setBranches([...branches, newBranch(branches, t('adminWorkflow.editor.newBranch'))])} data-testid={`branch-add-${index}`}>
            {t('adminWorkflow.editor.addBranch')}
          </Button>
        )}
      </Flex>
    </>
  );
}
