export interface EmailMessage {
  template: string;
  subject: string;
  text: string;
}

const signature = 'Kerjaku — Layanan Ketenagakerjaan Jawa Tengah / Central Java employment service';

/** The e-mail asking a new user to confirm their address, in Bahasa Indonesia and English. */
export function verificationEmail(fullName: string, link: string, validMinutes: number): EmailMessage {
  return {
    template: 'verify_email',
    subject: 'Konfirmasi alamat e-mail Anda / Confirm your e-mail address',
    text: [
      `Halo ${fullName},`,
      '',
      `Buka tautan ini untuk mengonfirmasi alamat e-mail Anda (berlaku ${validMinutes} menit):`,
      link,
      '',
      `Hello ${fullName}, open the link above to confirm your e-mail address (valid for ${validMinutes} minutes).`,
      '',
      'Jika Anda tidak mendaftar, abaikan e-mail ini. / If you did not register, ignore this e-mail.',
      '',
      signature,
    ].join('\n'),
  };
}

/** The e-mail with a password-reset link. */
export function passwordResetEmail(fullName: string, link: string, validMinutes: number): EmailMessage {
  return {
    template: 'reset_password',
    subject: 'Atur ulang kata sandi / Reset your password',
    text: [
      `Halo ${fullName},`,
      '',
      `Seseorang meminta pengaturan ulang kata sandi akun Anda. Buka tautan ini (berlaku ${validMinutes} menit):`,
      link,
      '',
      `Hello ${fullName}, someone asked to reset your password. Open the link above (valid for ${validMinutes} minutes).`,
      '',
      'Jika bukan Anda, abaikan e-mail ini; kata sandi Anda tidak berubah. / If it was not you, ignore this e-mail; your password stays the same.',
      '',
      signature,
    ].join('\n'),
  };
}

/** Tells the owner that their password was changed, so that an attacker's reset does not go unnoticed. */
export function passwordChangedEmail(fullName: string): EmailMessage {
  return {
    template: 'password_changed',
    subject: 'Kata sandi Anda telah diubah / Your password was changed',
    text: [
      `Halo ${fullName},`,
      '',
      'Kata sandi akun Kerjaku Anda baru saja diubah dan semua sesi lain telah dikeluarkan.',
      'Your Kerjaku password was just changed and every other session was signed out.',
      '',
      'Jika bukan Anda, segera hubungi kantor Disnaker terdekat. / If it was not you, contact your Disnaker office at once.',
      '',
      signature,
    ].join('\n'),
  };
}
