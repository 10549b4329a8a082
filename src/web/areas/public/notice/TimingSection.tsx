import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SPECIAL_PROCEDURE_LABELS } from '../../../../shared/catalogue.js';
import type { ItemDetail } from '../../../api/catalogue.js';
import { HandlingDepthTag } from '../catalogue/HandlingDepthTag.js';
import { useItemFactTexts } from '../catalogue/ItemFacts.js';
import { NoticeFields } from './NoticeFields.js';
import { NoticeSection } from './NoticeSection.js';

/** 办理时限与方式: how long, how many trips, what can pause the clock, and what it costs. */
export function TimingSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const texts = useItemFactTexts();
  return (
    <NoticeSection id="timing" title={t('notice.sections.timing')}>
      <NoticeFields
        items={[
          { key: 'statutoryDays', label: t('notice.statutoryDays'), children: texts.workingDays(item.statutoryDays) },
          { key: 'promisedDays', label: t('notice.promisedDays'), children: texts.workingDays(item.promisedDays) },
          { key: 'handlingDepth', label: t('notice.handlingDepth'), children: <HandlingDepthTag depth={item.handlingDepth} /> },
          { key: 'visits', label: t('notice.visits'), children: texts.visitCount(item.visits) },
          { key: 'specialProcedures', label: t('notice.specialProcedures'), children: <SpecialProcedures item={item} />, span: 'filled' },
          { key: 'fees', label: t('notice.fees'), children: <Fees fees={item.fees} />, span: 'filled' },
        ]}
      />
    </NoticeSection>
  );
}

function SpecialProcedures({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  if (item.specialProcedures.length === 0) return <>{t('notice.none')}</>;
  return (
    <Flex vertical gap={2}>
      <span>{item.specialProcedures.map((procedure) => SPECIAL_PROCEDURE_LABELS[procedure]).join('、')}</span>
      {/* 《行政许可法》第四十五条: people should not read the paused days as a broken promise. */}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('notice.specialProceduresHint')}
      </Typography.Text>
    </Flex>
  );
}

function Fees({ fees }: { fees: ItemDetail['fees'] }) {
  const { t } = useTranslation();
  if (fees.length === 0) return <Typography.Text strong>{t('notice.noFee')}</Typography.Text>;
  return (
    <Flex vertical gap={8} component="ul" style={{ margin: 0, paddingInlineStart: 18 }}>
      {fees.map((fee) => (
        <li key={fee.name}>
          <Typography.Text strong>{fee.name}</Typography.Text>
          {t('notice.separator')}
          {fee.standard}
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
            {t('notice.feeBasis', { basis: fee.basis })}
          </Typography.Paragraph>
        </li>
      ))}
    </Flex>
  );
}
