import { useId, type ReactNode } from 'react';
import { cx } from './cx';

export interface CardProps {
  title: string;
  /** Page sections are h2; cards nested in a section pass 3. */
  headingLevel?: 2 | 3;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
}

/** A titled region; the heading names the region for landmark and heading navigation. */
export function Card({ title, headingLevel = 2, children, footer, className }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cx('card', className)} aria-labelledby={headingId}>
      <Heading id={headingId} className="card__title">
        {title}
      </Heading>
      <div className="card__body">{children}</div>
      {footer === undefined ? null : <div className="card__footer">{footer}</div>}
    </section>
  );
}
