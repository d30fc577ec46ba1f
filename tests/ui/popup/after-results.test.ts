import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '../../../src/index';
import { listHistory } from '../../../src/storage/history';
import type { Resume } from '../../../src/storage/schema';
import { saveSettings } from '../../../src/storage/settings';
import { rankAndRecord } from '../../../src/ui/popup/after-results';

const resume = (id: string, name: string, text: string): Resume => ({ id, name, text, source: 'paste', addedAt: '2026-11-01T00:00:00.000Z' });
const cloud = resume('cloud', 'Cloud TPM', 'Technical Program Manager. Led Kubernetes and AWS migrations with Terraform; tracked work in Jira.');
const office = resume('office', 'Office generalist', 'Office coordinator. Scheduled meetings; tracked requests in Jira.');
const text = 'Senior Technical Program Manager\nRequirements\n- Kubernetes, AWS and Terraform\n- Jira\nNice to have\n- PMP';
const source = { title: '', company: '', text, url: 'https://jobs.example.com/1', site: 'generic', origin: 'this page' };

describe('after the popup shows results', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
  });

  it('records the posting with a score per resume and names the best', async () => {
    const fit = await rankAndRecord({ source, analysis: analyze(source, office.text), resume: office, resumes: [office, cloud] });
    expect(fit).toMatchObject({ best: { name: 'Cloud TPM' }, shownIsBest: false });
    const [entry] = (await listHistory()).entries;
    expect(entry.scores.map((s) => s.resumeName).sort()).toEqual(['Cloud TPM', 'Office generalist']);
  });

  it('answers a reopened popup from the recorded scores, writing nothing; an edited resume is scored again', async () => {
    await rankAndRecord({ source, analysis: analyze(source, office.text), resume: office, resumes: [office, cloud] });
    const first = (await listHistory()).entries[0].analyzedAt;
    await new Promise((ok) => setTimeout(ok, 5));
    const again = await rankAndRecord({ source, analysis: analyze(source, office.text), resume: office, resumes: [office, cloud] });
    expect(again?.best.name).toBe('Cloud TPM');
    expect((await listHistory()).entries[0].analyzedAt).toBe(first);
    const edited = { ...office, text: `${office.text} Led Kubernetes, AWS and Terraform programs.` };
    await rankAndRecord({ source, analysis: analyze(source, edited.text), resume: edited, resumes: [edited, cloud] });
    expect((await listHistory()).entries[0].analyzedAt).not.toBe(first);
  });

  it('still names the best resume while history is off, recording nothing', async () => {
    await saveSettings({ historyEnabled: false });
    const fit = await rankAndRecord({ source, analysis: analyze(source, cloud.text), resume: cloud, resumes: [office, cloud] });
    expect(fit).toMatchObject({ best: { name: 'Cloud TPM' }, shownIsBest: true });
    expect((await listHistory()).entries).toEqual([]);
  });
});
