import { describe, expect, it } from 'vitest';
import { initialOwnership, type Ownership, transition } from '../../worker/conversation/state';

const maya = { type: 'agent_message', agentId: 'a-maya', agentName: 'Maya' } as const;
const held: Ownership = { status: 'agent', assigneeId: 'a-maya', assigneeName: 'Maya' };

describe('ownership state machine', () => {
  it('lets the first agent reply pick the conversation up and says so', () => {
    const t = transition(initialOwnership, maya);
    expect(t).toEqual({ ok: true, next: held, system: ['Maya joined the conversation'] });
  });

  it('keeps a second agent from talking over the owner', () => {
    const t = transition(held, { type: 'agent_message', agentId: 'a-leo', agentName: 'Leo' });
    expect(t).toMatchObject({ ok: false, code: 'not_owner' });
  });

  it('refuses visitor and agent messages once resolved, and resolving twice changes nothing', () => {
    const closed = transition(held, { type: 'resolve', byName: 'Maya' });
    if (!closed.ok) throw new Error('resolve failed');
    expect(closed.next.status).toBe('resolved');
    expect(transition(closed.next, { type: 'visitor_message' })).toMatchObject({
      ok: false,
      code: 'conversation_closed',
    });
    expect(transition(closed.next, maya)).toMatchObject({ ok: false, code: 'conversation_closed' });
    expect(transition(closed.next, { type: 'resolve', byName: 'Leo' })).toEqual({
      ok: true,
      next: closed.next,
      system: [],
    });
  });

  it('records an explicit hand-back to the bot', () => {
    const t = transition(held, { type: 'hand_back', byName: 'Maya' });
    expect(t).toEqual({
      ok: true,
      next: initialOwnership,
      system: ['Maya handed the conversation back to the bot'],
    });
  });
});
