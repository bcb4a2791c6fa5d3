// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { libraryProblems, type LibraryRuleLike } from '../../../lib/editor/problems';
import { groupProblems } from '../../../lib/editor/problem-groups';
import { ProblemsPanel, RULES_PER_PAGE } from '../../../components/editor/ProblemsPanel';
import { I18nProvider } from '../../../components/editor/I18n';
import { RuleNamesProvider } from '../../../components/editor/RuleNames';
import type { UiLanguage } from '../../../lib/i18n';

afterEach(cleanup);

const EIGHT = ['zh', 'en', 'es', 'pt', 'fr', 'de', 'ja', 'ko'];

/** 6,000 Chinese-only faq rules, one with an unknown variable, checked for all eight languages. */
function bigLibrary() {
  const rules: LibraryRuleLike[] = Array.from({ length: 6000 }, (_, i) => ({
    packId: 'big', id: `r${i}`, title: `规则 ${i}`, kind: 'faq', keywords: { zh: [`词${i}`] }, replies: { zh: [i === 7 ? '订单 {order_number}' : `回复 ${i}`] },
  }));
  const problems = libraryProblems({ rules, defaultLanguages: new Map([['big', 'zh']]), bannedPhrases: {}, servedLanguages: EIGHT });
  return { rules, problems };
}

function show(language: UiLanguage, rules: LibraryRuleLike[], problems: ReturnType<typeof libraryProblems>) {
  const opened: string[] = [];
  render(
    <I18nProvider language={language}>
      <RuleNamesProvider rules={rules}>
        <ProblemsPanel problems={problems} onOpen={(p, r) => opened.push(`${p}/${r}`)} />
      </RuleNamesProvider>
    </I18nProvider>,
  );
  return opened;
}

describe('problems panel', () => {
  const { rules, problems } = bigLibrary();

  it('groups by kind and rule with counts', () => {
    expect(problems.length).toBe(6000 * 7 + 1);
    const groups = groupProblems(problems);
    expect(groups.map((g) => [g.kind, g.count, g.rules.length])).toEqual([
      ['unknown-variable', 1, 1],
      ['missing-language', 42000, 6000],
    ]);
  });

  it('a 6,000-rule library renders a bounded number of rows, with the counts', () => {
    const opened = show('en', rules, problems);
    const panel = screen.getByTestId('problems');
    expect(panel.querySelectorAll('li').length).toBeLessThan(50);
    expect(screen.getByTestId('shopreply.problems-summary').textContent).toBe('42,001 problems in 2 groups');
    const missing = screen.getByTestId('shopreply.problem-group-missing-language');
    expect(within(missing).getByTestId('shopreply.problem-group-count').textContent).toBe('42,000');
    // Warnings start folded, errors open (named by the rule's title, with a way to it).
    expect(within(missing).queryAllByTestId('shopreply.problem-rule')).toHaveLength(0);
    const unknown = screen.getByTestId('shopreply.problem-group-unknown-variable');
    expect(within(unknown).getByTestId('shopreply.problem-rule-name').textContent).toBe('规则 7');
    fireEvent.click(within(unknown).getByRole('button', { name: 'Open' }));
    expect(opened).toEqual(['big/r7']);

    // Unfolded: one page of rules, one sentence per rule; "more" adds one page.
    fireEvent.click(within(missing).getByTestId('shopreply.problem-group-toggle'));
    expect(within(missing).getAllByTestId('shopreply.problem-rule')).toHaveLength(RULES_PER_PAGE);
    expect(within(missing).getAllByTestId('problem-missing-language')[0].textContent).toBe(
      'No reply in English, Spanish, Portuguese, French, German, Japanese, Korean; those buyers get the Chinese reply.',
    );
    expect(panel.querySelectorAll('li').length).toBeLessThan(100);
    fireEvent.click(within(missing).getByTestId('shopreply.problems-more'));
    expect(within(missing).getAllByTestId('shopreply.problem-rule')).toHaveLength(2 * RULES_PER_PAGE);
    expect(panel.querySelectorAll('li').length).toBeLessThan(150);
  });

  it('speaks Chinese in a Chinese interface', () => {
    show('zh', rules, problems);
    const missing = screen.getByTestId('shopreply.problem-group-missing-language');
    expect(missing.textContent).toContain('服务语言中缺少回复');
    fireEvent.click(within(missing).getByTestId('shopreply.problem-group-toggle'));
    expect(within(missing).getAllByTestId('problem-missing-language')[0].textContent).toBe(
      '没有英语、西班牙语、葡萄牙语、法语、德语、日语、韩语回复；这些买家会收到中文回复。',
    );
    expect(screen.getByTestId('shopreply.problem-group-unknown-variable').textContent).toContain('未知变量');
  });
});
