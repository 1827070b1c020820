import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: string;
  action?: ReactNode;
}

/** What an empty list says instead of showing an empty table. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {description === undefined ? null : <p className="empty-state__description">{description}</p>}
      {action}
    </div>
  );
}
