import type { AgentPresence, InboxFrame, PresenceStatus, QueueEntry } from '../worker/protocol';
import { loadPresence, savePresence } from './presence';
import { Store } from './store';

export interface TeamState {
  agents: readonly AgentPresence[];
  /** Waiting conversations in service order. */
  queue: readonly QueueEntry[];
  /** What routing currently thinks of us. */
  you: PresenceStatus;
  /** What we chose (and send on every connect). */
  wanted: PresenceStatus;
  /** A `team` frame arrived on this connection. */
  loaded: boolean;
}

type TeamFrame = Extract<InboxFrame, { type: 'team' }>;

/**
 * Presence and the queue. Routing starts every agent offline until their console says
 * otherwise, so the chosen status is sent again on every (re)connect.
 */
export class TeamModel {
  readonly state: Store<TeamState>;

  constructor(
    private readonly agentId: string,
    private readonly send: (status: PresenceStatus) => boolean,
  ) {
    this.state = new Store<TeamState>({
      agents: [],
      queue: [],
      you: 'offline',
      wanted: loadPresence(agentId),
      loaded: false,
    });
  }

  connected(): void {
    this.send(this.state.get().wanted);
  }

  disconnected(): void {
    this.state.update((s) => ({ ...s, loaded: false }));
  }

  apply(frame: TeamFrame): void {
    this.state.update((s) => ({
      ...s,
      agents: frame.agents,
      queue: frame.queue,
      you: frame.you,
      loaded: true,
    }));
  }

  setStatus(status: PresenceStatus): void {
    savePresence(this.agentId, status);
    this.state.update((s) => ({ ...s, wanted: status }));
    this.send(status);
  }
}
