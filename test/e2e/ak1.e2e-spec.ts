import argon2 from 'argon2';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import QRCode from 'qrcode';
import { addDays, addMonths, wibDate } from '#domain';
import { Ak1Processor } from '../../apps/worker/src/processors/ak1.processor.js';
import { loadDemoData } from '../../scripts/demo/load-demo.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { STRONG_PASSWORD, login, registerUser, type RegisteredUser } from '../support/factories.js';
import { completeProfile, referenceCodes, type ReferenceCodes } from '../support/job-seekers.js';

/** The RGB images a PDF embeds (pdfkit writes them deflated, 8 bits a component, alpha apart). */
function embeddedImages(pdf: Buffer): Array<{ width: number; height: number; pixels: Buffer }> {
  const text = pdf.toString('latin1');
  const images: Array<{ width: number; height: number; pixels: Buffer }> = [];
  for (const match of text.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g)) {
    const dict = match[1];
    if (!dict.includes('/Subtype /Image') || !dict.includes('/DeviceRGB')) continue;
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const start = match.index! + match[0].length;
    images.push({
      width: Number(/\/Width (\d+)/.exec(dict)![1]),
      height: Number(/\/Height (\d+)/.exec(dict)![1]),
      pixels: inflateSync(pdf.subarray(start, start + length)),
    });
  }
  return images;
}

/** Whether an image shows exactly the QR symbol of `text` (qrcode's layout: a one-module margin, scaled to the image). */
function showsQrCodeOf(image: { width: number; height: number; pixels: Buffer }, text: string): boolean {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const scale = image.width / (modules.size + 2);
  const dark = (row: number, col: number) => {
    const x = Math.floor((col + 1.5) * scale);
    const y = Math.floor((row + 1.5) * scale);
    return image.pixels[(y * image.width + x) * 3] < 128;
  };
  for (let row = -1; row <= modules.size; row++) {
    for (let col = -1; col <= modules.size; col++) {
      const expected = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col) === 1;
      if (dark(row, col) !== expected) return false;
    }
  }
  return true;
}

