import { useCallback, useEffect, useMemo, useState } from 'react';
import { saveSettings } from '../../../lib/db/settings';
import type { StoredSiteProfileMessage } from '../../../lib/messages/protocol';
import { tiktokShopProfileFile } from '../../../lib/sites/tiktok-shop';
import { draftFromHash } from '../../../lib/sites/draft';
import { parseSiteProfileText } from '../../../lib/sites/profile-parse';
import { profileHealth, profileSites } from '../../../lib/sites/preview';
import type { SiteProfileFile } from '../../../lib/sites/profile-v1';
import { selectorCheckOf } from '../../../lib/sites/selector-check';
import type { InputProblem } from '../../../lib/pack/errors';
import { downloadText } from '../download';
import { useEditor } from '../EditorContext';
import { useT, useUiLanguage } from '../I18n';
import { inputProblemText } from '../input-problem-text';
import { useShopSettings } from '../useShopSettings';
import type { SiteProfileApi } from './api';
import { idKindText, idSourcesText } from './health-text';
import { SiteProfilePreview } from './SiteProfilePreview';
import { TeachNewPage } from './TeachNewPage';

/** The v1 file as a download: what a supervisor fixes and imports again, or hands to the team. */
export function exportSiteProfile(profile: SiteProfileFile): void {
  downloadText(`${profile.id}.site-profile.json`, JSON.stringify(profile, null, 2) + '\n', 'application/json');
}

interface Row {
  profile: SiteProfileFile;
  builtIn: boolean;
  importedAt?: number;
  source?: string;
  /** Origins its pages need and the person has not granted. */
  missing: string[];
}

type Draft = { profile: SiteProfileFile; existing?: SiteProfileFile } | { problems: InputProblem[] } | { error: string };

/**
 * The site profiles: the built-in one and each imported one, with its pages and health, Export,
 * Remove, access to its hosts; and a draft from "Teach this page" (`#site-profile-draft=…`) for
 * preview and Apply.
 */
