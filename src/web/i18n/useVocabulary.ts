import { useTranslation } from 'react-i18next';
import { ITEM_CATEGORIES, type HandlingDepth, type ItemCategory } from '../../shared/catalogue.js';

function isCategory(value: string): value is ItemCategory {
  return (ITEM_CATEGORIES as readonly string[]).includes(value);
}

/** Catalogue data values in the interface language; a value the vocabulary does not know is shown as stored. */
export function useVocabulary() {
  const { t } = useTranslation();
  return {
    handlingDepth: (depth: HandlingDepth) => t(`vocabulary.handlingDepth.${depth}`),
    category: (category: string) => (isCategory(category) ? t(`vocabulary.category.${category}`) : category),
  };
}
