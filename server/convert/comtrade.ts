// UN Comtrade downloads (the bulk files and the API's CSV, and the legacy comtrade.un.org layout)
// → the plain trade layout. Columns are found by name: refYear, reporterISO, flowCode, partnerISO,
// cmdCode, primaryValue, with netWgt (kg) or qty/qtyUnitAbbr for the quantity, partnerDesc and
// reporterDesc for country names, classificationCode for the HS revision (H5 = HS 2017), and the
// breakdown columns (partner2Code, motCode, customsCode, mosCode) of which only the totals are kept.
//
// National imports: the rows of the reporter (--reporter, default IDN) and flow (--flow, default M),
// one per partner other than the world total (W00). World table (--world): every reporter's exports
// (flow X) to the world (partner W00). Codes of 4 or 6 digits are kept; chapter totals (2 digits)
// and TOTAL rows are left out (they would count their products twice). Every problem is located as
// file:line:column; nothing is written unless the whole file converts.
import path from 'node:path';
import { text, type Text } from '../i18n/index.ts';
import { DatasetError, problem, type Problem } from '../model/index.ts';
import { groupProblems } from '../model/group.ts';
import { hsProblem } from '../model/trade-fields.ts';
import { amount, areaKey, areaList, HS_REVISIONS, isIso3, yearOf, type ConvertOptions, type ConvertResult } from './common.ts';
import { eachRecord, headerIndex } from './records.ts';
import { TradeTable } from './table.ts';

