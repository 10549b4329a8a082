import { Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const SERVICES = ['progress', 'results', 'statistics'] as const;

/** Services already open, and where they live. */
const OPEN: Partial<Record<(typeof SERVICES)[number], string>> = { progress: '/lookup' };

/** What the public can do without an account (DESIGN.md §1); each opens when its module lands. */
export function PublicServices() {
  const { t } = useTranslation();
  return (
    <section>
      <Typography.Title level={3}>{t('home.publicServicesTitle')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {SERVICES.map((service) => (
          <Col key={service} xs={24} md={8}>
            <Card
              title={
                OPEN[service] ? (
                  <Link to={OPEN[service]} data-testid={`service-${service}`}>
                    {t(`home.services.${service}.title`)}
                  </Link>
                ) : (
                  t(`home.services.${service}.title`)
                )
              }
              extra={OPEN[service] ? null : <Tag>{t('home.comingSoon')}</Tag>}
              style={{ height: '100%' }}
            >
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t(`home.services.${service}.description`)}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