describe('AK/1 card', () => {
  let t: TestContext;
  let codes: ReferenceCodes;
  let dewi: RegisteredUser;
  let card: { number: string };
  const today = () => wibDate(new Date());
  const year = () => today().slice(0, 4);

  const post = (user: RegisteredUser, path: string) => t.http.post(path).auth(user.accessToken, { type: 'bearer' });
  const get = (user: RegisteredUser, path: string) => t.http.get(path).auth(user.accessToken, { type: 'bearer' });

  beforeAll(async () => {
    t = await createTestContext({ APP_URL: 'https://kerja.jatengprov.example' });
    codes = await referenceCodes(t.db);
    dewi = await registerUser(t.http, { fullName: 'Dewi Lestari' });
  });
  afterAll(() => t.close());

  it('is refused with 422 listing what the profile lacks', async () => {
    const empty = await post(dewi, '/api/ak1/me').expect(422);
    expect(empty.body.code).toBe('AK1.PROFILE_INCOMPLETE');
    expect(empty.body.details.missing).toEqual(['nik', 'birthDate', 'gender', 'domicileRegencyCode', 'educationLevel', 'skills']);
    expect(empty.body.message).toMatch(/needs NIK, birth date, gender, domicile regency, education level, at least one skill/);

    await t.http
      .put('/api/job-seekers/me/education')
      .auth(dewi.accessToken, { type: 'bearer' })
      .send({ educationLevel: 'SMK' })
      .expect(200);
    const partial = await post(dewi, '/api/ak1/me').expect(422);
    expect(partial.body.details.missing).toEqual(['nik', 'birthDate', 'gender', 'domicileRegencyCode', 'skills']);
    await get(dewi, '/api/ak1/me').expect(404);
    await get(dewi, '/api/ak1/me/card.pdf').expect(404);
  });

  it('is issued to a complete profile: regency + year + sequence, valid two years, re-confirmed every six months', async () => {
    await completeProfile(t.http, dewi, codes, { regency: '3374', birthDate: '1998-03-05', gender: 'F', sequence: 1 });
    const issued = await post(dewi, '/api/ak1/me').expect(201);
    card = issued.body;
    expect(issued.body).toEqual({
      number: `3374${year()}000001`,
      status: 'active',
      issuedAt: today(),
      validUntil: addMonths(today(), 24),
      lastConfirmedAt: today(),
      reconfirmBy: addMonths(today(), 6),
      regency: { code: '3374', name: 'Kota Semarang' },
      verifyUrl: `https://kerja.jatengprov.example/verify/3374${year()}000001`,
    });
    await get(dewi, '/api/ak1/me').expect(200, issued.body);
    const profile = await get(dewi, '/api/job-seekers/me').expect(200);
    expect(profile.body.ak1).toEqual({ number: card.number, status: 'active' });

    const again = await post(dewi, '/api/ak1/me').expect(409);
    expect(again.body.message).toMatch(/already have AK\/1 card .* re-confirm it/);
  });

  it('prints a PDF card whose QR code and link verify it publicly', async () => {
    const response = await get(dewi, '/api/ak1/me/card.pdf')
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`ak1-${card.number}.pdf`);
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The link annotation over the QR code carries the URL as text; the QR image is exactly that URL's symbol.
    const uri = /\/URI \(([^)]+)\)/.exec(pdf.toString('latin1'))?.[1];
    expect(uri).toBeDefined();
    const images = embeddedImages(pdf);
    expect(images).toHaveLength(1);
    expect(showsQrCodeOf(images[0], uri!)).toBe(true);
    expect(showsQrCodeOf(images[0], `${uri!}0`)).toBe(false);
    const url = new URL(uri!);
    expect(url.origin).toBe('https://kerja.jatengprov.example');
    expect(url.pathname).toBe(`/verify/${card.number}`);

    const verified = await t.http.get(`/api${url.pathname.replace('/verify/', '/ak1/verify/')}`).expect(200);
    expect(verified.body).toEqual({
      number: card.number,
      valid: true,
      status: 'active',
      regency: { code: '3374', name: 'Kota Semarang' },
      holderInitials: 'D. L.',
      validUntil: addMonths(today(), 24),
    });
    expect(JSON.stringify(verified.body)).not.toMatch(/Dewi|Lestari|1998/);
  });

  it('answers 404 for an unknown or malformed number on the public route', async () => {
    const unknown = await t.http.get(`/api/ak1/verify/3374${year()}999999`).expect(404);
    const malformed = await t.http.get('/api/ak1/verify/not-a-number').expect(404);
    expect(malformed.body.message).toBe(unknown.body.message);
  });

  it('shows the status as the dates pass, and re-confirmation restores it', async () => {
    const setDates = (reconfirmBy: string, validUntil = addMonths(today(), 24)) =>
      t.db.query(`UPDATE ak1_cards SET reconfirm_by = $2, valid_until = $3 WHERE number = $1`, [card.number, reconfirmBy, validUntil]);

    await setDates(addDays(today(), 10));
    expect((await get(dewi, '/api/ak1/me').expect(200)).body.status).toBe('needs_reconfirmation');
    await setDates(addDays(today(), -1));
    expect((await get(dewi, '/api/ak1/me').expect(200)).body.status).toBe('lapsed');
    expect((await t.http.get(`/api/ak1/verify/${card.number}`).expect(200)).body).toMatchObject({ valid: false, status: 'lapsed' });

    const reconfirmed = await post(dewi, '/api/ak1/me/reconfirm').expect(200);
    expect(reconfirmed.body).toMatchObject({ status: 'active', lastConfirmedAt: today(), reconfirmBy: addMonths(today(), 6) });

    await t.db.query(`UPDATE ak1_cards SET issued_on = $2, last_confirmed_on = $2, reconfirm_by = $3, valid_until = $3 WHERE number = $1`, [
      card.number,
      addMonths(today(), -25),
      addDays(today(), -1),
    ]);
    expect((await get(dewi, '/api/ak1/me').expect(200)).body.status).toBe('expired');
    const refused = await post(dewi, '/api/ak1/me/reconfirm').expect(409);
    expect(refused.body.message).toMatch(/expired on .* request a new card/);
    const renewed = await post(dewi, '/api/ak1/me').expect(201);
    expect(renewed.body).toMatchObject({ number: `3374${year()}000002`, status: 'active' });
    card = renewed.body;
  });

  it('numbers 20 concurrent issues in one regency 000001 to 000020, without gaps or repeats', async () => {
    const seekers = await Promise.all(Array.from({ length: 20 }, (_, i) => registerUser(t.http, { fullName: `Pencari ${i}` })));
    for (const [i, seeker] of seekers.entries()) {
      await completeProfile(t.http, seeker, codes, { regency: '3320', birthDate: `1995-04-${String(i + 1).padStart(2, '0')}`, gender: i % 2 ? 'F' : 'M', sequence: 100 + i });
    }
    const responses = await Promise.all(seekers.map((seeker) => post(seeker, '/api/ak1/me')));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const numbers = responses.map((response) => response.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `3320${year()}${String(i + 1).padStart(6, '0')}`));
    const counter = await t.db.query(`SELECT last_sequence FROM ak1_counters WHERE regency_code = '3320' AND year = $1`, [Number(year())]);
    expect(counter.rows[0].last_sequence).toBe(20);

    // The same seeker pressing twice at once gets one card, and the number after.
    const hasty = await registerUser(t.http);
    await completeProfile(t.http, hasty, codes, { regency: '3320', birthDate: '1990-12-12', gender: 'M', sequence: 200 });
    const doubled = await Promise.all([post(hasty, '/api/ak1/me'), post(hasty, '/api/ak1/me')]);
    expect(doubled.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(doubled.find((response) => response.status === 201)!.body.number).toBe(`3320${year()}000021`);
  });

  it('is for job seekers only; the public route needs no token', async () => {
    const employer = await registerUser(t.http, { role: 'employer' });
    const centre = await registerUser(t.http, { role: 'training_centre' });
    for (const user of [employer, centre]) {
      await post(user, '/api/ak1/me').expect(403);
      await get(user, '/api/ak1/me').expect(403);
      await get(user, '/api/ak1/me/card.pdf').expect(403);
      await post(user, '/api/ak1/me/reconfirm').expect(403);
    }
    const stranger = await registerUser(t.http);
    await get(stranger, '/api/ak1/me').expect(404);
    await post(stranger, '/api/ak1/me/reconfirm').expect(404);
    await t.http.get('/api/ak1/me').expect(401);
    await t.http.get(`/api/ak1/verify/${card.number}`).expect(200);
  });

  it('never answers a 5xx to generated bodies on its write routes', async () => {
    const stranger = await registerUser(t.http);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/ak1/me', '/api/ak1/me/reconfirm'), fc.jsonValue(), async (path, body) => {
        const response = await post(stranger, path).set('content-type', 'application/json').send(JSON.stringify(body));
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 30 },
    );
  });

  it('reminds holders whose re-confirmation is due within 14 days or overdue, once per card and period', async () => {
    const worker = await t.startWorker();
    const processor = worker.get(Ak1Processor);
    const reminders = async () =>
      (
        await t.db.query<{ dedupe_key: string; title_en: string }>(
          `SELECT dedupe_key, title_en FROM notifications WHERE user_id = $1 AND kind = 'ak1_reconfirm' ORDER BY created_at, dedupe_key`,
          [dewi.id],
        )
      ).rows;
    await t.db.query(`UPDATE ak1_cards SET reconfirm_by = $2 WHERE number = $1`, [card.number, addDays(today(), 30)]);
    await processor.remindReconfirmations(new Date());
    expect(await reminders()).toEqual([]);

    const dueBy = addDays(today(), 10);
    await t.db.query(`UPDATE ak1_cards SET reconfirm_by = $2 WHERE number = $1`, [card.number, dueBy]);
    await processor.remindReconfirmations(new Date());
    await processor.remindReconfirmations(new Date());
    const due = await reminders();
    expect(due).toHaveLength(1);
    expect(due[0].title_en).toMatch(/re-confirm/);

    const overdueSince = addDays(today(), -3);
    await t.db.query(`UPDATE ak1_cards SET reconfirm_by = $2 WHERE number = $1`, [card.number, overdueSince]);
    await processor.remindReconfirmations(new Date());
    await processor.remindReconfirmations(new Date());
    const both = await reminders();
    expect(both).toHaveLength(2);
    expect(both.map((row) => row.dedupe_key)).toContain(`ak1-reconfirm:${(await t.db.query(`SELECT id FROM ak1_cards WHERE number = $1`, [card.number])).rows[0].id}:${overdueSince}:overdue`);

    const inbox = await get(dewi, '/api/notifications').expect(200);
    expect(inbox.body.items.filter((item: { kind: string }) => item.kind === 'ak1_reconfirm')).toHaveLength(2);
    expect(inbox.body.items[0].link).toBe('/ak1');
    // An e-mail goes out too (on by default for this kind).
    const mail = await t.db.query(`SELECT count(*)::int AS n FROM outbox_emails WHERE recipient = $1 AND template LIKE 'notification_%'`, [dewi.email]);
    expect(mail.rows[0].n).toBe(2);
  });
});

