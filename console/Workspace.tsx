import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../worker/protocol';
import { agentNames, rememberAgent } from './agentNames';
import { Desk } from './desk';
import { clearDrafts } from './drafts';
import { useNow, usePageVisible } from './hooks';
import { InboxPage } from './InboxPage';
import { KnowledgePage } from './KnowledgePage';
import { OfferStack } from './OfferStack';
import { formatRoute, navigate, type Route, useRoute } from './route';
import { SettingsPage } from './SettingsPage';
import { SeenTracker } from './seen';
import { useStore } from './store';
import { TicketsPage } from './TicketsPage';
import { Toasts } from './Toasts';
import { TopBar } from './TopBar';
import { disposeAllThreads } from './threads';
import { useDocumentTitle } from './titleFlash';

type InboxRoute = Extract<Route, { page: 'inbox' }>;

/** The logged-in console: top bar, the page for the route, offers and toasts over everything. */
export function Workspace({ me, onLogout }: { me: AgentProfile; onLogout: () => void }) {
  const route = useRoute();
  const lastInbox = useRef<InboxRoute>({ page: 'inbox', tab: 'open', conversationId: null });
  if (route.page === 'inbox') lastInbox.current = route;
  const [desk] = useState(
    () =>
      new Desk(me, lastInbox.current.tab === 'queue' ? 'open' : lastInbox.current.tab, (id) =>
        navigate({ page: 'inbox', tab: 'mine', conversationId: id }),
      ),
  );
  const [seen] = useState(() => new SeenTracker(me.id));
  const inboxState = useStore(desk.inbox.state);
  const known = useStore(desk.inbox.known);
  const team = useStore(desk.team.state);
  const offers = useStore(desk.offers.cards);
  const names = useStore(agentNames);
  useStore(seen.store);
  const now = useNow();
  const pageVisible = usePageVisible();
  const selectedId = route.page === 'inbox' ? route.conversationId : null;
  const selected = selectedId ? known.get(selectedId) : undefined;

  useEffect(() => rememberAgent(me.id, me.name), [me]);
  // Everything live ends with the workspace (logout, session lost).
  useEffect(
    () => () => {
      desk.dispose();
      disposeAllThreads();
      clearDrafts();
    },
    [desk],
  );

  // What is open on a visible page counts as seen, including what arrives while it stays open.
  useEffect(() => {
    if (selected && pageVisible) seen.markSeen(selected.id, selected.lastSeq);
  }, [seen, selected, pageVisible]);

  const isUnread = seen.isUnread.bind(seen);
  let unreadOpen = 0;
  for (const s of known.values())
    if (s.status !== 'resolved' && s.id !== selectedId && isUnread(s)) unreadOpen += 1;
  const openOffers = offers.filter((o) => o.phase === 'open').length;
  useDocumentTitle(
    unreadOpen > 0 ? `(${unreadOpen}) Baton inbox` : 'Baton inbox',
    openOffers > 0 ? `● ${openOffers === 1 ? 'New chat offer' : `${openOffers} chat offers`} — Baton` : null,
  );

  const nameOf = (id: string | null) => (id ? (names[id] ?? null) : null);

  return (
    <div class="app">
      <TopBar
        me={me}
        route={route}
        inboxHref={formatRoute(lastInbox.current)}
        feed={inboxState.feed}
        team={desk.team}
        queued={team.queue.length}
        onLogout={onLogout}
      />
      {/* Before the page in tab order: an offer is the most urgent thing on screen. */}
      <OfferStack offers={desk.offers} />
      <main class="page" id="main">
        {route.page === 'inbox' && (
          <InboxPage
            me={me}
            desk={desk}
            tab={route.tab}
            selectedId={selectedId}
            unreadOpen={unreadOpen}
            isUnread={isUnread}
            nameOf={nameOf}
            now={now}
            pageVisible={pageVisible}
          />
        )}
        {route.page === 'tickets' && <TicketsPage now={now} />}
        {route.page === 'knowledge' && <KnowledgePage me={me} now={now} />}
        {route.page === 'settings' && <SettingsPage me={me} section={route.section} />}
      </main>
      <Toasts notices={desk.notices} />
    </div>
  );
}
