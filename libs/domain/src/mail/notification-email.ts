import type { EmailMessage } from './account-emails.js';
import type { NotificationInput } from '../notifications/notification-kinds.js';

const signature = 'Kerjaku — Layanan Ketenagakerjaan Jawa Tengah / Central Java employment service';

/** The e-mail copy of an in-app notification: Bahasa Indonesia first, then English. */
export function notificationEmail(fullName: string, notification: NotificationInput, webBaseUrl: string): EmailMessage {
  const link = notification.link ? new URL(notification.link, webBaseUrl).toString() : undefined;
  return {
    template: `notification_${notification.kind}`,
    subject: notification.title.id === notification.title.en ? notification.title.id : `${notification.title.id} / ${notification.title.en}`,
    text: [
      `Halo ${fullName},`,
      '',
      notification.body.id,
      ...(link ? ['', link] : []),
      '',
      `Hello ${fullName},`,
      '',
      notification.body.en,
      '',
      'Atur e-mail yang Anda terima di menu Notifikasi. / Choose which e-mails you get under Notifications.',
      '',
      signature,
    ].join('\n'),
  };
}
