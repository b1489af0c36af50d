// The `lang` parameter of the routes that write sentences or error messages (server/i18n/lang.ts,
// the routes that describe their own, and the reference's own: server/openapi/query.ts).
import type { Entries } from './catalogue.ts';

export const LANGUAGE: Entries = {
  'en | id: the language of sentences and labels (explanations, evidence, summaries, lever, status, tier and category names). Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en. Components, processes, materials, programmes and firms are named by their Indonesian name (the dataset\'s name_id) in id where the dataset gives one, by name otherwise.':
    'en | id: bahasa kalimat dan label (penjelasan, bukti, ringkasan, langkah kebijakan, status, nama tier dan kategori). Tanpa parameter ini, header Accept-Language yang menentukan (id, id-ID, in → id); selain itu en. Dengan id, komponen, proses, bahan baku, program, dan perusahaan disebut dengan nama Indonesianya (name_id dalam dataset) bila dataset mencantumkannya, selain itu dengan name.',
  'en | id: the language of the firms\' names (a firm\'s name_id in id, where the dataset gives one) and of an error. Without it the Accept-Language header decides; otherwise en.':
    'en | id: bahasa nama perusahaan (dengan id, name_id perusahaan bila dataset mencantumkannya) dan pesan kesalahan. Tanpa parameter ini, header Accept-Language yang menentukan; selain itu en.',
  'language of the error messages (en or id); without it, Accept-Language decides':
    'bahasa pesan kesalahan (en atau id); tanpa parameter ini, Accept-Language yang menentukan',
  'en | id: the language of the error message and of the rejected dataset\'s problems. Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en.':
    'en | id: bahasa pesan kesalahan dan daftar masalah dataset yang ditolak. Tanpa parameter ini, header Accept-Language yang menentukan (id, id-ID, in → id); selain itu en.',
  'en | id: the language of an error message. Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en.':
    'en | id: bahasa pesan kesalahan. Tanpa parameter ini, header Accept-Language yang menentukan (id, id-ID, in → id); selain itu en.',
  'en | id: the language of the reference (titles, summaries, descriptions and the page\'s own words); paths, parameters, field names, schemas and codes are the same in both. Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en.':
    'en | id: bahasa referensi (judul, ringkasan, keterangan, dan kata-kata halaman itu sendiri); path, parameter, nama isian, skema, dan kode sama dalam kedua bahasa. Tanpa parameter ini, header Accept-Language yang menentukan (id, id-ID, in → id); selain itu en.',
};
