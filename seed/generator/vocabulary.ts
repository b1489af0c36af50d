// The fixed vocabularies a synthetic dataset draws from: processes, materials, countries,
// programmes, certifications and the provinces (with rough bounding boxes) clusters fall in.
// Processes, materials and programmes carry their name in Bahasa Indonesia last (name_id).
export const PROCESSES = [
  ['p-casting-grey', 'Grey iron casting', 'Pengecoran besi cor kelabu'],
  ['p-casting-ductile', 'Ductile iron casting', 'Pengecoran besi cor nodular'],
  ['p-die-casting-al', 'Aluminium die casting', 'Pengecoran cetak tekan aluminium (die casting)'],
  ['p-forging', 'Forging', 'Tempa'],
  ['p-machining-cnc', 'CNC machining', 'Permesinan CNC'],
  ['p-heat-treatment', 'Heat treatment', 'Perlakuan panas'],
  ['p-stamping', 'Stamping', 'Pengepresan pelat (stamping)'],
  ['p-welding', 'Welding', 'Pengelasan'],
  ['p-plating', 'Surface treatment and plating', 'Perlakuan permukaan dan pelapisan'],
  ['p-pattern', 'Pattern making', 'Pembuatan pola'],
  ['p-rubber', 'Rubber moulding', 'Pencetakan karet'],
  ['p-injection', 'Plastic injection moulding', 'Cetak injeksi plastik'],
] as const;

export const MATERIALS = [
  ['m-fc200', 'Grey iron FC200', 'JIS G5501 FC200', 'Besi cor kelabu FC200'],
  ['m-fc250', 'Grey iron FC250', 'JIS G5501 FC250', 'Besi cor kelabu FC250'],
  ['m-fcd450', 'Ductile iron FCD450', 'JIS G5502 FCD450', 'Besi cor nodular FCD450'],
  ['m-adc12', 'Aluminium alloy ADC12', 'JIS H5302 ADC12', 'Paduan aluminium ADC12'],
  ['m-s45c', 'Carbon steel S45C', 'JIS G4051 S45C', 'Baja karbon S45C'],
  ['m-spcc', 'Cold-rolled steel SPCC', 'JIS G3141 SPCC', 'Baja canai dingin SPCC'],
  ['m-scm440', 'Alloy steel SCM440', 'JIS G4053 SCM440', 'Baja paduan SCM440'],
  ['m-nbr', 'Nitrile rubber', 'ASTM D2000', 'Karet nitril'],
  ['m-pp', 'Polypropylene', 'ISO 1873', 'Polipropilena'],
] as const;

export const COUNTRIES = [
  ['JPN', 'Japan'],
  ['THA', 'Thailand'],
  ['CHN', 'China'],
  ['KOR', 'Republic of Korea'],
  ['IND', 'India'],
  ['DEU', 'Germany'],
  ['MYS', 'Malaysia'],
  ['VNM', 'Viet Nam'],
  ['TWN', 'Taiwan'],
  ['USA', 'United States'],
] as const;

export const PROGRAMS = [
  ['prog-link-match', 'Link and match', 'Link and match'],
  ['prog-restructuring', 'Machinery restructuring', 'Restrukturisasi mesin dan peralatan'],
  ['prog-certification', 'Quality coaching and certification', 'Pendampingan mutu dan sertifikasi'],
  ['prog-smidep', 'SMIDeP', 'SMIDeP'],
] as const;

export const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'SNI'] as const;

/** Province, and a latitude/longitude box it roughly covers. */
export const PROVINCES: ReadonlyArray<readonly [string, number, number, number, number]> = [
  ['Jawa Tengah', -7.8, -6.6, 108.6, 111.5],
  ['Jawa Timur', -8.3, -6.9, 111.5, 114.4],
  ['Jawa Barat', -7.6, -6.2, 106.4, 108.6],
  ['Banten', -6.9, -5.9, 105.5, 106.6],
  ['DKI Jakarta', -6.35, -6.1, 106.7, 106.95],
  ['DI Yogyakarta', -8.1, -7.6, 110.0, 110.8],
  ['Sumatera Utara', 2.0, 3.8, 98.0, 99.8],
  ['Sulawesi Selatan', -5.6, -3.5, 119.4, 120.3],
];
