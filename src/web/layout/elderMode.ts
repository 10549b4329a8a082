import { useSyncExternalStore } from 'react';

/**
 * 长者模式 on or off, remembered in this browser (localStorage) and shared by the switch in the
 * header and the theme at the root of the app.
 */
const STORAGE_KEY = 'onewindow.elderMode';
const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

let elderMode = readStored();

export function setElderMode(on: boolean): void {
  elderMode = on;
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, 'on');
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered; the switch still works for this page view.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, () => elderMode);
}
