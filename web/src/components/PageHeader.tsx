import type { ReactNode } from 'react';

export function PageHeader({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
      </div>
      {children && <div className="page-tools">{children}</div>}
    </div>
  );
}

/** What a page shows before its state has loaded, or when loading failed for good. */
export function Loading({ error, status }: { error: string | null; status: string }) {
  if (status === 'failed') return <div className="panel notice error-text">Could not load: {error}</div>;
  return (
    <div className="panel loading" aria-busy="true">
      {status === 'reconnecting' ? `Cannot reach Vigil (${error ?? 'no answer'}); trying again…` : 'Loading…'}
    </div>
  );
}
