import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AgentProfile } from '../worker/protocol';
import { getMe, logout, onAuthLost } from './api';
import { Login } from './Login';
import { Workspace } from './Workspace';

type Auth =
  | { phase: 'loading' }
  | { phase: 'anonymous'; notice: string | null }
  | { phase: 'in'; me: AgentProfile };

export function App() {
  const [auth, setAuth] = useState<Auth>({ phase: 'loading' });
  const [bootError, setBootError] = useState<string | null>(null);

  const boot = useCallback(() => {
    setBootError(null);
    getMe()
      .then((me) => setAuth(me ? { phase: 'in', me } : { phase: 'anonymous', notice: null }))
      .catch((err: Error) => setBootError(err.message));
  }, []);
  useEffect(boot, []);

  // Any 401 from the API means the session ended (expired, logged out elsewhere).
  useEffect(
    () =>
      onAuthLost(() =>
        setAuth((a) =>
          a.phase === 'in' ? { phase: 'anonymous', notice: 'Your session ended. Please sign in again.' } : a,
        ),
      ),
    [],
  );

  if (auth.phase === 'loading') {
    return (
      <main class="splash" aria-busy={!bootError}>
        {bootError ? (
          <div role="alert">
            <p>{bootError}</p>
            <button type="button" class="btn btn-primary" onClick={boot}>
              Try again
            </button>
          </div>
        ) : (
          <p class="muted">Loading…</p>
        )}
      </main>
    );
  }
  if (auth.phase === 'anonymous') {
    return <Login notice={auth.notice} onLoggedIn={(me) => setAuth({ phase: 'in', me })} />;
  }
  return (
    <Workspace
      key={auth.me.id}
      me={auth.me}
      onLogout={() => {
        setAuth({ phase: 'anonymous', notice: null });
        void logout().catch(() => {});
      }}
    />
  );
}
