import { useEffect, useState } from 'preact/hooks';
import type { InboxView } from '../worker/protocol';

/** The console's location: `#/<tab>` or `#/<tab>/<conversation id>`. */
export interface Route {
  view: InboxView;
  conversationId: string | null;
}

const VIEWS: readonly InboxView[] = ['open', 'mine', 'closed', 'all'];

export function parseRoute(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  return {
    view: VIEWS.includes(view as InboxView) ? (view as InboxView) : 'open',
    conversationId: id && /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : null,
  };
}

export const formatRoute = (r: Route) => `#/${r.view}${r.conversationId ? `/${r.conversationId}` : ''}`;

export function navigate(r: Route): void {
  const hash = formatRoute(r);
  if (location.hash !== hash) location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
