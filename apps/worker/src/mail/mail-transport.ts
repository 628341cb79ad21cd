import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '#config';

export interface OutgoingEmail {
  id: string;
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
}

/**
 * Sends over SMTP when SMTP_URL is set; otherwise writes each message as `<id>.eml` under
 * DATA_DIR/mail so a developer can open it. The outbox id is the Message-ID, so a resend is recognisable.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  readonly mode: 'smtp' | 'file';

  constructor(private readonly config: AppConfig) {
    this.mode = config.mail.smtpUrl ? 'smtp' : 'file';
    this.transporter = config.mail.smtpUrl
      ? nodemailer.createTransport(config.mail.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.logger.log(this.mode === 'smtp' ? 'E-mail goes out over SMTP' : `E-mail is written as .eml files to ${config.mail.outboxDir}`);
  }

  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.config.mail.from,
      to: email.recipient,
      subject: email.subject,
      text: email.bodyText,
      html: email.bodyHtml ?? undefined,
      messageId: `<${email.id}@kerjaku.local>`,
    });
    if (this.mode === 'file') {
      const dir = this.config.mail.outboxDir;
      await mkdir(dir, { recursive: true });
      const target = join(dir, `${email.id}.eml`);
      await writeFile(`${target}.tmp`, info.message as Buffer);
      await rename(`${target}.tmp`, target);
    }
  }
}
