import { describe, expect, it } from 'vitest';
import { languageName, resolveUiLanguage, t } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { zh } from '../../../lib/i18n/zh';

describe('interface texts', () => {
  it('fills parameters and keeps literal braces', () => {
    expect(t('en', 'pack.rules', { count: 3 })).toBe('3 rules');
    expect(t('zh', 'pack.rules', { count: 3 })).toBe('3 条规则');
    expect(t('en', 'problems.unknownVariable', { field: 'replies.en[0]', name: 'order_number' })).toBe(
      'Reply replies.en[0] uses the unknown variable {order_number}.',
    );
  });

  it('every catalogue has every key, and the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{+(\w+)\}+/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key], key).toBeTruthy();
      expect(params(zh[key]), key).toEqual(params(en[key]));
    }
  });

  it('follows the browser unless the setting names a language', () => {
    expect(resolveUiLanguage('zh-CN')).toBe('zh');
    expect(resolveUiLanguage('zh-TW', 'auto')).toBe('zh');
    expect(resolveUiLanguage('en-US')).toBe('en');
    expect(resolveUiLanguage('de')).toBe('en');
    expect(resolveUiLanguage('zh-CN', 'en')).toBe('en');
    expect(resolveUiLanguage('en-US', 'zh')).toBe('zh');
  });

  it('names languages', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('*', 'zh')).toBe('所有语言（*）');
  });
});
