import { BULLET, normalizeText } from '../text/normalize';
import { spanAt } from './spans';

export type Strength = 'demonstrated' | 'listed';
export type ResumeSection = 'header' | 'summary' | 'skills' | 'experience' | 'education' | 'certifications' | 'other';

// A resume shows a skill in its experience (a bullet, a job title) or only lists it (summary, skills,
// education, certifications). Order matters: "Technical skills" is a list before it is technical experience.
const HEADINGS: [ResumeSection, RegExp][] = [
  ['certifications', /^(licenses?( (and|&) )?)?(certifications?|certificates?|credentials|licenses?)( (and|&) (licenses?|training|certifications?|awards))?$/],
  ['education', /^(education|academic background|academics|education (and|&) (training|certifications?))$/],
  [
    'skills',
    /^((core|key|technical|professional|relevant|additional|selected) )?(skills|competencies|expertise|proficiencies|technologies|tools|skill set|toolkit|strengths)( (and|&) (tools|technologies|competencies|expertise))?$|^areas of (expertise|strength)$|^(tools|technologies) (and|&) (methods|methodologies|platforms)$/,
  ],
  [
    'summary',
    /^((professional|career|executive|profile) )?(summary|profile|objective|overview)$|^about( me)?$|^highlights$|^(career|professional) highlights$/,
  ],
  [
    'experience',
    /^((professional|work|relevant|selected|career|employment|leadership|program) )?(experience|history|employment|projects|background|work history|employment history|career history)( (and|&) (projects|achievements|accomplishments|leadership))?$|^(volunteer|volunteering)( experience)?$/,
  ],
];

/** The section a heading line opens, or undefined for a content line. */
export function resumeHeading(rawLine: string): ResumeSection | undefined {
  if (BULLET.test(rawLine)) return undefined;
  const line = normalizeText(rawLine)
    .replace(/[*#_=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:$/, '')
    .trim();
  if (!line || line.split(' ').length > 5) return undefined;
  const lower = line.toLowerCase();
  for (const [kind, re] of HEADINGS) if (re.test(lower)) return kind;
  return undefined;
}

/** A short line without list punctuation that ends with a colon or is written in Title Case or capitals. */
function looksLikeHeading(rawLine: string): boolean {
  if (BULLET.test(rawLine)) return false;
  const line = normalizeText(rawLine)
    .replace(/[*#_=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = line.replace(/:$/, '').split(' ').filter(Boolean);
  if (!words.length || words.length > 5 || /[,;|.]/.test(line)) return false;
  return line.endsWith(':') || words.every((w) => /^[\p{Lu}&\d]/u.test(w) || /^(and|of|the|for|in|&)$/.test(w));
}

/**
 * For each offset of a resume, whether a concept named there is demonstrated (experience section, or a
 * bullet or sentence outside any known section) or only listed (summary, skills, education, certifications,
 * a short list line). Offsets index the input text.
 */
export function resumeStrengths(text: string): (offset: number) => Strength {
  const spans: { start: number; end: number; strength: Strength }[] = [];
  let section: ResumeSection = 'header';
  for (const m of text.matchAll(/[^\n\r]+/g)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    const heading = resumeHeading(raw);
    if (heading) {
      section = heading;
      continue;
    }
    // An unknown heading ("Selected Engagements", "PROJECTS & IMPACT:") ends a list section: what follows is
    // judged line by line, so bullets under it still count as shown.
    if (section !== 'experience' && section !== 'header' && looksLikeHeading(raw)) {
      section = 'other';
      continue;
    }
    const start = m.index!;
    let strength: Strength;
    if (section === 'experience') strength = 'demonstrated';
    else if (section === 'header' || section === 'other') {
      // No heading yet (a note, a pasted fragment): a bullet or a full sentence shows; a short list names.
      const words = raw.split(/\s+/).filter(Boolean).length;
      strength = BULLET.test(raw) || (words >= 8 && !/[|,;].*[|,;].*[|,;]/.test(raw)) ? 'demonstrated' : 'listed';
    } else strength = 'listed';
    spans.push({ start, end: start + raw.length, strength });
  }
  return (offset) => spanAt(spans, offset)?.strength ?? 'listed';
}
