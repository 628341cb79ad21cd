import { DataSource } from 'typeorm';
import type { NotificationInput } from '#domain';
import { NotificationWriter } from '#platform';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';

describe('notifications', () => {
  let t: TestContext;
  let dewi: RegisteredUser;
  let other: RegisteredUser;

  const statusChange = (userId: string, extra: Partial<NotificationInput> = {}): NotificationInput => ({
    userId,
    kind: 'application_status',
    title: { id: 'Lamaran Anda diproses', en: 'Your application is being reviewed' },
    body: { id: 'PT Maju Jaya sedang meninjau lamaran Anda.', en: 'PT Maju Jaya is reviewing your application.' },
    link: '/applications/123',
    ...extra,
  });

  async function notify(input: NotificationInput): Promise<string[]> {
    return t.app.get(DataSource).transaction((db) => t.app.get(NotificationWriter).write(db, input));
  }

  async function outboxFor(email: string): Promise<number> {
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM outbox_emails WHERE recipient = $1 AND template LIKE 'notification_%'`, [email]);
    return rows[0].n;
  }

  beforeAll(async () => {
    t = await createTestContext();
    dewi = await registerUser(t.http);
    other = await registerUser(t.http);
  });
  afterAll(() => t.close());

  it('lists my notifications newest first, counts the unread, and marks them read', async () => {
    await notify(statusChange(dewi.id));
    await notify(statusChange(dewi.id, { title: { id: 'Undangan wawancara', en: 'Interview invitation' }, kind: 'interview' }));
    const list = await t.http.get('/api/notifications').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    expect(list.body.total).toBe(2);
    expect(list.body.unread).toBe(2);
    expect(list.body.items[0].title.en).toBe('Interview invitation');
    expect(list.body.items[0].read).toBe(false);

    const first = list.body.items[0].id;
    await t.http.post(`/api/notifications/${first}/read`).auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    const count = await t.http.get('/api/notifications/unread-count').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    expect(count.body).toEqual({ unread: 1 });
    const unread = await t.http.get('/api/notifications?unread=true').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(first);

    await t.http.post('/api/notifications/read-all').auth(dewi.accessToken, { type: 'bearer' }).expect(200, { marked: 1 });
  });

  it("another user's notification answers 404, as if it did not exist", async () => {
    const list = await t.http.get('/api/notifications').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
    const mine = list.body.items[0].id;
    const response = await t.http.post(`/api/notifications/${mine}/read`).auth(other.accessToken, { type: 'bearer' }).expect(404);
    const missing = await t.http.post(`/api/notifications/3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13/read`).auth(other.accessToken, { type: 'bearer' }).expect(404);
    expect(response.body.message).toBe(missing.body.message);
    const theirs = await t.http.get('/api/notifications').auth(other.accessToken, { type: 'bearer' }).expect(200);
    expect(theirs.body.total).toBe(0);
    await t.http.get('/api/notifications').expect(401);
  });

  it('e-mails a notification unless the user turned that kind off', async () => {
    const before = await outboxFor(dewi.email);
    expect((await notify(statusChange(dewi.id))).length).toBe(1);
    expect(await outboxFor(dewi.email)).toBe(before + 1);

    const updated = await t.http
      .put('/api/notifications/preferences')
      .auth(dewi.accessToken, { type: 'bearer' })
      .send({ preferences: [{ kind: 'application_status', email: false }] })
      .expect(200);
    expect(updated.body.find((p: { kind: string }) => p.kind === 'application_status').email).toBe(false);
    expect(updated.body.find((p: { kind: string }) => p.kind === 'interview').email).toBe(true);

    expect(await notify(statusChange(dewi.id))).toEqual([]);
    expect(await outboxFor(dewi.email)).toBe(before + 1);
  });

  it('a notification with a dedupe key is written once', async () => {
    const input = statusChange(other.id, { kind: 'application_reminder', dedupeKey: 'reminder:app-1:10d' });
    await notify(input);
    await notify(input);
    const list = await t.http.get('/api/notifications').auth(other.accessToken, { type: 'bearer' }).expect(200);
    expect(list.body.items.filter((n: { kind: string }) => n.kind === 'application_reminder')).toHaveLength(1);
  });

  it('bad input gets 400 naming what to change', async () => {
    const auth = { type: 'bearer' } as const;
    const badKind = await t.http.put('/api/notifications/preferences').auth(dewi.accessToken, auth).send({ preferences: [{ kind: 'spam', email: true }] }).expect(400);
    expect(badKind.body.message).toMatch(/kind must be one of/);
    const twice = await t.http
      .put('/api/notifications/preferences')
      .auth(dewi.accessToken, auth)
      .send({ preferences: [{ kind: 'interview', email: true }, { kind: 'interview', email: false }] })
      .expect(400);
    expect(twice.body.message).toMatch(/twice/);
    await t.http.put('/api/notifications/preferences').auth(dewi.accessToken, auth).send({ preferences: [{ kind: 'interview', email: 'yes' }] }).expect(400);
    await t.http.get('/api/notifications?limit=500').auth(dewi.accessToken, auth).expect(400);
    await t.http.get('/api/notifications?unread=maybe').auth(dewi.accessToken, auth).expect(400);
    await t.http.post('/api/notifications/not-a-uuid/read').auth(dewi.accessToken, auth).expect(400);
  });
});
