import type { LanguageModelV3Message } from '@ai-sdk/provider';
import type { Turn } from './types';

export interface BotPersona {
  workspaceName: string;
  /** What the bot can and cannot help with, from workspace settings. */
  greeting: string;
  language: string | null;
}

export function systemPrompt(p: BotPersona): string {
  return [
    `You are the support assistant of ${p.workspaceName}, chatting with a customer on the website.`,
    `What you told the customer you can do: "${p.greeting}"`,
    'Answer only from the knowledge base (the passages given below, or search_knowledge_base) and from the results of the actions you call.',
    'Cite the articles you used by title. Never invent policies, numbers, order data or links.',
    'If you cannot help, or the customer asks for a person and you cannot resolve it, call handoff_to_human with the reason.',
    'If an action fails, tell the customer plainly what failed and offer another path; do not pretend it worked.',
    'Be brief: two to four sentences.',
    p.language ? `Reply in the customer's language (${p.language}).` : "Reply in the customer's language.",
  ].join('\n');
}

/** Conversation turns as model messages; system events and notes never reach the model. */
export function modelMessages(turns: Turn[]): LanguageModelV3Message[] {
  return turns.map((t) =>
    t.role === 'visitor'
      ? { role: 'user', content: [{ type: 'text', text: t.text }] }
      : {
          role: 'assistant',
          content: [{ type: 'text', text: t.role === 'agent' ? `[agent] ${t.text}` : t.text }],
        },
  );
}
