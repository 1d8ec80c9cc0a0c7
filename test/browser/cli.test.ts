import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The triage command as an evaluator runs it: a JSONL file in, one JSON decision per line out,
// in order, and nothing else on stdout.

const run = promisify(execFile);

describe('npm run triage (the offline command)', () => {
  it('prints one decision per line in order, judges turns in context and gaps against a --kb folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-cli-'));
    const kb = join(dir, 'kb');
    mkdirSync(kb);
    writeFileSync(
      join(kb, 'passwords.md'),
      '# Resetting your password\n\n- how do I reset my password\n- I forgot my password\n\nUse "Forgot password" on the sign-in page; the link in the email works for an hour.\n',
    );
    writeFileSync(
      join(kb, 'shipping.md'),
      '# Shipping and delivery\n\n- how long does delivery take\n- do you ship abroad\n\nOrders ship within 2 business days; we deliver to 30 countries.\n',
    );
    writeFileSync(
      join(kb, 'charges.md'),
      '# Double charges\n\n- why was I charged twice\n- I have been charged twice for my stay\n\nA second charge is a card hold; it drops off within 3 days.\n',
    );
    // Upset, and no earlier try told: the bot may answer first.
    const CHARGED = "this is ridiculous, I've been charged twice for my stay";
    const input = join(dir, 'cases.jsonl');
    writeFileSync(
      input,
      [
        { id: 'ask', text: 'I want to talk to a human', label: 'ignored' },
        { id: 'routine', text: 'how do I reset my password?' },
        {
          id: 'turns',
          turns: [
            { role: 'visitor', text: 'how long does delivery take?' },
            { role: 'bot', text: 'Orders ship within 2 business days. Did that help?' },
            { role: 'visitor', text: 'No' },
          ],
        },
        {
          id: 'upset',
          turns: [
            {
              role: 'visitor',
              text: 'This is ridiculous, my parcel is two weeks late and nobody tells me anything!',
            },
          ],
        },
        {
          // Upset first (as above), then asking for someone: the conversation is judged whole, and the
          // strongest reason any message gave is its reason.
          id: 'upset-then-ask',
          turns: [
            {
              role: 'visitor',
              text: 'This is ridiculous, my parcel is two weeks late and nobody tells me anything!',
            },
            { role: 'bot', text: 'Sorry about that! Parcels can take up to 10 days during busy periods.' },
            { role: 'visitor', text: 'can i get a call back please, the number on the order is fine' },
          ],
        },
        {
          // Upset in the first message, no earlier try told: the bot answered first, and the
          // visitor, helped, ends settled. A conversation judged at its end needs no person.
          id: 'upset-settled',
          turns: [
            { role: 'visitor', text: CHARGED },
            {
              role: 'bot',
              text: 'Sorry about that! The second charge is a card hold and drops off within 3 days.',
            },
            { role: 'visitor', text: 'oh ok, that makes sense. thanks!' },
          ],
        },
        {
          // The same start, and the visitor only gives a detail: still ready to hand off.
          id: 'upset-open',
          turns: [
            { role: 'visitor', text: CHARGED },
            { role: 'bot', text: 'Sorry about that! What is your booking number?' },
            { role: 'visitor', text: 'ALD-55902' },
          ],
        },
        {
          // The bot says the same thing again and the visitor sighs.
          id: 'circles',
          turns: [
            { role: 'visitor', text: 'my bill is £312, it is usually £90. I sent a meter reading last week' },
            {
              role: 'bot',
              text: 'Your bill is based on an estimate. To get an accurate bill, please submit a meter reading.',
            },
            { role: 'visitor', text: 'I did, on the 3rd: 04512' },
            {
              role: 'bot',
              text: 'Thanks! To get an accurate bill, please submit a meter reading in your account.',
            },
            { role: 'visitor', text: 'wow' },
          ],
        },
        { id: 'gap', text: 'do you sell garden gnomes for the balcony?' },
        { id: 'refused', text: "I don't need an agent, just tell me how to reset my password" },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const { stdout } = await run(process.execPath, ['cli/run.mjs', input, '--kb', kb], { timeout: 60_000 });
    const lines = stdout.trim().split('\n');
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([
      'ask',
      'routine',
      'turns',
      'upset',
      'upset-then-ask',
      'upset-settled',
      'upset-open',
      'circles',
      'gap',
      'refused',
    ]);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['escalate', 'id', 'language', 'reason', 'score', 'sentiment']);
    }
    const by = Object.fromEntries(out.map((o) => [o.id, o]));
    expect(by.ask).toMatchObject({ escalate: true, reason: 'human_request', language: 'en' });
    expect(by.routine).toMatchObject({ escalate: false, reason: null });
    expect(by.turns).toMatchObject({ escalate: true, reason: 'intent_gap' });
    expect(by.upset).toMatchObject({ escalate: true, reason: 'frustration' });
    expect(by['upset-then-ask']).toMatchObject({ escalate: true, reason: 'human_request' });
    expect(by['upset-settled']).toMatchObject({ escalate: false, reason: null });
    expect(by['upset-open']).toMatchObject({ escalate: true, reason: 'frustration' });
    expect(by.circles).toMatchObject({ escalate: true, reason: 'frustration' });
    expect(by.gap).toMatchObject({ escalate: true, reason: 'intent_gap' });
    // A person refused is not asked for, and the question after it is the one the knowledge base answers.
    expect(by.refused).toMatchObject({ escalate: false, reason: null });
  });
});
