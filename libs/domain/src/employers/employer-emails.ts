import type { EmailMessage } from '../mail/account-emails.js';

const signature = 'Kerjaku — Layanan Ketenagakerjaan Jawa Tengah / Central Java employment service';

/** The invitation to join a company's account, in Bahasa Indonesia and English. */
export function employerInvitationEmail(companyName: string, inviterName: string, link: string, validDays: number): EmailMessage {
  return {
    template: 'employer_invitation',
    subject: `Undangan bergabung dengan ${companyName} / Invitation to join ${companyName}`,
    text: [
      'Halo,',
      '',
      `${inviterName} mengundang Anda untuk mengelola lowongan ${companyName} di Kerjaku.`,
      `Masuk atau daftar dengan alamat e-mail ini sebagai pemberi kerja, lalu buka tautan berikut (berlaku ${validDays} hari):`,
      link,
      '',
      `Hello, ${inviterName} invites you to manage ${companyName}'s vacancies on Kerjaku.`,
      `Log in or register with this e-mail address as an employer, then open the link above (valid for ${validDays} days).`,
      '',
      'Jika Anda tidak mengenal pengirimnya, abaikan e-mail ini. / If you do not know the sender, ignore this e-mail.',
      '',
      signature,
    ].join('\n'),
  };
}
