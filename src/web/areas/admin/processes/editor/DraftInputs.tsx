import { Input, InputNumber, Switch } from 'antd';
import { pathKey, type DraftPath } from '../definitionDraft.js';
import { useDraft } from './DraftContext.js';

/** Reads a value of the draft at a path. */
function useValue(path: DraftPath): unknown {
  const { definition } = useDraft();
  return path.reduce<unknown>((value, segment) => (value == null ? undefined : (value as Record<string | number, unknown>)[segment]), definition);
}

export const testIdOf = (path: DraftPath) => `field-${pathKey(path)}`;
/** The input's id, which its DraftField's label points at (`for`), so the field has an accessible name. */
export const fieldIdOf = (path: DraftPath) => `draft-${pathKey(path)}`;

export function DraftText({ path, maxLength = 100, placeholder }: { path: DraftPath; maxLength?: number; placeholder?: string }) {
  const { update, readOnly } = useDraft();
  const value = useValue(path);
  return (
    <Input
      value={typeof value === 'string' ? value : ''}
      maxLength={maxLength}
      placeholder={placeholder}
      disabled={readOnly}
      onChange={(event) => update(path, event.target.value)}
      id={fieldIdOf(path)}
      data-testid={testIdOf(path)}
    />
  );
}

/**
 * A whole number of working days. Emptied, an optional field (`optional`) is removed from the
 * draft; a required one is left empty for the server to name.
 */
export function DraftDays({ path, optional = false }: { path: DraftPath; optional?: boolean }) {
  const { update, readOnly } = useDraft();
  const value = useValue(path);
  return (
    <InputNumber
      value={typeof value === 'number' ? value : null}
      precision={0}
      style={{ width: '100%' }}
      disabled={readOnly}
      onChange={(next) => update(path, next ?? (optional ? undefined : null))}
      id={fieldIdOf(path)}
      data-testid={testIdOf(path)}
    />
  );
}

export function DraftSwitch({ path }: { path: DraftPath }) {
  const { update, readOnly } = useDraft();
  return <Switch checked={useValue(path) === true} disabled={readOnly} onChange={(checked) => update(path, checked)} id={fieldIdOf(path)} data-testid={testIdOf(path)} />;
}

export { useValue as useDraftValue };
