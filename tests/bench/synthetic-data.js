// Writes a synthetic report repository: `quarters` quarters of `actions` actions each, in
// sections of about 10, with complete Welsh, so validate and build do all their work.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RATINGS = ['red', 'amber', 'green', 'green', 'amber', 'n/a', 'green'];

export function writeSyntheticData(root, { actions, quarters }) {
  const sectionCount = Math.max(1, Math.ceil(actions / 10));
  const sections = Array.from({ length: sectionCount }, (_, index) => `s${String(index + 1).padStart(4, '0')}`);
  const report = path.join(root, 'data', 'synthetic');
  mkdirSync(report, { recursive: true });
  writeFileSync(path.join(report, 'report.yaml'), reportYaml(sections));
  const ids = quarterIds(quarters);
  for (const [quarterIndex, quarter] of ids.entries()) {
    const folder = path.join(report, quarter);
    mkdirSync(folder, { recursive: true });
    for (const [sectionIndex, section] of sections.entries()) {
      const first = sectionIndex * 10;
      const count = Math.min(10, actions - first);
      writeFileSync(path.join(folder, `${section}.yaml`), sectionYaml(section, first, count, quarterIndex));
    }
  }
  return { dataDir: path.join(root, 'data'), quarters: ids };
}

function quarterIds(count) {
  return Array.from({ length: count }, (_, index) => `${2014 + Math.floor(index / 4)}Q${(index % 4) + 1}`);
}

function reportYaml(sections) {
  return `title: { en: Synthetic report, cy: Adroddiad synthetig }
organisation: { en: Benchmark, cy: Meincnod }
item_noun: { en: actions, cy: camau gweithredu }
introduction: { en: A synthetic report for benchmarks., cy: Adroddiad synthetig ar gyfer meincnodau. }
scale:
  red: { label: { en: Red, cy: Coch }, colour: "#FF0000", meaning: { en: Not started, cy: Heb ddechrau } }
  amber: { label: { en: Amber, cy: Ambr }, colour: "#FFC000", meaning: { en: In progress, cy: Ar y gweill } }
  green: { label: { en: Green, cy: Gwyrdd }, colour: "#00B050", meaning: { en: Complete, cy: Wedi'i gwblhau } }
sections: [${sections.join(', ')}]
`;
}

function sectionYaml(section, first, count, quarterIndex) {
  const actions = Array.from({ length: count }, (_, offset) => {
    const number = first + offset;
    const rag = RATINGS[(number + quarterIndex) % RATINGS.length];
    return `  - id: action-${number}
    action:
      en: Deliver the synthetic action number ${number} in line with the plan
      cy: Cyflawni cam gweithredu synthetig rhif ${number} yn unol â'r cynllun
    rag: ${rag}
    update:
      en: |
        Work on action ${number} continued this quarter. The **board** reviewed progress and agreed next steps.

        - Milestone one is complete
        - Milestone two is on track
      cy: |
        Parhaodd y gwaith ar gam gweithredu ${number} y chwarter hwn. Adolygodd y **bwrdd** y cynnydd a chytuno ar y camau nesaf.

        - Mae carreg filltir un wedi'i chwblhau
        - Mae carreg filltir dau ar y trywydd iawn
    change_reason:
      en: the work moved on.
      cy: bod y gwaith wedi symud ymlaen.
`;
  });
  return `section: ${section}\ntitle:\n  en: Section ${section}\n  cy: Adran ${section}\nactions:\n${actions.join('')}`;
}
