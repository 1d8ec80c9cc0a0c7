import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Env } from '../env';
import { timingSafeEqual } from '../lib/crypto';
import { apiError, validationHook } from './errors';

/**
 * A pretend shop back-end for the demo's two bot actions (look up an order, request a
 * refund). Reached in-process by the bot (see bot/fetchAction.ts), never from outside.
 */
export const DEMO_SHOP_SECRET = 'Bearer demo-shop-secret';

const STATUSES = ['processing', 'shipped', 'out for delivery', 'delivered'] as const;
const ITEMS = [
  'Merino crew jumper',
  'Canvas weekender bag',
  'Trail running shoes',
  'Linen shirt',
  'Wool beanie',
];

/** Orders A1000–A1999 exist; their details are derived from the number so the demo is stable. */
export function demoOrder(orderId: string) {
  const m = /^A1(\d{3})$/i.exec(orderId.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const status = STATUSES[n % STATUSES.length]!;
  return {
    orderId: `A1${m[1]}`,
    status,
    items: [ITEMS[n % ITEMS.length]!, ...(n % 3 === 0 ? [ITEMS[(n + 2) % ITEMS.length]!] : [])],
    total: { amount: 39 + (n % 7) * 15, currency: 'EUR' },
    carrier: status === 'processing' ? null : 'DHL',
    tracking: status === 'processing' ? null : `JD0146000${String(n).padStart(4, '0')}`,
    estimatedDelivery: status === 'delivered' ? null : `in ${1 + (n % 4)} business days`,
  };
}

export const demoShopRoutes = new Hono<{ Bindings: Env }>()
  .use(async (c, next) => {
    if (!timingSafeEqual(c.req.header('Authorization') ?? '', DEMO_SHOP_SECRET)) {
      return apiError(c, 401, 'unauthorized', 'Bad shop credentials.');
    }
    await next();
  })
  .post(
    '/orders/lookup',
    zValidator('json', z.object({ orderId: z.string().max(20) }), validationHook),
    (c) => {
      const order = demoOrder(c.req.valid('json').orderId);
      return order ? c.json(order) : apiError(c, 404, 'not_found', 'No order with that number.');
    },
  )
  .post(
    '/refunds',
    zValidator(
      'json',
      z.object({ orderId: z.string().max(20), reason: z.string().max(500) }),
      validationHook,
    ),
    (c) => {
      const { orderId, reason } = c.req.valid('json');
      const order = demoOrder(orderId);
      if (!order) return apiError(c, 404, 'not_found', 'No order with that number.');
      if (order.status !== 'delivered') {
        return apiError(c, 409, 'not_delivered', 'Refunds can be requested once the order is delivered.');
      }
      return c.json(
        { refundId: `R-${order.orderId}`, status: 'requested', amount: order.total, reason },
        201,
      );
    },
  );

export const DEMO_ACTIONS = [
  {
    name: 'lookup_order',
    description:
      "Look up one of the customer's orders by its number (like A1042): status, items, carrier, tracking.",
    parameters: {
      type: 'object',
      properties: { orderId: { type: 'string', description: 'Order number, e.g. A1042' } },
      required: ['orderId'],
      additionalProperties: false,
    },
    url: 'https://baton.internal/demo-shop/orders/lookup',
    secretHeader: 'Authorization',
    secretValue: DEMO_SHOP_SECRET,
    visitorText: 'Looking up your order…',
  },
  {
    name: 'request_refund',
    description: 'Request a refund for a delivered order. Ask for the reason first.',
    parameters: {
      type: 'object',
      properties: { orderId: { type: 'string' }, reason: { type: 'string' } },
      required: ['orderId', 'reason'],
      additionalProperties: false,
    },
    url: 'https://baton.internal/demo-shop/refunds',
    secretHeader: 'Authorization',
    secretValue: DEMO_SHOP_SECRET,
    visitorText: 'Requesting your refund…',
  },
];
