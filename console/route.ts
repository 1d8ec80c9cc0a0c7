import { useEffect, useState } from 'preact/hooks';
import type { InboxView } from '../worker/protocol';

/** Inbox tabs: the server's list views plus the live queue. */
export type InboxTab = InboxView | 'queue';
export type SettingsSection = 'routing' | 'agents' | 'widget' | 'actions';

/**
 * The console's location, in the hash:
 * `#/<tab>[/<conversation id>]` · `#/tickets` · `#/knowledge` · `#/settings/<section>`.
 */
export type Route =
  | { page: 'inbox'; tab: InboxTab; conversationId: string | null }
  | { page: 'tickets' }
  | { page: 'knowledge' }
  | { page: 'settings'; section: SettingsSection };

export const TABS: readonly InboxTab[] = ['queue', 'mine', 'open', 'closed', 'all'];
export const SECTIONS: readonly SettingsSection[] = ['routing', 'agents', 'widget', 'actions'];

export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'tickets') return { page: 'tickets' };
  if (first === 'knowledge') return { page: 'knowledge' };
  if (first === 'settings')
    return {
      page: 'settings',
      section: SECTIONS.includes(second as SettingsSection) ? (second as SettingsSection) : 'routing',
    };
  return {
    page: 'inbox',
    tab: TABS.includes(first as InboxTab) ? (first as InboxTab) : 'open',
    conversationId: second && /^[0-9a-f-]{36}$/i.test(second) ? second.toLowerCase() : null,
  };
}

export function formatRoute(r: Route): string {
  switch (r.page) {
    case 'inbox':
      return `#/${r.tab}${r.conversationId ? `/${r.conversationId}` : ''}`;
    case 'settings':
      return `#/settings/${r.section}`;
    default:
      return `#/${r.page}`;
  }
}

export function navigate(r: Route): void {
  const hash = formatRoute(r);
  if (location.hash !== hash) location.hash = hash;
}

/** Link target for a conversation (keeps the inbox tab when one is given). */
export const conversationHref = (id: string, tab: InboxTab = 'all') =>
  formatRoute({ page: 'inbox', tab, conversationId: id });

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
