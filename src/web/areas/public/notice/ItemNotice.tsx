import { Col, Flex, Grid, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../api/catalogue.js';
import { BasicInfoSection } from './BasicInfoSection.js';
import { ContactSection } from './ContactSection.js';
import { JointApprovalSection } from './JointApprovalSection.js';
import { MaterialsSection } from './MaterialsSection.js';
import { NoticeContents } from './NoticeContents.js';
import { NoticeHeader } from './NoticeHeader.js';
import { NoticeSection, NoticeText } from './NoticeSection.js';
import { sectionsOf } from './noticeSections.js';
import { ProcessSection } from './ProcessSection.js';
import { ResultSection } from './ResultSection.js';
import { TimingSection } from './TimingSection.js';
import { WindowSection } from './WindowSection.js';

/** The whole one-time notice (一次性告知单) of an item, in the order of the printed form. */
export function ItemNotice({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  // The table of contents needs room beside the text; below `lg` the notice takes the full width.
  const showContents = Grid.useBreakpoint().lg ?? false;
  return (
    <Flex vertical gap={16} data-testid="item-detail" data-item-code={item.code}>
      <NoticeHeader item={item} />
      <Row gutter={[16, 16]} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Flex vertical gap={16}>
            <BasicInfoSection item={item} />
            <TimingSection item={item} />
            <NoticeSection id="conditions" title={t('notice.sections.conditions')}>
              <NoticeText>{item.acceptanceConditions}</NoticeText>
            </NoticeSection>
            <MaterialsSection item={item} />
            <ProcessSection summary={item.processSummary} />
            <ResultSection item={item} />
            {item.joint && <JointApprovalSection item={item} />}
            <WindowSection item={item} />
            <ContactSection item={item} />
          </Flex>
        </Col>
        {showContents && (
          <Col flex="220px">
            <NoticeContents sections={sectionsOf(item)} />
          </Col>
        )}
      </Row>
    </Flex>
  );
}
