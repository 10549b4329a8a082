import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

interface NoticeSectionProps {
  /** Anchor for the table of contents, e.g. `materials` → #materials. */
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** One numbered part of the notice; a real heading, so screen readers can jump between parts. */
export function NoticeSection({ id, title, extra, children, testId }: NoticeSectionProps) {
  const headingId = `${id}-title`;
  return (
    <section id={id} aria-labelledby={headingId} data-testid={testId} style={{ scrollMarginTop: 16 }}>
      <Card
        size="small"
        title={
          <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 17 }}>
            {title}
          </Typography.Title>
        }
        extra={extra}
        styles={{ body: { padding: 16 } }}
      >
        {children}
      </Card>
    </section>
  );
}

/** Long texts from the catalogue keep the line breaks their authors typed. */
export function NoticeText({ children }: { children: string }) {
  return <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>{children}</Typography.Paragraph>;
}
