import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownTree, readYaml, run, SAMPLE, temporaryFolder } from './helpers.js';

describe("import of rag-report's own documents", () => {
  for (const report of ['policing-protocol', 'business-plan']) {
    it(`gives back the sample's ${report} from the docx that build writes: ids, ratings and Markdown, bold included`, async () => {
      const root = temporaryFolder();
      cpSync(SAMPLE, path.join(root, 'data'), { recursive: true });
      const built = await run(['build', '--quarter', '2023Q2', '--report', report, '--lang', 'en', '--format', 'docx'], root);
      expect(built.exitCode).toBe(0);
      const docx = path.join('dist', report, '2023Q2', `${report}-2023Q2.en.docx`);
      const result = await run(['import', docx, '--report', report, '--quarter', '2023Q2', '--data', 'imported'], root);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);

      const mine = readYaml(path.join(root, 'imported', report, 'report.yaml'));
      const sample = readYaml(path.join(SAMPLE, report, 'report.yaml'));
      expect([mine.title.en, mine.organisation.en]).toEqual([sample.title.en, sample.organisation.en]);
      expect(mine.sections).toEqual(sample.sections);
      for (const id of sample.sections) {
        const imported = readYaml(path.join(root, 'imported', report, '2023Q2', `${id}.yaml`));
        const original = readYaml(path.join(SAMPLE, report, '2023Q2', `${id}.yaml`));
        expect(imported.title.en).toBe(original.title.en);
        expect(imported.ref?.en).toBe(original.ref?.en);
        expect(imported.actions.map((action: any) => action.rag)).toEqual(original.actions.map((action: any) => action.rag));
        original.actions.forEach((action: any, index: number) => {
          const where = `${id} ${action.id}`;
          expect(markdownTree(imported.actions[index].action.en), where).toEqual(markdownTree(action.action.en));
          expect(markdownTree(imported.actions[index].update.en), where).toEqual(markdownTree(action.update.en));
        });
      }
    }, 120_000); // a whole build and an import, on a machine that may be busy
  }
});
