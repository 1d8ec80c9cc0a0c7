import { request } from './api';

/** A fallback request left by a visitor when nobody could come (worker/api/tickets.ts). */
export interface Ticket {
  id: string;
  conversationId: string;
  contactId: string;
  kind: 'callback' | 'contact';
  reason: 'closed' | 'no_agents' | 'long_wait' | 'visitor';
  name: string;
  email: string | null;
  phone: string | null;
  message: string;
  status: 'open' | 'done';
  /** null: no webhook configured; 'sent'; or the last delivery error. */
  webhookStatus: string | null;
  createdAt: number;
}

export const listTickets = () => request<{ tickets: Ticket[] }>('GET', '/api/tickets');

export const markTicketDone = (id: string) =>
  request<{ ok: true }>('POST', `/api/tickets/${encodeURIComponent(id)}/done`);
