import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AgentProfile, InboxView } from '../worker/protocol';
import { agentNames, rememberAgent } from './agentNames';
import { getMe, logout, onAuthLost } from './api';
import { clearDrafts } from './drafts';
import { useNow, usePageVisible } from './hooks';
import { Inbox } from './Inbox';
import { InboxModel } from './inboxModel';
import { Login } from './Login';
import { navigate, useRoute } from './route';
import { SeenTracker } from './seen';
import { useStore } from './store';
import { Thread } from './Thread';
import { disposeAllThreads } from './threads';

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

function Workspace({ me, onLogout }: { me: AgentProfile; onLogout: () => void }) {
  const route = useRoute();
  const [inbox] = useState(() => new InboxModel(me, route.view));
  const [seen] = useState(() => new SeenTracker(me.id));
  const inboxState = useStore(inbox.state);
  const known = useStore(inbox.known);
  const names = useStore(agentNames);
  useStore(seen.store);
  const now = useNow();
  const pageVisible = usePageVisible();
  const selectedId = route.conversationId;
  const selected = selectedId ? known.get(selectedId) : undefined;

  useEffect(() => rememberAgent(me.id, me.name), [me]);
  // Everything live ends with the workspace (logout, session lost).
  useEffect(
    () => () => {
      inbox.dispose();
      disposeAllThreads();
      clearDrafts();
    },
    [inbox],
  );

  useEffect(() => inbox.setView(route.view), [inbox, route.view]);
  useEffect(() => {
    if (selectedId) void inbox.ensureKnown(selectedId);
  }, [inbox, selectedId]);

  // What is open on a visible page counts as seen, including what arrives while it stays open.
  useEffect(() => {
    if (selected && pageVisible) seen.markSeen(selected.id, selected.lastSeq);
  }, [seen, selected, pageVisible]);

  const isUnread = seen.isUnread.bind(seen);
  let unreadOpen = 0;
  for (const s of known.values())
    if (s.status !== 'resolved' && s.id !== selectedId && isUnread(s)) unreadOpen += 1;
  useEffect(() => {
    document.title = unreadOpen > 0 ? `(${unreadOpen}) Baton inbox` : 'Baton inbox';
  }, [unreadOpen]);

  const nameOf = (id: string | null) => (id ? (names[id] ?? null) : null);
  const select = (id: string | null) => navigate({ view: route.view, conversationId: id });
  const setView = (view: InboxView) => navigate({ view, conversationId: selectedId });

  return (
    <div class="shell" data-selected={selectedId ? 'true' : 'false'}>
      <Inbox
        me={me}
        inbox={inboxState}
        selectedId={selectedId}
        unreadOpen={unreadOpen}
        isUnread={isUnread}
        nameOf={nameOf}
        now={now}
        onView={setView}
        onSelect={select}
        onLogout={onLogout}
      />
      {selectedId ? (
        <Thread
          key={selectedId}
          id={selectedId}
          me={me}
          summary={selected}
          nameOf={nameOf}
          now={now}
          pageVisible={pageVisible}
          onBack={() => select(null)}
        />
      ) : (
        <section class="placeholder" aria-label="No conversation selected">
          <div>
            <h2>Pick a conversation</h2>
            <p class="muted">Choose one from the inbox to read the thread and reply.</p>
          </div>
        </section>
      )}
    </div>
  );
}
