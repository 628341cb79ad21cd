import type { NotificationInput } from '../notifications/notification-kinds.js';

export interface Ak1ReminderCard {
  id: string;
  seekerId: string;
  number: string;
  reconfirmBy: string;
}

/**
 * The re-confirmation reminder for a card on `today`: "due" within the reminder window, "overdue"
 * once the date has passed. The dedupe key holds the card, the period (its re-confirm date) and the
 * phase, so each is sent once however often the job runs, and a re-confirmed card starts afresh.
 */
export function ak1ReminderNotification(card: Ak1ReminderCard, today: string): NotificationInput {
  const overdue = today > card.reconfirmBy;
  const date = card.reconfirmBy;
  return {
    userId: card.seekerId,
    kind: 'ak1_reconfirm',
    title: overdue
      ? { id: 'Kartu AK/1 Anda belum dikonfirmasi ulang', en: 'Your AK/1 card has lapsed' }
      : { id: 'Saatnya konfirmasi ulang kartu AK/1', en: 'Time to re-confirm your AK/1 card' },
    body: overdue
      ? {
          id: `Kartu AK/1 nomor ${card.number} seharusnya dikonfirmasi ulang paling lambat ${date}. Konfirmasi ulang sekarang di Kerjaku agar kartu Anda berlaku kembali.`,
          en: `AK/1 card ${card.number} was due for re-confirmation by ${date}. Re-confirm it now in Kerjaku to make it valid again.`,
        }
      : {
          id: `Kartu AK/1 nomor ${card.number} perlu dikonfirmasi ulang paling lambat ${date}. Buka Kerjaku dan tekan "Konfirmasi ulang".`,
          en: `AK/1 card ${card.number} needs re-confirming by ${date}. Open Kerjaku and press "Re-confirm".`,
        },
    link: '/ak1',
    dedupeKey: `ak1-reconfirm:${card.id}:${card.reconfirmBy}:${overdue ? 'overdue' : 'due'}`,
  };
}
