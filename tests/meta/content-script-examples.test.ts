import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INJECTED_SCRIPTS, withoutExamples } from '../../scripts/content-script-examples';

describe('the examples left out of the injected content scripts', () => {
  it.each([
    ['const a=[{name:"SEEK",example:"a board"},{name:"Dice",example:"b"}]', 'const a=[{name:"SEEK"},{name:"Dice"}]'],
    [`x=[{label:'About the job',example:'LinkedIn: "About the job"'}]`, `x=[{label:'About the job'}]`],
    ['x=[{name:"C",example:`a board\'s card: "C - Austin"`}]', 'x=[{name:"C"}]'],
    ['x={name:"a",example:"say \\"hi\\" here"}', 'x={name:"a"}'],
    // Left as they are: a property read, an example that is not the object's last property or not a string, an object of one.
    ['y=n.example;z=[{example:"only"}]', 'y=n.example;z=[{example:"only"}]'],
    ['x={name:"a",example:"b",id:1}', 'x={name:"a",example:"b",id:1}'],
    ['x={name:"a",example:e}', 'x={name:"a",example:e}'],
    [`x={name:"a",example:\`$\{b}\`}`, `x={name:"a",example:\`$\{b}\`}`],
  ])('%s', (code, want) => expect(withoutExamples(code)).toBe(want));

  it('covers every script the extension injects (each unlisted script of entrypoints/)', () => {
    const unlisted = readdirSync('entrypoints')
      .filter((f) => f.endsWith('.ts') && readFileSync(`entrypoints/${f}`, 'utf8').includes('defineUnlistedScript('))
      .map((f) => f.replace(/\.ts$/, '.js'));
    expect(unlisted.length).toBeGreaterThan(0);
    expect([...INJECTED_SCRIPTS].sort()).toEqual(unlisted.sort());
  });
});
