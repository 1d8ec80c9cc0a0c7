// `npm start`: Baton locally, with a seeded demo workspace. Ctrl+C stops it.
import { startServer } from './dev-server.mjs';

const port = Number(process.env.PORT ?? 8787);
const server = await startServer({ port, quiet: false });
const line = '─'.repeat(64);
console.log(`\n${line}\n Baton is running\n`);
console.log(` Demo shop page (visitor): ${server.demoUrl}`);
console.log(` Agent console:            ${server.consoleUrl}`);
for (const a of server.seed.agents) console.log(`   ${a.name.padEnd(6)} ${a.email} / ${a.password}`);
console.log(`${line}\n`);

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await server.stop();
    process.exit(0);
  });
}
