import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface ItemSearchProps {
  defaultValue?: string;
  size?: 'middle' | 'large';
  testId?: string;
}

/** Searches the item catalogue: every search lands on /items, with the words in `q`. */
export function ItemSearch({ defaultValue, size = 'middle', testId }: ItemSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Input.Search
      defaultValue={defaultValue}
      size={size}
      allowClear
      enterButton={t('search.button')}
      placeholder={t('search.placeholder')}
      aria-label={t('search.placeholder')}
      data-testid={testId}
      onSearch={(value, _event, info) => {
        // Clearing the box is not a search.
        if (info?.source === 'clear') return;
        const query = value.trim();
        navigate({ pathname: '/items', search: query ? `?${new URLSearchParams({ q: query })}` : '' });
      }}
    />
  );
}
