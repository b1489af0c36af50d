// The Neo4j load lock (server/store/neo4j/lock.ts): who holds it, as the 409 load_in_progress and
// `rantai load` tell it, and a load that lost it. The English is pinned by tests.
import type { Translation } from './translation.ts';

export const en = {
  'lock.held': 'another load into Neo4j is running: {owner} has been loading "{dataset}" since {since} (its lock expires at {expires} unless renewed); try again when it has finished',
  'lock.lost': 'this load lost its lock (it was not renewed before it expired and another load took it over); the data loaded before is unchanged',
} as const;

export const id: Translation<typeof en> = {
  'lock.held': 'pemuatan lain ke Neo4j sedang berjalan: {owner} memuat "{dataset}" sejak {since} (kuncinya berakhir {expires} bila tidak diperbarui); coba lagi setelah pemuatan itu selesai',
  'lock.lost': 'pemuatan ini kehilangan kuncinya (tidak diperbarui sebelum berakhir dan diambil alih pemuatan lain); data yang dimuat sebelumnya tetap utuh',
};
