import type { Bilingual, NotificationInput } from '../notifications/notification-kinds.js';
import type { ApplicationStatus, InterviewMode, RejectionReason } from './application-states.js';
import { REMIND_UNANSWERED_AFTER_DAYS } from './unanswered.js';

/** What the texts need about the application; names only, never personal data beyond the recipient's own. */
export interface ApplicationContext {
  applicationId: string;
  vacancyTitle: string;
  employerName: string;
}

const STATUS_TEXT: Record<ApplicationStatus, Bilingual> = {
  submitted: { id: 'terkirim', en: 'submitted' },
  screening: { id: 'sedang diseleksi', en: 'being screened' },
  interview: { id: 'tahap wawancara', en: 'at the interview stage' },
  offered: { id: 'mendapat tawaran kerja', en: 'offered the job' },
  hired: { id: 'diterima bekerja', en: 'hired' },
  rejected: { id: 'tidak dilanjutkan', en: 'not taken further' },
  withdrawn: { id: 'ditarik', en: 'withdrawn' },
  not_answered: { id: 'ditutup karena tidak ditanggapi', en: 'closed because it was not answered' },
};

const REASON_TEXT: Record<RejectionReason, Bilingual> = {
  qualifications: { id: 'kualifikasi belum sesuai', en: 'the qualifications do not match' },
  experience: { id: 'pengalaman belum sesuai', en: 'the experience does not match' },
  position_filled: { id: 'posisi sudah terisi', en: 'the position has been filled' },
  no_show: { id: 'tidak hadir', en: 'did not attend' },
  withdrew_interest: { id: 'pelamar tidak lagi berminat', en: 'the applicant is no longer interested' },
  other: { id: 'alasan lain', en: 'another reason' },
};

const MODE_TEXT: Record<InterviewMode, Bilingual> = {
  in_person: { id: 'tatap muka', en: 'in person' },
  phone: { id: 'telepon', en: 'phone' },
  video: { id: 'video', en: 'video' },
};

function link(context: ApplicationContext): string {
  return `/applications/${context.applicationId}`;
}

/** To the seeker: their application moved to `to`. */
export function statusChangedNotification(seekerId: string, context: ApplicationContext, to: ApplicationStatus, reason?: RejectionReason | null): NotificationInput {
  const because = reason ? { id: ` Alasan: ${REASON_TEXT[reason].id}.`, en: ` Reason: ${REASON_TEXT[reason].en}.` } : { id: '', en: '' };
  return {
    userId: seekerId,
    kind: 'application_status',
    title: { id: `Lamaran Anda ${STATUS_TEXT[to].id}`, en: `Your application is ${STATUS_TEXT[to].en}` },
    body: {
      id: `Lamaran Anda untuk ${context.vacancyTitle} di ${context.employerName} kini ${STATUS_TEXT[to].id}.${because.id}`,
      en: `Your application for ${context.vacancyTitle} at ${context.employerName} is now ${STATUS_TEXT[to].en}.${because.en}`,
    },
    link: link(context),
  };
}

/** To the seeker: an interview is scheduled. Times are shown in Western Indonesia Time (WIB), Central Java's zone. */
export function interviewNotification(seekerId: string, context: ApplicationContext, interview: { startsAt: Date; mode: InterviewMode; place: string }, interviewId: string): NotificationInput {
  const when = formatWib(interview.startsAt);
  return {
    userId: seekerId,
    kind: 'interview',
    title: { id: 'Undangan wawancara', en: 'Interview invitation' },
    body: {
      id: `${context.employerName} mengundang Anda wawancara untuk ${context.vacancyTitle} pada ${when} WIB (${MODE_TEXT[interview.mode].id}): ${interview.place}.`,
      en: `${context.employerName} invites you to an interview for ${context.vacancyTitle} on ${when} WIB (${MODE_TEXT[interview.mode].en}): ${interview.place}.`,
    },
    link: link(context),
    dedupeKey: `interview:${interviewId}`,
  };
}

/** To each member of the company: someone applied. */
export function newApplicantNotification(memberId: string, context: ApplicationContext): NotificationInput {
  return {
    userId: memberId,
    kind: 'new_applicant',
    title: { id: 'Pelamar baru', en: 'New applicant' },
    body: { id: `Ada pelamar baru untuk ${context.vacancyTitle}.`, en: `There is a new applicant for ${context.vacancyTitle}.` },
    link: link(context),
    dedupeKey: `new-applicant:${context.applicationId}`,
  };
}

/** To each member of the company: the applicant withdrew (no name: the link shows who, to those allowed). */
export function withdrawnNotification(memberId: string, context: ApplicationContext): NotificationInput {
  return {
    userId: memberId,
    kind: 'application_status',
    title: { id: 'Lamaran ditarik', en: 'Application withdrawn' },
    body: {
      id: `Seorang pelamar menarik lamarannya untuk ${context.vacancyTitle}.`,
      en: `An applicant withdrew their application for ${context.vacancyTitle}.`,
    },
    link: link(context),
  };
}

/** To each member of the company: an application waits for an answer. `stallKey` makes it once per stall. */
export function unansweredReminderNotification(memberId: string, context: ApplicationContext, stallKey: string): NotificationInput {
  return {
    userId: memberId,
    kind: 'application_reminder',
    title: { id: 'Lamaran menunggu tanggapan', en: 'An application is waiting for you' },
    body: {
      id: `Sebuah lamaran untuk ${context.vacancyTitle} belum ditanggapi selama ${REMIND_UNANSWERED_AFTER_DAYS} hari atau lebih. Lamaran yang tidak ditanggapi ditutup otomatis setelah 60 hari.`,
      en: `An application for ${context.vacancyTitle} has not been answered for ${REMIND_UNANSWERED_AFTER_DAYS} days or more. Unanswered applications close by themselves after 60 days.`,
    },
    link: link(context),
    dedupeKey: `application-reminder:${context.applicationId}:${stallKey}`,
  };
}

/** `YYYY-MM-DD HH:mm` in UTC+7 (WIB; Indonesia has no daylight saving). */
export function formatWib(at: Date): string {
  return new Date(at.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}
