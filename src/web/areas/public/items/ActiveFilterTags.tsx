import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemFilters } from '../../../api/catalogue.js';
import { useDepartments } from '../catalogue/useDepartments.js';
import { useVocabulary } from '../../../i18n/useVocabulary.js';

interface ActiveFilterTagsProps {
  filters: ItemFilters;
  onChange(next: ItemFilters): void;
}

/**
 * The filters in force, each removable with one tap. Shown above the results so they stay visible
 * when the filter panel is folded away on a phone, and so nobody wonders why a search found little.
 */
export function ActiveFilterTags({ filters, onChange }: ActiveFilterTagsProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const departments = useDepartments();
  const departmentName = (code: string) =>
    (departments.status === 'ready' && departments.data.find((d) => d.code === code)?.name) || code;

  const tags: { key: keyof ItemFilters; label: string }[] = [];
  if (filters.department) tags.push({ key: 'department', label: departmentName(filters.department) });
  if (filters.category) tags.push({ key: 'category', label: vocabulary.category(filters.category) });
  if (filters.handlingDepth) tags.push({ key: 'handlingDepth', label: vocabulary.handlingDepth(filters.handlingDepth) });
  if (filters.visits !== undefined) tags.push({ key: 'visits', label: t('items.filters.visitsTag', { n: filters.visits }) });
  if (filters.joint) tags.push({ key: 'joint', label: t('catalogue.joint') });
  if (tags.length === 0) return null;

  return (
    <Flex gap={6} wrap align="center" data-testid="active-filters">
      {tags.map(({ key, label }) => (
        <Tag
          key={key}
          closable={{ 'aria-label': t('items.filters.remove', { label }) }}
          onClose={(event) => {
            // The tag list is rebuilt from the URL; antd must not hide the tag on its own.
            event.preventDefault();
            onChange({ ...filters, [key]: undefined });
          }}
          style={{ marginInlineEnd: 0 }}
        >
          {label}
        </Tag>
      ))}
    </Flex>
  );
}
