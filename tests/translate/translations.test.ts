import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsvText } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sourceHash } from '../../src/translate/source-hash.js';
import { copyFixture, removeCopies, run } from './run.js';
import { withoutWelsh } from './without-welsh.js';

/** The Welsh a translator would give for each text of the `mixed` fixture, by id. */
const WELSH: Record<string, string> = {
  'demo/report.yaml#organisation': 'Heddlu Enghreifftiol',
  'demo/report.yaml#item_noun': 'camau gweithredu',
  'demo/report.yaml#introduction': 'Cyflwyniad gyda **print trwm**, [dolen](https://example.org/?a=1&b=2) a <onglog> "dyfyniadau".\n\nAil baragraff.',
  'demo/report.yaml#scale.amber.meaning': "Wedi'i fodloni'n rhannol",
  'demo/2023Q2/s1.yaml#actions[id=plan].update': "Mae'r cynllun allan i ymgynghoriad.\n\n- pwynt cyntaf\n- ail bwynt: gyda cholon",
  'demo/2023Q2/s1.yaml#actions[id=review].action': "Adolygu'r cynllun",
  'demo/2023Q2/s1.yaml#actions[id=review].update': 'Adolygwyd ym mis "Gorffennaf".',
  'demo/2023Q2/s1.yaml#actions[id=review].change_reason': "cwblhawyd yr adolygiad.",
  'demo/2023Q2/summary.cy.md': "Aeth y chwarter hwn yn **dda**.\n\nGwellodd dau gam gweithredu; mae {{current.counts.green}} yn Wyrdd.",
};

const EXPORT = ['translations', 'export', '--quarter', '2023Q2', '--data', 'data'];

afterAll(removeCopies);

