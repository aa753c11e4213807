import { type FormEvent, useState } from 'react';
import { createVigilClient } from '../client.ts';
import { failureOf } from '../live/urqlFeed.ts';
import { decodeAdminToken, type Session } from '../session.ts';
import { headQuery } from '../streams/notifications.ts';

/** Paste an admin token: it is read here for display, checked by the server, and kept in this tab only. */
export function SignIn({ onSignIn, notice }: { onSignIn: (session: Session) => void; notice: string | null }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const decoded = decodeAdminToken(token);
    if (!decoded.ok) {
      setError(decoded.error);
      return;
    }
    setChecking(true);
    setError(null);
    const client = createVigilClient(decoded.session.token);
    try {
      const result = await client.urql.query(headQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (result.error) {
        const failure = failureOf(result.error);
        setError(failure.retryable ? `Vigil cannot be reached: ${failure.message}` : `Vigil refused the token: ${failure.message}`);
        return;
      }
      onSignIn(decoded.session);
    } finally {
      client.dispose();
      setChecking(false);
    }
  };

  return (
    <div className="signin">
      <form className="panel signin-card" onSubmit={submit}>
        <div className="brand big">
          <img src="/favicon.svg" alt="" width={34} height={34} />
          <span>Vigil</span>
        </div>
        <p className="muted">Real-time operations for your game servers. Sign in with an admin token.</p>
        {notice && <p className="notice-text">{notice}</p>}
        <label className="stack">
          <span className="field-label">Admin token</span>
          <textarea
            value={token}
            onChange={(e) => setToken(e.target.value)}
            rows={5}
            spellCheck={false}
            autoComplete="off"
            placeholder="eyJhbGciOi…"
            data-testid="token-input"
            // biome-ignore lint/a11y/noAutofocus: the sign-in page has one field and nothing else to do
            autoFocus
          />
        </label>
        {error && (
          <p className="error-text" role="alert" data-testid="signin-error">
            {error}
          </p>
        )}
        <button type="submit" className="button wide" disabled={checking || !token.trim()} data-testid="sign-in">
          {checking ? 'Checking…' : 'Sign in'}
        </button>
        <p className="muted small">
          The token stays in this browser tab (session storage) and is sent only as an <code>Authorization</code> header. Mint one with{' '}
          <code>npm run -s vigil -- token admin --sub you --roles ADMIN</code>.
        </p>
      </form>
    </div>
  );
}
