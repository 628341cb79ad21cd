import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Nest would close the database and Redis before the HTTP server. This stops taking connections
 * and lets the requests in flight finish first (Nest runs this hook before any shutdown hook).
 */
@Injectable()
export class HttpDrain implements BeforeApplicationShutdown {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.server.listening) return;
    const started = Date.now();
    await fastify.close();
    new Logger('HttpDrain').log(`HTTP server drained in ${Date.now() - started} ms`);
  }
}
