import { conceptsOf, conceptIndex } from '../lib/match/concepts';
import { normalize, words } from '../lib/match/normalize';
const t0 = performance.now(); conceptIndex(); console.log('build ms', (performance.now()-t0).toFixed(1));
for (const s of process.argv.slice(2))
  console.log(s, conceptsOf(s), conceptIndex().hits(words(normalize(s))).map(h=>h.term+'@'+h.start+'-'+h.end));
