import { fetchUnits } from '../../../api/adminIdentity.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDepartments } from '../../public/catalogue/useDepartments.js';

/** Departments as select options, by short name (the name people use), searchable by code too. */
export function useDepartmentOptions() {
  const departments = useDepartments();
  const options =
    departments.status === 'ready'
      ? departments.data.map((department) => ({ value: department.code, label: department.shortName, title: `${department.name} ${department.code}` }))
      : [];
  return { options, loading: departments.status === 'loading', departments };
}

/** Every unit (科室) of the district as select options: 部门 · 科室. */
export function useUnitOptions(version = 0) {
  const units = useApiResource(`admin-units:${version}`, (signal) => fetchUnits(undefined, { signal }));
  const options =
    units.status === 'ready'
      ? units.data.map((unit) => ({ value: unit.code, label: `${unit.department.shortName} · ${unit.name}`, title: unit.code }))
      : [];
  return { options, loading: units.status === 'loading', units };
}

/** Filters select options by what is typed, matching the label or the code. */
export function filterOption(input: string, option?: { label?: unknown; value?: unknown; title?: unknown }): boolean {
  const needle = input.trim().toLowerCase();
  return [option?.label, option?.value, option?.title].some((text) => typeof text === 'string' && text.toLowerCase().includes(needle));
}
