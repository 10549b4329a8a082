import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { ItemSummary } from '../../../api/catalogue.js';
import { HandlingDepthTag } from '../catalogue/HandlingDepthTag.js';
import { ItemFacts } from '../catalogue/ItemFacts.js';
import { itemPageUrl } from '../catalogue/itemFilterParams.js';
import { JointTag } from '../catalogue/JointTag.js';
import { useVocabulary } from '../../../i18n/useVocabulary.js';

/** One search result: enough to tell items apart and judge the effort, one tap from the full notice. */
export function ItemResultCard({ item }: { item: ItemSummary }) {
  const vocabulary = useVocabulary();
  return (
    <Card size="small" data-testid="item-result" data-item-code={item.code} styles={{ body: { padding: '14px 16px' } }}>
      <Flex vertical gap={6}>
        <Flex align="baseline" justify="space-between" gap={8} wrap>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 17, minWidth: 0 }}>
            <Link to={itemPageUrl(item.code)}>{item.name}</Link>
          </Typography.Title>
          <Flex gap={6} wrap>
            <HandlingDepthTag depth={item.handlingDepth} />
            {item.joint && <JointTag />}
          </Flex>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {[item.department.name, vocabulary.category(item.category), item.code].join(' · ')}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 13 }}>
          <ItemFacts item={item} />
        </Typography.Text>
      </Flex>
    </Card>
  );
}
