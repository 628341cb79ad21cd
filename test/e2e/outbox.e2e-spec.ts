import { createTestContext, eventually, readMail, type TestContext } from '../support/test-context.js';
import { registerUser } from '../support/factories.js';
import { MaintenanceProcessor } from '../../apps/worker/src/processors/maintenance.processor.js';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '#queue';

describe('e-mail outbox and worker', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(async () => {
    await t.close();
  });

  const mailTo = (email: string) => readMail(t.mailDir).filter((mail) => mail.includes(`To: ${email}`));

  it('keeps an e-mail queued while no worker runs, and a worker started later delivers it', async () => {
    const user = await registerUser(t.http);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(user.email)).toHaveLength(0);
    const worker = await t.startWorker();
    const [mail] = await eventually(() => (mailTo(user.email).length ? mailTo(user.email) : undefined), 15_000, 'the verification e-mail');
    expect(mail).toMatch(/Subject: Konfirmasi alamat e-mail Anda/);
    expect(mail).toMatch(/verify-email\?token=/);
    const { rows } = await t.db.query(`SELECT status, attempts, sent_at FROM outbox_emails WHERE recipient = $1`, [user.email]);
    expect(rows).toEqual([{ status: 'sent', attempts: 1, sent_at: expect.any(Date) }]);
    await worker.close();
  });

  it('delivers an e-mail written while the worker was restarting, exactly once', async () => {
    const first = await t.startWorker();
    await first.close();
    const user = await registerUser(t.http);
    const second = await t.startWorker();
    await eventually(() => mailTo(user.email).length === 1, 15_000, 'delivery after the restart');
    // Running the reconciler now changes nothing: the row is sent.
    const result = await second.get(MaintenanceProcessor).reconcileOutbox(0);
    expect(result.requeued).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(user.email)).toHaveLength(1);
    await second.close();
  });

  it('re-queues e-mails whose jobs were lost from Redis', async () => {
    const user = await registerUser(t.http);
    const queue = t.app.get<Queue>(getQueueToken(QueueName.Email));
    await queue.obliterate({ force: true });
    const worker = await t.startWorker();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(user.email)).toHaveLength(0);
    const result = await worker.get(MaintenanceProcessor).reconcileOutbox(0);
    expect(result.requeued).toBe(1);
    await eventually(() => mailTo(user.email).length === 1, 15_000, 'the re-queued e-mail');
    await worker.close();
  });

  it('registers the repeating schedules once, however many workers start', async () => {
    const a = await t.startWorker();
    const b = await t.startWorker();
    const maintenance = t.app.get<Queue>(getQueueToken(QueueName.Maintenance));
    const schedulers = await maintenance.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual(['purge-expired-tokens', 'reconcile-outbox']);
    await Promise.all([a.close(), b.close()]);
  });
});
