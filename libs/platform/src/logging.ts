import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request id: a well-formed incoming `x-request-id`, or a new UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Log paths that could carry a NIK (Nomor Induk Kependudukan), which is never logged. */
export const NIK_REDACT_PATHS = ['nik', '*.nik', '*.*.nik', 'req.body.nik', 'body.nik', 'dto.nik'];

/**
 * JSON logs with a request id. No personal data: no bodies, no query strings (they may carry
 * tokens), no IP addresses, and authorization and cookie headers are never serialized.
 */
export function loggerOptions(level: string, service: string): Params {
  return {
    // One middleware for every route (the default pattern plus excluded paths logged some requests twice).
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      base: { service },
      // Belt and braces: bodies are never serialized, but a NIK passed to a log call in any shape is censored.
      redact: { paths: NIK_REDACT_PATHS, censor: '[redacted]' },
      // Fastify assigns the id (see createApp); pino-http reuses request.id.
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0] }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
    },
  };
}
