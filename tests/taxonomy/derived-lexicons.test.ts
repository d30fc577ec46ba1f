import { describe, expect, it } from 'vitest';
import { bundledTaxonomy, findConcepts } from '../../src/index';

// How the names that `npm run lexicons` derives (keywords/derived-*.json) read in a posting: the short and
// run-together forms the script promises, and the names that are also ordinary words, which count only in
// a technical sentence. Each row is a sentence and whether it names the concept.
const rows: [id: string, text: string, names: boolean][] = [
  // "X.js" gives "X" and the run-together "Xjs", from the label or from a lexicon alias
  ['vue-js', 'Our stack: Go, JavaScript, Vuejs and Linux.', true],
  ['vue-js', 'The dashboard moved to Vue.js last year.', true],
  ['next-js', 'The storefront is built with NextJS and TypeScript.', true],
  ['express', 'APIs are written in ExpressJS on Node.', true],
  ['express', 'Express is our delivery partner for the launch.', false],
  // "Apache X" gives "X"
  ['apache-flink', 'Streaming jobs run on Flink and Kafka.', true],
  // names that are ordinary words count near their trade's words only, and as spelled
  ['chef', 'Servers are configured with Chef and Terraform.', true],
  ['chef', 'Our head Chef plans the kitchen menu.', false],
  ['puppet', 'Configuration management with Puppet or Ansible.', true],
  ['puppet', 'The Puppet show opens the company party.', false],
  ['gerrit', 'Code review runs in Gerrit with Jenkins builds.', true],
  ['gerrit', 'Your contact: Gerrit Jansen, recruiter.', false],
  // names the corpus filter had left out, kept for general knowledge of the trade
  ['macos', 'Proficiency with Mac (MacOS, Keynote, Numbers, Pages).', true],
  ['cisco', 'Refresh the Cisco switches at every branch.', true],
  ['debian', 'Hosts run Debian and CentOS.', true],
  ['arcgis', 'Experience with GIS software such as ArcGIS or QGIS.', true],
];

describe('names derived from the lexicons', () => {
  it.each(rows)('%s in %j: %s', (id, text, names) => {
    expect(findConcepts(text).some((c) => c.id === id)).toBe(names);
  });

  it('files each derived name under the broader family of its kind', () => {
    const byId = bundledTaxonomy().byId;
    expect(byId.get('debian')?.broader).toEqual(['linux-unix']);
    expect(byId.get('macos')?.broader).toEqual(['operating-systems']);
    expect(byId.get('cisco')?.broader).toEqual(['networking']);
    expect(byId.get('qgis')?.broader).toEqual(['geospatial']);
  });
});
