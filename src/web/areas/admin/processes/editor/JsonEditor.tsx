import { Alert, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDefinition } from '../../../../api/adminWorkflow.js';
import { useDraft } from './DraftContext.js';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function parse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The draft as raw JSON. Text that parses to an object replaces the draft at once (so the diagram
 * and the structured editor follow); text that does not parse stays here with the parse error.
 * Whatever the JSON says is sent as is: the server's schema is the judge.
 */
export function JsonEditor({ onReplace }: { onReplace: (definition: ProcessDefinition) => void }) {
  const { t } = useTranslation();
  const { definition, readOnly } = useDraft();
  const [text, setText] = useState(() => pretty(definition));
  const parsed = parse(text);

  // A change made in the structured editor rewrites the text, unless the text already says it.
  useEffect(() => {
    const current = parse(text);
    if (!current.ok || JSON.stringify(current.value) !== JSON.stringify(definition)) setText(pretty(definition));
    // Only the draft's changes matter here; the text's own changes are handled in onChange.
  }, [definition]);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('adminWorkflow.json.hint')}</Typography.Paragraph>
      <Input.TextArea
        value={text}
        readOnly={readOnly}
        autoSize={{ minRows: 16, maxRows: 40 }}
        spellCheck={false}
        aria-label={t('adminWorkflow.json.label')}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}
        onChange={(event) => {
          setText(event.target.value);
          const next = parse(event.target.value);
          if (next.ok && typeof next.value === 'object' && next.value !== null && !Array.isArray(next.value)) onReplace(next.value as ProcessDefinition);
        }}
        data-testid="definition-json"
      />
      {!parsed.ok && <Alert type="error" showIcon style={{ marginTop: 8 }} title={t('adminWorkflow.json.parseError', { message: parsed.message })} data-testid="definition-json-error" />}
    </>
  );
}
