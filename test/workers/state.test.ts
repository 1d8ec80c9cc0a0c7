import { describe, expect, it } from 'vitest';
import { initialOwnership, type Ownership, transition } from '../../worker/conversation/state';

const held: Ownership = { status: 'agent', assigneeId: 'a-maya', assigneeName: 'Maya' };
const assigned = { type: 'assigned', agentId: 'a-maya', agentName: 'Maya', department: 'Billing' } as const;

function run(state: Ownership, ...events: Parameters<typeof transition>[1][]) {
  let s = state;
  const lines: string[] = [];
  for (const e of events) {
    const t = transition(s, e);
    if (!t.ok) throw new Error(t.message);
    s = t.next;
    lines.push(...t.system.map((l) => l.text));
  }
  return { state: s, lines };
}

describe('ownership state machine', () => {
  it('walks bot → queued → offered → agent and says who joined, with their department', () => {
    const { state, lines } = run(
      initialOwnership,
      { type: 'request_handoff', reason: 'human_request' },
      { type: 'offered' },
      assigned,
    );
    expect(state).toEqual(held);
    expect(lines).toEqual(['Maya from Billing joined the conversation']);
  });

  it('lets only the holder reply; others are told to join or that someone holds it', () => {
    expect(transition(initialOwnership, { type: 'agent_message', agentId: 'a-maya' })).toMatchObject({
      ok: false,
      code: 'not_owner',
      message: expect.stringMatching(/Join/),
    });
    expect(transition(held, { type: 'agent_message', agentId: 'a-leo' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Maya holds/),
    });
    expect(transition(held, { type: 'agent_message', agentId: 'a-maya' })).toMatchObject({
      ok: true,
      system: [],
    });
  });

  it('moves a transfer to the new agent in one step', () => {
    const { state, lines } = run(held, {
      type: 'assigned',
      agentId: 'a-leo',
      agentName: 'Leo',
      department: null,
    });
    expect(state).toEqual({ status: 'agent', assigneeId: 'a-leo', assigneeName: 'Leo' });
    expect(lines).toEqual(['Leo joined the conversation']);
  });

  it('requeues first in line when the agent leaves or does not reply', () => {
    const left = run(held, { type: 'requeued', reason: 'agent_left' });
    expect(left.state.status).toBe('queued');
    expect(left.lines[0]).toMatch(/Maya had to step away/);
    expect(run(held, { type: 'requeued', reason: 'no_reply' }).lines[0]).toMatch(/first in line/);
  });

  it('refuses messages once resolved, ignores late routing events, and resolving twice changes nothing', () => {
    const { state } = run(held, { type: 'resolve', byName: 'Maya' });
    expect(state.status).toBe('resolved');
    expect(transition(state, { type: 'visitor_message' })).toMatchObject({
      ok: false,
      code: 'conversation_closed',
    });
    expect(transition(state, assigned)).toEqual({ ok: true, next: state, system: [] });
    expect(transition(state, { type: 'resolve', byName: 'Leo' })).toEqual({
      ok: true,
      next: state,
      system: [],
    });
  });

  it('records an explicit hand-back to the bot, and only from an agent', () => {
    expect(run(held, { type: 'hand_back', byName: 'Maya' })).toEqual({
      state: initialOwnership,
      lines: ['Maya handed the conversation back to the bot'],
    });
    expect(run(initialOwnership, { type: 'hand_back', byName: 'Maya' }).lines).toEqual([]);
  });

  it('never hands off twice: a waiting or held conversation ignores another request', () => {
    const queued = run(initialOwnership, { type: 'request_handoff', reason: 'x' }).state;
    expect(transition(queued, { type: 'request_handoff', reason: 'y' })).toEqual({
      ok: true,
      next: queued,
      system: [],
    });
    expect(transition(held, { type: 'request_handoff', reason: 'y' })).toEqual({
      ok: true,
      next: held,
      system: [],
    });
  });
});
