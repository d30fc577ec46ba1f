// The taxonomy that ships with the extension and the CLI. One import per file of keywords/:
// tests/meta check that this list and the folder agree.
import certifications from '../../keywords/certifications.json';
import compliance from '../../keywords/compliance.json';
import derivedSoftSkills from '../../keywords/derived-soft-skills.json';
import derivedTechnical from '../../keywords/derived-technical.json';
import derivedTools from '../../keywords/derived-tools.json';
import domains from '../../keywords/domains.json';
import education from '../../keywords/education.json';
import methodologies from '../../keywords/methodologies.json';
import practices from '../../keywords/practices.json';
import softSkills from '../../keywords/soft-skills.json';
import technical from '../../keywords/technical.json';
import tools from '../../keywords/tools.json';
import type { KeywordFile } from './load';

export const BUNDLED_KEYWORD_FILES: KeywordFile[] = [
  { name: 'keywords/certifications.json', data: certifications },
  { name: 'keywords/compliance.json', data: compliance },
  // Written by `npm run spoken-languages` from CLDR's language names (keywords/README.md).
  { name: 'keywords/derived-soft-skills.json', data: derivedSoftSkills },
  // Written by `npm run lexicons` from the linguist and simple-icons lexicons (keywords/README.md).
  { name: 'keywords/derived-technical.json', data: derivedTechnical },
  { name: 'keywords/derived-tools.json', data: derivedTools },
  { name: 'keywords/domains.json', data: domains },
  { name: 'keywords/education.json', data: education },
  { name: 'keywords/methodologies.json', data: methodologies },
  { name: 'keywords/practices.json', data: practices },
  { name: 'keywords/soft-skills.json', data: softSkills },
  { name: 'keywords/technical.json', data: technical },
  { name: 'keywords/tools.json', data: tools },
];
