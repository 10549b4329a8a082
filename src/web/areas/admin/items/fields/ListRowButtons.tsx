import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Move up, move down and remove for one row of an editable list. */
export function ListRowButtons({ index, count, move, remove, minCount = 0, testId }: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  minCount?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('common.moveUp')} title={t('common.moveUp')} data-testid={`${testId}-up`} />
      <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => move(index, index + 1)} aria-label={t('common.moveDown')} title={t('common.moveDown')} data-testid={`${testId}-down`} />
      <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={count <= minCount} onClick={() => remove(index)} aria-label={t('common.remove')} title={t('common.remove')} data-testid={`${testId}-remove`} />
    </Space>
  );
}
