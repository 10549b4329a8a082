import { Card, Descriptions, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { HANDLING_DEPTH_LABELS, MATERIAL_FORM_LABELS, SPECIAL_PROCEDURE_LABELS } from '../../../../shared/catalogue.js';
import type { ItemContent, MaterialInput } from '../../../api/adminCatalogue.js';
import { useIsDesktop } from '../../../layout/useIsDesktop.js';
import { useFieldLabel } from './fields/rules.js';

/** The published version, read-only: what the public notice shows right now. */
export function PublishedView({ version, content }: { version: number; content: ItemContent }) {
  const { t } = useTranslation();
  const f = useFieldLabel();
  const isDesktop = useIsDesktop();
  const none = t('common.none');
  const list = (values: string[]) => (values.length ? values.join('、') : none);
  const items = [
    { key: 'name', label: f('name'), children: content.name, span: 'filled' as const },
    { key: 'category', label: f('category'), children: content.category },
    { key: 'applicantType', label: f('applicantType'), children: t(`notice.applicantTypes.${content.applicantType}`) },
    { key: 'exercisingLevel', label: f('exercisingLevel'), children: content.exercisingLevel },
    { key: 'implementingBody', label: f('implementingBody'), children: content.implementingBody },
    { key: 'competentDepartment', label: f('competentDepartment'), children: content.competentDepartment },
    { key: 'statutoryDays', label: f('statutoryDays'), children: content.statutoryDays },
    { key: 'promisedDays', label: f('promisedDays'), children: <span data-testid="published-promisedDays">{content.promisedDays}</span> },
    { key: 'handlingDepth', label: f('handlingDepth'), children: HANDLING_DEPTH_LABELS[content.handlingDepth] },
    { key: 'visits', label: f('visits'), children: content.visits },
    { key: 'processKind', label: f('processKind'), children: t(`admin.items.processKinds.${content.processKind}`) },
    { key: 'coDepartments', label: f('coDepartments'), children: list(content.coDepartments) },
    { key: 'specialProcedures', label: f('specialProcedures'), children: list(content.specialProcedures.map((p) => SPECIAL_PROCEDURE_LABELS[p])) },
    { key: 'keywords', label: f('keywords'), children: list(content.keywords) },
    { key: 'legalBasis', label: f('legalBasis'), children: content.legalBasis, span: 'filled' as const },
    { key: 'acceptanceConditions', label: f('acceptanceConditions'), children: content.acceptanceConditions, span: 'filled' as const },
    { key: 'processSummary', label: f('processSummary'), children: content.processSummary, span: 'filled' as const },
    { key: 'resultType', label: f('resultType'), children: content.resultType },
    { key: 'certificateName', label: f('certificateName'), children: content.certificateName },
    { key: 'consultationChannel', label: f('consultationChannel'), children: content.consultationChannel, span: 'filled' as const },
    { key: 'complaintChannel', label: f('complaintChannel'), children: content.complaintChannel, span: 'filled' as const },
    {
      key: 'fees',
      label: t('notice.fees'),
      span: 'filled' as const,
      children: content.fees.length ? content.fees.map((fee) => `${fee.name}${t('notice.separator')}${fee.standard}`).join(t('common.listSeparator')) : t('notice.noFee'),
    },
  ];
  const materialColumns: TableColumnsType<MaterialInput> = [
    { title: '#', key: 'index', render: (_, __, index) => index + 1, width: 44 },
    { title: t('admin.items.material.name'), dataIndex: 'name' },
    { title: t('admin.items.material.kind'), key: 'kind', render: (_, m) => (m.required ? t('notice.material.required') : `${t('notice.material.conditional')}${t('notice.separator')}${m.condition ?? ''}`) },
    { title: t('admin.items.material.form'), key: 'form', render: (_, m) => `${MATERIAL_FORM_LABELS[m.form]} × ${m.copies}` },
    { title: t('admin.items.material.source'), key: 'source', render: (_, m) => m.sharedFrom ? t('common.withCode', { name: t(`admin.items.material.sources.${m.source}`), code: m.sharedFrom }) : t(`admin.items.material.sources.${m.source}`) },
  ];
  return (
    <Flex vertical gap={16} data-testid="item-published-view">
      <Card size="small" title={t('admin.items.publishedTitle', { version })}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} layout={isDesktop ? 'horizontal' : 'vertical'} items={items} />
      </Card>
      <Card size="small" title={t('notice.sections.materials')}>
        <Table<MaterialInput> rowKey={(_, index) => String(index)} size="small" columns={materialColumns} dataSource={content.materials} pagination={false} scroll={{ x: 560 }} />
      </Card>
    </Flex>
  );
}
