import { theme, Typography } from 'antd';
import type { ComponentProps } from 'react';

/**
 * A page's one h1 (screen readers jump to it, and it names the page), drawn at antd's h2 size so the
 * pages keep their look. In an antd Result pass `style={{ fontSize: 'inherit', margin: 0 }}`.
 */
export function PageTitle({ style, ...props }: Omit<ComponentProps<typeof Typography.Title>, 'level'>) {
  const { token } = theme.useToken();
  return <Typography.Title level={1} style={{ fontSize: token.fontSizeHeading2, ...style }} {...props} />;
}
