import { useCallback, useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { mayUse, type PageId, pageSpec, parseRoute, visiblePages } from './access.ts';
import { createVigilClient, type VigilClient } from './client.ts';
import { Bell } from './components/Bell.tsx';
import { Forbidden, NotFound } from './components/Forbidden.tsx';
import { LiveIndicator } from './components/LiveIndicator.tsx';
import { Toasts } from './components/Toasts.tsx';
import { DashboardContext, useDashboard } from './context.ts';
import { expiresIn } from './format.ts';
import { useNow } from './hooks.ts';
import type { FeedFailure } from './live/follower.ts';
import { type NotificationsFeed, useNotifications } from './notifications.ts';
import { ChatPage } from './pages/ChatPage.tsx';
import { MapPage } from './pages/MapPage.tsx';
import { NotificationsPage } from './pages/NotificationsPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { PlayerPage } from './pages/PlayerPage.tsx';
import { PlayersPage } from './pages/PlayersPage.tsx';
import { ReplayPage } from './pages/ReplayPage.tsx';
import { SecurityPage } from './pages/SecurityPage.tsx';
import { ServerPage } from './pages/ServerPage.tsx';
import { ServersPage } from './pages/ServersPage.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { TicketsPage } from './pages/TicketsPage.tsx';
import { Link, usePathname } from './router.tsx';
import { clearSession, restoreSession, type Session, storeSession } from './session.ts';

export function App() {
  const [session, setSession] = useState<Session | null>(() => restoreSession(sessionStorage));
  const [notice, setNotice] = useState<string | null>(null);

  const signIn = useCallback((next: Session) => {
    storeSession(sessionStorage, next);
    setNotice(null);
    setSession(next);
  }, []);
  const signOut = useCallback((reason: string | null = null) => {
    clearSession(sessionStorage);
    setNotice(reason);
    setSession(null);
  }, []);

  if (!session) return <SignIn onSignIn={signIn} notice={notice} />;
  return <SignedIn key={session.token} session={session} onSignOut={signOut} />;
}

function SignedIn({ session, onSignOut }: { session: Session; onSignOut: (reason?: string | null) => void }) {
  const [client, setClient] = useState<VigilClient | null>(null);
  // Made in an effect so the client's life follows the component's (StrictMode mounts twice).
  useEffect(() => {
    const made = createVigilClient(session.token);
    setClient(made);
    return () => made.dispose();
  }, [session.token]);
  const onFatal = useCallback(
    (failure: FeedFailure) => {
      if (failure.code === 'UNAUTHENTICATED' || failure.code === 'TOKEN_EXPIRED' || failure.code === 'TOKEN_REVOKED')
        onSignOut(`Signed out: ${failure.message}`);
    },
    [onSignOut],
  );
  // Signs out when the token runs out, rather than failing stream by stream.
  useEffect(() => {
    if (!session.expiresAt) return;
    const remaining = session.expiresAt.getTime() - Date.now();
    if (remaining > 2 ** 31 - 1) return;
    const timer = setTimeout(() => onSignOut('Your token has expired: paste a new one.'), Math.max(0, remaining));
    return () => clearTimeout(timer);
  }, [session.expiresAt, onSignOut]);
  const dashboard = useMemo(() => (client ? { session, client: client.urql, onFatal } : null), [session, client, onFatal]);

  if (!client || !dashboard) return null;
  return (
    <DashboardContext.Provider value={dashboard}>
      <Provider value={client.urql}>
        <Shell onSignOut={() => onSignOut(null)} />
      </Provider>
    </DashboardContext.Provider>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const { session } = useDashboard();
  const pathname = usePathname();
  const route = parseRoute(pathname);
  const nav = visiblePages(session.roles);
  const notifications = useNotifications();
  const now = useNow(30_000);

  const activeNav: PageId | null =
    route.page === 'server'
      ? 'servers'
      : route.page === 'player'
        ? 'players'
        : route.page === 'replay'
          ? 'map'
          : route.page === 'unknown'
            ? null
            : route.page;
  useEffect(() => {
    const title = activeNav ? pageSpec(activeNav).title : 'Vigil';
    document.title = `${title} · Vigil`;
  }, [activeNav]);

  return (
    <div className="app">
      <header className="topbar">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={22} height={22} />
          <span>Vigil</span>
        </Link>
        <nav className="nav" aria-label="Pages">
          {nav.map((page) => (
            <Link key={page.id} to={page.path} className={page.id === activeNav ? 'nav-link active' : 'nav-link'}>
              {page.title}
            </Link>
          ))}
        </nav>
        <div className="topbar-right">
          <LiveIndicator />
          <Bell notifications={notifications} />
          <div className="who" data-testid="who" title={`Roles: ${session.roles.join(', ')} · ${expiresIn(session.expiresAt, now)}`}>
            <span className="who-name">{session.sub}</span>
            <span className="who-roles">
              {session.roles.map((role) => (
                <span key={role} className={`role role-${role.toLowerCase()}`}>
                  {role}
                </span>
              ))}
            </span>
          </div>
          <button type="button" className="button ghost" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main className="content">
        <Page route={route} notifications={notifications} />
      </main>
      <Toasts notifications={notifications} />
    </div>
  );
}

function Page({ route, notifications }: { route: ReturnType<typeof parseRoute>; notifications: NotificationsFeed }) {
  const { session } = useDashboard();
  if (route.page === 'unknown') return <NotFound path={route.path} />;
  const spec = pageSpec(route.page);
  if (!mayUse(session.roles, spec.roles)) return <Forbidden page={spec} roles={session.roles} />;
  switch (route.page) {
    case 'servers':
      return <ServersPage />;
    case 'server':
      return <ServerPage serverId={route.serverId} />;
    case 'map':
      return <MapPage mapId={route.mapId} />;
    case 'chat':
      return <ChatPage />;
    case 'tickets':
      return <TicketsPage />;
    case 'security':
      return <SecurityPage />;
    case 'players':
      return <PlayersPage />;
    case 'player':
      return <PlayerPage key={route.playerId} playerId={route.playerId} />;
    case 'overview':
      return <OverviewPage notifications={notifications} />;
    case 'replay':
      return <ReplayPage />;
    case 'notifications':
      return <NotificationsPage notifications={notifications} />;
  }
}
