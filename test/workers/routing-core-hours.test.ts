import { describe, expect, it } from 'vitest';
import { linesFor } from '../../worker/lines';
import {
  type AgentRecord,
  BusinessHours,
  describeWait,
  emptyRoutingState,
  fallbackFor,
  fromLocal,
  isOpen,
  nextOpening,
  type QueueItem,
  type RoutingState,
} from '../../worker/routing/core';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const nineToFive = [{ open: '09:00', close: '17:00' }];
const weekdays = (timezone: string, extra: Record<string, unknown> = {}) =>
  BusinessHours.parse({
    timezone,
    weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
    ...extra,
  });

describe('business hours', () => {
  it('parses with defaults and rejects bad input', () => {
    const h = BusinessHours.parse({ timezone: 'Europe/Berlin', weekly: { mon: nineToFive } });
    expect(h.weekly.sun).toEqual([]);
    expect(h.holidays).toEqual([]);
    expect(BusinessHours.safeParse({ timezone: 'Mars/Olympus', weekly: {} }).success).toBe(false);
    expect(
      BusinessHours.safeParse({ timezone: 'UTC', weekly: { mon: [{ open: '9:00', close: '17:00' }] } })
        .success,
    ).toBe(false);
    expect(
      BusinessHours.safeParse({ timezone: 'UTC', weekly: { mon: [{ open: '25:00', close: '26:00' }] } })
        .success,
    ).toBe(false);
    expect(
      BusinessHours.safeParse({ timezone: 'UTC', weekly: { mon: [{ open: '09:00', close: '09:00' }] } })
        .success,
    ).toBe(false);
    expect(BusinessHours.safeParse({ timezone: 'UTC', weekly: {}, holidays: ['2025-13-01'] }).success).toBe(
      false,
    );
  });

  it('no hours configured means always open', () => {
    expect(isOpen(null, utc(2025, 3, 29, 3))).toBe(true);
    expect(nextOpening(null, 123)).toBe(123);
  });

  it('follows Europe/Berlin across the spring DST switch', () => {
    const h = weekdays('Europe/Berlin');
    // Friday before the switch: UTC+1.
    expect(isOpen(h, utc(2025, 3, 28, 7, 59))).toBe(false);
    expect(isOpen(h, utc(2025, 3, 28, 8, 0))).toBe(true);
    expect(isOpen(h, utc(2025, 3, 28, 15, 59))).toBe(true);
    expect(isOpen(h, utc(2025, 3, 28, 16, 0))).toBe(false);
    // Monday after the switch (Sun 30 March): UTC+2.
    expect(isOpen(h, utc(2025, 3, 31, 6, 59))).toBe(false);
    expect(isOpen(h, utc(2025, 3, 31, 7, 0))).toBe(true);
    expect(isOpen(h, utc(2025, 3, 31, 14, 59))).toBe(true);
    expect(isOpen(h, utc(2025, 3, 31, 15, 0))).toBe(false);
    expect(nextOpening(h, utc(2025, 3, 29, 12))).toBe(utc(2025, 3, 31, 7));
    expect(nextOpening(h, utc(2025, 3, 31, 10))).toBe(utc(2025, 3, 31, 10)); // open now
  });

  it('follows Europe/Berlin across the autumn DST switch', () => {
    const h = weekdays('Europe/Berlin');
    expect(isOpen(h, utc(2025, 10, 24, 7, 0))).toBe(true); // 09:00 CEST
    expect(isOpen(h, utc(2025, 10, 27, 7, 30))).toBe(false); // 08:30 CET
    expect(nextOpening(h, utc(2025, 10, 25, 12))).toBe(utc(2025, 10, 27, 8));
  });

  it('follows America/New_York across its DST switch', () => {
    const h = weekdays('America/New_York');
    expect(isOpen(h, utc(2025, 3, 7, 13, 59))).toBe(false); // 08:59 EST
    expect(isOpen(h, utc(2025, 3, 7, 14, 0))).toBe(true); // 09:00 EST
    expect(isOpen(h, utc(2025, 3, 10, 13, 0))).toBe(true); // 09:00 EDT
    expect(isOpen(h, utc(2025, 3, 10, 21, 0))).toBe(false); // 17:00 EDT
    expect(nextOpening(h, utc(2025, 3, 8, 12))).toBe(utc(2025, 3, 10, 13));
  });

  it('opens at the jump when the opening time is skipped, and at the first of a repeated time', () => {
    // 2025-03-09 02:00 EST → 03:00 EDT; 2025-11-02 02:00 EDT → 01:00 EST.
    expect(fromLocal('America/New_York', 2025, 3, 9, 150)).toBe(utc(2025, 3, 9, 7));
    expect(fromLocal('America/New_York', 2025, 11, 2, 90)).toBe(utc(2025, 11, 2, 5, 30));
    expect(fromLocal('America/New_York', 2025, 7, 1, 540)).toBe(utc(2025, 7, 1, 13));
    const spring = BusinessHours.parse({
      timezone: 'America/New_York',
      weekly: { sun: [{ open: '02:30', close: '04:00' }] },
    });
    expect(nextOpening(spring, utc(2025, 3, 9, 0))).toBe(utc(2025, 3, 9, 7));
    expect(isOpen(spring, utc(2025, 3, 9, 6, 59))).toBe(false);
    expect(isOpen(spring, utc(2025, 3, 9, 7, 0))).toBe(true);
    const autumn = BusinessHours.parse({
      timezone: 'America/New_York',
      weekly: { sun: [{ open: '01:30', close: '03:00' }] },
    });
    expect(nextOpening(autumn, utc(2025, 11, 2, 0))).toBe(utc(2025, 11, 2, 5, 30));
  });

  it('supports a close after midnight, owned by the day it opens', () => {
    const late = { timezone: 'Europe/Berlin', weekly: { fri: [{ open: '22:00', close: '02:00' }] } };
    const h = BusinessHours.parse(late);
    expect(isOpen(h, utc(2025, 6, 6, 19, 59))).toBe(false); // Fri 21:59 CEST
    expect(isOpen(h, utc(2025, 6, 6, 20, 0))).toBe(true); // Fri 22:00
    expect(isOpen(h, utc(2025, 6, 6, 23, 59))).toBe(true); // Sat 01:59
    expect(isOpen(h, utc(2025, 6, 7, 0, 0))).toBe(false); // Sat 02:00
    const fridayOff = BusinessHours.parse({ ...late, holidays: ['2025-06-06'] });
    expect(isOpen(fridayOff, utc(2025, 6, 6, 23))).toBe(false);
    const saturdayOff = BusinessHours.parse({ ...late, holidays: ['2025-06-07'] });
    expect(isOpen(saturdayOff, utc(2025, 6, 6, 23))).toBe(true);
    const allDay = BusinessHours.parse({
      timezone: 'UTC',
      weekly: { sat: [{ open: '00:00', close: '24:00' }] },
    });
    expect(isOpen(allDay, utc(2025, 6, 7, 23, 59))).toBe(true);
    expect(isOpen(allDay, utc(2025, 6, 8, 0, 0))).toBe(false);
  });

  it('skips holidays and gives up beyond 14 days', () => {
    const h = weekdays('Europe/Berlin', { holidays: ['2025-12-25', '2025-12-26'] });
    expect(isOpen(h, utc(2025, 12, 25, 10))).toBe(false);
    expect(nextOpening(h, utc(2025, 12, 24, 18))).toBe(utc(2025, 12, 29, 8));
    const never = BusinessHours.parse({ timezone: 'UTC', weekly: {} });
    expect(nextOpening(never, utc(2025, 1, 1))).toBeNull();
    const longBreak = weekdays('UTC', {
      holidays: Array.from({ length: 20 }, (_, i) =>
        new Date(utc(2025, 8, 1 + i)).toISOString().slice(0, 10),
      ),
    });
    expect(nextOpening(longBreak, utc(2025, 8, 1))).toBeNull();
  });
});

