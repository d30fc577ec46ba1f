import { describe, expect, it } from 'vitest';
import { BULLET } from '../../src/text/normalize';

describe('BULLET: a list item at the start of a line', () => {
  it.each([
    ['• Led the Jira migration', 'Led the Jira migration'],
    ['•Jira', 'Jira'],
    ['✓ Scrum', 'Scrum'],
    ['- Ran release trains', 'Ran release trains'],
    ['– Wrote the risk register', 'Wrote the risk register'],
    ['3. Owned the roadmap', 'Owned the roadmap'],
    ['b) Vendor contracts', 'Vendor contracts'],
    ['o Budget tracking', 'Budget tracking'],
    ['► Ran steering committees', 'Ran steering committees'],
    ['❖ Capacity planning', 'Capacity planning'],
    ['⁃ Stakeholder updates', 'Stakeholder updates'],
    ['\uF0B7 Managed a $2M budget (a Word PDF prints its Symbol bullet so)', 'Managed a $2M budget (a Word PDF prints its Symbol bullet so)'],
    ['\uF0A7 Kanban boards', 'Kanban boards'],
  ])('%j is an item: %j', (line, item) => {
    expect(BULLET.test(line)).toBe(true);
    expect(line.replace(BULLET, '')).toBe(item);
  });

  it.each(['Led the Jira migration', '-10% cost', '2026 roadmap', 'C++ and Go', 'or equivalent experience', 'EXPERIENCE'])('%j is no item', (line) => {
    expect(BULLET.test(line)).toBe(false);
  });
});
