import { Alert } from 'antd';
import { forwardRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem the summary lists and the field it leads to. */
export interface SummaryProblem {
  /** The id of the element to focus (an rjsf field id such as `root_applicant_contactName`). */
  target: string;
  message: string;
}

/** The field behind an id: the element itself, else the first of its options (checkbox groups number theirs `<id>-0`). */
function fieldElement(target: string): HTMLElement | null {
  return document.getElementById(target) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(target)}-"]`);
}

/** The problems in the order their fields appear on the page (the validator reports missing fields first). */
export function inPageOrder(problems: SummaryProblem[]): SummaryProblem[] {
  const position = (p: SummaryProblem) => fieldElement(p.target);
  return [...problems].sort((a, b) => {
    const [x, y] = [position(a), position(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

function moveTo(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const element = fieldElement(target);
  if (!element) return;
  event.preventDefault();
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/**
 * 请先修改以下问题: every problem of a failed submission at once (form fields and missing materials),
 * each a link that moves focus to its field. It takes focus itself when shown, so a screen reader
 * announces it and a keyboard user starts from it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { problems: SummaryProblem[] }>(function ErrorSummary({ problems }, ref) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} data-testid="error-summary" aria-labelledby="error-summary-title" role="region" style={{ outline: 'none' }}>
      <Alert
        type="error"
        showIcon
        title={
          <span id="error-summary-title" style={{ fontWeight: 600 }}>
            {t('applicantCase.validation.summaryTitle', { count: problems.length })}
          </span>
        }
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problems.map((problem) => (
              <li key={`${problem.target}:${problem.message}`}>
                <a href={`#${problem.target}`} onClick={(event) => moveTo(event, problem.target)} data-testid="error-summary-link" data-target={problem.target}>
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
});
