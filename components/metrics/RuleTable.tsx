import type { RuleRow } from '../../lib/metrics/daily';
import { useT } from '../editor/I18n';

const COLUMNS = ['shown', 'accepted', 'edited', 'overridden', 'dismissed'] as const;

/** Per rule over the period: shown, and what the agents did with it. */
export function RuleTable({ rows, titleOf }: { rows: RuleRow[]; titleOf: (ruleId: string) => string }) {
  const t = useT();
  return (
    <section data-testid="shopreply.metrics-rules">
      <h3>{t('metrics.rules.title')}</h3>
      {rows.length === 0 ? (
        <p className="hint">{t('metrics.rules.none')}</p>
      ) : (
        <table className="rule-table">
          <thead>
            <tr>
              <th>{t('metrics.rules.rule')}</th>
              {COLUMNS.map((c) => <th key={c}>{t(`metrics.rules.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ruleId} data-testid={`shopreply.metrics-rule-${r.ruleId}`}>
                <th scope="row" title={r.ruleId}>{titleOf(r.ruleId)}</th>
                {COLUMNS.map((c) => <td key={c} data-testid={`shopreply.metrics-rule-${c}`}>{r[c]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
