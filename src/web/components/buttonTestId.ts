import type { ButtonProps } from 'antd';

/** `okButtonProps` of a modal or popconfirm with a test id (ButtonProps does not list data-* attributes). */
export function buttonTestId(testId: string, props: ButtonProps = {}): ButtonProps {
  return { ...props, 'data-testid': testId } as ButtonProps;
}
