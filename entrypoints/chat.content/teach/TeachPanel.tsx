import { useState, useSyncExternalStore } from 'react';
import { t, hasMessage, type UiLanguage } from '../../../lib/i18n/page';
import { roleText } from '../../../lib/i18n/overlay';
import { REQUIRED_STEPS, TEACH_STEPS, type IdProposal, type TeachStep } from '../../../lib/sites/teach';
import type { Role } from '../../../lib/sites/profile-v1';
import type { Teaching } from './teaching';
import type { OverlayStore } from '../overlay-store';

/** Which roles each step proposes selectors for, in the order they are shown. */
const ROLES_OF: Record<TeachStep, Role[]> = {
  buyerMessage: ['messageCard', 'buyerBubble', 'messageText'],
  sellerMessage: ['sellerBubble', 'messageList'],
  composer: ['composerTextarea', 'composerEditable'],
  sendButton: ['sendButton'],
  headerBuyerName: ['headerBuyerName'],
  activeConversationCard: ['activeConversationCard', 'conversationCard'],
};

function idText(ui: UiLanguage, p: IdProposal): string {
  const s = p.source;
  if ('attribute' in s) return t(ui, 'teach.id.attribute', { name: s.attribute });
  if ('url' in s) return s.url === 'param' ? t(ui, 'teach.id.param', { name: s.name }) : t(ui, 'teach.id.path');
  return `${t(ui, 'teach.id.name')} (${roleText(ui, s.text)})`;
}

/** The teaching panel in the overlay's language. */
export function TeachRoot({ teaching, store }: { teaching: Teaching; store: OverlayStore }) {
  const { ui } = useSyncExternalStore(store.subscribe, store.get);
  return <TeachPanel teaching={teaching} ui={ui} />;
}