describe('the demo job seeker', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('has a complete profile with a NIK that fits her, and an active AK/1 card', async () => {
    const passwordHash = await argon2.hash(STRONG_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const started = Date.now();
    await loadDemoData(t.db, { passwordHash, seekers: 20, employers: 3, vacancies: 6, nikKeys: t.config.nik });
    expect(Date.now() - started).toBeLessThan(10_000);
    const tokens = await login(t.http, 'seeker@demo.kerjaku.id', STRONG_PASSWORD);
    const me = await t.http.get('/api/job-seekers/me').auth(tokens.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body.completeness).toEqual({ complete: true, missing: [], percent: 100 });
    expect(me.body.gender).toBe('F');
    expect(me.body.nikMasked).toMatch(/^3374••••••••0001$/);
    expect(me.body.ak1).toMatchObject({ status: 'active' });
    expect(me.body.languages.length).toBeGreaterThan(0);
    if (me.body.experienceMonths > 0) expect(me.body.workHistory.reduce((sum: number, w: { months: number }) => sum + w.months, 0)).toBe(me.body.experienceMonths);
    // Her NIK passes the same check the API applies when she saves her identity again.
    await t.http
      .put('/api/job-seekers/me/identity')
      .auth(tokens.accessToken, { type: 'bearer' })
      .send({ birthDate: me.body.birthDate, gender: 'F', domicileRegencyCode: me.body.domicileRegencyCode })
      .expect(200);
    const card = await t.http.get('/api/ak1/me').auth(tokens.accessToken, { type: 'bearer' }).expect(200);
    expect(card.body.number).toBe(`3374${wibDate(new Date()).slice(0, 4)}000001`);
    await t.http.get(`/api/ak1/verify/${card.body.number}`).expect(200).expect((response) => expect(response.body).toMatchObject({ valid: true, holderInitials: 'D. L.' }));
  });
});
