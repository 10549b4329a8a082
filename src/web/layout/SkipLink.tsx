import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * 跳到主要内容: the first stop of the Tab key, so keyboard and screen-reader users need not pass
 * the banner and the navigation on every page. Off screen until focused (styles in index.html).
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      data-testid="skip-link"
      onClick={(event) => {
        // Move focus, not only the scroll position: the next Tab continues inside the page.
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
