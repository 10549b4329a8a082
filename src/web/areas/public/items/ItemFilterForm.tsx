import { Button, Flex, Form, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { HANDLING_DEPTHS, ITEM_CATEGORIES } from '../../../../shared/catalogue.js';
import type { ItemFilters } from '../../../api/catalogue.js';
import { countNarrowingFilters } from '../catalogue/itemFilterParams.js';
import { useDepartments } from '../catalogue/useDepartments.js';
import { useVocabulary } from '../../../i18n/useVocabulary.js';

interface ItemFilterFormProps {
  filters: ItemFilters;
  onChange(next: ItemFilters): void;
}

/** Radio groups need a value for "any"; the URL simply leaves the filter out. */
const ANY = 'any';

/** The controls that narrow the item list. Every change applies at once (no "apply" button to miss). */
export function ItemFilterForm({ filters, onChange }: ItemFilterFormProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const departments = useDepartments();
  const set = (patch: Partial<ItemFilters>) => onChange({ ...filters, ...patch });

  const departmentOptions =
    departments.status === 'ready'
      ? departments.data.map((d) => ({
          value: d.code,
          label: `${d.name}（${d.itemCount}）`,
          // Visitors type either the full or the short name.
          searchText: `${d.name} ${d.shortName}`,
        }))
      : [];

  return (
    <Form layout="vertical" component="div" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Form.Item label={t('items.filters.department')} htmlFor="filter-department" style={{ marginBottom: 12 }}>
        <Select
          id="filter-department"
          value={filters.department}
          onChange={(department?: string) => set({ department })}
          options={departmentOptions}
          loading={departments.status === 'loading'}
          status={departments.status === 'error' ? 'error' : undefined}
          placeholder={departments.status === 'error' ? t('items.filters.departmentsFailed') : t('items.filters.allDepartments')}
          showSearch={{ optionFilterProp: 'searchText' }}
          allowClear
          data-testid="filter-department"
        />
      </Form.Item>
      <Form.Item label={t('items.filters.category')} htmlFor="filter-category" style={{ marginBottom: 12 }}>
        <Select
          id="filter-category"
          value={filters.category}
          onChange={(category?: ItemFilters['category']) => set({ category })}
          options={ITEM_CATEGORIES.map((category) => ({ value: category, label: vocabulary.category(category) }))}
          placeholder={t('items.filters.allCategories')}
          allowClear
          data-testid="filter-category"
        />
      </Form.Item>
      <Form.Item label={t('items.filters.handlingDepth')} style={{ marginBottom: 12 }}>
        <Radio.Group
          value={filters.handlingDepth ?? ANY}
          onChange={(event) => set({ handlingDepth: event.target.value === ANY ? undefined : event.target.value })}
          options={[
            { value: ANY, label: t('items.filters.any') },
            ...HANDLING_DEPTHS.map((depth) => ({ value: depth, label: vocabulary.handlingDepth(depth) })),
          ]}
          style={{ display: 'flex', flexWrap: 'wrap', rowGap: 6 }}
          data-testid="filter-handling-depth"
        />
      </Form.Item>
      <Form.Item label={t('items.filters.visits')} style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          value={filters.visits ?? ANY}
          onChange={(event) => set({ visits: event.target.value === ANY ? undefined : event.target.value })}
          options={[
            { value: ANY, label: t('items.filters.any') },
            ...([0, 1, 2] as const).map((n) => ({ value: n, label: t('items.filters.visitCount', { n }) })),
          ]}
          data-testid="filter-visits"
        />
      </Form.Item>
      <Flex align="center" gap={8} component="label" style={{ marginBottom: 12, cursor: 'pointer' }}>
        <Switch checked={filters.joint ?? false} onChange={(joint) => set({ joint: joint || undefined })} data-testid="filter-joint" />
        {t('items.filters.jointOnly')}
      </Flex>
      <Button
        onClick={() => onChange(filters.q ? { q: filters.q } : {})}
        disabled={countNarrowingFilters(filters) === 0}
        data-testid="filter-clear"
      >
        {t('items.filters.clear')}
      </Button>
    </Form>
  );
}