function agent(agentId: string, o: Partial<AgentRecord> = {}): AgentRecord {
  return {
    agentId,
    name: agentId,
    status: 'online',
    connected: true,
    disconnectedAt: null,
    departments: [],
    languages: [],
    capacity: 1,
    active: [],
    idleSince: 0,
    ...o,
  };
}

function waiting(conversationId: string, enqueuedAt: number): QueueItem {
  return {
    conversationId,
    contactName: null,
    kind: 'handoff',
    priority: 'normal',
    department: null,
    language: null,
    reason: null,
    enqueuedAt,
    firstInLine: false,
    preferredAgentId: null,
    fromAgentId: null,
    targetAgentId: null,
    note: null,
    declinedBy: [],
    offer: null,
  };
}

describe('fallback', () => {
  const berlin = weekdays('Europe/Berlin');
  const staffed: RoutingState = { ...emptyRoutingState(), agents: { a: agent('a') } };
  const item = { conversationId: 'c1' };

  it('says when the team is back when closed', () => {
    const sat = utc(2025, 3, 29, 12);
    expect(fallbackFor({ hours: berlin, now: sat, state: staffed, item, maxWaitSeconds: 600 })).toEqual({
      reason: 'closed',
      opensAt: utc(2025, 3, 31, 7),
      message: "Our team is offline right now — we're back Monday at 09:00 (Europe/Berlin).",
    });
    const sun = fallbackFor({ hours: berlin, now: utc(2025, 3, 30, 12), state: staffed, item });
    expect(sun?.message).toBe(
      "Our team is offline right now — we're back tomorrow at 09:00 (Europe/Berlin).",
    );
    const early = fallbackFor({ hours: berlin, now: utc(2025, 3, 31, 5), state: staffed, item });
    expect(early?.message).toBe("Our team is offline right now — we're back today at 09:00 (Europe/Berlin).");
    const xmas = weekdays('Europe/Berlin', {
      holidays: ['2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-29'],
    });
    expect(fallbackFor({ hours: xmas, now: utc(2025, 12, 20, 12), state: staffed, item })?.message).toBe(
      "Our team is offline right now — we're back Tuesday 30 December at 09:00 (Europe/Berlin).",
    );
  });

  it('tells the visitor in their language when the team is back and how long the wait is', () => {
    const fr = { conversationId: 'c2', language: 'fr' };
    const sat = utc(2025, 3, 29, 12);
    expect(fallbackFor({ hours: berlin, now: sat, state: staffed, item: fr })?.message).toBe(
      "Notre équipe n'est pas disponible pour le moment — nous serons de retour lundi à 09:00 (Europe/Berlin).",
    );
    const de = { conversationId: 'c3', language: 'de' };
    expect(fallbackFor({ hours: berlin, now: utc(2025, 3, 30, 12), state: staffed, item: de })?.message).toBe(
      'Unser Team ist gerade nicht erreichbar – wir sind morgen um 09:00 wieder da (Europe/Berlin).',
    );
    const xmas = weekdays('Europe/Berlin', {
      holidays: ['2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-29'],
    });
    expect(
      fallbackFor({
        hours: xmas,
        now: utc(2025, 12, 20, 12),
        state: staffed,
        item: { ...de, language: 'nl' },
      })?.message,
    ).toBe('Ons team is nu niet bereikbaar — we zijn er weer dinsdag 30 december om 09:00 (Europe/Berlin).');
    const nobody = { ...emptyRoutingState(), agents: {} };
    expect(
      fallbackFor({ hours: null, now: sat, state: nobody, item: { ...fr, language: 'it' } })?.message,
    ).toBe('Al momento nessuno del nostro team è online.');
    expect(describeWait(25 * 60, linesFor('pt'))).toBe('cerca de 25 minutos');
    expect(describeWait(20, linesFor('fr'))).toBe('moins d’une minute');
    expect(describeWait(100 * 60, linesFor('de'))).toBe('etwa 2 Stunden');
  });

  it('says nobody is online, as specifically as it can', () => {
    const open = utc(2025, 3, 31, 10);
    const nobody = {
      ...emptyRoutingState(),
      agents: { a: agent('a', { status: 'away' }), b: agent('b', { connected: false }) },
    };
    expect(fallbackFor({ hours: berlin, now: open, state: nobody, item })).toEqual({
      reason: 'no_agents',
      message: 'Nobody from our team is online right now.',
      opensAt: null,
    });
    const sales = {
      ...emptyRoutingState(),
      agents: { a: agent('a', { departments: ['sales'], languages: ['en'] }) },
    };
    expect(
      fallbackFor({ hours: null, now: open, state: sales, item: { ...item, department: 'billing' } })
        ?.message,
    ).toBe('Nobody from billing is online right now.');
    // Told to the visitor in their own language.
    expect(
      fallbackFor({ hours: null, now: open, state: sales, item: { ...item, language: 'es-MX' } })?.message,
    ).toBe('No hay nadie que hable español conectado en este momento.');
    expect(
      fallbackFor({ hours: null, now: open, state: sales, item: { ...item, department: 'sales' } }),
    ).toBeNull();
  });

  it('says how long the wait is when it is too long', () => {
    const now = utc(2025, 3, 31, 10);
    const busy: RoutingState = {
      ...emptyRoutingState(),
      agents: { a: agent('a', { capacity: 1, active: ['x'] }) },
      queue: [waiting('w1', now - 2000), waiting('w2', now - 1000)],
      handleTimesMs: [480_000],
      acceptTimesMs: [60_000],
    };
    // Third in line, no free slot, one slot: 60 s + 3 × 480 s = 1500 s.
    expect(fallbackFor({ hours: berlin, now, state: busy, item, maxWaitSeconds: 600 })).toEqual({
      reason: 'long_wait',
      message: 'The wait is about 25 minutes right now.',
      opensAt: null,
    });
    expect(fallbackFor({ hours: berlin, now, state: busy, item, maxWaitSeconds: 1500 })).toBeNull();
    expect(fallbackFor({ hours: berlin, now, state: busy, item })).toBeNull();
    // Already queued: its own place counts, not the end of the line.
    expect(
      fallbackFor({ hours: berlin, now, state: busy, item: { conversationId: 'w1' }, maxWaitSeconds: 600 }),
    ).toBeNull();
  });

  it('describes waits in words a visitor understands', () => {
    expect(describeWait(20)).toBe('less than a minute');
    expect(describeWait(70)).toBe('about a minute');
    expect(describeWait(25 * 60)).toBe('about 25 minutes');
    expect(describeWait(65 * 60)).toBe('about 65 minutes');
    expect(describeWait(100 * 60)).toBe('about 2 hours');
  });
});
