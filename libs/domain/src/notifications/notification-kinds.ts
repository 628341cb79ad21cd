/**
 * What a user can be notified of. In-app notifications are always kept; e-mail is per kind, on by
 * default where the person would otherwise miss something that needs them.
 */
export const NOTIFICATION_KINDS = {
  application_status: { emailByDefault: true, label: { id: 'Perubahan status lamaran', en: 'Application status changes' } },
  new_applicant: { emailByDefault: true, label: { id: 'Pelamar baru', en: 'New applicants' } },
  interview: { emailByDefault: true, label: { id: 'Jadwal wawancara', en: 'Interviews' } },
  vacancy_deadline: { emailByDefault: true, label: { id: 'Batas waktu lowongan', en: 'Vacancy deadlines' } },
  application_reminder: { emailByDefault: true, label: { id: 'Lamaran belum ditanggapi', en: 'Unanswered applications' } },
  saved_search_alert: { emailByDefault: true, label: { id: 'Lowongan baru dari pencarian tersimpan', en: 'New vacancies from saved searches' } },
  ak1_reconfirm: { emailByDefault: true, label: { id: 'Konfirmasi ulang kartu AK/1', en: 'AK/1 card re-confirmation' } },
  training: { emailByDefault: true, label: { id: 'Pelatihan dan sertifikat', en: 'Trainings and certificates' } },
  counselling: { emailByDefault: true, label: { id: 'Konseling dan rujukan', en: 'Counselling and referrals' } },
  account: { emailByDefault: true, label: { id: 'Akun dan perusahaan', en: 'Account and company' } },
} as const satisfies Record<string, { emailByDefault: boolean; label: { id: string; en: string } }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** Text in both languages of the web app. */
export interface Bilingual {
  id: string;
  en: string;
}

/** One notification to one user, as the code that causes it describes it. */
export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  title: Bilingual;
  body: Bilingual;
  /** A path in the web app, such as `/applications/<id>`. */
  link?: string;
  /**
   * Makes the notification idempotent: a second one with the same user and key is not written
   * (a reminder job that runs twice notifies once).
   */
  dedupeKey?: string;
}
