import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cell, docx, escapeXml, paragraph, readYaml, run, table, temporaryFolder } from './helpers.js';

/** A report typed as the OPCC's Business Plan is, with what Word and people do to such documents. */
function untidyReport(printedGreen = ['1', '33%']): Uint8Array {
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/></w:style>
    <w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="My numbered"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
  </w:styles>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
    <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
  </w:numbering>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.dyfedpowys-pcc.org.uk/plan" TargetMode="External"/>
  </Relationships>`;
  const header = (third: string) => [cell(paragraph('Actions')), cell(paragraph('RAG Status')), cell(paragraph(third))];
  const numbered = (text: string, level = 0) =>
    `<w:p><w:pPr><w:pStyle w:val="Numbered"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`;
  const merged = `<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`;
  const mergeStart = `<w:tc><w:tcPr><w:vMerge w:val="restart"/><w:shd w:val="clear" w:color="auto" w:fill="92D050"/></w:tcPr><w:p/></w:tc>`;
  const body = [
    paragraph('Police and Crime Commissioner for Dyfed-Powys', { bold: true }),
    paragraph('This document is available in Welsh'),
    paragraph('Business Plan'),
    paragraph('Introduction', { style: 'Titre2' }),
    paragraph('The plan for the year.'),
    paragraph('Executive Summary', { style: 'Titre2' }),
    table([
      [cell(''), cell(paragraph('Qtr 1')), cell(paragraph('Qtr 1')), cell(paragraph('Qtr 2')), cell(paragraph('Qtr 2'))],
      [cell(paragraph('Red/Coch')), cell(paragraph('0')), cell(paragraph('0%')), cell(paragraph('1')), cell(paragraph('34%'))],
      [cell(paragraph('Amber/Ambr')), cell(paragraph('2')), cell(paragraph('50%')), cell(paragraph('1')), cell(paragraph('33%'))],
      [cell(paragraph('Green/Gwyrdd')), cell(paragraph('2')), cell(paragraph('50%')), cell(paragraph(printedGreen[0]!)), cell(paragraph(printedGreen[1]!))],
    ]),
    paragraph('Priority One – Victims are Supported', { bold: true }),
    paragraph(''),
    table([
      header('Qtr 2 Update'),
      [
        cell(paragraph('Recommission victim services')),
        cell(paragraph('Yellow')),
        cell(`${paragraph('Questions asked:')}${numbered('What is the contract?')}${numbered('Who provides it?', 1)}${numbered('What next?')}`),
      ],
      // Word repeats the header row after a page break when someone typed it again.
      header('Qtr 2 Update'),
      [
        cell(paragraph('Publish the plan')),
        mergeStart,
        cell(`<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>the plan</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>`),
      ],
      [cell(''), merged, cell(paragraph('Launched in May.'))],
    ]),
    paragraph('Priority Two – Harm is Prevented', { style: 'Titre2' }),
    table([
      header('Progress update'),
      [cell(paragraph('Restorative Justice')), cell(`<w:p><w:r><w:rPr><w:highlight w:val="red"/></w:rPr><w:t>  </w:t></w:r></w:p>`), cell(paragraph('Not started.'))],
    ]),
  ].join('');
  return docx(body, { 'word/styles.xml': styles, 'word/numbering.xml': numbering, 'word/_rels/document.xml.rels': rels });
}

describe('import of an untidy document', () => {
  it('reads localised heading styles, bold headings, repeated headers, merged cells, numbering, links and highlights', async () => {
    const root = temporaryFolder();
    writeFileSync(path.join(root, 'plan.docx'), untidyReport());
    const result = await run(['import', 'plan.docx', '--report', 'plan', '--quarter', '2023Q2'], root);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const report = readYaml(path.join(root, 'data/plan/report.yaml'));
    expect(report.title).toEqual({ en: 'Business Plan' });
    expect(report.organisation).toEqual({ en: 'Police and Crime Commissioner for Dyfed-Powys' });
    expect(report.introduction).toEqual({ en: 'The plan for the year.\n' });
    expect(report.sections).toEqual(['priority-one', 'priority-two']);

    const first = readYaml(path.join(root, 'data/plan/2023Q2/priority-one.yaml'));
    expect(first.ref).toEqual({ en: 'Priority One' });
    expect(first.title).toEqual({ en: 'Victims are Supported' });
    expect(first.actions).toEqual([
      {
        id: 'recommission-victim-services',
        action: { en: 'Recommission victim services' },
        rag: 'amber',
        update: { en: 'Questions asked:\n\n1. What is the contract?\n   - Who provides it?\n2. What next?\n' },
      },
      {
        id: 'publish-plan',
        action: { en: 'Publish the plan' },
        rag: 'green',
        update: { en: 'See [the plan](https://www.dyfedpowys-pcc.org.uk/plan).\n\nLaunched in May.\n' },
      },
    ]);
    const second = readYaml(path.join(root, 'data/plan/2023Q2/priority-two.yaml'));
    expect(second.actions.map((action: any) => [action.id, action.rag])).toEqual([['restorative-justice', 'red']]);
  });

  it("checks the counts table's last pair of columns, the quarter's own", async () => {
    const root = temporaryFolder();
    // The rows give 1 red, 1 amber, 1 green (34%, 33%, 33%: the tie goes to the worse rating).
    writeFileSync(path.join(root, 'plan.docx'), untidyReport(['2', '50%']));
    const result = await run(['import', 'plan.docx', '--report', 'plan', '--quarter', '2023Q2', '--dry-run'], root);
    expect(result.stderr.split('\n').filter((line) => line.includes('import-counts-disagree'))).toEqual([
      'plan.docx  warning  import-counts-disagree  the document prints Green/Gwyrdd 2 (50%); its rows give 1 (33%)',
    ]);
    expect(result.exitCode).toBe(0);
  });
});

describe('a section whose heading is repeated over the next page', () => {
  it('continues the section instead of starting another', async () => {
    const root = temporaryFolder();
    const row = (action: string, fill: string) => [cell(paragraph(action)), cell('', fill), cell(paragraph(`${action}: done.`))];
    const header = [cell(paragraph('Action Required')), cell(paragraph('RAG')), cell(paragraph('Progress Update'))];
    const body = [
      paragraph('17a) Set the strategic direction', { style: 'Heading2' }),
      table([header, row('Develop the plan', '00B050')]),
      paragraph('17a) Set the strategic direction (continued)', { style: 'Heading2' }),
      table([header, row('Review the plan', 'FFC000')]),
      paragraph('17b) Scrutinise performance', { style: 'Heading2' }),
      table([header, row('Scrutinise', 'FFC000')]),
    ].join('');
    writeFileSync(path.join(root, 'protocol.docx'), docx(body));
    const result = await run(['import', 'protocol.docx', '--report', 'protocol', '--quarter', '2023Q1'], root);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('warning  import-no-introduction  the document has no heading "Introduction"');
    expect(readYaml(path.join(root, 'data/protocol/report.yaml')).sections).toEqual(['17a', '17b']);
    expect(readYaml(path.join(root, 'data/protocol/2023Q1/17a.yaml')).actions.map((action: any) => action.id)).toEqual(['develop-plan', 'review-plan']);
  });
});

describe('a row whose update is all on the next page', () => {
  it('takes the update from the continuation row; a row with neither is a problem', async () => {
    const header = [cell(paragraph('Action Required')), cell(paragraph('RAG')), cell(paragraph('Progress Update'))];
    const body = (rows: string[][]) => docx(paragraph('17a) Set the strategic direction', { style: 'Heading2' }) + table([header, ...rows]));
    const root = temporaryFolder();
    writeFileSync(path.join(root, 'split.docx'), body([[cell(paragraph('Develop the plan')), cell('', '00B050'), cell('')], [cell(''), cell(''), cell(paragraph('Published in May.'))]]));
    const split = await run(['import', 'split.docx', '--report', 'protocol', '--quarter', '2023Q1', '--dry-run'], root);
    expect(split.exitCode).toBe(0);
    expect(split.stdout).toContain('    update:\n      en: |\n        Published in May.\n');

    writeFileSync(path.join(root, 'empty.docx'), body([[cell(paragraph('Develop the plan')), cell('', '00B050'), cell('')], [cell(''), cell(paragraph('Green')), cell(paragraph('Orphan.'))]]));
    const empty = await run(['import', 'empty.docx', '--report', 'protocol', '--quarter', '2023Q1'], root);
    expect(empty.stderr).toContain('import-no-action  under "17a) Set the strategic direction", row 2: the row has a rating but no action');
    expect(empty.stderr).toContain('import-no-update  under "17a) Set the strategic direction", row 1 ("Develop the plan"): the row has no progress update');
    expect(empty.exitCode).toBe(1);
  });
});
