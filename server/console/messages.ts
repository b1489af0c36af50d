// Every sentence the console writes, in English and Bahasa Indonesia. The checks build their
// refusals from this catalogue in the language of the request (`?lang=`, or Accept-Language), so a
// researcher reads why a query was refused in the language of the UI. Names from Cypher and Neo4j
// (CREATE, LOAD CSV, dbms.listConfig, operator names) stay as they are written.
import { fromAcceptLanguage, LangSchema, type Lang } from '../i18n/lang.ts';

// The product's one language enum and Accept-Language reading (server/i18n), under the console's names.
export const consoleLangShape = LangSchema;
export type ConsoleLang = Lang;
export const langFromHeader = fromAcceptLanguage;

export const REFUSED_KEYWORD_NAMES = [
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'INSERT',
  'FOREACH',
  'DROP',
  'ALTER',
  'RENAME',
  'GRANT',
  'DENY',
  'REVOKE',
  'SHOW',
  'TERMINATE',
  'USE',
  'PERIODIC',
  'TRANSACTIONS',
  'DRYRUN',
] as const;
export type RefusedKeyword = (typeof REFUSED_KEYWORD_NAMES)[number];
export type RefusedPair = 'LOAD' | 'START' | 'STOP' | 'ENABLE' | 'DEALLOCATE' | 'REALLOCATE';
export type RefusedFirst = 'EXPLAIN' | 'PROFILE' | 'CYPHER';
export type NameKind = 'procedure' | 'function';
export type NameReason = { kind: 'outside'; word: string } | { kind: 'apoc' } | { kind: 'gds' } | { kind: 'admin' } | { kind: 'other' };

