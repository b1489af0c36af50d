// The work gate's refusals (server/work: too many analyses at once, a time or memory budget spent,
// an answer too large to send, an export needing more memory than its worker may use). Each is built from the error's details, so the same error is told
// in the request's language. The English is pinned by tests (test/work/messages.test.ts).
import type { Translation } from './translation.ts';

export const en = {
  'work.queueFull': 'the server is busy: {running} analyses are running and {queued} are waiting, the most it queues; try again in {retry} s',
  'work.queueWait': 'the server is busy: this analysis waited {waited} s for a free place behind {running} running; try again in {retry} s',
  'work.timeBudget': 'the answer was not ready within its time budget of {budget} s; try again in {retry} s (work kept for every request, such as an analysis of the whole dataset, goes on meanwhile), or narrow the request with its filters if it has any',
  'work.timeBudgetNotKept': 'the answer was not ready within its time budget of {budget} s; nothing of this work is kept between requests, so the same request would take as long again: ask for less (for a posted graph: fewer nodes, betweenness from a sample of k sources, fewer pairs with among or top)',
  'work.memoryBudget': "the server's memory is {heap}% full (no analysis starts above {limit}%); try again in {retry} s",
  'work.tooLarge': 'the answer to this request is larger than the {mb} MB the server can send at once; narrow it with its filters',
  'export.outOfMemory': 'writing this export needed more than {size} of memory, the most the server gives one export (RANTAI_EXPORT_HEAP_MB on the server sets this limit); rantai export on the command line has no such limit',
  'export.noSpace': "the server's temporary folder has no room left for this export (TMPDIR on the server sets where exports are written); rantai export on the command line writes where you choose",
} as const;

export const id: Translation<typeof en> = {
  'work.queueFull': 'server sedang sibuk: {running} analisis berjalan dan {queued} menunggu, batas antrean sudah penuh; coba lagi dalam {retry} detik',
  'work.queueWait': 'server sedang sibuk: analisis ini sudah menunggu {waited} detik di belakang {running} analisis yang berjalan; coba lagi dalam {retry} detik',
  'work.timeBudget': 'jawaban belum siap dalam batas waktunya ({budget} detik); coba lagi dalam {retry} detik (perhitungan yang disimpan untuk semua permintaan, seperti analisis seluruh data, tetap berjalan), atau persempit permintaan dengan filternya bila ada',
  'work.timeBudgetNotKept': 'jawaban belum siap dalam batas waktunya ({budget} detik); perhitungan ini tidak disimpan antarpermintaan, sehingga permintaan yang sama akan memakan waktu yang sama: mintalah lebih sedikit (untuk graf yang dikirim: simpul lebih sedikit, betweenness dari sampel k sumber, pasangan lebih sedikit dengan among atau top)',
  'work.memoryBudget': 'memori server sudah terpakai {heap}% (analisis baru tidak dimulai di atas {limit}%); coba lagi dalam {retry} detik',
  'work.tooLarge': 'jawaban untuk permintaan ini melebihi {mb} MB yang dapat dikirim server sekaligus; persempit permintaan dengan filternya',
  'export.outOfMemory': 'penulisan ekspor ini memerlukan memori lebih dari {size}, batas yang diberikan server untuk satu ekspor (batas ini diatur oleh RANTAI_EXPORT_HEAP_MB di server); rantai export di baris perintah tidak memiliki batas ini',
  'export.noSpace': 'folder sementara server tidak lagi memiliki ruang untuk ekspor ini (lokasi penulisan ekspor diatur oleh TMPDIR di server); rantai export di baris perintah menulis ke lokasi yang Anda pilih',
};
