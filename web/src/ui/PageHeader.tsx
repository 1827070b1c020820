import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_TITLE_ID = 'page-title';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's one h1, also used as the browser tab title. After client-side navigation focus
 * moves to this heading (see RouteFocus), so it takes focus programmatically only.
 */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 id={PAGE_TITLE_ID} tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {description === undefined ? null : (
          <div className="page-header__description">{description}</div>
        )}
      </div>
      {actions === undefined ? null : <div className="page-header__actions">{actions}</div>}
    </div>
  );
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