export function SiteProfilesPanel({ api, draftHash }: { api: SiteProfileApi; draftHash?: string }) {
  const t = useT();
  const ui = useUiLanguage();
  const { db, setStatus } = useEditor();
  const settings = useShopSettings(db)?.settings;
  const [stored, setStored] = useState<StoredSiteProfileMessage[]>();
  const [missing, setMissing] = useState<Record<string, string[]>>({});
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [draft, setDraft] = useState<Draft>();

  const reload = useCallback(async () => {
    try {
      const list = await api.list();
      const gaps = await Promise.all(list.map(async (p) => [p.profile.id, await api.missing(p.profile)] as const));
      setStored(list);
      setMissing(Object.fromEntries(gaps));
    } catch (e) {
      setMessage(t('packs.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }, [api]);

  useEffect(() => {
    void reload();
    return api.subscribe(() => void reload());
  }, [api, reload]);

  // A draft handed over by "Teach this page": the same checks and preview as an imported file.
  useEffect(() => {
    const found = draftHash ? draftFromHash(draftHash) : null;
    if (!found) return;
    if (!found.ok) return setDraft({ error: found.error });
    const parsed = parseSiteProfileText(found.text, 'draft', selectorCheckOf(document));
    if (!parsed.ok) return setDraft({ problems: parsed.problems });
    void api.list().then(
      (list) => setDraft({ profile: parsed.value, existing: list.find((p) => p.profile.id === parsed.value.id)?.profile }),
      () => setDraft({ profile: parsed.value }),
    );
  }, [draftHash, api]);

  const rows: Row[] = useMemo(
    () => [
      ...(stored ?? []).map((s) => ({ profile: s.profile, builtIn: false, importedAt: s.importedAt, source: s.source, missing: missing[s.profile.id] ?? [] })),
      { profile: tiktokShopProfileFile, builtIn: true, missing: [] },
    ],
    [stored, missing],
  );

  const done = (text: string) => {
    setMessage(text);
    setStatus(text);
  };
  /** A draft handled (applied or cancelled) is not offered again when the page reloads. */
  const closeDraft = () => {
    setDraft(undefined);
    if (draftFromHash(window.location.hash)) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  };

  async function remove(profile: SiteProfileFile) {
    setConfirming(undefined);
    try {
      await api.remove(profile.id);
      done(t('sites.removed', { name: profile.name }));
    } catch (e) {
      done(t('packs.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function allow(profile: SiteProfileFile) {
    const granted = await api.allow(profile).catch(() => false);
    if (!granted) done(t('sites.allowRefused'));
  }

  async function acceptRisk(sites: string[], accept: boolean) {
    const current = settings?.nameOnlyAutoSendSites ?? [];
    const next = accept ? [...new Set([...current, ...sites])] : current.filter((s) => !sites.includes(s));
    await saveSettings(db, { nameOnlyAutoSendSites: next });
  }

  return (
    <section className="site-profiles" aria-label={t('sites.title')} data-testid="shopreply.site-profiles">
      <h2>{t('sites.title')}</h2>
      <p className="hint">{t('sites.hint')}</p>
      {draft && 'profile' in draft && (
        <SiteProfilePreview
          profile={draft.profile}
          existing={draft.existing}
          api={api}
          onDone={(text) => {
            closeDraft();
            done(text);
          }}
          onCancel={() => {
            closeDraft();
            done(t('packs.cancelled'));
          }}
        />
      )}
      {draft && !('profile' in draft) && (
        <div role="alert" className="import-errors" data-testid="shopreply.site-profile-draft-errors">
          {'error' in draft ? (
            <p data-testid="import-error">{t('sites.preview.badDraft', { error: draft.error })}</p>
          ) : (
            <ul>
              {draft.problems.map((p, i) => <li key={i} data-testid="import-error">{inputProblemText(p, t)}</li>)}
            </ul>
          )}
        </div>
      )}
      {message && <p role="status" data-testid="shopreply.site-profiles-status">{message}</p>}
      {api.teach && <TeachNewPage teach={api.teach} subscribe={api.subscribe} />}
      {stored && !stored.length && <p className="muted">{t('sites.none')}</p>}
      <ul className="site-profile-list">
        {rows.map((row) => {
          const { profile } = row;
          const health = profileHealth(profile);
          const sites = profileSites(profile);
          const accepted = !!settings && sites.length > 0 && sites.every((s) => settings.nameOnlyAutoSendSites.includes(s));
          return (
            <li key={`${row.builtIn ? 'built-in' : 'imported'}:${profile.id}`} data-testid="shopreply.site-profile" data-profile-id={profile.id} data-origin={row.builtIn ? 'built-in' : 'imported'}>
              <div className="rule-head">
                <strong data-testid="shopreply.site-profile-name">{profile.name}</strong>{' '}
                <span className="muted">{t('sites.version', { version: profile.version })}</span>{' '}
                <span className="muted" data-testid="shopreply.site-profile-origin">
                  {row.builtIn ? t('sites.builtIn') : t('sites.imported', { date: new Date(row.importedAt ?? 0).toLocaleString(ui === 'zh' ? 'zh-CN' : 'en') })}
                </span>
              </div>
              {profile.matches.length > 3 ? (
                <details className="hint" data-testid="shopreply.site-profile-pages">
                  <summary>{t('sites.pages', { pages: profile.matches.slice(0, 3).join(', ') })} {t('sites.pagesMore', { count: profile.matches.length - 3 })}</summary>
                  {profile.matches.slice(3).join(', ')}
                </details>
              ) : (
                <p className="hint" data-testid="shopreply.site-profile-pages">{t('sites.pages', { pages: profile.matches.join(', ') })}</p>
              )}
              <p className="hint" data-testid="shopreply.site-profile-ids">{idSourcesText(health.idSources, health.defaultIdSources, t)}</p>
              <p className={health.idKind === 'id' ? 'hint' : 'problem problem--warning'} data-testid="shopreply.site-profile-health" data-id-kind={health.idKind}>
                {idKindText(health.idKind, t)}
              </p>
              {health.idKind !== 'id' && settings && (
                <label className="check">
                  <input type="checkbox" checked={accepted} onChange={(e) => void acceptRisk(sites, e.target.checked)} data-testid="shopreply.site-profile-accept-risk" />
                  {t('sites.health.accept', { sites: sites.length > 3 ? `${sites.slice(0, 3).join(', ')} ${t('sites.pagesMore', { count: sites.length - 3 })}` : sites.join(', ') })}
                </label>
              )}
              {row.missing.length > 0 && (
                <p className="problem problem--warning" data-testid="shopreply.site-profile-no-access">
                  {t('sites.noAccess', { origins: row.missing.join(', ') })}{' '}
                  <button type="button" onClick={() => void allow(profile)} data-testid="shopreply.site-profile-allow">{t('sites.allow')}</button>
                </p>
              )}
              <div className="actions">
                <button type="button" onClick={() => exportSiteProfile(profile)} data-testid="shopreply.site-profile-export">{t('sites.export')}</button>
                {!row.builtIn && (
                  <button type="button" className="danger" onClick={() => setConfirming(profile.id)} data-testid="shopreply.site-profile-remove">{t('sites.remove')}</button>
                )}
              </div>
              {confirming === profile.id && !row.builtIn && (
                <div role="alertdialog" aria-label={t('sites.remove')} className="confirm" data-testid="shopreply.site-profile-remove-confirm">
                  <p>{t('sites.removeConfirm', { name: profile.name })}</p>
                  <div className="actions">
                    <button type="button" className="danger" onClick={() => void remove(profile)} data-testid="shopreply.site-profile-remove-yes">{t('sites.removeYes')}</button>
                    <button type="button" autoFocus onClick={() => setConfirming(undefined)} data-testid="shopreply.site-profile-remove-no">{t('sites.removeNo')}</button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
