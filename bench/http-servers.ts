import Fastify from 'fastify';

// A child process of the http benchmark: the bare Fastify baseline, on the port given.
const port = Number(process.argv[2]);
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write('ready\n');
