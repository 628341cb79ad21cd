import type { NotificationInput } from '../notifications/notification-kinds.js';
import { formatWib } from '../applications/application-notifications.js';

const MODES = {
  in_person: { id: 'tatap muka', en: 'in person' },
  phone: { id: 'telepon', en: 'phone' },
  video: { id: 'panggilan video', en: 'video call' },
} as const;

/** To the seeker: their counsellor referred them to a vacancy (an application was made for them). */
export function vacancyReferralNotification(input: { seekerId: string; referralId: string; applicationId: string; vacancyTitle: string; employerName: string; officeName: string }): NotificationInput {
  return {
    userId: input.seekerId,
    kind: 'counselling',
    title: { id: 'Anda dirujuk ke sebuah lowongan', en: 'You were referred to a vacancy' },
    body: {
      id: `${input.officeName} merujuk Anda ke lowongan "${input.vacancyTitle}" di ${input.employerName}. Lamaran Anda sudah dikirim; pantau statusnya di Kerjaku.`,
      en: `${input.officeName} referred you to "${input.vacancyTitle}" at ${input.employerName}. Your application has been sent; follow its status in Kerjaku.`,
    },
    link: `/applications/${input.applicationId}`,
    dedupeKey: `counselling-referral:${input.referralId}`,
  };
}

/** To the seeker: their counsellor referred them to a training cohort. */
export function trainingReferralNotification(input: { seekerId: string; referralId: string; programmeTitle: string; startsOn: string; officeName: string }): NotificationInput {
  return {
    userId: input.seekerId,
    kind: 'counselling',
    title: { id: 'Anda dirujuk ke sebuah pelatihan', en: 'You were referred to a training' },
    body: {
      id: `${input.officeName} merujuk Anda ke pelatihan "${input.programmeTitle}" yang mulai ${input.startsOn}.`,
      en: `${input.officeName} referred you to the training "${input.programmeTitle}" starting ${input.startsOn}.`,
    },
    link: '/counselling',
    dedupeKey: `counselling-referral:${input.referralId}`,
  };
}

/** To the seeker: a counselling session was scheduled or recorded. */
export function sessionNotification(input: { seekerId: string; sessionId: string; startsAt: Date; mode: keyof typeof MODES; counsellorName: string }): NotificationInput {
  const when = `${formatWib(input.startsAt)} WIB`;
  const mode = MODES[input.mode];
  return {
    userId: input.seekerId,
    kind: 'counselling',
    title: { id: 'Sesi konseling', en: 'Counselling session' },
    body: {
      id: `Sesi konseling (${mode.id}) dengan ${input.counsellorName} pada ${when}.`,
      en: `Counselling session (${mode.en}) with ${input.counsellorName} on ${when}.`,
    },
    link: '/counselling',
    dedupeKey: `counselling-session:${input.sessionId}`,
  };
}

/** To the counsellor: a follow-up is due (or overdue). One per follow-up, however often the job runs. */
export function followUpDueNotification(input: { counsellorId: string; followUpId: string; seekerId: string; seekerName: string; dueOn: string; overdue: boolean }): NotificationInput {
  return {
    userId: input.counsellorId,
    kind: 'counselling',
    title: input.overdue ? { id: 'Tindak lanjut terlambat', en: 'Follow-up overdue' } : { id: 'Tindak lanjut jatuh tempo', en: 'Follow-up due' },
    body: {
      id: `Tindak lanjut untuk ${input.seekerName} jatuh tempo ${input.dueOn}.`,
      en: `The follow-up with ${input.seekerName} is due on ${input.dueOn}.`,
    },
    link: `/counselling/cases/${input.seekerId}`,
    dedupeKey: `counselling-follow-up:${input.followUpId}`,
  };
}

/** To the counsellor: their seeker was hired through the platform, so the case was closed as placed. */
export function placedNotification(input: { counsellorId: string; caseId: string; seekerId: string; seekerName: string; vacancyTitle: string; employerName: string }): NotificationInput {
  return {
    userId: input.counsellorId,
    kind: 'counselling',
    title: { id: 'Pencari kerja Anda diterima bekerja', en: 'Your job seeker was hired' },
    body: {
      id: `${input.seekerName} diterima sebagai "${input.vacancyTitle}" di ${input.employerName}. Kasusnya ditutup dengan hasil: ditempatkan.`,
      en: `${input.seekerName} was hired as "${input.vacancyTitle}" at ${input.employerName}. The case was closed with the outcome: placed.`,
    },
    link: `/counselling/cases/${input.seekerId}`,
    dedupeKey: `counselling-placed:${input.caseId}`,
  };
}
