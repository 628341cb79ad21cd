import { wibDate } from '#domain';
import fc from 'fast-check';
import { createTestContext, linkTokenFromOutbox, type TestContext } from '../support/test-context.js';
import { registerUser, type RegisteredUser } from '../support/factories.js';
import { ADMIN_ENV, adminToken } from '../support/exchange.js';
import { createCompany, createSeeker } from '../support/exchange-fixtures.js';
import { staffUser } from '../support/job-seekers.js';
import { createCentre, openCohort, programmeBody, publishedProgramme, sessionsToday, skillIds, today, type Centre } from '../support/training.js';

const auth = (user: { accessToken: string }) => ['authorization', `Bearer ${user.accessToken}`] as const;

describe('training centres', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext(ADMIN_ENV);
  });
  afterAll(() => t.close());

  it('runs the whole journey: register, verify, invite, programme, cohort, apply, waitlist, attendance, completion, certificate', async () => {
    // A centre registers; it may draft but not publish until an admin verifies it.
    const staff = await registerUser(t.http, { role: 'training_centre', fullName: 'Sri Wahyuni' });
    const centre = await t.http
      .post('/api/training-centres')
      .set(...auth(staff))
      .send({ name: 'UPTD BLK Kota Semarang', regencyCode: '3374', address: 'Jl. Brigjen Sudiarto 118' })
      .expect(201);
    expect(centre.body).toMatchObject({ status: 'pending', regency: { code: '3374' }, members: [{ userId: staff.id, role: 'staff' }] });
    const skills = await skillIds(t, 2, 20);
    const draft = await t.http.post('/api/training-programmes').set(...auth(staff)).send(programmeBody(skills, { title: 'Tata Busana Lanjutan' })).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', educationMin: { code: 'SMP' }, regency: { code: '3374' } });
    expect(draft.body.skills.map((s: { id: number }) => s.id)).toEqual(skills);
    const early = await t.http.post(`/api/training-programmes/${draft.body.id}/publish`).set(...auth(staff)).expect(422);
    expect(early.body.message).toMatch(/not verified/);

    const admin = await adminToken(t);
    const pending = await t.http.get('/api/admin/training-centres?status=pending').set(...auth(admin)).expect(200);
    expect(pending.body.items.map((c: { id: string }) => c.id)).toContain(centre.body.id);
    const verified = await t.http.post(`/api/admin/training-centres/${centre.body.id}/verify`).set(...auth(admin)).expect(200);
    expect(verified.body.status).toBe('verified');
    const notified = await t.db.query(`SELECT title_en FROM notifications WHERE user_id = $1`, [staff.id]);
    expect(notified.rows.map((row) => row.title_en)).toContain('Your training centre has been verified');
    await t.http.post(`/api/training-programmes/${draft.body.id}/publish`).set(...auth(staff)).expect(200);

    // An instructor joins by e-mailed invitation.
    const instructor = await registerUser(t.http, { role: 'training_centre', fullName: 'Bambang Instruktur' });
    await t.http.post('/api/training-centres/mine/invitations').set(...auth(staff)).send({ email: instructor.email, role: 'instructor' }).expect(201);
    const token = await linkTokenFromOutbox(t.db, instructor.email, 'training_centre_invitation');
    const joined = await t.http.post('/api/training-centre-invitations/accept').set(...auth(instructor)).send({ token }).expect(200);
    expect(joined.body.members).toContainEqual({ userId: instructor.id, fullName: 'Bambang Instruktur', role: 'instructor' });
    await t.http.post('/api/training-centre-invitations/accept').set(...auth(instructor)).send({ token }).expect(400);

    // A cohort of two places without selection.
    const cohort = await t.http
      .post(`/api/training-programmes/${draft.body.id}/cohorts`)
      .set(...auth(staff))
      .send({ startsOn: today(), endsOn: today(), capacity: 2, instructorUserId: instructor.id, sessions: sessionsToday(4) })
      .expect(201);
    expect(cohort.body).toMatchObject({ capacity: 2, placesLeft: 2, selection: false, status: 'open' });
    expect(cohort.body.sessions).toHaveLength(4);

    // Public search finds it by words, regency and skill.
    const found = await t.http.get('/api/trainings').query({ q: 'busana', regency: '3374', skill: skills[0] }).expect(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toContain(draft.body.id);
    expect(found.body.items.find((p: { id: string }) => p.id === draft.body.id).upcomingCohorts[0].id).toBe(cohort.body.id);
    const none = await t.http.get('/api/trainings').query({ q: 'busana', regency: '3301' }).expect(200);
    expect(none.body.items.map((p: { id: string }) => p.id)).not.toContain(draft.body.id);
    await t.http.get(`/api/trainings/${draft.body.id}`).expect(200);

    // Three apply to two places; the third waits; the least educated is refused with the reason.
    const [ani, budi, citra] = [await createSeeker(t, { fullName: 'Ani Lestari' }), await createSeeker(t), await createSeeker(t)];
    const apply = (seeker: RegisteredUser) => t.http.post(`/api/cohorts/${cohort.body.id}/enrolments`).set(...auth(seeker));
    const a = await apply(ani).expect(201);
    const b = await apply(budi).expect(201);
    const c = await apply(citra).expect(201);
    expect([a.body.status, b.body.status, c.body.status]).toEqual(['accepted', 'accepted', 'waitlisted']);
    expect(c.body.waitlistPosition).toBe(1);
    const twice = await apply(ani).expect(409);
    expect(twice.body.message).toMatch(/already/);
    const dani = await createSeeker(t);
    await t.db.query(`UPDATE job_seekers SET education_level = 'SD' WHERE user_id = $1`, [dani.id]);
    const refused = await apply(dani).expect(422);
    expect(refused.body.details.problems.map((p: { code: string }) => p.code)).toEqual(['EDUCATION_BELOW_MINIMUM']);
    expect(refused.body.message).toMatch(/at least/);

    // Budi withdraws; Citra moves up and is told so.
    const withdrawn = await t.http.post(`/api/enrolments/${b.body.id}/withdraw`).set(...auth(budi)).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const moved = await t.http.get(`/api/enrolments/${c.body.id}`).set(...auth(citra)).expect(200);
    expect(moved.body.status).toBe('accepted');
    expect(moved.body.transitions.map((x: { to: string }) => x.to)).toEqual(['applied', 'waitlisted', 'accepted']);
    const told = await t.db.query(`SELECT kind, title_en FROM notifications WHERE user_id = $1 ORDER BY created_at`, [citra.id]);
    expect(told.rows.at(-1)).toEqual({ kind: 'training', title_en: `You have a place in Tata Busana Lanjutan` });

    // The instructor keeps attendance: Ani at all four sessions, Citra at two.
    for (const [index, session] of cohort.body.sessions.entries()) {
      await t.http
        .put(`/api/cohorts/${cohort.body.id}/sessions/${session.id}/attendance`)
        .set(...auth(instructor))
        .send({ records: [{ enrolmentId: a.body.id, status: 'present' }, { enrolmentId: c.body.id, status: index < 2 ? 'present' : 'excused' }] })
        .expect(200);
    }
    const sheet = await t.http.get(`/api/cohorts/${cohort.body.id}/attendance`).set(...auth(staff)).expect(200);
    const citraRow = sheet.body.trainees.find((row: { enrolmentId: string }) => row.enrolmentId === c.body.id);
    expect(citraRow).toMatchObject({ status: 'attending', present: 2, sessionsHeld: 4, rate: 0.5 });
    expect(citraRow.completionProblem).toMatch(/75 %/);

    // Completion: Ani's certificate, her skills certified and re-matched; Citra is listed with the reason.
    await t.db.query(`DELETE FROM match_changes`);
    const done = await t.http.post(`/api/enrolments/${a.body.id}/complete`).set(...auth(instructor)).expect(200);
    const year = today().slice(0, 4);
    expect(done.body.certificate.number).toBe(`BLK-3374-${year}-000001`);
    expect(done.body.enrolment.status).toBe('completed');
    const certified = await t.db.query(`SELECT skill_id, source FROM job_seeker_skills WHERE seeker_id = $1 AND skill_id = ANY($2::int[]) ORDER BY skill_id`, [ani.id, skills]);
    expect(certified.rows).toEqual(skills.map((id) => ({ skill_id: id, source: 'certified' })));
    const changes = await t.db.query(`SELECT kind FROM match_changes WHERE entity_id = $1`, [ani.id]);
    expect(changes.rows).toEqual([{ kind: 'seeker' }]);
    const rest = await t.http.post(`/api/cohorts/${cohort.body.id}/complete`).set(...auth(staff)).expect(200);
    expect(rest.body.completed).toEqual([]);
    expect(rest.body.notCompleted).toEqual([{ enrolmentId: c.body.id, reason: expect.stringMatching(/2 of 4/) }]);
    const single = await t.http.post(`/api/enrolments/${c.body.id}/complete`).set(...auth(staff)).expect(422);
    expect(single.body.message).toMatch(/at least 3 needed/);

    // The seeker's lists, the PDF and the public check.
    const mine = await t.http.get('/api/enrolments/mine').set(...auth(ani)).expect(200);
    expect(mine.body[0]).toMatchObject({ status: 'completed', certificate: { number: done.body.certificate.number }, programme: { title: 'Tata Busana Lanjutan' } });
    const certificates = await t.http.get('/api/certificates/mine').set(...auth(ani)).expect(200);
    expect(certificates.body).toHaveLength(1);
    expect(certificates.body[0].verifyUrl).toMatch(new RegExp(`/certificates/${done.body.certificate.number}$`));
    const pdf = await t.http.get(`/api/certificates/${certificates.body[0].id}/certificate.pdf`).set(...auth(ani)).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(pdf.body).subarray(0, 4).toString()).toBe('%PDF');
    await t.http.get(`/api/certificates/${certificates.body[0].id}/certificate.pdf`).set(...auth(citra)).expect(404);
    const check = await t.http.get(`/api/certificates/${done.body.certificate.number}/verify`).expect(200);
    expect(check.body).toEqual({
      number: done.body.certificate.number,
      valid: true,
      holderInitials: 'A. L.',
      programme: 'Tata Busana Lanjutan',
      centre: 'UPTD BLK Kota Semarang',
      hours: 160,
      issuedOn: today(),
    });
    await t.http.get(`/api/certificates/BLK-3374-${year}-999999/verify`).expect(404);
    await t.http.get(`/api/certificates/not-a-number/verify`).expect(404);
  });

  it('moves an open cohort to other dates, keeping its sessions inside them, and tells those enrolled', async () => {
    const centre = await createCentre(t);
    const programmeId = await publishedProgramme(t, centre);
    const day = (offset: number) => wibDate(new Date(Date.now() + offset * 86_400_000));
    const session = (date: string) => ({ startsAt: `${date}T08:00:00+07:00`, endsAt: `${date}T12:00:00+07:00` });
    const cohort = await openCohort(t, centre, programmeId, { startsOn: day(10), endsOn: day(20), capacity: 1, sessions: [session(day(12))] });
    const [holder, waiting] = [await createSeeker(t), await createSeeker(t)];
    await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(holder)).expect(201);
    await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(waiting)).expect(201);
    const patch = (body: object) => t.http.patch(`/api/cohorts/${cohort.id}`).set(...auth(centre.staff)).send(body);

    const moved = await patch({ startsOn: day(11), endsOn: day(25) }).expect(200);
    expect(moved.body).toMatchObject({ startsOn: day(11), endsOn: day(25) });
    const notices = await t.db.query(`SELECT user_id FROM notifications WHERE title_en LIKE '%has new dates' ORDER BY user_id`);
    expect(notices.rows.map((row) => row.user_id)).toEqual([holder.id, waiting.id].sort());
    // The same dates again change nothing and tell nobody twice.
    await patch({ startsOn: day(11) }).expect(200);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE title_en LIKE '%has new dates'`)).rows[0].n).toBe(2);

    const outside = await patch({ startsOn: day(13) }).expect(400);
    expect(outside.body.message).toMatch(new RegExp(`session is planned on ${day(12)}`));
    expect((await patch({ endsOn: day(9) }).expect(400)).body.message).toMatch(/endsOn must not be before startsOn/);
    expect((await patch({ startsOn: day(-1) }).expect(400)).body.message).toMatch(/today/);
    await patch({ startsOn: '2030-02-30' }).expect(400);
    await patch({ endsOn: 'next week' }).expect(400);
    // Another centre's staff cannot see it, let alone move it; nothing changed.
    const other = await createCentre(t);
    await t.http.patch(`/api/cohorts/${cohort.id}`).set(...auth(other.staff)).send({ endsOn: day(30) }).expect(404);
    expect((await t.http.get(`/api/cohorts/${cohort.id}`).set(...auth(centre.staff)).expect(200)).body).toMatchObject({ startsOn: day(11), endsOn: day(25) });

    // A cohort that has started keeps its start; its end may still move.
    const running = await openCohort(t, centre, programmeId);
    const started = await t.http.patch(`/api/cohorts/${running.id}`).set(...auth(centre.staff)).send({ startsOn: day(1), endsOn: day(1) }).expect(400);
    expect(started.body.message).toMatch(/started on/);
    await t.http.patch(`/api/cohorts/${running.id}`).set(...auth(centre.staff)).send({ endsOn: day(5) }).expect(200);
  });

  it('refuses applications to a cancelled cohort, naming why', async () => {
    const centre = await createCentre(t);
    const cohort = await openCohort(t, centre, await publishedProgramme(t, centre), { capacity: 1 });
    const [holder, waiting] = [await createSeeker(t), await createSeeker(t)];
    const held = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(holder)).expect(201);
    const queued = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(waiting)).expect(201);
    await t.http.patch(`/api/cohorts/${cohort.id}`).set(...auth(centre.staff)).send({ status: 'cancelled' }).expect(200);
    // Live enrolments end (dropped after a place, rejected before one) and nobody moves up.
    expect((await t.http.get(`/api/enrolments/${held.body.id}`).set(...auth(holder)).expect(200)).body).toMatchObject({ status: 'dropped', reason: expect.stringMatching(/cancelled/) });
    expect((await t.http.get(`/api/enrolments/${queued.body.id}`).set(...auth(waiting)).expect(200)).body.status).toBe('rejected');
    await t.http.patch(`/api/cohorts/${cohort.id}`).set(...auth(centre.staff)).send({ status: 'open' }).expect(409);
    const seeker = await createSeeker(t);
    const refused = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(409);
    expect(refused.body.message).toMatch(/is cancelled/);
    const instructorInvites = await t.http.post('/api/training-centres/mine/invitations').set(...auth(centre.instructor)).send({ email: 'x@example.org', role: 'staff' }).expect(403);
    expect(instructorInvites.body.message).toMatch(/staff/);
  });

  it('refuses fields a centre may not set, unknown references and bad dates, naming the field', async () => {
    const centre = await createCentre(t);
    const skills = await skillIds(t);
    const post = (path: string, body: object) => t.http.post(path).set(...auth(centre.staff)).send(body);
    expect((await post('/api/training-programmes', programmeBody(skills, { status: 'published' })).expect(400)).body.message).toMatch(/status should not exist/);
    expect((await post('/api/training-programmes', programmeBody(skills, { centreId: centre.id })).expect(400)).body.message).toMatch(/centreId should not exist/);
    expect((await post('/api/training-programmes', programmeBody([999_999])).expect(400)).body.message).toMatch(/skills 999999 are not in the taxonomy/);
    expect((await post('/api/training-programmes', programmeBody(skills, { educationMin: 'XX' })).expect(400)).body.message).toMatch(/educationMin XX/);
    const programmeId = await publishedProgramme(t, centre);
    const cohorts = `/api/training-programmes/${programmeId}/cohorts`;
    expect((await post(cohorts, { startsOn: today(), endsOn: today(), capacity: 5, status: 'running' }).expect(400)).body.message).toMatch(/status should not exist/);
    expect((await post(cohorts, { startsOn: '2020-01-01', endsOn: '2020-01-02', capacity: 5 }).expect(400)).body.message).toMatch(/startsOn must be today/);
    expect((await post(cohorts, { startsOn: '2099-02-30', endsOn: '2099-03-02', capacity: 5 }).expect(400)).body.message).toMatch(/not a real date/);
    expect((await post(cohorts, { startsOn: today(), endsOn: today(), capacity: 5, instructorUserId: centre.staff.id }).expect(400)).body.message).toMatch(/role instructor/);
    const outside = await post(cohorts, { startsOn: today(), endsOn: today(), capacity: 5, sessions: [{ startsAt: '2099-01-01T08:00:00+07:00', endsAt: '2099-01-01T10:00:00+07:00' }] }).expect(400);
    expect(outside.body.message).toMatch(/outside the cohort's dates/);
    const registration = await t.http
      .post('/api/training-centres')
      .set(...auth(await registerUser(t.http, { role: 'training_centre' })))
      .send({ name: 'BLK Baru', regencyCode: '3374', address: 'Jl. Baru 1', verifiedAt: new Date().toISOString() })
      .expect(400);
    expect(registration.body.message).toMatch(/verifiedAt should not exist/);
  });

  it('allows age limits only with their legal basis, and checks age on the start date', async () => {
    const centre = await createCentre(t);
    const skills = await skillIds(t);
    const refused = await t.http.post('/api/training-programmes').set(...auth(centre.staff)).send(programmeBody(skills, { ageMin: 18, ageMax: 24 })).expect(400);
    expect(refused.body.message).toMatch(/ageLegalBasis/);
    const programmeId = await publishedProgramme(t, centre, { ageMin: 18, ageMax: 24, ageLegalBasis: 'Permenaker 6/2020 tentang pemagangan dalam negeri' });
    const cohort = await openCohort(t, centre, programmeId);
    const seeker = await createSeeker(t); // born 2000-04-12
    const response = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(422);
    expect(response.body.details.problems[0].code).toBe('AGE_OUTSIDE_LIMITS');
    expect(response.body.message).toMatch(/ages 18 to 24/);
  });

  it('refuses an overlapping enrolment and a profile without birth date or education', async () => {
    const centre = await createCentre(t);
    const first = await openCohort(t, centre, await publishedProgramme(t, centre, { title: 'Las Listrik Dasar' }));
    const second = await openCohort(t, centre, await publishedProgramme(t, centre));
    const seeker = await createSeeker(t);
    await t.http.post(`/api/cohorts/${first.id}/enrolments`).set(...auth(seeker)).expect(201);
    const overlap = await t.http.post(`/api/cohorts/${second.id}/enrolments`).set(...auth(seeker)).expect(422);
    expect(overlap.body.message).toMatch(/Las Listrik Dasar/);
    const bare = await createSeeker(t, { withProfile: false });
    const incomplete = await t.http.post(`/api/cohorts/${second.id}/enrolments`).set(...auth(bare)).expect(422);
    expect(incomplete.body.details.problems[0].code).toBe('PROFILE_INCOMPLETE');
  });

  it('with selection, staff accept, waitlist and reject; a full cohort refuses to accept', async () => {
    const centre = await createCentre(t);
    const cohort = await openCohort(t, centre, await publishedProgramme(t, centre), { capacity: 1, selection: true });
    const [x, y, z] = [await createSeeker(t), await createSeeker(t), await createSeeker(t)];
    const ids: string[] = [];
    for (const seeker of [x, y, z]) {
      const response = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(201);
      expect(response.body.status).toBe('applied');
      ids.push(response.body.id);
    }
    await t.http.post(`/api/enrolments/${ids[0]}/accept`).set(...auth(centre.staff)).expect(200);
    const full = await t.http.post(`/api/enrolments/${ids[1]}/accept`).set(...auth(centre.staff)).expect(409);
    expect(full.body.message).toMatch(/places are taken/);
    await t.http.post(`/api/enrolments/${ids[1]}/waitlist`).set(...auth(centre.staff)).expect(200);
    const rejected = await t.http.post(`/api/enrolments/${ids[2]}/reject`).set(...auth(centre.staff)).send({ reason: 'Belum memenuhi tes bakat menjahit.' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Belum memenuhi tes bakat menjahit.' });
    await t.http.post(`/api/enrolments/${ids[2]}/accept`).set(...auth(centre.staff)).expect(409);
    // The instructor may not decide admissions; dropping the trainee moves the waiting list up.
    await t.http.post(`/api/enrolments/${ids[1]}/accept`).set(...auth(centre.instructor)).expect(409);
    await t.http.post(`/api/enrolments/${ids[0]}/drop`).set(...auth(centre.staff)).send({ reason: 'Tidak hadir tanpa keterangan.' }).expect(200);
    const moved = await t.http.get(`/api/enrolments/${ids[1]}`).set(...auth(y)).expect(200);
    expect(moved.body.status).toBe('accepted');
    const list = await t.http.get(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(centre.staff)).expect(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items[0].seeker).toMatchObject({ educationLevel: 'SMK', regency: { code: '3374' } });
    // Raising capacity with someone waiting moves them up.
    const w = await createSeeker(t);
    const waiting = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(w)).expect(201);
    await t.http.post(`/api/enrolments/${waiting.body.id}/waitlist`).set(...auth(centre.staff)).expect(200);
    const raised = await t.http.patch(`/api/cohorts/${cohort.id}`).set(...auth(centre.staff)).send({ capacity: 2 }).expect(200);
    expect(raised.body).toMatchObject({ capacity: 2, placesTaken: 2, waitlisted: 0 });
    await t.http.patch(`/api/cohorts/${cohort.id}`).set(...auth(centre.staff)).send({ capacity: 1 }).expect(400);
  });

  describe('ids of others answer like missing ones', () => {
    let own: Centre;
    let other: Centre;
    let programmeId: string;
    let cohort: { id: string; sessions: Array<{ id: string }> };
    let enrolmentId: string;
    let certificateId: string;
    let seeker: RegisteredUser;
    let strangers: Record<string, RegisteredUser>;

    beforeAll(async () => {
      own = await createCentre(t);
      other = await createCentre(t);
      programmeId = await publishedProgramme(t, own);
      cohort = await openCohort(t, own, programmeId);
      seeker = await createSeeker(t);
      const applied = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(201);
      enrolmentId = applied.body.id;
      for (const session of cohort.sessions) {
        await t.http.put(`/api/cohorts/${cohort.id}/sessions/${session.id}/attendance`).set(...auth(own.instructor)).send({ records: [{ enrolmentId, status: 'present' }] }).expect(200);
      }
      const done = await t.http.post(`/api/enrolments/${enrolmentId}/complete`).set(...auth(own.staff)).expect(200);
      certificateId = done.body.certificate.id;
      strangers = {
        otherStaff: other.staff,
        otherInstructor: other.instructor,
        otherSeeker: await createSeeker(t),
        employer: (await createCompany(t)).owner,
        counsellor: await staffUser(t.http, t.db, 'counsellor', '3301'),
      };
    });

    const centreRoutes = (): Array<[string, string, object?]> => [
      ['get', `/api/training-programmes/${programmeId}`],
      ['patch', `/api/training-programmes/${programmeId}`, { hours: 10 }],
      ['post', `/api/training-programmes/${programmeId}/publish`],
      ['post', `/api/training-programmes/${programmeId}/unpublish`],
      ['get', `/api/training-programmes/${programmeId}/cohorts`],
      ['post', `/api/training-programmes/${programmeId}/cohorts`, { startsOn: today(), endsOn: today(), capacity: 3 }],
      ['get', `/api/cohorts/${cohort.id}`],
      ['patch', `/api/cohorts/${cohort.id}`, { capacity: 20 }],
      ['post', `/api/cohorts/${cohort.id}/sessions`, { sessions: sessionsToday(1) }],
      ['get', `/api/cohorts/${cohort.id}/enrolments`],
      ['get', `/api/cohorts/${cohort.id}/attendance`],
      ['put', `/api/cohorts/${cohort.id}/sessions/${cohort.sessions[0].id}/attendance`, { records: [{ enrolmentId, status: 'absent' }] }],
      ['post', `/api/cohorts/${cohort.id}/complete`],
      ['get', `/api/enrolments/${enrolmentId}`],
      ['post', `/api/enrolments/${enrolmentId}/accept`],
      ['post', `/api/enrolments/${enrolmentId}/waitlist`],
      ['post', `/api/enrolments/${enrolmentId}/reject`, { reason: 'Alasan yang cukup panjang.' }],
      ['post', `/api/enrolments/${enrolmentId}/drop`, { reason: 'Alasan yang cukup panjang.' }],
      ['post', `/api/enrolments/${enrolmentId}/complete`],
    ];

    it("another centre's staff and instructor get 404 on every route with this centre's ids", async () => {
      for (const who of ['otherStaff', 'otherInstructor'] as const) {
        for (const [method, path, body] of centreRoutes()) {
          const response = await (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path).set(...auth(strangers[who])).send(body ?? {});
          // Staff-only routes refuse any instructor (403) before looking at the id; either way nothing is revealed.
          const allowed = who === 'otherStaff' ? [404] : [403, 404];
          expect([who, method, path, allowed.includes(response.status)]).toEqual([who, method, path, true]);
        }
      }
    });

    it('seekers, employers and counsellors are refused the centre routes (403), and the seeker routes answer 404 for another seeker', async () => {
      for (const who of ['otherSeeker', 'employer', 'counsellor'] as const) {
        for (const [method, path, body] of centreRoutes()) {
          const response = await (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path).set(...auth(strangers[who])).send(body ?? {});
          const expected = who === 'otherSeeker' && path === `/api/enrolments/${enrolmentId}` ? 404 : 403;
          expect([who, method, path, response.status]).toEqual([who, method, path, expected]);
        }
      }
      await t.http.post(`/api/enrolments/${enrolmentId}/withdraw`).set(...auth(strangers.otherSeeker)).expect(404);
      await t.http.get(`/api/certificates/${certificateId}/certificate.pdf`).set(...auth(strangers.otherSeeker)).expect(404);
      await t.http.get(`/api/certificates/${certificateId}/certificate.pdf`).set(...auth(own.staff)).expect(403);
      await t.http.post(`/api/enrolments/${enrolmentId}/withdraw`).set(...auth(own.staff)).expect(403);
      // The owner sees it: a completed enrolment cannot be withdrawn.
      await t.http.post(`/api/enrolments/${enrolmentId}/withdraw`).set(...auth(seeker)).expect(409);
    });

    it('an unpublished programme and its cohorts are hidden from the public and from applicants', async () => {
      const draft = await t.http.post('/api/training-programmes').set(...auth(own.staff)).send(programmeBody(await skillIds(t))).expect(201);
      const hiddenCohort = await openCohort(t, own, draft.body.id);
      await t.http.get(`/api/trainings/${draft.body.id}`).expect(404);
      await t.http.post(`/api/cohorts/${hiddenCohort.id}/enrolments`).set(...auth(strangers.otherSeeker)).expect(404);
    });

    it('skill gaps: the seeker their own, a counsellor of their regency, not one of another regency', async () => {
      const here = await staffUser(t.http, t.db, 'counsellor', '3374');
      await t.http.get('/api/job-seekers/me/skill-gaps').set(...auth(seeker)).expect(200);
      await t.http.get(`/api/job-seekers/${seeker.id}/skill-gaps`).set(...auth(here)).expect(200);
      await t.http.get(`/api/job-seekers/${seeker.id}/skill-gaps`).set(...auth(strangers.counsellor)).expect(404);
      await t.http.get(`/api/job-seekers/me/skill-gaps?seekerId=${seeker.id}`).set(...auth(here)).expect(200);
      await t.http.get(`/api/job-seekers/me/skill-gaps?seekerId=${seeker.id}`).set(...auth(strangers.counsellor)).expect(404);
      await t.http.get(`/api/job-seekers/me/skill-gaps?seekerId=${seeker.id}`).set(...auth(strangers.otherSeeker)).expect(404);
      await t.http.get(`/api/job-seekers/me/skill-gaps`).set(...auth(here)).expect(400);
      await t.http.get(`/api/job-seekers/${seeker.id}/skill-gaps`).set(...auth(strangers.otherSeeker)).expect(403);
      await t.http.get(`/api/job-seekers/${seeker.id}/skill-gaps`).set(...auth(strangers.employer)).expect(403);
      const admin = await adminToken(t);
      await t.http.post(`/api/admin/training-centres/${seeker.id}/verify`).set(...auth(admin)).expect(404);
    });
  });

  it('skill gaps name the missing skills of the top vacancies and the nearest upcoming cohorts that teach them', async () => {
    const seeker = await createSeeker(t);
    const company = await createCompany(t);
    const [missing, alsoMissing] = await skillIds(t, 2, 40);
    const vacancies: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { rows } = await t.db.query(
        `INSERT INTO vacancies (employer_id, occupation_code, title, description, regency_code, employment_type, openings, education_min, status, published_at)
         VALUES ($1, (SELECT code FROM occupations ORDER BY code LIMIT 1), 'Penjahit', 'Menjahit pakaian jadi sesuai pola.', '3374', 'full_time', 1, 'SMA', 'published', now()) RETURNING id`,
        [company.id],
      );
      vacancies.push(rows[0].id);
      await t.db.query(`INSERT INTO vacancy_skills (vacancy_id, skill_id, importance) VALUES ($1, $2, 'required')`, [rows[0].id, missing]);
      if (i === 0) await t.db.query(`INSERT INTO vacancy_skills (vacancy_id, skill_id, importance) VALUES ($1, $2, 'required')`, [rows[0].id, alsoMissing]);
    }
    await t.db.query(
      `INSERT INTO seeker_job_matches (seeker_id, vacancy_ids, scores, components, scoring_version)
       VALUES ($1, $2::uuid[], $3::real[], array_fill(0.5::real, ARRAY[24]), 'test')`,
      [seeker.id, vacancies, [0.9, 0.8, 0.7]],
    );
    const near = await createCentre(t, { regency: '3374' });
    const far = await createCentre(t, { regency: '3301' });
    const farProgramme = await publishedProgramme(t, far, { skills: [missing], title: 'Jauh' });
    await openCohort(t, far, farProgramme);
    const nearProgramme = await publishedProgramme(t, near, { skills: [missing], title: 'Dekat' });
    const nearCohort = await openCohort(t, near, nearProgramme);
    const gaps = await t.http.get('/api/job-seekers/me/skill-gaps').set(...auth(seeker)).expect(200);
    expect(gaps.body).toMatchObject({ basis: 'matches', vacanciesConsidered: 3 });
    expect(gaps.body.gaps.map((g: { skill: { id: number }; vacancies: number }) => [g.skill.id, g.vacancies])).toEqual([
      [missing, 3],
      [alsoMissing, 1],
    ]);
    expect(gaps.body.gaps[0].programmes.map((p: { title: string }) => p.title)).toEqual(['Dekat', 'Jauh']);
    expect(gaps.body.gaps[0].programmes[0]).toMatchObject({ distanceKm: 0, cohorts: [{ id: nearCohort.id, placesLeft: 10 }] });
    const bad = await t.http.get('/api/job-seekers/me/skill-gaps?occupation=99999').set(...auth(seeker)).expect(400);
    expect(bad.body.message).toMatch(/occupation 99999/);
    const occupation = await t.db.query(`SELECT occupation_code FROM occupation_skills ORDER BY occupation_code LIMIT 1`);
    const byOccupation = await t.http.get(`/api/job-seekers/me/skill-gaps?occupation=${occupation.rows[0].occupation_code}`).set(...auth(seeker)).expect(200);
    expect(byOccupation.body.basis).toBe('occupation');
  });

  it('write routes answer 4xx, never 5xx, to generated bodies', async () => {
    const centre = await createCentre(t);
    const programmeId = await publishedProgramme(t, centre);
    const cohort = await openCohort(t, centre, programmeId);
    const seeker = await createSeeker(t);
    const applied = await t.http.post(`/api/cohorts/${cohort.id}/enrolments`).set(...auth(seeker)).expect(201);
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.integer(), fc.string())),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    );
    const body = fc.dictionary(
      fc.constantFrom('title', 'vocationalField', 'description', 'skills', 'hours', 'cost', 'educationMin', 'ageMin', 'ageMax', 'ageLegalBasis', 'regencyCode', 'address',
        'startsOn', 'endsOn', 'capacity', 'instructorUserId', 'selection', 'sessions', 'records', 'reason', 'status', 'name', 'email', 'role', 'token', 'extra'),
      value,
    );
    const targets: Array<[string, string, RegisteredUser]> = [
      ['post', '/api/training-programmes', centre.staff],
      ['patch', `/api/training-programmes/${programmeId}`, centre.staff],
      ['post', `/api/training-programmes/${programmeId}/cohorts`, centre.staff],
      ['patch', `/api/cohorts/${cohort.id}`, centre.staff],
      ['post', `/api/cohorts/${cohort.id}/sessions`, centre.staff],
      ['put', `/api/cohorts/${cohort.id}/sessions/${cohort.sessions[0].id}/attendance`, centre.instructor],
      ['post', `/api/enrolments/${applied.body.id}/reject`, centre.staff],
      ['post', `/api/training-centres/mine/invitations`, centre.staff],
      ['post', `/api/training-centres`, centre.staff],
      ['post', `/api/training-centre-invitations/accept`, centre.instructor],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), body, async ([method, path, user], generated) => {
        const response = await (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path).set(...auth(user)).send(generated);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
