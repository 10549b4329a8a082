import { Alert, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_FORM_LABELS } from '../../../../shared/catalogue.js';
import type { ItemDetail } from '../../../api/catalogue.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import type { Resource } from '../../../hooks/useApiResource.js';

/**
 * The materials the item requires, from its notice (一次性告知单): the reference for a case
 * registered at the window without an online application (see CaseApplication).
 */
export function CaseMaterials({ item }: { item: Resource<ItemDetail> & { retry(): void } }) {
  const { t } = useTranslation();
  return (
    <Card title={t('workflow.case.materialsTitle')} data-testid="case-materials">
      <Alert type="info" showIcon title={t('workflow.case.materialsNote')} style={{ marginBottom: 12 }} />
      {item.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} />}
      {item.status === 'error' && <ProblemAlert title={t('workflow.case.materialsFailed')} error={item.error} onRetry={item.retry} />}
      {item.status === 'ready' && (
        <>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {item.data.materials.map((material) => (
              <li key={material.id} style={{ padding: '6px 0' }} data-testid="case-material">
                <Flex vertical gap={2}>
                  <Flex gap={6} wrap align="baseline">
                    <Typography.Text>{material.name}</Typography.Text>
                    {material.required ? <Tag color="red">{t('workflow.case.required')}</Tag> : <Tag color="gold">{t('workflow.case.conditional')}</Tag>}
                    {material.source === 'shared' && <Tag color="green">{t('workflow.case.shared')}</Tag>}
                  </Flex>
                  {!material.required && material.condition && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {material.condition}
                    </Typography.Text>
                  )}
                  {material.source !== 'shared' && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('workflow.case.formAndCopies', { form: MATERIAL_FORM_LABELS[material.form], copies: material.copies })}
                    </Typography.Text>
                  )}
                </Flex>
              </li>
            ))}
          </ol>
          <a href={`/items/${encodeURIComponent(item.data.code)}`} target="_blank" rel="noreferrer">
            {t('workflow.case.noticeLink')}
          </a>
        </>
      )}
    </Card>
  );
}
