import {
  COHORT_START_REMINDER_DAYS,
  centreReviewNotification,
  certificateNotification,
  cohortStartReminderNotification,
  enrolmentNotification,
  trainingCentreInvitationEmail,
} from './training-notifications.js';

describe('training notifications', () => {
  it('tells the seeker of each decision in both languages, with the reason when there is one', () => {
    const rejected = enrolmentNotification('Menjahit Dasar', '2026-12-01', 'rejected', 'Kuota penuh untuk wilayah ini.');
    expect(rejected.title).toEqual({ id: 'Pendaftaran pelatihan ditolak', en: 'Training enrolment rejected' });
    expect(rejected.body.id).toContain('Alasan: Kuota penuh');
    expect(rejected.body.en).toContain('Reason: Kuota penuh');
    const waiting = enrolmentNotification('Menjahit Dasar', '2026-12-01', 'waitlisted', null);
    expect(waiting.body.en).toBe('Your enrolment in Menjahit Dasar (starting 2026-12-01) is now on the waiting list.');
    const moved = enrolmentNotification('Menjahit Dasar', '2026-12-01', 'accepted', null, true);
    expect(moved.title.en).toBe('You have a place in Menjahit Dasar');
  });

  it('names the certificate and the centre review outcome', () => {
    expect(certificateNotification('Las Listrik', 'BLK-3374-2026-000001').body.en).toContain('BLK-3374-2026-000001');
    expect(centreReviewNotification('BLK Semarang', true, null).title.en).toBe('Your training centre has been verified');
    expect(centreReviewNotification('BLK Semarang', false, 'Izin tidak ada').body.id).toContain('Izin tidak ada');
  });

  it('reminds once per enrolment and start date', () => {
    const reminder = { enrolmentId: 'e1', seekerId: 's1', programmeTitle: 'Barista', startsOn: '2026-12-01', address: 'Jl. Pemuda 1' };
    expect(COHORT_START_REMINDER_DAYS).toBe(3);
    expect(cohortStartReminderNotification(reminder)).toMatchObject({ userId: 's1', kind: 'training', dedupeKey: 'cohort-start:e1:2026-12-01' });
    expect(cohortStartReminderNotification({ ...reminder, startsOn: '2026-12-08' }).dedupeKey).toBe('cohort-start:e1:2026-12-08');
  });

  it('invites by e-mail with the link and the role in both languages', () => {
    const email = trainingCentreInvitationEmail('BLK Semarang', 'Sri', 'instructor', 'https://x/accept?token=abc', 7);
    expect(email.template).toBe('training_centre_invitation');
    expect(email.text).toContain('sebagai instruktur');
    expect(email.text).toContain('as instructor');
    expect(email.text).toContain('https://x/accept?token=abc');
  });
});
