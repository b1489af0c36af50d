// Import exposure and national and world trade (tabel perdagangan, tabel padanan, tabel dunia).
import type { Entries } from './catalogue.ts';

export const IMPORTS_TRADE: Entries = {
  'buyers: the buyers’ reported imports (imports.csv); national: national trade statistics (trade.csv) through the HS → component concordance (hs_components.csv)':
    'buyers: impor yang dilaporkan pembeli (imports.csv); national: statistik perdagangan nasional (trade.csv) melalui tabel padanan HS → komponen (hs_components.csv)',
  'basis=national: a year of the trade table (default: its latest)': 'basis=national: tahun dalam tabel perdagangan (bawaan: tahun terakhirnya)',
  'a year of the world table (default: its latest)': 'tahun dalam tabel dunia (bawaan: tahun terakhirnya)',
  'the country whose ECI rank is reported (default IDN)': 'negara yang peringkat ECI-nya dilaporkan (bawaan IDN)',
  'the buyers’ IMPORTS (imports.csv); basis=national answers from national trade statistics instead':
    'relasi IMPORTS para pembeli (imports.csv); dengan basis=national, jawabannya berasal dari statistik perdagangan nasional',
  'value imported in each buyer’s latest reported year': 'nilai impor pada tahun terakhir yang dilaporkan setiap pembeli',
  'Σ SUPPLIES valueUsd': 'Σ SUPPLIES valueUsd',
  'imported / (imported + domestic); null when both are 0': 'impor / (impor + dalam negeri); null bila keduanya 0',
  'Herfindahl-Hirschman index of the origins, Σ share² in 0..1; null without imports':
    'indeks Herfindahl-Hirschman negara asal, Σ pangsa² dalam rentang 0 sampai 1; null bila tidak ada impor',
  'ISO 3166 alpha-3': 'ISO 3166 alpha-3',
  'valueUsd / importedValueUsd': 'valueUsd / importedValueUsd',
  'largest first': 'terbesar lebih dahulu',
  'distinct domestic suppliers': 'banyaknya pemasok dalam negeri yang berbeda',
  'buyers importing it': 'banyaknya pembeli yang mengimpornya',
  'largest imported value first': 'nilai impor terbesar lebih dahulu',
  'components it imports': 'banyaknya komponen yang diimpornya',
  'the key figures as sentences, in the answer’s language': 'angka kunci dalam bentuk kalimat, dalam bahasa jawaban',
  'the language of the summary and labels': 'bahasa ringkasan dan label',
  'names of the ids used in this answer, in its language': 'nama untuk id yang dipakai dalam jawaban ini, dalam bahasanya',
  'the year asked for, else the latest of the trade table; null without a table':
    'tahun yang diminta, atau tahun terakhir tabel perdagangan; null bila tidak ada tabel',
  'the years of the trade table': 'tahun-tahun dalam tabel perdagangan',
  'the sources the trade rows of the year name (with lang=id, their source_id where they give one)': 'sumber yang disebut baris perdagangan tahun itu (dengan lang=id, source_id-nya bila ada)',
  'Σ over the component’s concordance rows of the year’s trade value × share': 'Σ atas baris padanan komponen itu dari nilai perdagangan tahun itu × share',
  'valueUsd / nationalValueUsd; null when that is 0': 'valueUsd / nationalValueUsd; null bila nationalValueUsd 0',
  'in the year, largest first': 'pada tahun itu, terbesar lebih dahulu',
  'every year of the trade table, oldest first': 'setiap tahun dalam tabel perdagangan, yang terlama lebih dahulu',
  'compound annual growth from the first year with imports to the year; null with fewer than two such years':
    'pertumbuhan tahunan majemuk dari tahun pertama yang memiliki impor sampai tahun itu; null bila tahun semacam itu kurang dari dua',
  'the same component’s imports as the dataset’s buyers report them (each buyer’s latest year; GET /api/analysis/imports)':
    'impor komponen yang sama sebagaimana dilaporkan pembeli dalam dataset (tahun terakhir setiap pembeli; GET /api/analysis/imports)',
  'the trade table has a row of this code in the year': 'tabel perdagangan memiliki baris untuk kode ini pada tahun itu',
  'its concordance rows': 'baris-baris padanannya',
  'every component in the concordance, largest national value first': 'setiap komponen dalam tabel padanan, nilai nasional terbesar lebih dahulu',
  'stable, for programs (e.g. complexity.duplicates)': 'tetap, untuk dibaca program (mis. complexity.duplicates)',
  'the warning in the answer’s language': 'peringatan dalam bahasa jawaban',
  'no trade table, no concordance, concordance codes without trade in the year':
    'tidak ada tabel perdagangan, tidak ada tabel padanan, kode padanan tanpa perdagangan pada tahun itu',
  'a world table (world_trade.csv) is loaded': 'tabel dunia (world_trade.csv) sudah dimuat',
  'the years of the world table': 'tahun-tahun dalam tabel dunia',
  'the sources its rows of the year name (with lang=id, their source_id where they give one)': 'sumber yang disebut baris-barisnya pada tahun itu (dengan lang=id, source_id-nya bila ada)',
  'ECI and PCI of the year are defined (one connected block, clear eigen-gaps)':
    'ECI dan PCI tahun itu terdefinisi (satu kelompok yang terhubung, celah eigen yang jelas)',
  '1 = most complex': '1 = paling kompleks',
  'the asked country; null when it exports nothing in the table': 'negara yang diminta; null bila negara itu tidak mengekspor apa pun dalam tabel',
  'Σ over its HS products of weight × PCI, weights ∝ share × the product’s world exports; null when none is in the table':
    'Σ atas produk HS-nya dari weight × PCI, bobot ∝ share × ekspor dunia produk itu; null bila tidak satu pun ada dalam tabel',
  'share of the table’s HS products with a lower PCI (0..1)': 'pangsa produk HS dalam tabel yang PCI-nya lebih rendah (0 sampai 1)',
  'its part of the component’s PCI (0..1)': 'bagiannya dalam PCI komponen (0 sampai 1)',
  'the components of the concordance, most complex first': 'komponen dalam tabel padanan, yang paling kompleks lebih dahulu',
  'what the complexity computation says about the table (as POST /api/complexity)':
    'apa yang dinyatakan perhitungan kompleksitas tentang tabel ini (seperti POST /api/complexity)',
  'a component id: the opportunities are then every cluster that does not make it yet, densest first (limit does not apply); none when no cluster of the table makes it; an id that names no component is a 400':
    'id komponen: peluangnya lalu setiap sentra yang belum membuatnya, yang terpadat lebih dahulu (limit tidak berlaku); kosong bila tidak ada sentra dalam tabel yang membuatnya; id yang tidak menunjuk komponen mana pun dijawab 400',
};
