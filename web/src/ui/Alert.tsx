import type { ReactNode } from 'react';
import { cx } from './cx';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone: AlertTone;
  title?: string;
  children?: ReactNode;
  className?: string;
}

/**
 * A message box. Errors and warnings use role="alert" (read out at once); information and
 * success use role="status" (read out when the reader is free), so good news never interrupts.
 */
export function Alert({ tone, title, children, className }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div role={urgent ? 'alert' : 'status'} className={cx('alert', `alert--${tone}`, className)}>
      <span className="alert__icon" aria-hidden="true" />
      <div className="alert__body">
        {title === undefined ? null : <p className="alert__title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
