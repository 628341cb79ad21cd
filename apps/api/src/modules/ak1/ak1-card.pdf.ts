import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface PrintableCard {
  holderName: string;
  number: string;
  regencyName: string;
  issuedOn: string;
  validUntil: string;
  reconfirmBy: string;
  verifyUrl: string;
}

const GREEN = '#0b6e4f';

function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}

/** The printable AK/1 card: an A6 landscape page with the holder, number, regency, validity and a QR code that verifies it. */
export async function renderAk1Card(card: PrintableCard): Promise<Buffer> {
  const qr = await QRCode.toBuffer(card.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({ size: 'A6', layout: 'landscape', margin: 18, info: { Title: `Kartu AK/1 ${card.number}`, Author: 'Kerjaku' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width;
  doc.rect(0, 0, width, 46).fill(GREEN);
  doc.fillColor('white').font('Helvetica-Bold').fontSize(11).text('KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/1)', 18, 12, { width: width - 36 });
  doc.font('Helvetica').fontSize(8).text(`Job-seeker registration card · Dinas Tenaga Kerja ${card.regencyName}`, 18, 28, { width: width - 36 });

  const rows: Array<[string, string]> = [
    ['Nama / Name', card.holderName],
    ['Nomor / Number', card.number],
    ['Kabupaten/Kota / Regency', card.regencyName],
    ['Terbit / Issued', formatDate(card.issuedOn)],
    ['Berlaku s.d. / Valid until', formatDate(card.validUntil)],
    ['Konfirmasi ulang s.d. / Re-confirm by', formatDate(card.reconfirmBy)],
  ];
  let y = 62;
  for (const [label, value] of rows) {
    doc.fillColor('#555555').font('Helvetica').fontSize(7).text(label, 18, y, { width: 250 });
    doc.fillColor('black').font('Helvetica-Bold').fontSize(11).text(value, 18, y + 9, { width: 250 });
    y += 33;
  }
  const qrSize = 120;
  const qrX = width - qrSize - 18;
  doc.image(qr, qrX, 62, { width: qrSize, height: qrSize });
  doc.link(qrX, 62, qrSize, qrSize, card.verifyUrl);
  doc.fillColor('#555555').font('Helvetica').fontSize(6).text('Pindai untuk memeriksa keabsahan / Scan to verify', qrX - 10, 62 + qrSize + 4, { width: qrSize + 20, align: 'center' });
  doc.fontSize(5.5).text(card.verifyUrl, qrX - 10, 62 + qrSize + 14, { width: qrSize + 20, align: 'center', link: card.verifyUrl });
  doc.end();
  return done;
}
