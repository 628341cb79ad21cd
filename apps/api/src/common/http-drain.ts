import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/** How long requests in flight get to finish before their connections are cut. */
const DRAIN_DEADLINE_MS = 10_000;

/**
 * Nest would close the database and Redis before the HTTP server. This stops taking connections
 * and lets the requests in flight finish first (Nest runs this hook before any shutdown hook).
 *
 * Node closes the keep-alive sockets that are idle when closing starts, but a socket whose request
 * finishes later would stay open until its keep-alive timeout; so idle sockets are swept until the
 * server has closed, and whatever is still open at the deadline is cut.
 */
@Injectable()
export class HttpDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger(HttpDrain.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.server.listening) return;
    const server = fastify.server;
    const started = Date.now();
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      this.logger.warn(`Requests still running after ${DRAIN_DEADLINE_MS} ms; closing their connections`);
      server.closeAllConnections();
    }, DRAIN_DEADLINE_MS);
    try {
      await fastify.close();
    } finally {
      clearInterval(sweep);
      clearTimeout(deadline);
    }
    this.logger.log(`HTTP server drained in ${Date.now() - started} ms`);
  }
}