/** Each field and the column names it goes by (current layout first, then the legacy one). */
const COLUMNS = {
  year: ['refYear', 'Year'],
  freq: ['freqCode'],
  reporter: ['reporterISO', 'Reporter ISO'],
  reporterName: ['reporterDesc', 'Reporter'],
  flow: ['flowCode', 'Trade Flow Code'],
  partner: ['partnerISO', 'Partner ISO'],
  partnerCode: ['partnerCode', 'Partner Code'],
  partnerName: ['partnerDesc', 'Partner'],
  partner2: ['partner2Code', '2nd Partner Code'],
  cmd: ['cmdCode', 'Commodity Code'],
  classification: ['classificationCode', 'Classification'],
  value: ['primaryValue', 'Trade Value (US$)'],
  netWgt: ['netWgt', 'Netweight (kg)'],
  qty: ['qty', 'Qty'],
  qtyUnit: ['qtyUnitAbbr', 'Qty Unit'],
  mot: ['motCode'],
  customs: ['customsCode'],
  mos: ['mosCode'],
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: readonly Field[] = ['year', 'reporter', 'flow', 'partner', 'cmd', 'value'];

/** The legacy layout's numeric flow codes. */
const LEGACY_FLOWS: Readonly<Record<string, string>> = { '1': 'M', '2': 'X', '3': 'RX', '4': 'RM' };
const isWorld = (iso: string, code: string): boolean => iso === 'W00' || iso === 'WLD' || code === '0';
/** A breakdown column holds its total. */
const isTotal = (v: string | undefined, totals: readonly string[]): boolean => v === undefined || totals.includes(v.trim());

export async function convertComtrade(options: ConvertOptions): Promise<ConvertResult> {
  const problems: Problem[] = [];
  const notes: Text[] = [];
  const countries = new Map<string, string>();
  const table = new TradeTable({ hs: 'cmdCode', party: options.world ? 'reporterISO' : 'partnerISO', year: 'refYear' }, options.headings);
  const skipped = { other: 0, world: 0, breakdown: 0, aggregate: 0, partners: new Map<string, number>() };
  const flowWanted = options.world ? 'X' : options.flow.toUpperCase();

  for (const input of options.inputs) {
    const file = path.basename(input);
    let columns: Partial<Record<Field, number>> | undefined;
    const stopped = await eachRecord(input, file, ({ line, cells }) => {
      if (!columns) {
        const index = headerIndex(cells);
        columns = {};
        for (const [field, names] of Object.entries(COLUMNS) as Array<[Field, readonly string[]]>) {
          const name = names.find((n) => index.has(n));
          if (name !== undefined) columns[field] = index.get(name)!;
        }
        for (const field of REQUIRED) {
          if (columns[field] === undefined) {
            const [current, legacy] = COLUMNS[field] as readonly [string, string];
            problems.push(problem({ file, line, column: 1 }, text('convert.comtrade.missingColumn', { current, legacy, layout: 'UN Comtrade', required: REQUIRED.map((f) => COLUMNS[f][0]).join(', ') })));
          }
        }
        return;
      }
      const c = columns;
      if (REQUIRED.some((f) => c[f] === undefined)) return;
      const get = (f: Field): string | undefined => (c[f] === undefined ? undefined : (cells[c[f]!] ?? '').trim());
      const at = (f: Field) => ({ file, line, column: (c[f] ?? 0) + 1 });

      const rawFlow = get('flow')!;
      const flow = LEGACY_FLOWS[rawFlow] ?? rawFlow.toUpperCase();
      const reporter = get('reporter')!;
      if (flow !== flowWanted || (!options.world && reporter !== options.reporter)) {
        skipped.other++;
        return;
      }
      const freq = get('freq');
      if (freq !== undefined && freq !== '' && freq !== 'A') {
        problems.push(problem(at('freq'), text('convert.comtrade.freq', { column: 'freqCode', got: JSON.stringify(freq), annual: 'A' })));
        return;
      }
      if (!isTotal(get('partner2'), ['0', '']) || !isTotal(get('mot'), ['0', '']) || !isTotal(get('customs'), ['C00', '']) || !isTotal(get('mos'), ['0', ''])) {
        skipped.breakdown++;
        return;
      }
      const partner = get('partner')!;
      const world = isWorld(partner, get('partnerCode') ?? '');
      if (options.world !== world) {
        skipped.world++;
        return;
      }
      const party = options.world ? reporter : partner;
      const name = get(options.world ? 'reporterName' : 'partnerName');
      if (!isIso3(party)) {
        const shown = areaKey(party, name);
        skipped.partners.set(shown, (skipped.partners.get(shown) ?? 0) + 1);
        return;
      }
      const cmd = get('cmd')!.replace(/\./g, '');
      if (cmd.toUpperCase() === 'TOTAL' || /^\d{2}$/.test(cmd)) {
        skipped.aggregate++;
        return;
      }
      const hsWrong = hsProblem(cmd);
      const year = yearOf(get('year'), at('year'), 'refYear', problems);
      const value = amount(get('value'), at('value'), 'primaryValue', problems, { required: true });
      if (hsWrong) problems.push(problem(at('cmd'), text('problem.cell', { column: 'cmdCode', reason: hsWrong })));
      if (hsWrong || year === undefined || value === undefined) return;
      const netWgt = amount(get('netWgt'), at('netWgt'), 'netWgt', problems, { required: false });
      const qty = netWgt === undefined ? amount(get('qty'), at('qty'), 'qty', problems, { required: false }) : undefined;
      const qtyUnit = get('qtyUnit');
      const quantity = netWgt !== undefined ? { quantity: netWgt, unit: 'kg' } : qty !== undefined && qtyUnit ? { quantity: qty, unit: qtyUnit } : {};
      const classification = get('classification') ?? '';
      const revision = HS_REVISIONS[classification];
      const source = `${options.source ?? 'UN Comtrade'}${revision ? ` (${classification}: ${revision})` : classification ? ` (${classification})` : ''}`;
      if (!countries.has(party)) countries.set(party, name || party);
      table.add({ file, line, hsColumn: c.cmd! + 1, year, hs: cmd, party, valueUsd: value, ...quantity, source }, problems);
    });
    if (stopped) problems.push(stopped);
    if (!columns) problems.push(problem({ file, line: 1, column: 1 }, text('problem.emptyFile')));
  }
  const rows = problems.length === 0 ? table.finish(problems, notes) : [];
  if (problems.length > 0) throw new DatasetError(groupProblems(problems));
  const world = 'W00';
  if (skipped.other > 0) {
    const kept = options.world ? text('convert.note.kept.every') : text('convert.note.kept.reporter', { reporter: options.reporter });
    notes.push(text('convert.note.other', { n: { grouped: skipped.other }, kept, flow: JSON.stringify(flowWanted) }));
  }
  if (skipped.world > 0) notes.push(text(options.world ? 'convert.note.byPartner' : 'convert.note.worldTotal', { n: { grouped: skipped.world }, world }));
  if (skipped.breakdown > 0) notes.push(text('convert.note.breakdown', { n: { grouped: skipped.breakdown } }));
  if (skipped.aggregate > 0) notes.push(text('convert.note.aggregate', { n: { grouped: skipped.aggregate }, total: 'TOTAL' }));
  if (skipped.partners.size > 0) notes.push(text('convert.note.areas', { areas: areaList(skipped.partners, text('convert.note.emptyCode')) }));
  if (rows.length === 0) {
    const flags = { reporterFlag: '--reporter', flowFlag: '--flow' };
    notes.push(options.world ? text('convert.note.noMatch.world', { flow: JSON.stringify(flowWanted), world, ...flags }) : text('convert.note.noMatch.national', { reporter: options.reporter, flow: JSON.stringify(flowWanted), ...flags }));
  }
  return { rows, world: options.world, countries, notes };
}
