import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
}

/** React Aria's button: consistent press handling for mouse, touch and keyboard, and a pending state that is announced. */
export function Button({
  variant = 'primary',
  className,
  children,
  isPending,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      isPending={isPending}
      className={cx('button', `button--${variant}`, className)}
    >
      {isPending ? <span className="button__spinner" aria-hidden="true" /> : null}
      <span className="button__label">{children}</span>
    </AriaButton>
  );
}

/** The same look for router links that act as the main call to action. */
export function buttonClassName(variant: ButtonVariant = 'primary'): string {
  return cx('button', `button--${variant}`);
}
