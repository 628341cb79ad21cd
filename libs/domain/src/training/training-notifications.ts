import type { EmailMessage } from '../mail/account-emails.js';
import type { Bilingual, NotificationInput } from '../notifications/notification-kinds.js';
import type { EnrolmentStatus } from './enrolment.js';

const STATUS_TEXT: Partial<Record<EnrolmentStatus, Bilingual>> = {
  accepted: { id: 'diterima', en: 'accepted' },
  waitlisted: { id: 'masuk daftar tunggu', en: 'on the waiting list' },
  attending: { id: 'sedang mengikuti pelatihan', en: 'attending' },
  completed: { id: 'selesai', en: 'completed' },
  rejected: { id: 'ditolak', en: 'rejected' },
  dropped: { id: 'dikeluarkan', en: 'dropped' },
};

/** The seeker's notification when their enrolment changes; `reason` for rejections and drops. */
export function enrolmentNotification(
  programmeTitle: string,
  startsOn: string,
  status: EnrolmentStatus,
  reason: string | null,
  movedUp = false,
): { title: Bilingual; body: Bilingual } {
  const text = STATUS_TEXT[status] ?? { id: status, en: status };
  if (movedUp) {
    return {
      title: { id: `Anda mendapat tempat di ${programmeTitle}`, en: `You have a place in ${programmeTitle}` },
      body: {
        id: `Sebuah tempat kosong dan Anda naik dari daftar tunggu: pendaftaran Anda untuk angkatan yang mulai ${startsOn} diterima.`,
        en: `A place freed up and you moved up from the waiting list: your enrolment in the cohort starting ${startsOn} is accepted.`,
      },
    };
  }
  const why = reason ? { id: ` Alasan: ${reason}`, en: ` Reason: ${reason}` } : { id: '', en: '' };
  return {
    title: { id: `Pendaftaran pelatihan ${text.id}`, en: `Training enrolment ${text.en}` },
    body: {
      id: `Pendaftaran Anda untuk ${programmeTitle} (mulai ${startsOn}) sekarang ${text.id}.${why.id}`,
      en: `Your enrolment in ${programmeTitle} (starting ${startsOn}) is now ${text.en}.${why.en}`,
    },
  };
}

/** The seeker's notification when a certificate is issued. */
export function certificateNotification(programmeTitle: string, number: string): { title: Bilingual; body: Bilingual } {
  return {
    title: { id: 'Sertifikat pelatihan terbit', en: 'Training certificate issued' },
    body: {
      id: `Selamat! Anda menyelesaikan ${programmeTitle}. Sertifikat ${number} terbit dan keterampilannya ditambahkan ke profil Anda sebagai tersertifikasi.`,
      en: `Congratulations! You completed ${programmeTitle}. Certificate ${number} is issued and its skills are added to your profile as certified.`,
    },
  };
}

/** The centre members' notification after an admin's review. */
export function centreReviewNotification(name: string, verified: boolean, reason: string | null): { title: Bilingual; body: Bilingual } {
  return verified
    ? {
        title: { id: 'Lembaga pelatihan Anda telah diverifikasi', en: 'Your training centre has been verified' },
        body: {
          id: `${name} telah diverifikasi oleh Disnakertrans. Angkatan pelatihan sekarang dapat dibuka untuk pendaftaran.`,
          en: `${name} has been verified by the provincial labour office. Cohorts can now open for enrolment.`,
        },
      }
    : {
        title: { id: 'Verifikasi lembaga pelatihan ditolak', en: 'Training centre verification refused' },
        body: {
          id: `Verifikasi ${name} ditolak dengan alasan: ${reason}. Perbaiki data lalu hubungi Disnakertrans.`,
          en: `The verification of ${name} was refused: ${reason}. Correct the details, then contact the provincial labour office.`,
        },
      };
}

/** The e-mail inviting a colleague to a training centre, in Bahasa Indonesia and English. */
export function trainingCentreInvitationEmail(centreName: string, inviter: string, role: 'staff' | 'instructor', link: string, validDays: number): EmailMessage {
  const roleId = role === 'staff' ? 'staf' : 'instruktur';
  return {
    template: 'training_centre_invitation',
    subject: `Undangan bergabung dengan ${centreName} / Invitation to join ${centreName}`,
    text: [
      'Halo,',
      '',
      `${inviter} mengundang Anda bergabung dengan ${centreName} di Kerjaku sebagai ${roleId}.`,
      `Masuk atau daftar dengan alamat e-mail ini sebagai lembaga pelatihan, lalu buka tautan berikut (berlaku ${validDays} hari):`,
      link,
      '',
      `Hello, ${inviter} invites you to join ${centreName} on Kerjaku as ${role}.`,
      `Log in or register with this e-mail address as a training centre, then open the link above (valid for ${validDays} days).`,
      '',
      'Jika Anda tidak mengenal pengirimnya, abaikan e-mail ini. / If you do not know the sender, ignore this e-mail.',
    ].join('\n'),
  };
}

/** A trainee hears this many days before their cohort starts. */
export const COHORT_START_REMINDER_DAYS = 3;

export interface CohortStartReminder {
  enrolmentId: string;
  seekerId: string;
  programmeTitle: string;
  startsOn: string;
  address: string;
}

/**
 * The reminder that a cohort starts soon. The dedupe key holds the enrolment and the start date, so
 * it is sent once however often the job runs, and again only if the cohort is moved to another date.
 */
export function cohortStartReminderNotification(reminder: CohortStartReminder): NotificationInput {
  return {
    userId: reminder.seekerId,
    kind: 'training',
    title: { id: `Pelatihan ${reminder.programmeTitle} segera dimulai`, en: `${reminder.programmeTitle} starts soon` },
    body: {
      id: `Pelatihan Anda dimulai ${reminder.startsOn} di ${reminder.address}. Datanglah tepat waktu; kehadiran minimal 75 % diperlukan untuk sertifikat.`,
      en: `Your training starts on ${reminder.startsOn} at ${reminder.address}. Please be on time; at least 75 % attendance is needed for the certificate.`,
    },
    link: '/training/enrolments',
    dedupeKey: `cohort-start:${reminder.enrolmentId}:${reminder.startsOn}`,
  };
}

/** The seeker's notification when staff move a cohort they are enrolled in (or waiting for) to other dates. */
export function cohortRescheduledNotification(input: {
  seekerId: string;
  cohortId: string;
  programmeTitle: string;
  startsOn: string;
  endsOn: string;
}): NotificationInput {
  return {
    userId: input.seekerId,
    kind: 'training',
    title: { id: `Jadwal ${input.programmeTitle} berubah`, en: `${input.programmeTitle} has new dates` },
    body: {
      id: `Lembaga pelatihan mengubah jadwal angkatan Anda: sekarang ${input.startsOn} sampai ${input.endsOn}.`,
      en: `The training centre moved your cohort: it now runs from ${input.startsOn} to ${input.endsOn}.`,
    },
    link: '/training/enrolments',
    dedupeKey: `cohort-dates:${input.cohortId}:${input.seekerId}:${input.startsOn}:${input.endsOn}`,
  };
}
