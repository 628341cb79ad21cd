import fc from 'fast-check';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { completeProfile, nikFor, referenceCodes, staffUser, type ReferenceCodes } from '../support/job-seekers.js';

const MISSING_ID = '3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13';

describe('job-seeker profile', () => {
  let t: TestContext;
  let codes: ReferenceCodes;
  let dewi: RegisteredUser;
  let dewiNik: string;
  let otherSeeker: RegisteredUser;
  let employer: RegisteredUser;
  let trainingCentre: RegisteredUser;
  let admin: RegisteredUser;
  let semarangCounsellor: RegisteredUser;
  let cilacapCounsellor: RegisteredUser;

  const as = (user: RegisteredUser) => ({ type: 'bearer' as const, token: user.accessToken });
  const get = (user: RegisteredUser, path: string) => t.http.get(path).auth(as(user).token, { type: 'bearer' });
  const put = (user: RegisteredUser, path: string, body: unknown) => t.http.put(path).auth(as(user).token, { type: 'bearer' }).send(body as object);

  beforeAll(async () => {
    t = await createTestContext();
    codes = await referenceCodes(t.db);
    dewi = await registerUser(t.http, { fullName: 'Dewi Lestari' });
    otherSeeker = await registerUser(t.http);
    employer = await registerUser(t.http, { role: 'employer' });
    trainingCentre = await registerUser(t.http, { role: 'training_centre' });
    admin = await staffUser(t.http, t.db, 'admin');
    semarangCounsellor = await staffUser(t.http, t.db, 'counsellor', '3374');
    cilacapCounsellor = await staffUser(t.http, t.db, 'counsellor', '3301');
  });
  afterAll(() => t.close());

  it('starts empty for a new job seeker, and says what is missing', async () => {
    const response = await get(dewi, '/api/job-seekers/me').expect(200);
    expect(response.body).toMatchObject({
      userId: dewi.id,
      fullName: 'Dewi Lestari',
      nikMasked: null,
      birthDate: null,
      gender: null,
      experienceMonths: 0,
      workHistory: [],
      skills: [],
      languages: [],
      completeness: { complete: false, percent: 0 },
      ak1: null,
    });
    expect(response.body.completeness.missing).toEqual(['nik', 'birthDate', 'gender', 'domicileRegencyCode', 'address', 'educationLevel', 'skills', 'languages', 'preferences']);
  });

  it('fills the profile step by step; the first step creates it', async () => {
    dewiNik = nikFor('3374', '1998-03-05', 'F', 1);
    const identity = await put(dewi, '/api/job-seekers/me/identity', {
      nik: dewiNik,
      birthDate: '1998-03-05',
      gender: 'F',
      domicileRegencyCode: '3374',
      address: 'Jl. Pemuda No. 12, Semarang',
    }).expect(200);
    expect(identity.body).toMatchObject({ nikMasked: '3374••••••••0001', birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374' });
    expect(identity.body.completeness.missing).toEqual(['educationLevel', 'skills', 'languages', 'preferences']);

    await put(dewi, '/api/job-seekers/me/education', { educationLevel: 'SMK', fieldOfStudy: codes.fieldOfStudy }).expect(200);
    const work = await put(dewi, '/api/job-seekers/me/work-history', {
      items: [
        { occupationCode: codes.occupationCode, title: 'Penjahit', employerName: 'CV Maju Jaya', startMonth: '2019-01', endMonth: '2019-12' },
        { occupationCode: codes.occupationCode, title: 'Penjahit senior', employerName: 'PT Sinar', startMonth: '2019-07', endMonth: '2020-06' },
      ],
    }).expect(200);
    expect(work.body.workHistory.map((w: { months: number }) => w.months)).toEqual([12, 12]);
    expect(work.body.experienceMonths).toBe(18); // the overlap counts once

    // A certified skill (from a training) stays when the declared list is replaced.
    await t.db.query(`INSERT INTO job_seeker_skills (seeker_id, skill_id, level, source) VALUES ($1, $2, 4, 'certified')`, [dewi.id, codes.skillIds[4]]);
    const skills = await put(dewi, '/api/job-seekers/me/skills', { items: [{ skillId: codes.skillIds[0], level: 3 }, { skillId: codes.skillIds[4], level: 1 }] }).expect(200);
    expect(skills.body.skills).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ skillId: codes.skillIds[0], level: 3, source: 'declared', name: expect.objectContaining({ id: expect.any(String), en: expect.any(String) }) }),
        expect.objectContaining({ skillId: codes.skillIds[4], level: 4, source: 'certified' }),
      ]),
    );
    await put(dewi, '/api/job-seekers/me/languages', { items: [{ code: 'id', level: 'native' }, { code: 'jv', level: 'fluent' }] }).expect(200);
    const done = await put(dewi, '/api/job-seekers/me/preferences', {
      occupations: [codes.occupationCode],
      regencies: ['3374', '3322'],
      maxCommuteKm: 30,
      minimumWage: 2_500_000,
      employmentTypes: ['full_time', 'contract'],
      openToRemote: true,
    }).expect(200);
    expect(done.body.preferences).toEqual({
      occupations: [codes.occupationCode],
      regencies: ['3374', '3322'],
      maxCommuteKm: 30,
      minimumWage: 2_500_000,
      employmentTypes: ['full_time', 'contract'],
      openToRemote: true,
    });
    expect(done.body.completeness).toEqual({ complete: true, missing: [], percent: 100 });
    expect(done.body.languages).toEqual([
      { code: 'id', level: 'native' },
      { code: 'jv', level: 'fluent' },
    ]);
  });

  it('keeps the saved NIK when identity is re-sent without it, and re-checks it against a new birth date', async () => {
    await put(dewi, '/api/job-seekers/me/identity', { birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374', address: 'Jl. Baru 3' }).expect(200);
    const mismatch = await put(dewi, '/api/job-seekers/me/identity', { birthDate: '1998-03-06', gender: 'F', domicileRegencyCode: '3374' }).expect(400);
    expect(mismatch.body.message).toMatch(/NIK already saved does not fit/);
    const me = await get(dewi, '/api/job-seekers/me').expect(200);
    expect(me.body).toMatchObject({ nikMasked: '3374••••••••0001', birthDate: '1998-03-05', address: 'Jl. Baru 3' });
  });

  describe('NIK rules', () => {
    const base = { birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374' };
    it.each([
      ['15 digits', '337401450398001', 'format', /exactly 16 digits; this one has 15/],
      ['17 digits', '33740145039800011', 'format', /exactly 16 digits; this one has 17/],
      ['letters', '3374O14503980001', 'format', /16 digits \(0-9\) only/],
      ['a region code that is not a regency', '3399014503980001', 'regency', /digits 1-4 \(3399\) must be the code of a regency or city/],
      ['another province', '3171014503980001', 'regency', /digits 1-4 \(3171\)/],
      ['district 00', '3374004503980001', 'district', /digits 5-6 are the district \(kecamatan\) code and cannot be 00/],
      ['an impossible day', '3374017503980001', 'birth_date', /digits 7-12 must be a birth date DDMMYY/],
      ['an impossible month', '3374014513980001', 'birth_date', /month 01-12/],
      ['another birth date', '3374014603980001', 'birth_date', /say the birth date is 06-03-98 \(DD-MM-YY\) but the birth date given is 05-03-98/],
      ['another birth year', '3374014503970001', 'birth_date', /05-03-97 .* 05-03-98/],
      ["a man's day for a woman", '3374010503980001', 'gender', /without 40 added, which marks a man, but the gender given is female/],
      ['sequence 0000', '3374014503980000', 'sequence', /digits 13-16 are a sequence number starting at 0001 and cannot be 0000/],
    ])('refuses %s, naming the wrong part', async (_, nik, part, message) => {
      const response = await put(otherSeeker, '/api/job-seekers/me/identity', { ...base, nik }).expect(400);
      expect(response.body.code).toBe('JOB_SEEKER.NIK_INVALID');
      expect(response.body.message).toMatch(message);
      expect(response.body.details.problems.map((p: { part: string }) => p.part)).toEqual([part]);
      expect(JSON.stringify(response.body)).not.toContain(nik);
    });

    it("refuses a woman's day for a man", async () => {
      const response = await put(otherSeeker, '/api/job-seekers/me/identity', { birthDate: '2001-11-23', gender: 'M', domicileRegencyCode: '3301', nik: '3301026311010007' }).expect(400);
      expect(response.body.message).toMatch(/with 40 added, which marks a woman, but the gender given is male/);
    });

    it('accepts every regency in the reference table', async () => {
      const { rows } = await t.db.query<{ code: string }>(`SELECT code FROM regions ORDER BY code`);
      expect(rows.length).toBeGreaterThanOrEqual(35);
      for (const { code } of rows) {
        const nik = nikFor(code, '2001-11-23', 'M', 7);
        await put(otherSeeker, '/api/job-seekers/me/identity', { birthDate: '2001-11-23', gender: 'M', domicileRegencyCode: '3374', nik }).expect(200);
      }
    });

    it('refuses a NIK another profile holds, with 409, and accepts my own again', async () => {
      const response = await put(otherSeeker, '/api/job-seekers/me/identity', { ...base, nik: dewiNik }).expect(409);
      expect(response.body.code).toBe('JOB_SEEKER.NIK_TAKEN');
      expect(response.body.message).toMatch(/already registered to another job-seeker profile/);
      expect(JSON.stringify(response.body)).not.toContain(dewiNik);
      await put(dewi, '/api/job-seekers/me/identity', { ...base, nik: dewiNik }).expect(200);
      // Spaces as printed on the KTP are fine, and still the same NIK.
      const spaced = `${dewiNik.slice(0, 6)} ${dewiNik.slice(6, 12)} ${dewiNik.slice(12)}`;
      await put(otherSeeker, '/api/job-seekers/me/identity', { ...base, nik: spaced }).expect(409);
    });

    it('stores the NIK encrypted with a key id and a keyed hash, never in clear, and shows it masked only', async () => {
      const { rows } = await t.db.query(
        `SELECT row_to_json(s)::text AS json, nik_key_id, length(nik_hash) AS hash_length,
                position(convert_to($2, 'UTF8') IN nik_ciphertext) AS clear_at
           FROM job_seekers s WHERE user_id = $1`,
        [dewi.id, dewiNik],
      );
      expect(rows[0].json).not.toContain(dewiNik);
      expect(rows[0].clear_at).toBe(0);
      expect(rows[0].hash_length).toBe(32);
      expect(rows[0].nik_key_id).toMatch(/^k1-[0-9a-f]{12}$/);
      for (const path of ['/api/job-seekers/me']) {
        const response = await get(dewi, path).expect(200);
        expect(JSON.stringify(response.body)).not.toContain(dewiNik);
        expect(response.body.nikMasked).toBe('3374••••••••0001');
      }
      const byAdmin = await get(admin, `/api/job-seekers/${dewi.id}`).expect(200);
      expect(JSON.stringify(byAdmin.body)).not.toContain(dewiNik);
      expect(byAdmin.body.nikMasked).toBe('3374••••••••0001');
      const outbox = await t.db.query(`SELECT count(*)::int AS n FROM outbox_emails WHERE body_text LIKE '%' || $1 || '%'`, [dewiNik]);
      expect(outbox.rows[0].n).toBe(0);
    });
  });

  describe('bad input gets a 4xx that says what to change', () => {
    const identity = { birthDate: '1998-03-05', gender: 'F', domicileRegencyCode: '3374' };
    it.each([
      ['identity', { ...identity, birthDate: '2199-01-01' }, /must not be in the future/],
      ['identity', { ...identity, birthDate: '2020-01-01' }, /at least 15 years old/],
      ['identity', { ...identity, birthDate: '1998-02-30' }, /not a real date/],
      ['identity', { ...identity, birthDate: '05-03-1998' }, /birthDate must be a date YYYY-MM-DD/],
      ['identity', { ...identity, gender: 'X' }, /gender must be F \(female\) or M \(male\)/],
      ['identity', { ...identity, domicileRegencyCode: '3399' }, /domicileRegencyCode 3399 is not a regency/],
      ['identity', { ...identity, userId: MISSING_ID }, /property userId should not exist/],
      ['education', { educationLevel: 'XYZ' }, /educationLevel XYZ is not an education level/],
      ['education', { educationLevel: 'SD', fieldOfStudy: 'tata-busana' }, /fieldOfStudy|not taught/],
      ['work-history', { items: [{ occupationCode: '0000', title: 'Penjahit', employerName: 'CV', startMonth: '2020-01' }] }, /employerName must be 2 to 120|occupationCode 0000 is not an occupation/],
      ['work-history', { items: [{ occupationCode: 'X', title: 'Penjahit', employerName: 'CV Maju', startMonth: '2021-05', endMonth: '2021-01' }] }, /items.0.endMonth must not be before startMonth/],
      ['work-history', { items: [{ occupationCode: 'X', title: 'Penjahit', employerName: 'CV Maju', startMonth: '2021-13' }] }, /startMonth must be a month YYYY-MM/],
      ['skills', { items: [{ skillId: 999999, level: 3 }] }, /skillId 999999 is not a skill/],
      ['skills', { items: [{ skillId: 1, level: 3 }, { skillId: 1, level: 4 }] }, /lists skill 1 twice/],
      ['skills', { items: [{ skillId: 1, level: 6 }] }, /level must be a whole number from 1 to 5/],
      ['skills', { items: [{ skillId: 1, level: 3, source: 'certified' }] }, /source should not exist/],
      ['languages', { items: [{ code: 'Indonesian', level: 'native' }] }, /code must be a lower-case ISO 639 language code/],
      ['languages', { items: [{ code: 'id', level: 'good' }] }, /level must be one of basic, conversational, fluent, native/],
      ['preferences', { occupations: ['nope'], regencies: [], maxCommuteKm: 10, employmentTypes: [], openToRemote: false }, /nope is not an occupation code/],
      ['preferences', { occupations: [], regencies: ['3374'], maxCommuteKm: -1, employmentTypes: ['gig'], openToRemote: 'yes' }, /maxCommuteKm must be .*employmentTypes must be a list of .*openToRemote must be true or false/],
    ])('PUT %s %j', async (step, body, message) => {
      const response = await put(otherSeeker, `/api/job-seekers/me/${step}`, body);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(message);
    });

    it.each(['identity', 'education', 'work-history', 'skills', 'languages', 'preferences', 'disability'])('never answers PUT %s with a 5xx, whatever the body', async (step) => {
      const text = fc.oneof(fc.string(), fc.constantFrom('3374', 'SMK', '\u0000', '1998-03-05', '2020-01', 'id', 'F', ''));
      const value = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
      const item = fc.record(
        { skillId: fc.oneof(fc.integer(), text), level: fc.oneof(fc.integer({ min: -2, max: 7 }), text), code: text, occupationCode: text, title: text, employerName: text, startMonth: text, endMonth: text },
        { requiredKeys: [] },
      );
      const body = fc.record(
        {
          nik: fc.oneof(text, fc.stringMatching(/^[0-9]{16}$/)),
          birthDate: text,
          gender: fc.oneof(text, fc.constantFrom('F', 'M')),
          domicileRegencyCode: text,
          address: text,
          educationLevel: text,
          fieldOfStudy: text,
          items: fc.oneof(fc.array(item, { maxLength: 4 }), value),
          occupations: value,
          regencies: value,
          maxCommuteKm: value,
          minimumWage: value,
          employmentTypes: value,
          openToRemote: value,
          consent: value,
          disabilities: value,
          accommodations: value,
          extra: value,
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body, async (generated) => {
          const response = await put(otherSeeker, `/api/job-seekers/me/${step}`, generated);
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: 40 },
      );
    });
  });

  describe('disability: only with consent, every read recorded', () => {
    it('shows the consent text and nothing saved before consent', async () => {
      const response = await get(dewi, '/api/job-seekers/me/disability').expect(200);
      expect(response.body).toMatchObject({ consent: { given: false, givenAt: null }, disabilities: [], accommodations: [] });
      expect(response.body.consentText.version).toBe('2026-11-v1');
      expect(response.body.consentText.text.id).toMatch(/Saya setuju/);
    });

    it('refuses to save without explicit consent', async () => {
      for (const consent of [false, 'true', undefined]) {
        const response = await put(dewi, '/api/job-seekers/me/disability', { consent, disabilities: ['physical'], accommodations: [] }).expect(400);
        expect(response.body.message).toMatch(/consent must be true/);
      }
      await put(dewi, '/api/job-seekers/me/disability', { consent: true, disabilities: ['flying'], accommodations: ['jetpack'] })
        .expect(400)
        .expect((response) => expect(response.body.message).toMatch(/disabilities must be a list of physical.*accommodations must be a list of wheelchair_access/));
    });

    it('keeps it with the consent time and text version, apart from the profile', async () => {
      const saved = await put(dewi, '/api/job-seekers/me/disability', { consent: true, disabilities: ['physical'], accommodations: ['wheelchair_access', 'accessible_toilet'] }).expect(200);
      expect(saved.body).toMatchObject({ consent: { given: true, textVersion: '2026-11-v1' }, disabilities: ['physical'], accommodations: ['wheelchair_access', 'accessible_toilet'] });
      const { rows } = await t.db.query(`SELECT consent_given_at, consent_text_version FROM job_seeker_disabilities WHERE seeker_id = $1`, [dewi.id]);
      expect(rows[0].consent_text_version).toBe('2026-11-v1');
      expect(rows[0].consent_given_at).toBeInstanceOf(Date);
      const profile = await get(dewi, '/api/job-seekers/me').expect(200);
      expect(JSON.stringify(profile.body)).not.toContain('wheelchair');
    });

    it('lets an admin and the regency counsellor read it for a stated purpose, records who, whose, when and why; others get 404', async () => {
      await t.db.query(`DELETE FROM sensitive_data_reads WHERE subject_id = $1`, [dewi.id]);
      await get(dewi, '/api/job-seekers/me/disability').expect(200);
      const byCounsellor = await get(semarangCounsellor, `/api/job-seekers/${dewi.id}/disability?purpose=accommodation_planning`).expect(200);
      expect(byCounsellor.body.accommodations).toEqual(['wheelchair_access', 'accessible_toilet']);
      await get(admin, `/api/job-seekers/${dewi.id}/disability?purpose=audit`).expect(200);
      await get(admin, `/api/job-seekers/${dewi.id}/disability`)
        .expect(400)
        .expect((response) => expect(response.body.message).toMatch(/purpose must be one of counselling, placement_support/));

      const missing = await get(cilacapCounsellor, `/api/job-seekers/${MISSING_ID}/disability?purpose=counselling`).expect(404);
      for (const outsider of [cilacapCounsellor, otherSeeker, employer, trainingCentre]) {
        const response = await get(outsider, `/api/job-seekers/${dewi.id}/disability?purpose=counselling`).expect(404);
        expect(response.body.message).toBe(missing.body.message);
      }

      const { rows } = await t.db.query(
        `SELECT reader_id, reader_role, subject_id, purpose, read_at FROM sensitive_data_reads WHERE subject_id = $1 ORDER BY id`,
        [dewi.id],
      );
      expect(rows.map((row) => [row.reader_id, row.reader_role, row.purpose])).toEqual([
        [dewi.id, 'job_seeker', 'self_service'],
        [semarangCounsellor.id, 'counsellor', 'accommodation_planning'],
        [admin.id, 'admin', 'audit'],
      ]);
      expect(rows.every((row) => row.subject_id === dewi.id && row.read_at instanceof Date)).toBe(true);

      const log = await get(dewi, '/api/job-seekers/me/disability/reads').expect(200);
      expect(log.body.map((entry: { reader: { role: string }; purpose: string }) => [entry.reader.role, entry.purpose])).toEqual([
        ['admin', 'audit'],
        ['counsellor', 'accommodation_planning'],
        ['job_seeker', 'self_service'],
      ]);
    });

    it('erases the data when consent is withdrawn; the read log keeps no disability data', async () => {
      const withdrawn = await t.http.delete('/api/job-seekers/me/disability').auth(dewi.accessToken, { type: 'bearer' }).expect(200);
      expect(withdrawn.body).toMatchObject({ consent: { given: false }, disabilities: [], accommodations: [] });
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM job_seeker_disabilities WHERE seeker_id = $1`, [dewi.id]);
      expect(rows[0].n).toBe(0);
      const byAdmin = await get(admin, `/api/job-seekers/${dewi.id}/disability?purpose=audit`).expect(200);
      expect(byAdmin.body).toMatchObject({ consent: { given: false }, disabilities: [] });
      const reads = await t.db.query(`SELECT row_to_json(r)::text AS json FROM sensitive_data_reads r WHERE subject_id = $1`, [dewi.id]);
      expect(reads.rows.some((row) => row.json.includes('wheelchair'))).toBe(false);
    });
  });

  describe('GET /job-seekers/:id', () => {
    it('shows the profile to an admin and to a counsellor of the seeker’s regency office', async () => {
      const byAdmin = await get(admin, `/api/job-seekers/${dewi.id}`).expect(200);
      expect(byAdmin.body).toMatchObject({ userId: dewi.id, fullName: 'Dewi Lestari', domicileRegencyCode: '3374' });
      const byCounsellor = await get(semarangCounsellor, `/api/job-seekers/${dewi.id}`).expect(200);
      expect(byCounsellor.body.userId).toBe(dewi.id);
    });

    it('answers 404 to everyone else, exactly as for a missing profile', async () => {
      const missing = await get(admin, `/api/job-seekers/${MISSING_ID}`).expect(404);
      for (const outsider of [otherSeeker, employer, trainingCentre, cilacapCounsellor, dewi]) {
        const response = await get(outsider, `/api/job-seekers/${dewi.id === outsider.id ? otherSeeker.id : dewi.id}`).expect(404);
        expect(response.body.message).toBe(missing.body.message);
      }
      // An id that is not a job seeker (the employer's) is missing too, even for an admin.
      await get(admin, `/api/job-seekers/${employer.id}`).expect(404);
      await get(admin, '/api/job-seekers/not-a-uuid').expect(400);
      await t.http.get(`/api/job-seekers/${dewi.id}`).expect(401);
    });

    it('keeps the /me routes for job seekers', async () => {
      await get(employer, '/api/job-seekers/me').expect(403);
      await put(trainingCentre, '/api/job-seekers/me/skills', { items: [] }).expect(403);
    });
  });

  it('completes a whole profile with the shared helper', async () => {
    const someone = await registerUser(t.http);
    await completeProfile(t.http, someone, codes, { regency: '3301', birthDate: '2000-01-31', gender: 'M', sequence: 3 });
    const me = await get(someone, '/api/job-seekers/me').expect(200);
    expect(me.body.completeness.complete).toBe(true);
  });
});
