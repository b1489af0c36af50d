// What `rantai` tells an analyst on the terminal besides the problems themselves (those are in
// dataset.ts): the result of validate, load, generate, template and export, in English or Bahasa Indonesia
// (--lang). Usage mistakes and the help text are in cli-usage.ts.
import type { Translation } from './translation.ts';

export const en = {
  'cli.valid': 'valid: {firms} {firms|firm|firms}, {clusters} {clusters|cluster|clusters}, {components} {components|component|components}, {supplies} {supplies|supply|supplies}, {imports} {imports|import|imports}',
  'cli.rejected': 'rejected: {n} {n|problem|problems}',
  'cli.progress.nodes': 'nodes: {done} / {total}',
  'cli.progress.relationships': 'relationships: {done} / {total}',
  'cli.swapping': 'swapping in the new dataset',
  'cli.live': 'the new dataset is live; removing the previous one ({total} {total|node|nodes} and their relationships)',
  'cli.progress.retired': 'removing the previous dataset: {done} / {total} {total|node|nodes}',
  'cli.loaded': 'loaded "{name}" in {seconds} s',
  'cli.nodes': 'nodes: {counts}',
  'cli.relationships': 'relationships: {counts}',
  'cli.wroteTemplate': 'wrote {file} (dataset workbook template)',
  'cli.wrote': 'wrote {file} ({format})',
  'cli.unreadable': '{file}: cannot read the file ({reason})',
  'cli.fs.ENOENT': '{path}: no such file or folder',
  'cli.fs.EACCES': '{path}: permission denied',
  'cli.fs.EEXIST': '{path}: already exists',
  'cli.fs.EISDIR': '{path}: is a folder, where a file was expected',
  'cli.fs.ENOTDIR': '{path}: part of the path is not a folder',
  'cli.fs.ENOSPC': '{path}: no space left on the disk',
  'cli.net.EADDRINUSE': 'port {port} on {address} is already in use (another server, perhaps another rantai serve); choose another with --port or stop that one',
  'cli.net.EACCES': 'port {port} on {address} may not be opened by this user (ports below 1024 need administrator rights); choose another with --port',
  'cli.net.EADDRNOTAVAIL': '{address} is not an address of this machine; choose another with --host',
  'cli.failed': 'rantai {name} failed: {reason}',
  'cli.generated':
    'wrote {dir}: {firms} {firms|firm|firms}, {clusters} {clusters|cluster|clusters}, {components} {components|component|components}, {capabilities} {capabilities|capability|capabilities}, {supplies} {supplies|supply|supplies}, {imports} {imports|import|imports} in {ms} ms',
  'cli.generatedTrade':
    'wrote {dir}: {firms} {firms|firm|firms}, {clusters} {clusters|cluster|clusters}, {components} {components|component|components}, {capabilities} {capabilities|capability|capabilities}, {supplies} {supplies|supply|supplies}, {imports} {imports|import|imports}, {trade} trade {trade|row|rows}, {concordance} concordance {concordance|row|rows}, {world} world trade {world|row|rows} in {ms} ms',
} as const;

export const id: Translation<typeof en> = {
  'cli.valid': 'sah: {firms} perusahaan, {clusters} sentra, {components} komponen, {supplies} hubungan pasok, {imports} catatan impor',
  'cli.rejected': 'ditolak: {n} masalah',
  'cli.progress.nodes': 'simpul: {done} / {total}',
  'cli.progress.relationships': 'relasi: {done} / {total}',
  'cli.swapping': 'mengganti dengan dataset baru',
  'cli.live': 'dataset baru sudah aktif; menghapus dataset sebelumnya ({total} simpul beserta relasinya)',
  'cli.progress.retired': 'menghapus dataset sebelumnya: {done} / {total} simpul',
  'cli.loaded': '"{name}" dimuat dalam {seconds} detik',
  'cli.nodes': 'simpul: {counts}',
  'cli.relationships': 'relasi: {counts}',
  'cli.wroteTemplate': '{file} ditulis (templat buku kerja dataset)',
  'cli.wrote': '{file} ditulis ({format})',
  'cli.unreadable': '{file}: berkas tidak dapat dibaca ({reason})',
  'cli.fs.ENOENT': '{path}: berkas atau direktori tidak ditemukan',
  'cli.fs.EACCES': '{path}: akses ditolak',
  'cli.fs.EEXIST': '{path}: sudah ada',
  'cli.fs.EISDIR': '{path}: berupa direktori, padahal yang diminta berkas',
  'cli.fs.ENOTDIR': '{path}: sebagian jalurnya bukan direktori',
  'cli.fs.ENOSPC': '{path}: ruang disk habis',
  'cli.net.EADDRINUSE': 'port {port} pada {address} sudah dipakai (server lain, mungkin rantai serve yang lain); pilih port lain dengan --port atau hentikan server itu',
  'cli.net.EACCES': 'port {port} pada {address} tidak boleh dibuka oleh pengguna ini (port di bawah 1024 memerlukan hak administrator); pilih port lain dengan --port',
  'cli.net.EADDRNOTAVAIL': '{address} bukan alamat mesin ini; pilih alamat lain dengan --host',
  'cli.failed': 'rantai {name} gagal: {reason}',
  'cli.generated':
    '{dir} ditulis: {firms} perusahaan, {clusters} sentra, {components} komponen, {capabilities} kemampuan produksi, {supplies} hubungan pasok, {imports} catatan impor dalam {ms} milidetik',
  'cli.generatedTrade':
    '{dir} ditulis: {firms} perusahaan, {clusters} sentra, {components} komponen, {capabilities} kemampuan produksi, {supplies} hubungan pasok, {imports} catatan impor, {trade} baris statistik impor, {concordance} baris tabel padanan HS, {world} baris perdagangan dunia dalam {ms} milidetik',
};
