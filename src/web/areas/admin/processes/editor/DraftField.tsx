import { Form } from 'antd';
import type { ReactNode } from 'react';
import { errorsAt, pathKey, type DraftPath } from '../definitionDraft.js';
import { useDraft } from './DraftContext.js';
import { fieldIdOf } from './DraftInputs.js';

interface DraftFieldProps {
  label: ReactNode;
  path: DraftPath;
  hint?: ReactNode;
  children: ReactNode;
}

/** A labelled field of the draft, showing the server's messages for its path right under it. */
export function DraftField({ label, path, hint, children }: DraftFieldProps) {
  const { errors } = useDraft();
  const messages = errorsAt(errors, path);
  const help =
    messages.length > 0 ? (
      <span data-testid="draft-field-error" data-path={pathKey(path)}>
        {messages.join('；')}
      </span>
    ) : (
      hint
    );
  return (
    <Form.Item label={label} htmlFor={fieldIdOf(path)} validateStatus={messages.length > 0 ? 'error' : undefined} help={help} style={{ marginBottom: 12 }}>
      {children}
    </Form.Item>
  );
}

/** Messages about a whole list (too few stages or branches), shown under the list. */
export function DraftListErrors({ path }: { path: DraftPath }) {
  const { errors } = useDraft();
  const messages = errorsAt(errors, path);
  if (messages.length === 0) return null;
  return (
    <div role="alert" style={{ color: '#cf1322' }} data-testid="draft-field-error" data-path={pathKey(path)}>
      {messages.join('；')}
    </div>
  );
}
