import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HANDLING_DEPTHS } from '../../../shared/catalogue.js';
import { HandlingDepthTag } from './catalogue/HandlingDepthTag.js';
import { itemListUrl } from './catalogue/itemFilterParams.js';

/** Entry by how much can be done online, each depth explained in a line for those new to the terms. */
export function HandlingDepthLinks() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="handling-depth-title" data-testid="handling-depth-links">
      <Typography.Title level={3} id="handling-depth-title">
        {t('home.depthTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {HANDLING_DEPTHS.map((depth) => (
          <Col key={depth} xs={24} md={8}>
            <Link to={itemListUrl({ handlingDepth: depth })} style={{ display: 'block', height: '100%' }}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <HandlingDepthTag depth={depth} />
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t(`home.depths.${depth}`)}
                </Typography.Paragraph>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  );
}