describe('translations export', () => {
  it('lists exactly the texts of the quarter whose Welsh is missing, empty or stale, with their place', async () => {
    const dir = copyFixture('mixed');
    const result = await run(EXPORT, dir);
    expect(result.exitCode).toBe(0);
    const units = readXliff(result.stdout);
    expect(units.map((unit) => unit.id)).toEqual(Object.keys(WELSH));
    expect(result.stderr).toContain('9 texts need Welsh (8 missing, 1 out of date)');

    const review = units.find((unit) => unit.id.endsWith('#actions[id=review].action'))!;
    expect(review).toMatchObject({ source: 'Review the plan', target: '', previous: "Adolygu'r cynllun", file: 'demo/2023Q2/s1.yaml', line: '25' });
    expect(review.note).toContain('actions[1] (review).action');
    const intro = units.find((unit) => unit.id === 'demo/report.yaml#introduction')!;
    expect(intro.source).toBe(parseYaml(readFileSync(path.join(dir, 'data/demo/report.yaml'), 'utf8')).introduction.en);
    expect(result.stdout).toContain('?a=1&amp;b=2) and &lt;angle&gt; &quot;quotes&quot;.');
    // The narrative's figures are inline codes, which translation tools do not translate.
    expect(result.stdout).toContain('Two actions improved; <ph id="1">{{current.counts.green}}</ph> are Green.');
  });

  it('writes CSV with the columns id, file, field, line, english, welsh', async () => {
    const dir = copyFixture('mixed');
    const result = await run([...EXPORT, '--format', 'csv', '--out', 'welsh.csv'], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('wrote welsh.csv: 9 texts need Welsh (8 missing, 1 out of date)');
    const rows = readCsv(path.join(dir, 'welsh.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['id', 'file', 'field', 'line', 'english', 'welsh', 'status', 'previous_welsh']);
    expect(rows.map((row) => row.id)).toEqual(Object.keys(WELSH));
    expect(rows.find((row) => row.id.endsWith('#actions[id=plan].update'))).toMatchObject({
      file: 'demo/2023Q2/s1.yaml',
      field: 'actions[0] (plan).update',
      line: '15',
      english: 'The plan is out for consultation.\n\n- first point\n- second point: with a colon\n',
      welsh: '',
      status: 'missing',
    });
  });

  it('refuses a --out that contradicts --format, or lies inside the data folder', async () => {
    const dir = copyFixture('mixed');
    expect((await run([...EXPORT, '--out', 'welsh.csv'], dir)).stderr).toContain('--format csv');
    const inside = await run([...EXPORT, '--out', 'data/demo/welsh.xlf'], dir);
    expect(inside.exitCode).toBe(2);
    expect(inside.stderr).toContain('inside the data folder');
  });
});

describe('translations import', () => {
  it('round trip: changes only the imported texts and their cy_source, keeping every comment', async () => {
    const dir = copyFixture('mixed');
    const before = snapshot(dir);
    expect((await run([...EXPORT, '--out', 'welsh.xlf'], dir)).exitCode).toBe(0);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);

    const result = await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('9 texts imported into 3 files');

    const after = snapshot(dir);
    const changed = ['data/demo/report.yaml', 'data/demo/2023Q2/s1.yaml', 'data/demo/2023Q2/summary.cy.md'];
    for (const [file, entry] of before) {
      if (!changed.includes(file)) expect(after.get(file), file).toEqual(entry);
    }
    for (const file of ['data/demo/report.yaml', 'data/demo/2023Q2/s1.yaml']) {
      expect(withoutWelsh(after.get(file)!.text), file).toBe(withoutWelsh(before.get(file)!.text));
    }

    const report = parseYaml(after.get('data/demo/report.yaml')!.text);
    expect(report.item_noun).toEqual({ en: 'actions', cy: 'camau gweithredu', cy_source: sourceHash('actions') });
    expect(report.introduction.cy).toBe(`${WELSH['demo/report.yaml#introduction']}\n`);
    const section = parseYaml(after.get('data/demo/2023Q2/s1.yaml')!.text);
    expect(section.actions[0].update).toEqual({
      en: 'The plan is out for consultation.\n\n- first point\n- second point: with a colon\n',
      cy: `${WELSH['demo/2023Q2/s1.yaml#actions[id=plan].update']}\n`,
      cy_source: sourceHash(section.actions[0].update.en),
    });
    const s1 = after.get('data/demo/2023Q2/s1.yaml')!.text;
    for (const comment of ['# yaml-language-server', '# the main plan', '# Reviews happen every quarter.', '# translated from an older English']) {
      expect(s1).toContain(comment);
    }
    expect(after.get('data/demo/report.yaml')!.text).toContain('# Welsh to come from the translator');
    expect(s1).toContain("      cy: |\n        Mae'r cynllun allan i ymgynghoriad.\n\n        - pwynt cyntaf\n");
    expect(after.get('data/demo/2023Q2/summary.cy.md')!.text).toBe(
      `---\ncy_source: "${sourceHash(before.get('data/demo/2023Q2/summary.en.md')!.text)}"\n---\n${WELSH['demo/2023Q2/summary.cy.md']}\n`,
    );
  });

  it('after import validate finds no missing Welsh; an English edit makes it stale, and export offers it again', async () => {
    const dir = copyFixture('mixed');
    await run([...EXPORT, '--out', 'welsh.xlf'], dir);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);
    await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);

    expect(welshWarnings(await run(['validate', '--quarter', '2023Q2', '--data', 'data', '--format', 'json'], dir))).toEqual([]);
    const again = await run(EXPORT, dir);
    expect(readXliff(again.stdout)).toEqual([]);
    expect(again.stderr).toContain('no text needs Welsh');

    const s1 = path.join(dir, 'data/demo/2023Q2/s1.yaml');
    writeFileSync(s1, readFileSync(s1, 'utf8').replace('Reviewed in \\"July\\".', 'Reviewed in \\"August\\".'));
    const summary = path.join(dir, 'data/demo/2023Q2/summary.en.md');
    writeFileSync(summary, readFileSync(summary, 'utf8').replace('Two actions', 'Three actions'));

    const validate = await run(['validate', '--quarter', '2023Q2', '--data', 'data', '--format', 'json'], dir);
    expect(welshWarnings(validate)).toEqual([{ code: 'stale-welsh', file: path.join('data', 'demo', '2023Q2', 's1.yaml'), message: expect.stringContaining('actions[1] (review).update') }]);
    const units = readXliff((await run(EXPORT, dir)).stdout);
    expect(units).toEqual([
      expect.objectContaining({ id: 'demo/2023Q2/s1.yaml#actions[id=review].update', source: 'Reviewed in "August".', previous: 'Adolygwyd ym mis "Gorffennaf".' }),
      expect.objectContaining({
        id: 'demo/2023Q2/summary.cy.md',
        source: 'This quarter went **well**.\n\nThree actions improved; {{current.counts.green}} are Green.\n',
        previous: `${WELSH['demo/2023Q2/summary.cy.md']}\n`,
      }),
    ]);
  });

  it('CSV round trip, as a spreadsheet saves it: semicolons, CRLF, only some rows filled', async () => {
    const dir = copyFixture('mixed');
    await run([...EXPORT, '--format', 'csv', '--out', 'welsh.csv'], dir);
    const rows = readCsv(path.join(dir, 'welsh.csv'));
    const filled = rows.map((row) => ({ ...row, welsh: row.id.includes('report.yaml') ? '' : WELSH[row.id]!.replace(/\n/g, '\r\n') }));
    writeFileSync(path.join(dir, 'welsh.csv'), stringifyCsv(filled, { header: true, columns: Object.keys(rows[0]!), delimiter: ';', record_delimiter: 'windows' }));
    const before = snapshot(dir);

    const result = await run(['translations', 'import', 'welsh.csv', '--data', 'data'], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('5 texts imported into 2 files, 4 with no Welsh yet left out');
    const after = snapshot(dir);
    expect(after.get('data/demo/report.yaml')).toEqual(before.get('data/demo/report.yaml'));
    const section = parseYaml(after.get('data/demo/2023Q2/s1.yaml')!.text);
    expect(section.actions[1].update).toEqual({ en: 'Reviewed in "July".', cy: 'Adolygwyd ym mis "Gorffennaf".', cy_source: sourceHash('Reviewed in "July".') });
    expect(section.actions[1].change_reason.cy).toBe('cwblhawyd yr adolygiad.');
    expect(after.get('data/demo/2023Q2/s1.yaml')!.text).not.toContain('\r');
  });

  it('keeps a byte-order mark and CRLF line breaks', async () => {
    const dir = copyFixture('mixed');
    const s1 = path.join(dir, 'data/demo/2023Q2/s1.yaml');
    const original = `\uFEFF${readFileSync(s1, 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(s1, original);
    await run([...EXPORT, '--out', 'welsh.xlf'], dir);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);
    expect((await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir)).exitCode).toBe(0);
    const after = readFileSync(s1, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(withoutWelsh(after)).toBe(withoutWelsh(original));
    expect(parseYaml(after.slice(1)).actions[0].update.cy).toBe(`${WELSH['demo/2023Q2/s1.yaml#actions[id=plan].update']}\n`);
  });

  it('skips a text whose English changed after the export, and imports the rest', async () => {
    const dir = copyFixture('mixed');
    await run([...EXPORT, '--out', 'welsh.xlf'], dir);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);
    const report = path.join(dir, 'data/demo/report.yaml');
    writeFileSync(report, readFileSync(report, 'utf8').replace('en: Demo Police', 'en: Demo Police Force'));

    const result = await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('skipped  data/demo/report.yaml:4  organisation  the English has changed since the export');
    expect(result.stdout).toContain('8 texts imported into 3 files, 1 skipped (1 English changed since the export)');
    const organisation = parseYaml(readFileSync(report, 'utf8')).organisation;
    expect(organisation).toEqual({ en: 'Demo Police Force' });
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const dir = copyFixture('mixed');
    await run([...EXPORT, '--out', 'welsh.xlf'], dir);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);
    await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);
    const before = snapshot(dir);
    const second = await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);
    expect(second.stdout).toContain('0 texts imported into 0 files, 9 already in the data');
    expect(snapshot(dir)).toEqual(before);
  });

  it('rejects a file whose ids leave the data folder, with the line, and writes nothing', async () => {
    const dir = copyFixture('mixed');
    await run([...EXPORT, '--out', 'welsh.xlf'], dir);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);
    const file = path.join(dir, 'welsh.xlf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id="demo/report.yaml#item_noun"', 'id="demo/../../etc/report.yaml#item_noun"'));
    const before = snapshot(dir);
    const result = await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^welsh\.xlf:18:1 {2}error {2}bad-translation-file {2}the id "demo\/\.\.\/\.\.\/etc\/report\.yaml#item_noun" names no place/m);
    expect(result.stderr).toContain('nothing imported');
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports broken XML and a broken CSV quote with their lines', async () => {
    const dir = copyFixture('mixed');
    writeFileSync(path.join(dir, 'broken.xlf'), '<xliff version="1.2">\n  <file>\n    <body>\n  </file>\n</xliff>\n');
    const xml = await run(['translations', 'import', 'broken.xlf', '--data', 'data'], dir);
    expect(xml.exitCode).toBe(2);
    expect(xml.stderr).toMatch(/^broken\.xlf:4:\d+ {2}error {2}bad-translation-file {2}the file is not well-formed XML/m);
    writeFileSync(path.join(dir, 'broken.csv'), 'id,english,welsh\ndemo/report.yaml#item_noun,actions,"camau\n');
    const csv = await run(['translations', 'import', 'broken.csv', '--data', 'data'], dir);
    expect(csv.exitCode).toBe(2);
    expect(csv.stderr).toMatch(/^broken\.csv:\d+:1 {2}error {2}bad-translation-file {2}the file is not valid CSV/m);
  });

  it('stops with exit 1, writing nothing, when a data file it would change does not parse', async () => {
    const dir = copyFixture('mixed');
    await run([...EXPORT, '--out', 'welsh.xlf'], dir);
    fillXliff(path.join(dir, 'welsh.xlf'), WELSH);
    const s1 = path.join(dir, 'data/demo/2023Q2/s1.yaml');
    writeFileSync(s1, `${readFileSync(s1, 'utf8')}  bad: [unclosed\n`);
    const before = snapshot(dir);
    const result = await run(['translations', 'import', 'welsh.xlf', '--data', 'data'], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('data/demo/2023Q2/s1.yaml:');
    expect(snapshot(dir)).toEqual(before);
  });
});

interface XliffUnit {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly previous?: string;
  readonly file: string;
  readonly line: string;
  readonly note: string;
}

/** Read with fast-xml-parser directly, not with the code under test; an inline code's content is kept. */
function readXliff(xml: string): XliffUnit[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    isArray: (name) => ['trans-unit', 'context'].includes(name),
    stopNodes: ['*.source', '*.target'],
  });
  const body = parser.parse(xml).xliff.file.body;
  return (body['trans-unit'] ?? []).map((unit: Record<string, any>) => ({
    id: unit.id,
    source: plain(unit.source),
    target: typeof unit.target === 'string' ? plain(unit.target) : '',
    ...(unit['alt-trans'] ? { previous: plain(unit['alt-trans'].target) } : {}),
    file: unit['context-group'].context.find((context: any) => context['context-type'] === 'sourcefile')['#text'],
    line: unit['context-group'].context.find((context: any) => context['context-type'] === 'linenumber')['#text'],
    note: unit.note['#text'],
  }));
}

/** The text of an element's raw content: inline codes unwrapped, entities decoded. */
function plain(raw: string): string {
  return raw
    .replace(/<ph id="\d+">([\s\S]*?)<\/ph>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#13;/g, '\r')
    .replace(/&amp;/g, '&');
}

/** What a translator's tool does: fills each target, escaped as XML, with the figures as the inline codes they were. */
function fillXliff(file: string, welsh: Record<string, string>): void {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const withCodes = (text: string) => escape(text).replace(/\{\{[^}]*\}\}/g, (code) => `<ph id="1">${code}</ph>`);
  const xml = readFileSync(file, 'utf8').replace(
    /(<trans-unit id="([^"]+)"[\s\S]*?)<target state="needs-translation"\/>/g,
    (_, head: string, id: string) => `${head}<target state="translated">${withCodes(welsh[id] ?? '')}</target>`,
  );
  writeFileSync(file, xml);
}

function readCsv(file: string): Record<string, string>[] {
  return parseCsvText(readFileSync(file), { bom: true, columns: true });
}

function welshWarnings(result: { stdout: string }): { code: string; file: string; message: string }[] {
  const problems = JSON.parse(result.stdout) as { code: string; file: string; message: string }[];
  return problems.filter((problem) => /welsh/.test(problem.code)).map(({ code, file, message }) => ({ code, file, message }));
}

/** Every file under the folder's data/, with its text and modification time. */
function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(dir, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else files.set(relative, { text: readFileSync(path.join(dir, relative), 'utf8'), mtime: statSync(path.join(dir, relative)).mtimeMs });
    }
  };
  walk('data');
  return files;
}
