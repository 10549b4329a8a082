import { Card, Flex, Pagination, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useIsDesktop } from '../../../layout/useIsDesktop.js';

interface StaffListProps<T> {
  rows: T[];
  rowKey: (row: T) => string;
  columns: TableColumnsType<T>;
  /** The row on a phone: one card. */
  card: (row: T) => ReactNode;
  testId: string;
  rowAttributes?: (row: T) => Record<string, string | number>;
  paging?: { page: number; pageSize: number; total: number; onChange(page: number): void };
}

/** A staff list: a table on a desktop, one card per row on a phone, with a pager when the list is paged. */
export function StaffList<T extends object>({ rows, rowKey, columns, card, testId, rowAttributes, paging }: StaffListProps<T>) {
  const isDesktop = useIsDesktop();
  const attributes = (row: T) => ({ 'data-testid': `${testId}-row`, ...rowAttributes?.(row) });
  return (
    <Flex vertical gap={12}>
      {isDesktop ? (
        <Table<T>
          rowKey={rowKey}
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid={testId}
          onRow={(row) => attributes(row) as HTMLAttributes<HTMLElement>}
        />
      ) : (
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={testId}>
          {rows.map((row) => (
            <li key={rowKey(row)} {...attributes(row)}>
              <Card size="small">{card(row)}</Card>
            </li>
          ))}
        </Flex>
      )}
      {paging && paging.total > paging.pageSize && (
        <Pagination
          current={paging.page}
          pageSize={paging.pageSize}
          total={paging.total}
          showSizeChanger={false}
          simple={!isDesktop}
          onChange={paging.onChange}
          data-testid={`${testId}-pager`}
          style={{ alignSelf: 'flex-end' }}
        />
      )}
    </Flex>
  );
}
