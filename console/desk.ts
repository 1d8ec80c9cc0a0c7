import type { AgentProfile, InboxFrame, InboxView } from '../worker/protocol';
import { getMe } from './api';
import { contactLabel } from './format';
import { InboxFeed } from './inboxFeed';
import { InboxModel } from './inboxModel';
import { Notices } from './notices';
import { OfferModel } from './offerModel';
import { TeamModel } from './teamModel';

/**
 * Everything live for one logged-in agent, around the one inbox socket: the inbox lists,
 * presence and the queue, offers and claim answers, and toasts.
 */
export class Desk {
  readonly inbox: InboxModel;
  readonly team: TeamModel;
  readonly offers: OfferModel;
  readonly notices = new Notices();
  private readonly feed: InboxFeed;

  constructor(me: AgentProfile, view: InboxView, onClaimed: (conversationId: string) => void) {
    this.inbox = new InboxModel(me, view);
    // The feed is created last; its handlers only run after construction.
    const send: ConstructorParameters<typeof OfferModel>[0] = (frame) => this.feed.send(frame);
    this.team = new TeamModel(me.id, (status) => send({ type: 'status', status }));
    this.offers = new OfferModel(send, this.notices, onClaimed);
    this.feed = new InboxFeed({
      onOpen: () => {
        this.team.connected();
        this.inbox.feedOpened();
      },
      onFrame: (f) => this.onFrame(f),
      onStatus: (s) => {
        this.inbox.feedStatus(s);
        if (s !== 'live') this.team.disconnected();
      },
      onRepeatedFailure: () => void getMe().catch(() => {}),
    });
  }

  dispose(): void {
    this.feed.close();
    this.inbox.dispose();
    this.offers.dispose();
    this.notices.dispose();
  }

  private onFrame(f: InboxFrame) {
    switch (f.type) {
      case 'conversation':
        return this.inbox.apply(f.conversation);
      case 'team':
        return this.team.apply(f);
      case 'offer':
        return this.offers.receive(f.offer);
      case 'offer_withdrawn':
        return this.offers.withdrawn(f);
      case 'claim_result':
        return this.offers.claimResult(f);
      case 'transfer_failed': {
        const s = this.inbox.known.get().get(f.conversationId);
        const who = s ? contactLabel(s.contactName, s.contactId) : 'the conversation';
        const why = f.message.replace(/[.!]?$/, '.');
        return this.notices.push(`Transfer of ${who} not taken: ${why} It stays with you.`, 'error');
      }
      case 'error':
        return this.notices.push(f.message, 'error');
      case 'pong':
        return;
    }
  }
}
