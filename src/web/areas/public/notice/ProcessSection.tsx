import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NoticeSection, NoticeText } from './NoticeSection.js';

/** The catalogue writes a process as steps joined by arrows (申请→受理→审查→决定). */
const STEP_SEPARATOR = /\s*(?:→|->)\s*/;

/** 办理流程: numbered steps that wrap to the width of any screen; free text when it is not a step list. */
export function ProcessSection({ summary }: { summary: string }) {
  const { t } = useTranslation();
  const steps = summary.split(STEP_SEPARATOR).filter(Boolean);
  return (
    <NoticeSection id="process" title={t('notice.sections.process')}>
      {steps.length < 2 ? (
        <NoticeText>{summary}</NoticeText>
      ) : (
        <Flex component="ol" wrap gap={8} align="center" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={summary}>
          {steps.map((step, index) => (
            // A joint item's step names the departments working in parallel and can be wider than a
            // phone: the tag wraps its text instead of keeping it on one line.
            <li key={`${index}-${step}`} style={{ display: 'flex', alignItems: 'center', gap: 8, maxWidth: '100%' }}>
              <Tag color="blue" style={{ marginInlineEnd: 0, fontSize: 14, padding: '2px 10px', whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 }}>
                {index + 1}. {step}
              </Tag>
              {index < steps.length - 1 && <span aria-hidden style={{ color: 'rgba(0, 0, 0, 0.35)' }}>→</span>}
            </li>
          ))}
        </Flex>
      )}
    </NoticeSection>
  );
}
