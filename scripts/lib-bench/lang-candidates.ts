/** Language-detection candidates measured by scripts/lib-bench/lang-bench.ts (Node only). */
import { franc } from 'franc-min';
import * as tinyldLight from 'tinyld/light';
import * as tinyldNormal from 'tinyld';
import { eld as eldSmall } from 'eld/small';
import { eld as eldXs } from 'eld/extrasmall';

export const LANGS = ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko'];
const ISO3: Record<string, string> = { cmn: 'zh', eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', jpn: 'ja', kor: 'ko' };

const eldXsSub = eldXs.newInstance();
eldXsSub.setLanguageSubset(LANGS);
const eldXsLatin = eldXs.newInstance();
eldXsLatin.setLanguageSubset(['en', 'es', 'pt', 'fr', 'de']);
const eldSmallSub = eldSmall.newInstance();
eldSmallSub.setLanguageSubset(LANGS);

export type Detect = (text: string) => string;

export const candidates: Record<string, { detect: Detect; size: string }> = {
  'franc-min (8 langs)': {
    detect: (t) => ISO3[franc(t, { only: Object.keys(ISO3), minLength: 1 })] ?? 'und',
    size: 'franc-min data ~100 KB + trigram-utils',
  },
  'tinyld/light (8 langs)': { detect: (t) => tinyldLight.detect(t, { only: LANGS }) || 'und', size: '69 KB' },
  'tinyld normal (8 langs)': { detect: (t) => tinyldNormal.detect(t, { only: LANGS }) || 'und', size: '590 KB' },
  'tinyld normal (all)': { detect: (t) => tinyldNormal.detect(t) || 'und', size: '590 KB' },
  'eld/extrasmall (all)': { detect: (t) => eldXs.detect(t).language || 'und', size: '950 KB' },
  'eld/extrasmall (8 langs)': { detect: (t) => eldXsSub.detect(t).language || 'und', size: '950 KB' },
  'eld/extrasmall (en es pt fr de)': { detect: (t) => eldXsLatin.detect(t).language || 'und', size: '950 KB, 190 KB cut to 5' },
  'eld/small (8 langs)': { detect: (t) => eldSmallSub.detect(t).language || 'und', size: '1.6 MB' },
};
