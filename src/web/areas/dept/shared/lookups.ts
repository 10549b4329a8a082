import { useEffect, useState } from 'react';
import { fetchDepartments, fetchItem, type ItemDetail } from '../../../api/catalogue.js';

/**
 * Item details and department names change rarely: one request per code per page load, shared by
 * the inbox and the case page. A failed request is forgotten so the next look-up tries again.
 */
const items = new Map<string, Promise<ItemDetail>>();
let departments: Promise<Record<string, string>> | null = null;

export function loadItem(code: string): Promise<ItemDetail> {
  let item = items.get(code);
  if (!item) {
    item = fetchItem(code);
    items.set(code, item);
    item.catch(() => items.delete(code));
  }
  return item;
}

function loadDepartmentNames(): Promise<Record<string, string>> {
  if (!departments) {
    departments = fetchDepartments().then((list) => Object.fromEntries(list.map((d) => [d.code, d.shortName])));
    departments.catch(() => (departments = null));
  }
  return departments;
}

/** Item names by code for the codes given; a code whose item cannot be loaded is simply absent. */
export function useItemNames(codes: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.allSettled(wanted.map(loadItem)).then((results) => {
      const found: Record<string, string> = {};
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') found[wanted[i]!] = result.value.name;
      });
      if (live) setNames(found);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

/** Department short names by code (区市场监管局 …); the code stands in until they arrive. */
export function useDepartmentNames(): (code: string) => string {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    loadDepartmentNames().then(
      (loaded) => live && setNames(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (code) => names[code] ?? code;
}