export interface ConsoleMessages {
  neverClosed: Record<'name' | 'string' | 'comment', string>;
  invisible: (p: { codePoint: number; line: number; column: number }) => string;
  empty: string;
  browserCommand: string;
  oneStatement: string;
  callNeedsName: string;
  renameHint: string;
  keyword: Record<RefusedKeyword, string>;
  pair: Record<RefusedPair, string>;
  first: Record<RefusedFirst, string>;
  name: (kind: NameKind, name: string, reason: NameReason, allowedProcedures: readonly string[]) => string;
  rangeBounds: (text: string) => string;
  rangeTooMany: (text: string, max: number) => string;
  noPlan: string;
  otherDatabase: (database: string, rantai: string) => string;
  administration: (operator: string) => string;
  writes: (operator: string) => string;
  unknownOperator: (operator: string) => string;
  unnamedProcedure: string;
  queryType: (type: string) => string;
  perClient: (running: number, seconds: number) => string;
  busy: (running: number, seconds: number) => string;
  timeout: (timeoutMs: number) => string;
  memory: string;
  accessMode: string;
  signIn: string;
  neo4jRefused: (message: string) => string;
  cypherError: (message: string) => string;
  changed: string;
  needsNeo4j: string;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const CHARACTER_NAMES: Record<number, { en: string; id: string }> = {
  0x0b: { en: 'vertical tab', id: 'tab vertikal' },
  0x0c: { en: 'form feed', id: 'pengumpan halaman' },
  0x1c: { en: 'file separator', id: 'pemisah berkas' },
  0x1d: { en: 'group separator', id: 'pemisah grup' },
  0x1e: { en: 'record separator', id: 'pemisah rekaman' },
  0x1f: { en: 'unit separator', id: 'pemisah unit' },
  0x85: { en: 'next line', id: 'baris berikutnya' },
  0xad: { en: 'soft hyphen', id: 'tanda hubung lunak' },
  0x200b: { en: 'zero-width space', id: 'spasi lebar nol' },
  0x200c: { en: 'zero-width non-joiner', id: 'pemisah lebar nol' },
  0x200d: { en: 'zero-width joiner', id: 'penyambung lebar nol' },
  0x200e: { en: 'left-to-right mark', id: 'penanda kiri ke kanan' },
  0x200f: { en: 'right-to-left mark', id: 'penanda kanan ke kiri' },
  0x2028: { en: 'line separator', id: 'pemisah baris' },
  0x2029: { en: 'paragraph separator', id: 'pemisah paragraf' },
  0x2060: { en: 'word joiner', id: 'penyambung kata' },
  0xfeff: { en: 'byte order mark', id: 'penanda urutan bita' },
};

const en: ConsoleMessages = {
  neverClosed: { name: 'a backtick-quoted name is never closed', string: 'a string literal is never closed', comment: 'a /* comment is never closed' },
  invisible: ({ codePoint, line, column }) => {
    const name = CHARACTER_NAMES[codePoint]?.en;
    const what = name ? `the invisible character ${hex(codePoint)} (${name})` : `the invisible control character ${hex(codePoint)}`;
    return `the query contains ${what} at line ${line}, column ${column}, outside quotes; Neo4j and other tools disagree on whether such a character ends a comment, separates words or joins them, so the console refuses it: use a plain space or line break (inside quotes it is fine)`;
  },
  empty: 'the query is empty',
  browserCommand: 'Browser commands such as :use or :param are not Cypher; the console runs Cypher queries only',
  oneStatement: 'the console runs one statement at a time: remove the ";" between statements',
  callNeedsName: 'CALL must name a procedure or open a subquery',
  renameHint: 'if it is a variable or key name here, quote it in backticks',
  keyword: {
    CREATE: 'CREATE writes to the database (or creates an index, constraint, user or database); the console is read-only',
    MERGE: 'MERGE writes to the database; the console is read-only',
    SET: 'SET changes properties or labels; the console is read-only',
    DELETE: 'DELETE removes data; the console is read-only',
    DETACH: 'DETACH DELETE removes data; the console is read-only',
    REMOVE: 'REMOVE changes properties or labels; the console is read-only',
    INSERT: 'INSERT writes to the database; the console is read-only',
    FOREACH: 'FOREACH only runs updating clauses; the console is read-only',
    DROP: 'DROP changes the schema or the administration; the console is read-only',
    ALTER: 'ALTER changes the administration; the console is read-only',
    RENAME: 'RENAME changes the administration; the console is read-only',
    GRANT: 'GRANT changes privileges; the console is read-only',
    DENY: 'DENY changes privileges; the console is read-only',
    REVOKE: 'REVOKE changes privileges; the console is read-only',
    SHOW: 'SHOW commands belong to the administration, not to the graph; use Neo4j Browser for them',
    TERMINATE: 'TERMINATE stops other transactions; the console does not administer the server',
    USE: 'USE switches database; the console reads the Rantai database only',
    PERIODIC: 'USING PERIODIC COMMIT runs batched writes; the console is read-only',
    TRANSACTIONS: 'CALL { … } IN TRANSACTIONS runs batched writes; the console is read-only',
    DRYRUN: 'server and database allocation commands are refused; the console does not administer the server',
  },
  pair: {
    LOAD: 'LOAD CSV reads files and URLs; the console only reads the graph',
    START: 'START DATABASE administers the server; the console does not',
    STOP: 'STOP DATABASE administers the server; the console does not',
    ENABLE: 'ENABLE SERVER administers the cluster; the console does not',
    DEALLOCATE: 'DEALLOCATE administers the cluster; the console does not',
    REALLOCATE: 'REALLOCATE administers the cluster; the console does not',
  },
  first: {
    EXPLAIN: 'EXPLAIN shows a plan, not results; the console returns results only (use Neo4j Browser to see plans)',
    PROFILE: 'PROFILE executes the query to measure it; the console does not run PROFILE (use Neo4j Browser on a copy of the data)',
    CYPHER: 'query options (CYPHER …) are not accepted in the console; remove the CYPHER prefix',
  },
  name: (kind, name, reason, allowedProcedures) => {
    const allowed = kind === 'procedure' ? ` (allowed: ${allowedProcedures.join(', ')})` : " (only Cypher's built-in functions are allowed)";
    switch (reason.kind) {
      case 'outside':
        return `the ${kind} ${name} may read files, URLs or other systems ("${reason.word}"); the console only reads the graph${allowed}`;
      case 'apoc':
        return `APOC ${kind}s such as ${name} can write or reach the outside; the console does not run them${allowed}`;
      case 'gds':
        return `Graph Data Science ${kind}s such as ${name} can write results or project graphs; the console does not run them${allowed}`;
      case 'admin':
        return `the ${kind} ${name} belongs to the administration of the database server (settings, users, connections, transactions, schema) or changes the database; the console only reads the graph${allowed}`;
      default:
        return `the ${kind} ${name} is not on the console's list of read-only ${kind}s${allowed}`;
    }
  },
  rangeBounds: (text) =>
    `${text}: inside an expression, range() must have whole numbers or parameters as bounds (or size(…) / length(…) of a list at hand), because Neo4j cannot stop a long range() computation at the time limit; to go through many values, use UNWIND range(…) AS x, which Neo4j can stop`,
  rangeTooMany: (text, max) =>
    `${text}: the ranges inside expressions of this query come to more than ${max.toLocaleString('en')} values (multiplied, as they may be nested), which Neo4j would compute without stopping at the time limit; use UNWIND range(…) AS x instead, which Neo4j can stop`,
  noPlan: 'Neo4j gave no plan for the query, so the console cannot tell that it only reads',
  otherDatabase: (database, rantai) => `the query runs on the database "${database}", not on the Rantai database "${rantai}"; the console reads the Rantai graph only`,
  administration: (operator) => `${operator} belongs to the administration of the database server (users, settings, transactions, schema); the console does not administer the server`,
  writes: (operator) => `${operator} writes to the database; the console is read-only`,
  unknownOperator: (operator) => `Neo4j's plan uses the operator ${operator}, which is not on the console's list of read-only operators`,
  unnamedProcedure: 'the query calls a procedure Neo4j does not name in its plan; the console only calls its allowlisted procedures',
  queryType: (type) => {
    const words: Record<string, string> = { rw: 'reads and writes', w: 'writes', s: 'changes the schema or administers the server' };
    return `the query ${words[type] ?? `is of type "${type}"`} according to Neo4j's plan; the console only runs read-only queries`;
  },
  perClient: (running, seconds) =>
    `you already have ${running} console queries running, the most one client may have at once; wait until one has finished (a query stopped at its time limit counts until Neo4j has really ended it) and try again in ${seconds} s`,
  busy: (running, seconds) => `the Cypher console is running ${running} queries, as many as it lets Neo4j run at once; try again in ${seconds} s`,
  timeout: (timeoutMs) => `the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (filters, LIMIT) or send a larger timeoutMs (at most 60000)`,
  memory: 'the query needed more memory than Neo4j allows for one transaction; narrow it (filters, LIMIT, aggregation)',
  accessMode: "Neo4j refused to write in the console's read-only transaction; the console only reads the graph",
  signIn: 'the Cypher console cannot sign in to Neo4j with its user (NEO4J_CONSOLE_USER and NEO4J_CONSOLE_PASSWORD, or NEO4J_USER and NEO4J_PASSWORD); the other views still work',
  neo4jRefused: (message) => `Neo4j refused the query: ${message}`,
  cypherError: (message) => `Cypher error: ${message}`,
  changed: 'the query changed the database; the change was rolled back (the console is read-only)',
  needsNeo4j:
    'the Cypher console needs the Neo4j store: run `npm run neo4j`, then start Rantai with NEO4J_URI=bolt://127.0.0.1:7687 (the embedded store answers every analysis, but not Cypher)',
};

const HANYA_BACA = 'konsol hanya-baca';
const kindId = (kind: NameKind): string => (kind === 'procedure' ? 'prosedur' : 'fungsi');

const id: ConsoleMessages = {
  neverClosed: {
    name: 'nama dalam tanda backtick (`) tidak pernah ditutup',
    string: 'literal string tidak pernah ditutup dengan tanda kutip',
    comment: 'komentar /* tidak pernah ditutup dengan */',
  },
  invisible: ({ codePoint, line, column }) => {
    const name = CHARACTER_NAMES[codePoint]?.id;
    const what = name ? `karakter tak terlihat ${hex(codePoint)} (${name})` : `karakter kendali tak terlihat ${hex(codePoint)}`;
    return `kueri berisi ${what} pada baris ${line}, kolom ${column}, di luar tanda kutip; Neo4j dan perangkat lain berbeda dalam memperlakukan karakter semacam ini (mengakhiri komentar, memisahkan kata, atau menyambungnya), sehingga konsol menolaknya: gunakan spasi atau baris baru biasa (di dalam tanda kutip karakter ini boleh)`;
  },
  empty: 'kueri kosong',
  browserCommand: 'perintah Neo4j Browser seperti :use atau :param bukan Cypher; konsol hanya menjalankan kueri Cypher',
  oneStatement: 'konsol menjalankan satu pernyataan setiap kali: hapus ";" di antara pernyataan',
  callNeedsName: 'CALL harus diikuti nama prosedur atau membuka subkueri',
  renameHint: 'jika di sini kata itu nama variabel atau kunci, apit dengan tanda backtick (`)',
  keyword: {
    CREATE: `CREATE menulis ke basis data (atau membuat indeks, constraint, pengguna, atau basis data); ${HANYA_BACA}`,
    MERGE: `MERGE menulis ke basis data; ${HANYA_BACA}`,
    SET: `SET mengubah properti atau label; ${HANYA_BACA}`,
    DELETE: `DELETE menghapus data; ${HANYA_BACA}`,
    DETACH: `DETACH DELETE menghapus data; ${HANYA_BACA}`,
    REMOVE: `REMOVE mengubah properti atau label; ${HANYA_BACA}`,
    INSERT: `INSERT menulis ke basis data; ${HANYA_BACA}`,
    FOREACH: `FOREACH hanya menjalankan klausa pengubah data; ${HANYA_BACA}`,
    DROP: `DROP mengubah skema atau administrasi; ${HANYA_BACA}`,
    ALTER: `ALTER mengubah administrasi; ${HANYA_BACA}`,
    RENAME: `RENAME mengubah administrasi; ${HANYA_BACA}`,
    GRANT: `GRANT mengubah hak akses; ${HANYA_BACA}`,
    DENY: `DENY mengubah hak akses; ${HANYA_BACA}`,
    REVOKE: `REVOKE mengubah hak akses; ${HANYA_BACA}`,
    SHOW: 'perintah SHOW termasuk administrasi server, bukan bagian dari graf; gunakan Neo4j Browser untuk itu',
    TERMINATE: 'TERMINATE menghentikan transaksi lain; konsol tidak mengadministrasi server',
    USE: 'USE berpindah basis data; konsol hanya membaca basis data Rantai',
    PERIODIC: `USING PERIODIC COMMIT menjalankan penulisan bertahap; ${HANYA_BACA}`,
    TRANSACTIONS: `CALL { … } IN TRANSACTIONS menjalankan penulisan bertahap; ${HANYA_BACA}`,
    DRYRUN: 'perintah alokasi server dan basis data ditolak; konsol tidak mengadministrasi server',
  },
  pair: {
    LOAD: 'LOAD CSV membaca berkas dan URL; konsol hanya membaca graf',
    START: 'START DATABASE mengadministrasi server; konsol tidak melakukannya',
    STOP: 'STOP DATABASE mengadministrasi server; konsol tidak melakukannya',
    ENABLE: 'ENABLE SERVER mengadministrasi klaster; konsol tidak melakukannya',
    DEALLOCATE: 'DEALLOCATE mengadministrasi klaster; konsol tidak melakukannya',
    REALLOCATE: 'REALLOCATE mengadministrasi klaster; konsol tidak melakukannya',
  },
  first: {
    EXPLAIN: 'EXPLAIN menampilkan rencana eksekusi, bukan hasil; konsol hanya mengembalikan hasil (gunakan Neo4j Browser untuk melihat rencana)',
    PROFILE: 'PROFILE menjalankan kueri untuk mengukurnya; konsol tidak menjalankan PROFILE (gunakan Neo4j Browser pada salinan data)',
    CYPHER: 'opsi kueri (CYPHER …) tidak diterima di konsol; hapus awalan CYPHER',
  },
  name: (kind, name, reason, allowedProcedures) => {
    const allowed = kind === 'procedure' ? ` (yang diizinkan: ${allowedProcedures.join(', ')})` : ' (hanya fungsi bawaan Cypher yang diizinkan)';
    switch (reason.kind) {
      case 'outside':
        return `${kindId(kind)} ${name} dapat membaca berkas, URL, atau sistem lain ("${reason.word}"); konsol hanya membaca graf${allowed}`;
      case 'apoc':
        return `${kindId(kind)} APOC seperti ${name} dapat menulis atau menjangkau sistem luar; konsol tidak menjalankannya${allowed}`;
      case 'gds':
        return `${kindId(kind)} Graph Data Science seperti ${name} dapat menulis hasil atau memproyeksikan graf; konsol tidak menjalankannya${allowed}`;
      case 'admin':
        return `${kindId(kind)} ${name} termasuk administrasi server basis data (pengaturan, pengguna, koneksi, transaksi, skema) atau mengubah basis data; konsol hanya membaca graf${allowed}`;
      default:
        return `${kindId(kind)} ${name} tidak ada dalam daftar ${kindId(kind)} hanya-baca konsol${allowed}`;
    }
  },
  rangeBounds: (text) =>
    `${text}: di dalam ekspresi, batas range() harus berupa bilangan bulat atau parameter (atau size(…) / length(…) dari daftar yang sudah ada), karena Neo4j tidak dapat menghentikan perhitungan range() yang panjang pada batas waktu; untuk menelusuri banyak nilai, gunakan UNWIND range(…) AS x, yang dapat dihentikan Neo4j`,
  rangeTooMany: (text, max) =>
    `${text}: range() di dalam ekspresi kueri ini berjumlah lebih dari ${max.toLocaleString('id-ID')} nilai (dikalikan, karena dapat bersarang), yang akan dihitung Neo4j tanpa berhenti pada batas waktu; gunakan UNWIND range(…) AS x, yang dapat dihentikan Neo4j`,
  noPlan: 'Neo4j tidak memberikan rencana eksekusi untuk kueri ini, sehingga konsol tidak dapat memastikan bahwa kueri hanya membaca',
  otherDatabase: (database, rantai) => `kueri berjalan pada basis data "${database}", bukan pada basis data Rantai "${rantai}"; konsol hanya membaca graf Rantai`,
  administration: (operator) => `${operator} termasuk administrasi server basis data (pengguna, pengaturan, transaksi, skema); konsol tidak mengadministrasi server`,
  writes: (operator) => `${operator} menulis ke basis data; ${HANYA_BACA}`,
  unknownOperator: (operator) => `rencana eksekusi Neo4j memakai operator ${operator}, yang tidak ada dalam daftar operator hanya-baca konsol`,
  unnamedProcedure: 'kueri memanggil prosedur yang namanya tidak disebut dalam rencana eksekusi Neo4j; konsol hanya memanggil prosedur dalam daftar izinnya',
  queryType: (type) => {
    const words: Record<string, string> = { rw: 'membaca dan menulis', w: 'menulis', s: 'mengubah skema atau mengadministrasi server' };
    return `menurut rencana eksekusi Neo4j, kueri ini ${words[type] ?? `bertipe "${type}"`}; konsol hanya menjalankan kueri hanya-baca`;
  },
  perClient: (running, seconds) =>
    `Anda sudah menjalankan ${running} kueri konsol, batas terbanyak untuk satu klien sekaligus; tunggu sampai salah satunya selesai (kueri yang dihentikan pada batas waktu tetap dihitung sampai Neo4j benar-benar mengakhirinya), lalu coba lagi dalam ${seconds} detik`,
  busy: (running, seconds) => `konsol Cypher sedang menjalankan ${running} kueri, sebanyak yang boleh berjalan bersamaan di Neo4j; coba lagi dalam ${seconds} detik`,
  timeout: (timeoutMs) =>
    `kueri berjalan lebih lama dari ${(timeoutMs / 1000).toLocaleString('id-ID')} detik dan dihentikan; persempit kueri (filter, LIMIT) atau kirim timeoutMs yang lebih besar (paling banyak 60000)`,
  memory: 'kueri membutuhkan memori melebihi batas Neo4j untuk satu transaksi; persempit kueri (filter, LIMIT, agregasi)',
  accessMode: 'Neo4j menolak penulisan dalam transaksi hanya-baca milik konsol; konsol hanya membaca graf',
  signIn: 'konsol Cypher tidak dapat masuk ke Neo4j dengan penggunanya (NEO4J_CONSOLE_USER dan NEO4J_CONSOLE_PASSWORD, atau NEO4J_USER dan NEO4J_PASSWORD); tampilan lain tetap berfungsi',
  neo4jRefused: (message) => `Neo4j menolak kueri: ${message}`,
  cypherError: (message) => `Kesalahan Cypher: ${message}`,
  changed: 'kueri mengubah basis data; perubahan dibatalkan (konsol hanya-baca)',
  needsNeo4j:
    'konsol Cypher memerlukan penyimpanan Neo4j: jalankan `npm run neo4j`, lalu mulai Rantai dengan NEO4J_URI=bolt://127.0.0.1:7687 (penyimpanan bawaan menjawab setiap analisis, tetapi tidak Cypher)',
};

export const CONSOLE_MESSAGES: Record<ConsoleLang, ConsoleMessages> = { en, id };

export const consoleMessages = (lang: ConsoleLang = 'en'): ConsoleMessages => CONSOLE_MESSAGES[lang];
