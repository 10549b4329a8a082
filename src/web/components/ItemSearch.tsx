import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_QUERY_LENGTH } from '../api/catalogue.js';

interface ItemSearchProps {
  defaultValue?: string;
  size?: 'middle' | 'large';
  testId?: string;
  /** Replaces the default of opening /items?q=…; receives the trimmed words ('' for "everything"). */
  onSearch?: (query: string) => void;
}

/** Searches the item catalogue: by default every search lands on /items, with the words in `q`. */
export function ItemSearch({ defaultValue, size = 'middle', testId, onSearch }: ItemSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search =
    onSearch ?? ((query: string) => navigate({ pathname: '/items', search: query ? `?${new URLSearchParams({ q: query })}` : '' }));
  return (
    <Input.Search
      defaultValue={defaultValue}
      size={size}
      allowClear
      maxLength={MAX_QUERY_LENGTH}
      enterButton={t('search.button')}
      placeholder={t('search.placeholder')}
      aria-label={t('search.placeholder')}
      data-testid={testId}
      onSearch={(value, _event, info) => {
        // Clearing the box is not a search.
        if (info?.source === 'clear') return;
        search(value.trim());
      }}
    />
  );
}
