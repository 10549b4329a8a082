import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ItemSearch } from '../../components/ItemSearch.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useItemFilters } from './catalogue/useItemFilters.js';
import { useItemSearch } from './catalogue/useItemSearch.js';
import { ActiveFilterTags } from './items/ActiveFilterTags.js';
import { ItemFilterPanel } from './items/ItemFilterPanel.js';
import { ItemResults } from './items/ItemResults.js';
import { SearchSuggestion } from './items/SearchSuggestion.js';
import { PageTitle } from '../../components/PageTitle.js';

/** The item catalogue: search and filters (all in the URL), then the matching items page by page. */
export default function ItemsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useItemFilters();
  const search = useItemSearch(filters);
  useDocumentTitle(filters.q ? t('items.titleWithQuery', { q: filters.q }) : t('items.title'));

  return (
    <Flex vertical gap={16} data-testid="items-page">
      <PageTitle style={{ margin: 0 }}>{t('items.title')}</PageTitle>
      {/* Keyed by the query so the box shows what was searched after back/forward navigation. */}
      <ItemSearch
        key={filters.q ?? ''}
        defaultValue={filters.q}
        testId="item-search"
        // A new search keeps the filters in force: they stay visible as tags and are one tap to remove.
        onSearch={(q) => setFilters({ ...filters, q: q || undefined })}
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8} lg={7}>
          <ItemFilterPanel filters={filters} onChange={setFilters} />
        </Col>
        <Col xs={24} md={16} lg={17}>
          <Flex vertical gap={12}>
            <ActiveFilterTags filters={filters} onChange={setFilters} />
            {search.status === 'ready' && <SearchSuggestion suggestion={search.suggestion} filters={filters} />}
            <ItemResults search={search} onClearFilters={() => setFilters({})} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
