import { createApp } from '../../apps/api/src/create-app.js';
import { createTestContext, eventually, type TestContext } from '../support/test-context.js';
import { registerUser, registration } from '../support/factories.js';
import { startSlowSmtp, type SlowSmtp } from '../support/slow-smtp.js';

describe('graceful shutdown', () => {
  let t: TestContext;
  let smtp: SlowSmtp;

  beforeAll(async () => {
    smtp = await startSlowSmtp(1_500);
    t = await createTestContext({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('the worker finishes its active delivery before it stops', async () => {
    const worker = await t.startWorker();
    const user = await registerUser(t.http);
    const { rows } = await t.db.query(`SELECT id FROM outbox_emails WHERE recipient = $1`, [user.email]);
    // Stop the worker while the SMTP peer holds the message (1.5 s).
    await eventually(() => smtp.holding() === 1, 10_000, 'the delivery to start');
    await worker.close();
    const after = await t.db.query(`SELECT status FROM outbox_emails WHERE id = $1`, [rows[0].id]);
    expect(after.rows[0].status).toBe('sent');
    expect(smtp.received.join('')).toContain(user.email);
  });

  it('the API finishes the requests in flight when it closes', async () => {
    const app = await createApp(t.config, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    let received = 0;
    app.getHttpServer().on('request', () => received++);
    // Registration hashes with argon2id, so these take a while; close once all are running.
    const inFlight = Array.from({ length: 8 }, () =>
      fetch(`http://127.0.0.1:${port}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(registration()),
      }).then((response) => response.status),
    );
    await eventually(() => received === 8, 10_000, 'the server to receive all requests');
    const started = Date.now();
    await app.close();
    expect(await Promise.all(inFlight)).toEqual(Array(8).fill(201));
    // Keep-alive sockets do not hold the close up until their timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
    // A request after the close is refused, not half-served.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
