import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '#config';
import { requestIdFor } from '#platform';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/pipes/validation.pipe.js';
import { mountQueueDashboard } from './modules/admin/queue-dashboard.js';
import { mountWebApp } from './web-app.js';

/** Builds the API exactly as production runs it; tests call this too. */
export async function createApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    // Requests in flight finish on shutdown; idle keep-alive sockets are closed.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    genReqId: requestIdFor,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      void reply.header('x-request-id', request.id);
    });
  app.setGlobalPrefix('api', { exclude: ['health', 'ready'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kerjaku API')
      .setDescription('Job matching and counselling for the public employment service of Jawa Tengah')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await mountQueueDashboard(app);
  await mountWebApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
