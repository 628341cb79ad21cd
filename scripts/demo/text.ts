/**
 * Indonesian text for the synthetic records: money, dates, lists, and the descriptions of vacancies
 * and training programmes. Descriptions state what the work needs and offers and nothing about who
 * may apply: no sex, age, religion, marital status or appearance requirements.
 */
import { ACCOMMODATION_LABELS, EMPLOYMENT_TYPE_LABELS, type EmploymentType } from './catalogue.js';
import type { Random } from './random.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "Rp 3.455.000". */
export function rupiah(amount: number): string {
  return `Rp ${Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** "2025-12-03" → "3 Desember 2025". */
export function tanggal(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "a", "a dan b", "a, b dan c". */
export function daftar(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

/** 6 → "6 bulan", 24 → "2 tahun", 18 → "1,5 tahun". */
export function durasi(months: number): string {
  if (months < 12) return `${months} bulan`;
  const years = months / 12;
  return `${Number.isInteger(years) ? years : years.toFixed(1).replace('.', ',')} tahun`;
}

export interface VacancyText {
  companyName: string;
  sectorDescription: string;
  regionLabel: string | null;
  title: string;
  occupationTitle: string;
  /** 1–5: how much preparation the work needs (O*NET job zone). */
  jobZone: number;
  openings: number;
  employmentType: EmploymentType;
  educationName: string;
  fieldNames: string[];
  experienceMonths: number;
  requiredSkills: string[];
  preferredSkills: string[];
  wageMin: number | null;
  wageMax: number | null;
  isRemote: boolean;
  accommodations: string[];
  deadline: string | null;
}

function vacancyIntro(rng: Random, text: VacancyText): string {
  const place = text.regionLabel ? ` di ${text.regionLabel}` : '';
  const who = `${text.companyName} adalah perusahaan ${text.sectorDescription}${place}`;
  const openings = text.openings === 1 ? 'satu orang' : `${text.openings} orang`;
  const variants = [
    `${who}. Kami membuka lowongan ${text.occupationTitle} untuk ${openings} sebagai ${EMPLOYMENT_TYPE_LABELS[text.employmentType]}.`,
    `${who} yang sedang berkembang. Untuk memperkuat tim, kami mencari ${openings} ${text.occupationTitle} dengan status ${EMPLOYMENT_TYPE_LABELS[text.employmentType]}.`,
    `${who}. Saat ini tersedia ${openings === 'satu orang' ? 'satu posisi' : `${text.openings} posisi`} ${text.occupationTitle} dengan status ${EMPLOYMENT_TYPE_LABELS[text.employmentType]}.`,
  ];
  return rng.pick(variants);
}

function vacancyQualifications(text: VacancyText): string[] {
  const lines = [`Pendidikan minimal ${text.educationName}${text.fieldNames.length > 0 ? `, diutamakan jurusan ${daftar(text.fieldNames)}` : ''}.`];
  lines.push(`Menguasai ${daftar(text.requiredSkills)}.`);
  lines.push(
    text.experienceMonths > 0
      ? `Pengalaman kerja minimal ${durasi(text.experienceMonths)} di bidang yang sama.`
      : 'Lulusan baru dipersilakan melamar; pelatihan kerja diberikan di awal.',
  );
  if (text.preferredSkills.length > 0) lines.push(`Nilai tambah: memahami ${daftar(text.preferredSkills)}.`);
  return lines;
}

function vacancyOffer(text: VacancyText): string[] {
  const lines: string[] = [];
  if (text.wageMin !== null && text.wageMax !== null) lines.push(`Gaji ${rupiah(text.wageMin)} – ${rupiah(text.wageMax)} per bulan.`);
  else lines.push('Gaji sesuai ketentuan upah minimum dan pengalaman.');
  if (text.employmentType === 'full_time' || text.employmentType === 'contract') {
    lines.push('BPJS Ketenagakerjaan dan BPJS Kesehatan, tunjangan hari raya (THR).');
  }
  if (text.employmentType === 'internship') lines.push('Uang saku bulanan, sertifikat magang dan pendampingan mentor.');
  if (text.isRemote) lines.push('Pekerjaan dapat dilakukan dari rumah.');
  if (text.accommodations.length > 0) {
    lines.push(
      `Tempat kerja inklusif: tersedia ${daftar(text.accommodations.map((code) => ACCOMMODATION_LABELS[code] ?? code))}. Kami menyambut lamaran dari penyandang disabilitas.`,
    );
  }
  return lines;
}

/** What the work is like, by job zone. */
function vacancyDuties(jobZone: number): string {
  if (jobZone <= 2) return 'Pekerjaan dilakukan sesuai instruksi kerja dan target harian, dengan pembagian shift bila diperlukan; pelatihan singkat diberikan oleh tim.';
  if (jobZone === 3) return 'Anda bekerja mandiri maupun dalam tim, menjaga mutu hasil kerja, mencatat pekerjaan yang selesai dan melapor kepada atasan.';
  return 'Anda merencanakan, mengoordinasikan dan mengevaluasi pekerjaan di bidang ini, membimbing anggota tim dan melapor kepada pimpinan.';
}

const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

/** The body of a vacancy: who is hiring, the work, what is needed, what is offered, the deadline. */
export function vacancyDescription(rng: Random, text: VacancyText): string {
  const parts = [
    vacancyIntro(rng, text),
    vacancyDuties(text.jobZone),
    `Kualifikasi:\n${bullets(vacancyQualifications(text))}`,
    `Yang kami tawarkan:\n${bullets(vacancyOffer(text))}`,
  ];
  const closing = text.deadline ? `Lamaran diterima paling lambat ${tanggal(text.deadline)} melalui Kerjaku.` : 'Lamaran dikirim melalui Kerjaku.';
  parts.push(`${closing} Semua pelamar yang memenuhi kualifikasi akan diproses secara setara.`);
  return parts.join('\n\n');
}

export interface ProgrammeText {
  title: string;
  occupationTitle: string;
  centreName: string;
  skills: string[];
  hours: number;
  cost: number;
  educationName: string;
}

/** The body of a training programme: purpose, content, length, cost, certification, who may join. */
export function programmeDescription(text: ProgrammeText): string {
  const cost = text.cost === 0 ? 'Pelatihan tidak dipungut biaya; peserta mendapat modul, bahan praktik dan perlengkapan K3.' : `Biaya pelatihan ${rupiah(text.cost)} per peserta.`;
  return [
    `${text.title} di ${text.centreName} membekali peserta dengan kompetensi kerja sebagai ${text.occupationTitle} sesuai Standar Kompetensi Kerja Nasional Indonesia (SKKNI).`,
    `Materi meliputi ${daftar(text.skills)}. Pelatihan berlangsung ${text.hours} jam pelajaran, sebagian besar berupa praktik di bengkel kerja.`,
    cost,
    `Peserta yang dinyatakan kompeten dapat mengikuti uji kompetensi untuk memperoleh sertifikat BNSP. Terbuka bagi pencari kerja dengan pendidikan minimal ${text.educationName}, termasuk penyandang disabilitas.`,
  ].join('\n\n');
}
