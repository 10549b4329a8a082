import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { useItemFactTexts } from '../catalogue/ItemFacts.js';

/** The four answers most visitors came for, before any detail: how long, how many trips, what cost. */
export function KeyFacts({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const texts = useItemFactTexts();
  const facts = [
    { key: 'promised', title: t('notice.promisedDays'), value: texts.workingDays(item.promisedDays) },
    { key: 'statutory', title: t('notice.statutoryDays'), value: texts.workingDays(item.statutoryDays) },
    { key: 'visits', title: t('notice.visits'), value: texts.visitCount(item.visits) },
    { key: 'fees', title: t('notice.fees'), value: item.fees.length === 0 ? t('notice.noFee') : t('notice.feeCharged') },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="item-key-facts">
      {facts.map((fact) => (
        <Col key={fact.key} xs={12} md={6}>
          <Statistic title={fact.title} value={fact.value} styles={{ content: { fontSize: 18 } }} />
        </Col>
      ))}
    </Row>
  );
}
