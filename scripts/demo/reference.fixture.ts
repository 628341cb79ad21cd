/** A small set of reference rows, shaped like the real ones, for the generator's tests. */
import type { ReferenceRows, SkillRow } from './reference.js';

const skillCodes: Array<[code: string, group: string, nameId: string]> = [
  ['sewing-machine', 'garment-textile', 'Mengoperasikan Mesin Jahit'],
  ['pattern-making', 'garment-textile', 'Membuat Pola Pakaian'],
  ['fabric-cutting', 'garment-textile', 'Memotong Bahan'],
  ['garment-qc', 'garment-textile', 'Pemeriksaan Mutu Garmen'],
  ['smaw-welding', 'welding-metal', 'Pengelasan SMAW'],
  ['metal-cutting', 'welding-metal', 'Pemotongan Logam'],
  ['blueprint-reading', 'welding-metal', 'Membaca Gambar Teknik'],
  ['filing', 'office-admin', 'Pengarsipan'],
  ['ms-excel', 'office-admin', 'Microsoft Excel'],
  ['correspondence', 'office-admin', 'Surat-Menyurat'],
  ['bookkeeping', 'accounting-finance', 'Pembukuan'],
  ['tax-reporting', 'accounting-finance', 'Pelaporan Pajak'],
  ['payroll', 'accounting-finance', 'Penggajian'],
  ['networking', 'ict', 'Instalasi Jaringan'],
  ['programming', 'ict', 'Pemrograman'],
  ['database', 'ict', 'Basis Data'],
  ['teamwork', 'soft-skills', 'Kerja Sama Tim'],
  ['communication', 'soft-skills', 'Komunikasi'],
  ['driving-sim-a', 'logistics-driving', 'Mengemudi (SIM A)'],
  ['warehouse', 'logistics-driving', 'Pengelolaan Gudang'],
];

const skills: SkillRow[] = skillCodes.map(([code, groupCode, nameId], index) => ({ id: index + 1, code, groupCode, nameId }));
const id = (code: string) => skills.find((skill) => skill.code === code)!.id;

export const FIXTURE_REFERENCE: ReferenceRows = {
  regions: [
    { code: '3301', name: 'Kabupaten Cilacap', type: 'kabupaten', lat: -7.7267, lon: 109.0092 },
    { code: '3322', name: 'Kabupaten Semarang', type: 'kabupaten', lat: -7.1386, lon: 110.4058 },
    { code: '3329', name: 'Kabupaten Brebes', type: 'kabupaten', lat: -6.8721, lon: 109.0428 },
    { code: '3374', name: 'Kota Semarang', type: 'kota', lat: -6.9667, lon: 110.4167 },
  ],
  educationLevels: [
    { code: 'SD', rank: 1, nameId: 'Sekolah Dasar (SD/MI)' },
    { code: 'SMP', rank: 2, nameId: 'Sekolah Menengah Pertama (SMP/MTs)' },
    { code: 'SMA', rank: 3, nameId: 'Sekolah Menengah Atas (SMA/MA)' },
    { code: 'SMK', rank: 3, nameId: 'Sekolah Menengah Kejuruan (SMK/MAK)' },
    { code: 'D3', rank: 6, nameId: 'Diploma Tiga (D3)' },
    { code: 'S1', rank: 7, nameId: 'Sarjana (S1)' },
  ],
  fieldsOfStudy: [
    { code: 'umum', nameId: 'Umum', levels: ['SD', 'SMP', 'SMA'] },
    { code: 'tata-busana', nameId: 'Tata Busana', levels: ['SMK', 'D3'] },
    { code: 'akuntansi', nameId: 'Akuntansi', levels: ['SMK', 'D3', 'S1'] },
    { code: 'informatika', nameId: 'Informatika', levels: ['D3', 'S1'] },
    { code: 'teknik-pengelasan', nameId: 'Teknik Pengelasan', levels: ['SMK'] },
  ],
  skillGroups: [
    { code: 'garment-textile', nameId: 'Garmen & Tekstil' },
    { code: 'welding-metal', nameId: 'Pengelasan & Pengerjaan Logam' },
    { code: 'office-admin', nameId: 'Administrasi Perkantoran' },
    { code: 'accounting-finance', nameId: 'Akuntansi & Keuangan' },
    { code: 'ict', nameId: 'Teknologi Informasi & Komunikasi' },
    { code: 'soft-skills', nameId: 'Keterampilan Nonteknis' },
    { code: 'logistics-driving', nameId: 'Logistik & Mengemudi' },
  ],
  skills,
  skillRelations: [
    { fromId: id('sewing-machine'), toId: id('garment-qc'), weight: 0.7 },
    { fromId: id('smaw-welding'), toId: id('blueprint-reading'), weight: 0.6 },
    { fromId: id('bookkeeping'), toId: id('ms-excel'), weight: 0.6 },
    { fromId: id('programming'), toId: id('database'), weight: 0.8 },
  ],
  occupations: [
    { code: '8153', titleId: 'Operator Mesin Jahit', jobZone: 1, educationMin: 'SMP', skillIds: ['sewing-machine', 'fabric-cutting', 'garment-qc', 'teamwork'].map(id) },
    { code: '7532', titleId: 'Pembuat Pola dan Pemotong Bahan Pakaian', jobZone: 2, educationMin: 'SMK', skillIds: ['pattern-making', 'fabric-cutting', 'sewing-machine'].map(id) },
    { code: '7212', titleId: 'Tukang Las dan Pemotong Logam', jobZone: 2, educationMin: 'SMK', skillIds: ['smaw-welding', 'metal-cutting', 'blueprint-reading'].map(id) },
    { code: '4110', titleId: 'Tenaga Usaha Perkantoran Umum', jobZone: 2, educationMin: 'SMA', skillIds: ['filing', 'ms-excel', 'correspondence', 'communication'].map(id) },
    { code: '4311', titleId: 'Juru Tata Buku dan Akuntansi', jobZone: 3, educationMin: 'SMK', skillIds: ['bookkeeping', 'ms-excel', 'payroll'].map(id) },
    { code: '2411', titleId: 'Akuntan', jobZone: 4, educationMin: 'S1', skillIds: ['bookkeeping', 'tax-reporting', 'payroll', 'ms-excel'].map(id) },
    { code: '2512', titleId: 'Pengembang Perangkat Lunak', jobZone: 4, educationMin: 'S1', skillIds: ['programming', 'database', 'teamwork'].map(id) },
    { code: '8322', titleId: 'Pengemudi Mobil, Taksi, dan Van', jobZone: 2, educationMin: 'SMP', skillIds: ['driving-sim-a', 'communication'].map(id) },
    { code: '9111', titleId: 'Pembantu Rumah Tangga', jobZone: 1, educationMin: 'SD', skillIds: ['warehouse', 'teamwork'].map(id) },
    { code: '9999', titleId: 'Tanpa Keterampilan Tercatat', jobZone: 1, educationMin: 'SD', skillIds: [] },
  ],
};
