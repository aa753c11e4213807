import type { PageSpec } from '../access.ts';
import { Link } from '../router.tsx';
import type { AdminRole } from '../session.ts';

/** Said plainly instead of an empty page: which roles the page needs, and which the viewer has. */
export function Forbidden({ page, roles }: { page: PageSpec; roles: readonly AdminRole[] }) {
  return (
    <section className="panel notice" data-testid="forbidden">
      <h1>No access to {page.title}</h1>
      <p>
        {page.title} needs one of the roles <strong>{page.roles.join(', ')}</strong>. Your token carries <strong>{roles.join(', ')}</strong>.
      </p>
      <p className="muted">
        Ask an administrator for a token with the right role, or go back to <Link to="/">your dashboard</Link>.
      </p>
    </section>
  );
}

export function NotFound({ path }: { path: string }) {
  return (
    <section className="panel notice">
      <h1>Nothing here</h1>
      <p>
        There is no page at <code>{path}</code>. Go back to <Link to="/">your dashboard</Link>.
      </p>
    </section>
  );
}

/** A section hidden from the viewer's roles, said in place. */
export function Restricted({ what, roles }: { what: string; roles: readonly AdminRole[] }) {
  return (
    <div className="restricted" data-testid="restricted">
      {what} needs one of the roles {roles.join(', ')}.
    </div>
  );
}
