import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** Paths the web app never answers, so a wrong API URL gets the API's 404 and not the app. */
// The web app has its own /admin/... pages; only the queue dashboard under /admin/queues is the server's.
const SERVER_PREFIXES = ['/api', '/admin/queues', '/health', '/ready'];

/** apps/web/dist from the repository root, found from this file in apps/api/src or dist/apps/api/src. */
export function defaultWebDistDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'apps'))) return join(dir, 'apps', 'web', 'dist');
    dir = dirname(dir);
  }
  return resolve('apps', 'web', 'dist');
}

function isServerPath(url: string): boolean {
  const path = url.split('?')[0];
  return SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Serves the built web app (`npm start` builds it into apps/web/dist): hashed assets cached for a
 * year, index.html never cached, and index.html for any other GET that is not a server path, so
 * the app's own routes (/vacancies/…, /verify/…) load on a reload. Does nothing when no build exists.
 */
export async function mountWebApp(app: INestApplication, distDir = process.env.WEB_DIST_DIR || defaultWebDistDir()): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  await fastify.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    // One route per built file (they are fixed at build time); unknown paths fall to the handler below.
    wildcard: false,
    index: false,
    serveDotFiles: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (reply, path) => {
      const immutable = path.startsWith(join(distDir, 'assets'));
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = async (request: { url: string; method: string }, reply: import('fastify').FastifyReply) => {
    if (isServerPath(request.url)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', distDir, { cacheControl: false });
  };
  fastify.get('/', sendIndex);
  fastify.get('/*', sendIndex);
  return true;
}
