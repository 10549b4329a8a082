import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemFilters } from '../../../api/catalogue.js';
import { useIsDesktop } from '../../../layout/useIsDesktop.js';
import { countNarrowingFilters } from '../catalogue/itemFilterParams.js';
import { ItemFilterForm } from './ItemFilterForm.js';

interface ItemFilterPanelProps {
  filters: ItemFilters;
  onChange(next: ItemFilters): void;
}

/**
 * Desktop: the filters stay open beside the results. Phones: they fold behind one button, so the
 * first results are visible without scrolling past five controls.
 */
export function ItemFilterPanel({ filters, onChange }: ItemFilterPanelProps) {
  const { t } = useTranslation();
  const isDesktop = useIsDesktop();
  const [open, setOpen] = useState(false);
  const active = countNarrowingFilters(filters);

  if (isDesktop) {
    return (
      <Card size="small" title={t('items.filters.title')} data-testid="item-filters">
        <ItemFilterForm filters={filters} onChange={onChange} />
      </Card>
    );
  }
  return (
    <div data-testid="item-filters">
      <Badge count={active} size="small">
        <Button
          icon={<FilterOutlined />}
          aria-expanded={open}
          aria-controls="item-filter-form"
          onClick={() => setOpen((wasOpen) => !wasOpen)}
          data-testid="item-filters-toggle"
        >
          {open ? t('items.filters.hide') : t('items.filters.show')}
        </Button>
      </Badge>
      {open && (
        <Card size="small" id="item-filter-form" style={{ marginTop: 8 }}>
          <ItemFilterForm filters={filters} onChange={onChange} />
        </Card>
      )}
    </div>
  );
}
