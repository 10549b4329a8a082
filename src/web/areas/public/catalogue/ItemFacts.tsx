import { ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from '../../../api/catalogue.js';

/** Texts for the two facts a visitor weighs first: how many trips, and how long it takes. */
export function useItemFactTexts() {
  const { t } = useTranslation();
  return {
    /** "到现场 N 次", for a line without a label. */
    visits: (visits: number) => (visits === 0 ? t('catalogue.visitsNone') : t('catalogue.visits', { count: visits })),
    /** "N 次", beside the label 到现场次数. */
    visitCount: (visits: number) => (visits === 0 ? t('catalogue.visitsNone') : t('catalogue.visitCount', { n: visits })),
    /** Working days; 0 means the case is decided on the spot (即办). */
    workingDays: (days: number) => (days === 0 ? t('catalogue.instant') : t('catalogue.workingDays', { count: days })),
  };
}

/** Trips and time limits on one line, as in a search result. */
export function ItemFacts({ item }: { item: Pick<ItemSummary, 'visits' | 'promisedDays' | 'statutoryDays'> }) {
  const { t } = useTranslation();
  const texts = useItemFactTexts();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 16, rowGap: 4 }}>
      <span>
        <EnvironmentOutlined aria-hidden /> {texts.visits(item.visits)}
      </span>
      <span>
        <ClockCircleOutlined aria-hidden />{' '}
        {t('catalogue.timeLimits', {
          promised: texts.workingDays(item.promisedDays),
          statutory: texts.workingDays(item.statutoryDays),
        })}
      </span>
    </span>
  );
}
