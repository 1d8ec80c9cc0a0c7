import { eq } from 'drizzle-orm';
import { DEMO_ACTIONS } from '../api/demoShop';
import { hashPassword } from '../auth/password';
import { seedDemoKnowledge } from '../knowledge';
import { db } from './client';
import { agents, botActions, workspaces } from './schema';

export const DEMO_WORKSPACE_ID = 'demo-workspace';
export const DEMO_SITE_KEY = 'demo-site-key-0001';
export const DEMO_AGENTS = [
  {
    id: 'demo-agent-maya',
    name: 'Maya',
    email: 'maya@demo.baton.chat',
    password: 'maya-demo-pass',
    role: 'admin',
    departments: ['Billing', 'Orders'],
    languages: ['en', 'es'],
  },
  {
    id: 'demo-agent-leo',
    name: 'Leo',
    email: 'leo@demo.baton.chat',
    password: 'leo-demo-pass',
    role: 'agent',
    departments: ['Orders'],
    languages: ['en', 'de'],
  },
] as const;

const GREETING =
  "Hi! I'm Baton's assistant for the Demo Shop. I can help with orders, shipping, returns, billing and " +
  "account access. For anything else, I'll bring in a person from our team.";

/** The same greeting for visitors in the languages the widget speaks. */
const GREETINGS: Record<string, string> = {
  es: '¡Hola! Soy el asistente de Baton para Demo Shop. Puedo ayudarle con pedidos, envíos, devoluciones, facturación y acceso a su cuenta. Para todo lo demás, le pondré en contacto con una persona de nuestro equipo.',
  fr: "Bonjour ! Je suis l'assistant de Baton pour Demo Shop. Je peux vous aider pour les commandes, la livraison, les retours, la facturation et l'accès à votre compte. Pour le reste, je fais appel à une personne de notre équipe.",
  de: 'Hallo! Ich bin der Baton-Assistent für den Demo Shop. Ich helfe Ihnen bei Bestellungen, Versand, Rücksendungen, Rechnungen und dem Zugang zu Ihrem Konto. Für alles andere hole ich eine Person aus unserem Team dazu.',
  pt: 'Olá! Sou o assistente da Baton para a Demo Shop. Posso ajudar com pedidos, entregas, devoluções, cobranças e acesso à sua conta. Para o resto, chamo uma pessoa da nossa equipe.',
  it: "Ciao! Sono l'assistente di Baton per Demo Shop. Posso aiutarla con ordini, spedizioni, resi, fatturazione e accesso al suo account. Per tutto il resto, chiamo una persona del nostro team.",
  nl: 'Hoi! Ik ben de assistent van Baton voor Demo Shop. Ik help je met bestellingen, verzending, retouren, facturen en toegang tot je account. Voor al het andere haal ik een medewerker van ons team erbij.',
};

/** Idempotent: creates the demo workspace, agents, actions and help centre once; later calls refresh origins and docs. */
export async function seedDemo(d1: D1Database, allowedOrigins: string[]) {
  const d = db(d1);
  const now = Date.now();
  const existing = await d.query.workspaces.findFirst({ where: eq(workspaces.id, DEMO_WORKSPACE_ID) });
  if (existing) {
    const merged = [...new Set([...existing.allowedOrigins, ...allowedOrigins])];
    await d.update(workspaces).set({ allowedOrigins: merged }).where(eq(workspaces.id, DEMO_WORKSPACE_ID));
  } else {
    await d.insert(workspaces).values({
      id: DEMO_WORKSPACE_ID,
      name: 'Demo Shop',
      siteKey: DEMO_SITE_KEY,
      allowedOrigins,
      greeting: GREETING,
      greetings: GREETINGS,
      color: '#4f46e5',
      settings: { departments: ['Billing', 'Orders'], offerTimeoutSeconds: 30, replyTimeoutMinutes: 5 },
      createdAt: now,
    });
  }
  for (const action of DEMO_ACTIONS) {
    await d
      .insert(botActions)
      .values({ id: `demo-action-${action.name}`, workspaceId: DEMO_WORKSPACE_ID, ...action, createdAt: now })
      .onConflictDoNothing();
  }
  await seedDemoKnowledge(d1, DEMO_WORKSPACE_ID);
  for (const a of DEMO_AGENTS) {
    const found = await d.query.agents.findFirst({ where: eq(agents.id, a.id) });
    if (found) continue;
    await d.insert(agents).values({
      id: a.id,
      workspaceId: DEMO_WORKSPACE_ID,
      email: a.email,
      name: a.name,
      passwordHash: await hashPassword(a.password),
      role: a.role,
      departments: [...a.departments],
      languages: [...a.languages],
      createdAt: now,
    });
  }
  return { workspaceId: DEMO_WORKSPACE_ID, siteKey: DEMO_SITE_KEY, agents: DEMO_AGENTS };
}
