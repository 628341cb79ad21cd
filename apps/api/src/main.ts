import 'reflect-metadata';
import { loadConfigOrExit } from '#config';
import { createApp } from './create-app.js';

const config = loadConfigOrExit();
const app = await createApp(config);
await app.listen({ host: config.http.host, port: config.http.port });
process.stdout.write(`Kerjaku API listening on http://${config.http.host}:${config.http.port}\n`);
