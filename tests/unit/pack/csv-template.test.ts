import { describe, expect, it } from 'vitest';
import { templateCsv } from '../../../lib/pack/csv-template';
import { decodeText } from '../../../lib/pack/decode';
import { parsePackFile } from '../../../lib/pack/pack-file';
import { readHeader } from '../../../lib/pack/csv-layout';

describe('template CSVs', async () => {
  it('the Chinese template has Chinese headers and imports cleanly', async () => {
    const text = templateCsv('zh');
    expect(text.split('\r\n')[0]).toBe('\ufeff"话术包ID","话术包名称","版本","默认语言","话术包说明","规则ID","类型","标题","优先级","关键词 (zh)","买家问法 (zh)","回复 (zh)"');
    const bytes = new TextEncoder().encode(text);
    const decoded = await decodeText(bytes);
    expect(decoded.ok).toBe(true);
    const parsed = parsePackFile('shopreply-template-zh.csv', decoded.ok ? decoded.text : '');
    expect(parsed.ok ? parsed.value[0] : parsed.problems).toMatchObject({
      id: 'my-shop', name: '我的店铺话术', version: '1.0.0', defaultLanguage: 'zh',
      rules: [
        { id: 'welcome', kind: 'welcome', priority: 10, replies: { zh: ['您好，欢迎光临！有什么可以帮您？'] } },
        { id: 'where-is-my-order', kind: 'faq', keywords: { zh: ['快递|物流|包裹', '到哪了|还没到'] }, examples: { zh: ['我的快递到哪了', '怎么还没收到货'] } },
      ],
    });
  });

  it('the English template has English headers and imports cleanly', async () => {
    const text = templateCsv('en');
    expect(text.split('\r\n')[0]).toContain('"Pack ID","Pack name","Version"');
    const parsed = parsePackFile('shopreply-template-en.csv', text);
    expect(parsed.ok ? parsed.value[0].rules.map((r) => [r.id, r.kind]) : parsed.problems).toEqual([['welcome', 'welcome'], ['where-is-my-order', 'faq']]);
  });

  it('reads human headers in either bracket style and keeps the machine names', async () => {
    expect(readHeader('回复（zh）')).toMatchObject({ type: 'texts', key: 'replies.zh' });
    expect(readHeader('Buyer questions (en)')).toMatchObject({ type: 'texts', key: 'examples.en' });
    expect(readHeader('关键词 (*)')).toMatchObject({ type: 'texts', key: 'keywords.*' });
    expect(readHeader('禁用语 (zh)')).toMatchObject({ type: 'banned', key: 'banned_phrases.zh' });
    expect(readHeader('话术包名称')).toMatchObject({ type: 'pack', field: 'name' });
    expect(readHeader('replies.en')).toMatchObject({ type: 'texts', key: 'replies.en' });
    expect(readHeader('回复')).toMatch(/needs a language/);
    expect(readHeader('__proto__ (en)')).toEqual(expect.any(String));
  });
});
