import { useLayoutEffect } from 'preact/hooks';
import type { AgentProfile, ConversationSummary } from '../worker/protocol';
import type { Desk } from './desk';
import { Inbox } from './Inbox';
import { QueueList } from './QueueList';
import { type InboxTab, navigate } from './route';
import { useStore } from './store';
import { Thread } from './Thread';

interface Props {
  me: AgentProfile;
  desk: Desk;
  tab: InboxTab;
  selectedId: string | null;
  unreadOpen: number;
  isUnread: (s: ConversationSummary) => boolean;
  nameOf: (agentId: string | null) => string | null;
  now: number;
  pageVisible: boolean;
}

/** Inbox column, the open thread and its context sidebar. */
export function InboxPage({
  me,
  desk,
  tab,
  selectedId,
  unreadOpen,
  isUnread,
  nameOf,
  now,
  pageVisible,
}: Props) {
  const inbox = useStore(desk.inbox.state);
  const known = useStore(desk.inbox.known);
  const team = useStore(desk.team.state);
  const pickingUp = useStore(desk.offers.pickingUp);
  const selected = selectedId ? known.get(selectedId) : undefined;

  // The queue tab is live from the socket; the others are server lists. Before paint: no stale flash.
  useLayoutEffect(() => {
    if (tab !== 'queue') desk.inbox.setView(tab);
  }, [desk, tab]);
  useLayoutEffect(() => {
    if (selectedId) void desk.inbox.ensureKnown(selectedId);
  }, [desk, selectedId]);

  const select = (id: string | null) => navigate({ page: 'inbox', tab, conversationId: id });

  return (
    <div class="shell" data-selected={selectedId ? 'true' : 'false'}>
      <Inbox
        tab={tab}
        inbox={inbox}
        selectedId={selectedId}
        unreadOpen={unreadOpen}
        queued={team.queue.length}
        isUnread={isUnread}
        nameOf={nameOf}
        now={now}
        onView={(t) => navigate({ page: 'inbox', tab: t, conversationId: selectedId })}
        onSelect={select}
        queue={
          <QueueList
            queue={team.queue}
            known={known}
            agents={team.agents}
            meId={me.id}
            selectedId={selectedId}
            pickingUp={pickingUp}
            loaded={team.loaded}
            onPickup={(id) => desk.offers.pickup(id)}
          />
        }
      />
      {selectedId ? (
        <Thread
          key={selectedId}
          id={selectedId}
          me={me}
          summary={selected}
          nameOf={nameOf}
          agents={team.agents}
          notices={desk.notices}
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
