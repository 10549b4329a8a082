/**
 * The answers of an application form as label/value lines for reading, in the form's own order,
 * labelled with the titles of its JSON Schema. Pure, so the department page and tests agree.
 */
type Schema = { title?: string; properties?: Record<string, Schema>; enum?: unknown[] };

export interface FormAnswer {
  /** The field's path, `details.companyName`: stable for tests and React keys. */
  path: string;
  /** The section title (申请内容) and the field title (拟设立企业名称). */
  section: string | null;
  label: string;
  value: string;
}

export function formAnswers(schema: Record<string, unknown> | null, data: Record<string, unknown>, words: { yes: string; no: string }): FormAnswer[] {
  const lines: FormAnswer[] = [];
  const show = (value: unknown): string | null => {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value === 'boolean') return value ? words.yes : words.no;
    if (Array.isArray(value)) return value.length ? value.map((v) => show(v) ?? '').join('、') : null;
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  const walk = (node: Schema | undefined, value: unknown, path: string[], section: string | null) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const entries = value as Record<string, unknown>;
      // Schema order first (the order the applicant filled in), then anything the schema no longer names.
      const keys = [...Object.keys(node?.properties ?? {}), ...Object.keys(entries)].filter((k, i, all) => all.indexOf(k) === i && k in entries);
      for (const key of keys) {
        const child = node?.properties?.[key];
        const nested = entries[key] !== null && typeof entries[key] === 'object' && !Array.isArray(entries[key]);
        walk(child, entries[key], [...path, key], nested ? (child?.title ?? key) : section);
      }
      return;
    }
    const shown = show(value);
    if (shown !== null) lines.push({ path: path.join('.'), section, label: node?.title ?? path[path.length - 1] ?? '', value: shown });
  };
  walk((schema ?? undefined) as Schema | undefined, data, [], null);
  return lines;
}
