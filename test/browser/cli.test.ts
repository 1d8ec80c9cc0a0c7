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
        { id: 'gap', text: 'do you sell garden gnomes for the balcony?' },
        { id: 'refused', text: "I don't need an agent, just tell me how to reset my password" },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const { stdout } = await run(process.execPath, ['cli/run.mjs', input, '--kb', kb], { timeout: 60_000 });
    const lines = stdout.trim().split('\n');
    const out = lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['ask', 'routine', 'turns', 'gap', 'refused']);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['escalate', 'id', 'language', 'reason', 'score', 'sentiment']);
    }
    const by = Object.fromEntries(out.map((o) => [o.id, o]));
    expect(by.ask).toMatchObject({ escalate: true, reason: 'human_request', language: 'en' });
    expect(by.routine).toMatchObject({ escalate: false, reason: null });
    expect(by.turns).toMatchObject({ escalate: true, reason: 'intent_gap' });
    expect(by.gap).toMatchObject({ escalate: true, reason: 'intent_gap' });
    // A person refused is not asked for, and the question after it is the one the knowledge base answers.
    expect(by.refused).toMatchObject({ escalate: false, reason: null });
  });
});
