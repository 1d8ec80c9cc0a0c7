import { demoShopRoutes } from '../api/demoShop';
import type { Env } from '../env';

/** Actions on this origin are served in-process (the demo shop); nothing else internal is reachable. */
export const INTERNAL_ORIGIN = 'https://baton.internal';

export function actionFetcher(env: Env) {
  return (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (url.origin !== INTERNAL_ORIGIN) return fetch(req);
    if (env.DEMO_MODE !== '1' || !url.pathname.startsWith('/demo-shop/')) {
      return Promise.resolve(new Response('Unknown internal action', { status: 404 }));
    }
    const path = url.pathname.slice('/demo-shop'.length);
    return Promise.resolve(demoShopRoutes.fetch(new Request(`${INTERNAL_ORIGIN}${path}`, req), env));
  };
}
