import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotLoadedYet, withOnDemandParts } from '../../src/text/on-demand';

// Parts the analyzer loads on first need (src/text/on-demand.ts): Node requires them mid-analysis; a browser page
// cannot, so the analysis throws and withOnDemandParts loads the part and runs it again.

describe('withOnDemandParts', () => {
  it('loads each part a run asks for, one after the other, and runs again', async () => {
    const loaded: string[] = [];
    const part = (name: string) => new NotLoadedYet(name, async () => loaded.push(name));
    let runs = 0;
    const result = await withOnDemandParts(() => {
      runs++;
      if (!loaded.includes('compromise')) throw part('compromise');
      if (!loaded.includes('franc')) throw part('franc');
      return 'done';
    });
    expect([result, runs, loaded]).toEqual(['done', 3, ['compromise', 'franc']]);
  });

  it('passes other errors through, and a part that fails to load', async () => {
    await expect(
      withOnDemandParts(() => {
        throw new Error('other');
      }),
    ).rejects.toThrow('other');
    const broken = new NotLoadedYet('franc', () => Promise.reject(new Error('no such file')));
    await expect(
      withOnDemandParts(() => {
        throw broken;
      }),
    ).rejects.toThrow('no such file');
  });

  it('gives up on a part that stays missing once loaded', async () => {
    let loads = 0;
    await expect(
      withOnDemandParts(() => {
        throw new NotLoadedYet('franc', async () => loads++);
      }),
    ).rejects.toThrow('franc is not loaded');
    expect(loads).toBe(3);
  });
});

describe('franc in a browser page (no require)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  const german =
    'Wir suchen eine erfahrene Projektleitung für unser Team in Berlin. Du planst und steuerst Projekte mit internen und externen Partnern, ' +
    'berichtest an die Geschäftsführung und sorgst dafür, dass Termine, Kosten und Qualität eingehalten werden. Du bringst mehrere Jahre Erfahrung mit.';

  it('is loaded on first need: the window is read once it is', async () => {
    vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
    vi.resetModules();
    // Fresh modules: franc not loaded yet (the on-demand module's own class and loop, of the same fresh graph).
    const { francLanguage } = await import('../../src/analyze/language');
    const onDemand = await import('../../src/text/on-demand');
    expect(() => francLanguage(german)).toThrow(onDemand.NotLoadedYet);
    expect(await onDemand.withOnDemandParts(() => francLanguage(german))).toBe('de');
    expect(francLanguage(german)).toBe('de'); // loaded now: no throw
  });

  it('is never asked for a window that is plainly English', async () => {
    vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
    vi.resetModules();
    const { detectLanguage } = await import('../../src/analyze/language');
    const english = 'We are looking for a program manager who will work with our teams and partners to plan the work, and who can report on it. '.repeat(3);
    expect(detectLanguage(english, english.split(/\s+/).length)).toBe('en');
  });
});
