import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_AUTONYMS, changeLanguage, currentLanguage, type Language } from '../i18n/index.js';

const OPTIONS = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_AUTONYMS[language] }));

export function LanguageSwitch() {
  // Subscribing re-renders the switch when the language changes elsewhere.
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} data-testid="language-switch">
      <Segmented<Language>
        size="small"
        options={OPTIONS}
        value={currentLanguage()}
        onChange={(language) => void changeLanguage(language)}
      />
    </div>
  );
}
