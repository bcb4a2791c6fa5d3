import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { ErrorBoundary } from '../ErrorBoundary';
import { useT } from './I18n';

export type BoundaryArea = 'library' | 'problems' | 'import' | 'export' | 'settings' | 'metrics' | 'tryIt' | 'ruleEditor' | 'siteProfiles';

/** An error boundary around one part of the options page, in the interface language. */
export function Boundary({ area, resetKey, children }: { area: BoundaryArea; resetKey?: unknown; children: ReactNode }) {
  const t = useT();
  const texts = {
    title: t('boundary.title', { area: t(`area.${area}` as MessageKey) }),
    detail: (error: string) => t('boundary.detail', { error }),
    retry: t('boundary.retry'),
  };
  return <ErrorBoundary texts={texts} area={area} resetKey={resetKey}>{children}</ErrorBoundary>;
}