export function TeachPanel({ teaching, ui }: { teaching: Teaching; ui: UiLanguage }) {
  const s = useSyncExternalStore(teaching.subscribe, teaching.get);
  // The panel covers part of the page: the supervisor moves it aside to reach what is under it.
  const [left, setLeft] = useState(false);
  if (!s.open) return null;
  const sep = ui === 'zh' ? '、' : ', ';
  const live = s.live;
  const missing = live?.missing ?? [];
  const steps = TEACH_STEPS.filter((step) => step !== 'sendButton' || s.send === 'button');
  return (
    <>
      {s.hover && s.picking && (
        <div className="sr-teach-hover" style={{ left: s.hover.left, top: s.hover.top, width: s.hover.width, height: s.hover.height }} data-testid="shopreply.teach-highlight" />
      )}
      <div className={left ? 'sr-teach sr-teach--left' : 'sr-teach'} lang={ui === 'zh' ? 'zh-CN' : 'en'} role="dialog" aria-label={t(ui, 'teach.title')} data-testid="shopreply.teach">
        <div className="sr-teach-head">
          <strong>{t(ui, 'teach.title')}</strong>
          <button type="button" className="sr-teach-x" onClick={() => setLeft(!left)} aria-label={t(ui, 'teach.move')} title={t(ui, 'teach.move')} data-testid="shopreply.teach-move">
            ⇆
          </button>
          <button type="button" className="sr-teach-x sr-teach-x--close" onClick={() => teaching.close()} aria-label={t(ui, 'teach.close')} title={t(ui, 'teach.close')} data-testid="shopreply.teach-close">
            ✕
          </button>
        </div>
        <p className="sr-teach-intro">{t(ui, 'teach.intro')}</p>
        <ol className="sr-teach-steps">
          {steps.map((step) => {
            const roles = ROLES_OF[step].filter((r) => s.proposals.roles[r]?.length);
            return (
              <li key={step} className={`sr-teach-step${s.picking === step ? ' sr-teach-step--now' : ''}`} data-testid={`shopreply.teach-step-${step}`} data-picked={s.picked[step] ? 'true' : 'false'}>
                <div className="sr-teach-step-head">
                  <span className="sr-teach-mark">{s.picked[step] ? '✓' : REQUIRED_STEPS.includes(step) ? '○' : '·'}</span>
                  <span className="sr-teach-label">{t(ui, `teach.step.${step}` as never)}</span>
                  {s.picking === step ? (
                    <button type="button" className="sr-button" onClick={() => teaching.stopPicking()} data-testid="shopreply.teach-stop">
                      {t(ui, 'teach.stop')}
                    </button>
                  ) : (
                    <button type="button" className="sr-button" onClick={() => teaching.pick(step)} data-testid={`shopreply.teach-pick-${step}`}>
                      {s.picked[step] ? t(ui, 'teach.repick') : t(ui, 'teach.pick')}
                    </button>
                  )}
                </div>
                {s.picking === step && <div className="sr-teach-hint">{t(ui, 'teach.picking')}</div>}
                {step === 'sellerMessage' && s.proposals.sameCard && <div className="sr-teach-warn">{t(ui, 'teach.sameCard')}</div>}
                {step === 'sellerMessage' && s.picked.buyerMessage && s.picked.sellerMessage && !s.proposals.sameCard && !s.proposals.roles.buyerBubble?.length && !s.proposals.roles.sellerBubble?.length && (
                  <div className="sr-teach-warn">{t(ui, 'teach.noAuthor')}</div>
                )}
                {roles.map((role) => {
                  const list = s.proposals.roles[role]!;
                  return (
                    <label key={role} className="sr-teach-cands">
                      <span className="sr-teach-role">{roleText(ui, role)}</span>
                      <select
                        value={String(Math.min(s.taken[role] ?? 0, list.length - 1))}
                        onChange={(e) => teaching.take(role, Number(e.currentTarget.value))}
                        aria-label={t(ui, 'teach.candidates', { role: roleText(ui, role) })}
                        data-testid={`shopreply.teach-candidates-${role}`}
                      >
                        {list.map((c, i) => (
                          <option key={c.selector} value={String(i)} title={t(ui, `teach.kind.${c.kind}` as never)}>
                            {t(ui, 'teach.candidate', { selector: c.selector, count: c.count })}
                            {c.kind === 'hashed' ? ' ⚠' : ''}
                          </option>
                        ))}
                      </select>
                    </label>
                  );
                })}
              </li>
            );
          })}
        </ol>
        <label className="sr-teach-enter">
          <input type="checkbox" checked={s.send === 'enter'} onChange={(e) => teaching.setSend(e.currentTarget.checked ? 'enter' : 'button')} data-testid="shopreply.teach-enter-sends" />
          {t(ui, 'teach.enterSends')}
        </label>
        {s.proposals.ids.length > 0 && (
          <fieldset className="sr-teach-ids" data-testid="shopreply.teach-ids">
            <legend>{t(ui, 'teach.ids.title')}</legend>
            {s.proposals.ids.map((p, i) => (
              <label key={JSON.stringify(p.source)} className="sr-teach-id">
                <input type="checkbox" checked={!s.idsOff.includes(i)} onChange={(e) => teaching.toggleId(i, e.currentTarget.checked)} />
                {idText(ui, p)} <span className="sr-teach-now">{t(ui, 'teach.id.now', { value: p.value })}</span>
              </label>
            ))}
          </fieldset>
        )}
        <section className="sr-teach-live" aria-live="polite" data-testid="shopreply.teach-live">
          <strong>{t(ui, 'teach.live.title')}</strong>
          <dl>
            <dt>{t(ui, 'teach.live.conversation')}</dt>
            <dd data-testid="shopreply.teach-live-conversation" data-kind={live?.idKind ?? ''}>
              {live?.conversationId ?? t(ui, 'teach.live.none')}
              {live?.idKind === 'name' && <span className="sr-teach-warn" data-testid="shopreply.teach-live-name-only"> ({t(ui, 'teach.live.nameOnly')})</span>}
            </dd>
            <dt>{t(ui, 'teach.live.buyer')}</dt>
            <dd data-testid="shopreply.teach-live-buyer">{live?.buyerName ?? t(ui, 'teach.live.none')}</dd>
            <dt>{t(ui, 'teach.live.lastBuyer')}</dt>
            <dd className="sr-teach-text" data-testid="shopreply.teach-live-last-buyer">{live?.lastBuyerMessage ?? t(ui, 'teach.live.none')}</dd>
            <dt>{t(ui, 'teach.live.messages')}</dt>
            <dd data-testid="shopreply.teach-live-messages">
              {live ? t(ui, 'teach.live.messageCount', { count: live.messageCount, buyer: live.buyerMessages, seller: live.sellerMessages }) : t(ui, 'teach.live.none')}
            </dd>
            <dt>{t(ui, 'teach.live.composer')}</dt>
            <dd data-testid="shopreply.teach-live-composer" data-found={live?.composerFound ? 'true' : 'false'}>
              {live?.composerFound ? t(ui, 'teach.live.found') : t(ui, 'teach.live.notFound')}
            </dd>
          </dl>
          <div className={missing.length ? 'sr-teach-warn' : 'sr-teach-ok'} data-testid="shopreply.teach-live-missing" data-missing={missing.join(' ')}>
            {missing.length ? t(ui, 'teach.live.missing', { roles: missing.map((r) => roleText(ui, r)).join(sep) }) : t(ui, 'teach.live.complete')}
          </div>
        </section>
        {s.problems.length > 0 && (
          <div className="sr-teach-problems" data-testid="shopreply.teach-problems">
            {t(ui, 'teach.problems')}
            <ul>
              {s.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.where}</code> {p.code && hasMessage(`importError.${p.code}`) ? t(ui, `importError.${p.code}` as never, p.values ?? {}) : p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="sr-teach-actions">
          <button type="button" className="sr-button sr-button--primary" disabled={missing.length > 0} onClick={() => void teaching.save()} data-testid="shopreply.teach-save">
            {t(ui, 'teach.save')}
          </button>
          <button type="button" className="sr-button" disabled={missing.length > 0} onClick={() => teaching.download()} data-testid="shopreply.teach-download">
            {t(ui, 'teach.download')}
          </button>
        </div>
        {s.saved && <div className="sr-teach-ok" data-testid="shopreply.teach-saved">{t(ui, s.saved === 'opened' ? 'teach.saved' : 'teach.downloaded')}</div>}
        {s.saveError && <div className="sr-teach-warn" data-testid="shopreply.teach-save-error">{t(ui, 'teach.saveFailed', { reason: s.saveError })}</div>}
      </div>
    </>
  );
}
