import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { QueueName } from '#queue';
import { AuthRepository } from '../auth/auth.repository.js';
import { TokenService } from '../auth/token.service.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'kerjaku_admin';

/**
 * Mounts bull-board for admins only. The browser sends the admin's access token once as a Bearer
 * header to POST /api/admin/queue-dashboard/session, which sets a short-lived HttpOnly cookie.
 */
export async function mountQueueDashboard(app: INestApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const tokens = app.get(TokenService);
  const repository = app.get(AuthRepository);
  const queues = Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: false }));
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'Kerjaku queues' } } });

  const isAdmin = async (token: string | undefined): Promise<boolean> => {
    if (!token) return false;
    try {
      const claims = await tokens.verifyAccessToken(token);
      const session = await repository.findSessionUser(claims.sub, claims.sid);
      return !!session && session.open && session.status === 'active' && session.role === 'admin';
    } catch {
      return false;
    }
  };

  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
        const cookie = readCookie(request.headers.cookie, DASHBOARD_COOKIE);
        if (!(await isAdmin(bearer ?? cookie))) {
          await reply.status(401).send({ statusCode: 401, error: 'Unauthorized', message: 'The queue dashboard is for admins; log in as an admin first.' });
        }
      });
      await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    },
  );
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
