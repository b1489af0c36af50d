// Key figures of the risk analysis as sentences (server/analysis/risk/summary.ts), for briefings
// and the CLI: single-source supplies and the failure impact of firms.
import type { Translation } from './translation.ts';

export const en = {
  'risk.single.none': 'No component depends on a single supplier.',
  'risk.single': 'Single-source supplies (a buyer’s component with one supplier and no other firm that makes it or covers its requirements): {n}, worth {usd} a year.',
  'risk.single.largest': 'Largest single source: {buyer} gets {component} only from {supplier} ({usd} a year).',
  'risk.impact.none': 'No firm’s failure cuts any buyer off a component.',
  'risk.impact': 'Firms whose failure cuts some buyer off a component: {n}; of them, firms that cut off at least one OEM: {oems}.',
  'risk.worst': 'Largest impact: if {firm} fails, {buyers} {buyers|buyer loses|buyers lose} supplies worth {usd} a year; OEMs cut off: {oems}.',
} as const;

export const id: Translation<typeof en> = {
  'risk.single.none': 'Tidak ada komponen yang bergantung pada satu pemasok.',
  'risk.single': 'Pasokan dari pemasok tunggal (komponen pembeli yang hanya memiliki satu pemasok, tanpa perusahaan lain yang membuatnya atau memenuhi persyaratannya): {n}, senilai {usd} per tahun.',
  'risk.single.largest': 'Pemasok tunggal terbesar: {buyer} hanya memperoleh {component} dari {supplier} ({usd} per tahun).',
  'risk.impact.none': 'Tidak ada perusahaan yang bila berhenti berproduksi memutus pasokan komponen kepada pembeli.',
  'risk.impact': 'Perusahaan yang bila berhenti berproduksi memutus pasokan komponen kepada suatu pembeli: {n}; di antaranya yang memutus setidaknya satu OEM: {oems}.',
  'risk.worst': 'Dampak terbesar: bila {firm} berhenti berproduksi, {buyers} pembeli kehilangan pasokan senilai {usd} per tahun; OEM yang terputus: {oems}.',
};
