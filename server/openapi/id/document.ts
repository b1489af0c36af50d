// What the document builder writes itself (server/openapi/document.ts, error-shape.ts): the
// document's title and description, the answers every route shares, the write token.
import { resolveHttpLimits } from '../../api/http-limits.ts';
import { DEFAULT_JSON_LIMIT } from '../../api/json-body.ts';
import { MAX_JSON_DEPTH } from '../../util/json-depth.ts';
import type { Entries } from './catalogue.ts';
import { seconds, size, whole } from './numbers.ts';

const { bodyTimeoutMs } = resolveHttpLimits();

export const DOCUMENT: Entries = {
  'Rantai API': 'API Rantai',
  [`Supply-chain graph analyser for Indonesia's automotive components. Every error is {error: {code, message, details?}} with a proper HTTP status; codes are stable, and a 503 carries Retry-After when a retry can help. Routes that change data need Authorization: Bearer <RANTAI_WRITE_TOKEN>. JSON bodies: at most ${DEFAULT_JSON_LIMIT.toUpperCase()} (unless the server sets another limit), nested at most ${MAX_JSON_DEPTH} levels, sent within ${bodyTimeoutMs / 1000} s; a method a path does not list is answered 405 with an Allow header.`]:
    `Penganalisis graf rantai pasok komponen otomotif Indonesia. Setiap kesalahan berbentuk {error: {code, message, details?}} dengan status HTTP yang sesuai; kodenya tetap, dan 503 membawa Retry-After bila mencoba lagi dapat membantu. Rute yang mengubah data memerlukan Authorization: Bearer <RANTAI_WRITE_TOKEN>. Isi permintaan JSON: paling besar ${size(DEFAULT_JSON_LIMIT)} (kecuali server menetapkan batas lain), bersarang paling dalam ${whole(MAX_JSON_DEPTH)} tingkat, dan dikirim dalam ${seconds(bodyTimeoutMs)} detik; metode yang tidak tercantum untuk suatu path dijawab 405 dengan header Allow.`,
  'success': 'berhasil',
  'seconds after which a retry may succeed (sent when a retry can help)':
    'setelah berapa detik permintaan ulang dapat berhasil (dikirim bila mencoba lagi dapat membantu)',
  'stable machine code (server/errors.ts); the message may change, the code does not':
    'kode mesin yang tetap (server/errors.ts); pesannya dapat berubah, kodenya tidak',
  'what went wrong and what to do, in words': 'apa yang salah dan apa yang perlu dilakukan, dalam kalimat',
  'e.g. the problem list of a rejected dataset, the failing fields of a request': 'mis. daftar masalah dataset yang ditolak, isian permintaan yang tidak sah',
  'the server\'s RANTAI_WRITE_TOKEN': 'RANTAI_WRITE_TOKEN milik server',
};
