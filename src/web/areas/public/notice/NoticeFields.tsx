import { Descriptions, Grid, type DescriptionsProps } from 'antd';

interface NoticeFieldsProps {
  items: NonNullable<DescriptionsProps['items']>;
  /** Fields side by side on wide screens; long texts take a full row with `span: 'filled'`. */
  columns?: 1 | 2;
}

/**
 * Label–value pairs of the notice. On a phone a label column beside the value would leave each
 * too narrow to read (one character per line), so there the label sits above its value.
 */
export function NoticeFields({ items, columns = 2 }: NoticeFieldsProps) {
  const isWide = Grid.useBreakpoint().md ?? true;
  return (
    <Descriptions
      bordered
      size="small"
      layout={isWide ? 'horizontal' : 'vertical'}
      column={isWide ? columns : 1}
      styles={{ label: isWide ? { width: 150 } : {} }}
      items={items}
    />
  );
}
