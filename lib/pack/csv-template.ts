import Papa from 'papaparse';
import { HUMAN_HEADERS, HUMAN_KINDS, joinValues, protectCell, type HeaderLanguage } from './csv-layout';

/**
 * The import panel's template CSVs: a small pack a supervisor fills in, with headers in their
 * language (the import reads them, csv-layout.ts) and one example of each kind of cell. Written
 * as export writes CSV (BOM, CRLF, quoted cells), so Excel opens it in UTF-8.
 */

interface Example {
  kind: 'pack' | 'faq' | 'welcome';
  ruleId?: string;
  title?: string;
  priority?: string;
  keywords?: string[];
  examples?: string[];
  replies?: string[];
}

const CONTENT: Record<HeaderLanguage, { lang: string; pack: { id: string; name: string; description: string }; rules: Example[] }> = {
  zh: {
    lang: 'zh',
    pack: { id: 'my-shop', name: '我的店铺话术', description: '每行一条规则；一个格子里有多个值时按 Alt+Enter 换行。' },
    rules: [
      { kind: 'welcome', ruleId: 'welcome', title: '欢迎语', priority: '10', replies: ['您好，欢迎光临！有什么可以帮您？'] },
      {
        kind: 'faq', ruleId: 'where-is-my-order', title: '物流查询', priority: '5',
        keywords: ['快递|物流|包裹', '到哪了|还没到'], examples: ['我的快递到哪了', '怎么还没收到货'],
        replies: ['亲，您的订单 {order_id} 已发出，请耐心等待。', '亲，包裹正在路上，预计两天内送达。'],
      },
    ],
  },
  en: {
    lang: 'en',
    pack: { id: 'my-shop', name: 'My shop replies', description: 'One rule per row; several values in one cell go on separate lines (Alt+Enter).' },
    rules: [
      { kind: 'welcome', ruleId: 'welcome', title: 'Welcome', priority: '10', replies: ['Hi, welcome to our shop! How can I help?'] },
      {
        kind: 'faq', ruleId: 'where-is-my-order', title: 'Where is my order', priority: '5',
        keywords: ['order|parcel|package', 'where|not arrived'], examples: ['Where is my order?', 'My parcel has not arrived yet'],
        replies: ['Hi {buyer_name}, your order {order_id} is on its way.', 'Your parcel should arrive within two days.'],
      },
    ],
  },
};

export function templateFileName(language: HeaderLanguage): string {
  return language === 'zh' ? 'shopreply-template-zh.csv' : 'shopreply-template-en.csv';
}

export function templateCsv(language: HeaderLanguage): string {
  const h = HUMAN_HEADERS[language];
  const { lang, pack, rules } = CONTENT[language];
  const kind = (k: Example['kind']) => (language === 'zh' ? HUMAN_KINDS.zh[k] : k);
  const header = [
    h.pack_id, h.pack_name, h.pack_version, h.default_language, h.pack_description,
    h.rule_id, h.kind, h.title, h.priority,
    `${h.keywords} (${lang})`, `${h.examples} (${lang})`, `${h.replies} (${lang})`,
  ];
  const packRow = [pack.id, pack.name, '1.0.0', lang, pack.description, '', kind('pack'), '', '', '', '', ''];
  const ruleRows = rules.map((r) => [
    '', '', '', '', '',
    r.ruleId ?? '', kind(r.kind), r.title ?? '', r.priority ?? '',
    joinValues(r.keywords ?? []), joinValues(r.examples ?? []), joinValues(r.replies ?? []),
  ]);
  const rows = [header, packRow, ...ruleRows].map((cells) => cells.map(protectCell));
  return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n', quotes: true }) + '\r\n';
}
