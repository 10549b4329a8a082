import type { CSSProperties, ReactNode } from 'react';

/** Centres content at a readable width; header, body and footer line up on the same edges. */
export function PageContainer({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <div style={{ maxWidth: 1200, margin: '0 auto', padding: '0 16px', ...style }}>{children}</div>;
}
