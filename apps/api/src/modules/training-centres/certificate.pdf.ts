import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface PrintableCertificate {
  holderName: string;
  number: string;
  programmeTitle: string;
  vocationalField: string;
  hours: number;
  centreName: string;
  regencyName: string;
  startsOn: string;
  endsOn: string;
  issuedOn: string;
  skills: string[];
  verifyUrl: string;
}

const GREEN = '#0b6e4f';

function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}

/** The training certificate: an A4 landscape page with the holder, programme, hours, skills and a QR code that verifies it. */
export async function renderCertificate(certificate: PrintableCertificate): Promise<Buffer> {
  const qr = await QRCode.toBuffer(certificate.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40, info: { Title: `Sertifikat ${certificate.number}`, Author: 'Kerjaku' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width;
  const height = doc.page.height;
  doc.lineWidth(4).strokeColor(GREEN).rect(20, 20, width - 40, height - 40).stroke();
  doc.fillColor(GREEN).font('Helvetica-Bold').fontSize(26).text('SERTIFIKAT PELATIHAN', 40, 60, { width: width - 80, align: 'center' });
  doc.font('Helvetica').fontSize(12).text('Training certificate', 40, 92, { width: width - 80, align: 'center' });
  doc.fillColor('#555555').fontSize(11).text('Diberikan kepada / Awarded to', 40, 130, { width: width - 80, align: 'center' });
  doc.fillColor('black').font('Helvetica-Bold').fontSize(24).text(certificate.holderName, 40, 150, { width: width - 80, align: 'center' });
  doc.font('Helvetica').fontSize(12).fillColor('#333333').text(
    `telah menyelesaikan pelatihan / has completed the training`,
    40,
    190,
    { width: width - 80, align: 'center' },
  );
  doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(certificate.programmeTitle, 40, 212, { width: width - 80, align: 'center' });
  doc.font('Helvetica').fontSize(11).fillColor('#333333').text(
    `${certificate.vocationalField} · ${certificate.hours} jam / hours · ${formatDate(certificate.startsOn)} – ${formatDate(certificate.endsOn)}`,
    40,
    240,
    { width: width - 80, align: 'center' },
  );
  doc.text(`${certificate.centreName}, ${certificate.regencyName}`, 40, 258, { width: width - 80, align: 'center' });
  if (certificate.skills.length > 0) {
    doc.fontSize(10).fillColor('#555555').text(`Kompetensi / Skills: ${certificate.skills.join(', ')}`, 80, 290, { width: width - 160, align: 'center' });
  }
  const qrSize = 110;
  const qrX = width - qrSize - 60;
  const qrY = height - qrSize - 70;
  doc.image(qr, qrX, qrY, { width: qrSize, height: qrSize });
  doc.link(qrX, qrY, qrSize, qrSize, certificate.verifyUrl);
  doc.fontSize(7).fillColor('#555555').text('Pindai untuk memeriksa keabsahan / Scan to verify', qrX - 20, qrY + qrSize + 4, { width: qrSize + 40, align: 'center' });
  doc.fillColor('black').font('Helvetica-Bold').fontSize(12).text(`Nomor / Number: ${certificate.number}`, 60, height - 120);
  doc.font('Helvetica').fontSize(11).text(`Terbit / Issued: ${formatDate(certificate.issuedOn)}`, 60, height - 100);
  doc.fontSize(8).fillColor('#555555').text(certificate.verifyUrl, 60, height - 80, { link: certificate.verifyUrl });
  doc.end();
  return done;
}
