// Key figures of the import-exposure analysis as sentences (server/analysis/imports/summary.ts).
import type { Translation } from './translation.ts';

export const en = {
  'imports.none': 'No imports are recorded.',
  'imports.total': 'Imported components: {n}, worth {usd} a year (each buyer’s latest reported year); imports are {share} of their supply.',
  'imports.largest': 'Largest import: {component}, {usd} a year ({share} of its supply), {origins}.',
  'imports.origins.single': 'all from {country}',
  'imports.origins.main': 'mainly from {country} ({share})',
  'imports.singleOrigin': 'Components imported from one country only (HHI 1): {n}, worth {usd} a year.',
  'imports.topBuyer.one': 'Largest importer: {buyer} ({tier}), {usd} a year for {n} component.',
  'imports.topBuyer.other': 'Largest importer: {buyer} ({tier}), {usd} a year for {n} components.',
} as const;

export const id: Translation<typeof en> = {
  'imports.none': 'Tidak ada impor yang tercatat.',
  'imports.total': 'Komponen impor: {n}, senilai {usd} per tahun (tahun terakhir yang dilaporkan setiap pembeli); impor mencakup {share} dari pasokannya.',
  'imports.largest': 'Impor terbesar: {component}, {usd} per tahun ({share} dari pasokannya), {origins}.',
  'imports.origins.single': 'seluruhnya dari {country}',
  'imports.origins.main': 'terutama dari {country} ({share})',
  'imports.singleOrigin': 'Komponen yang diimpor dari satu negara saja (HHI 1): {n}, senilai {usd} per tahun.',
  'imports.topBuyer.one': 'Pengimpor terbesar: {buyer} ({tier}), {usd} per tahun untuk {n} komponen.',
  'imports.topBuyer.other': 'Pengimpor terbesar: {buyer} ({tier}), {usd} per tahun untuk {n} komponen.',
};
