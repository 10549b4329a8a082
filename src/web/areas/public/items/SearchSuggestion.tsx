import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemFilters } from '../../../api/catalogue.js';
import { itemListUrl } from '../catalogue/itemFilterParams.js';

/** "您是不是要找：营业执照" — one tap searches the known term instead, keeping the filters. */
export function SearchSuggestion({ suggestion, filters }: { suggestion: string | null; filters: ItemFilters }) {
  const { t } = useTranslation();
  if (!suggestion) return null;
  return (
    <Alert
      type="info"
      data-testid="search-suggestion"
      title={
        <>
          {t('discovery.didYouMean')}
          <Link to={itemListUrl({ ...filters, q: suggestion })} style={{ fontWeight: 600 }}>
            {suggestion}
          </Link>
        </>
      }
    />
  );
}
