import type { CSSProperties } from 'react';

/** A list laid out as equal cards that wrap to fit any width, down to one column on a phone. */
export const CARD_GRID: CSSProperties = { display: 'grid', gap: 12, listStyle: 'none', margin: 0, padding: 0 };
