// Quick check of one or more keyword files while curating: schema, sort order, duplicate ids and surfaces.
import { readFileSync } from 'node:fs';
import { keywordFileSchema } from '../src/taxonomy/schema';

let bad = 0;
const seen = new Map<string, string>();
for (const file of process.argv.slice(2)) {
  const result = keywordFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    for (const issue of result.error.issues) console.log(`${file}: [${issue.path.join('.')}] ${issue.message}`);
    bad++;
    continue;
  }
  const ids = result.data.map((c) => c.id);
  ids.forEach((id, i) => i > 0 && ids[i - 1] >= id && (console.log(`${file}: ${id} is not sorted after ${ids[i - 1]}`), bad++));
  for (const c of result.data) {
    const forms = [c.label, ...Object.values(c.aliases ?? {}).flat()];
    for (const f of forms) {
      const key = f
        .toLowerCase()
        .replace(/[-/\s]+/g, ' ')
        .trim();
      const owner = seen.get(key);
      if (owner && owner !== c.id) console.log(`${file}: "${f}" claimed by ${owner} and ${c.id}`), bad++;
      seen.set(key, c.id);
    }
  }
  console.log(`${file}: ${result.data.length} concepts`);
}
process.exit(bad ? 1 : 0);
