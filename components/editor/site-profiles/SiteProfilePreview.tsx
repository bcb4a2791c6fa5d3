import { useState } from 'react';
import { previewProfile } from '../../../lib/sites/preview';
import type { SiteProfileFile } from '../../../lib/sites/profile-v1';
import { useT } from '../I18n';
import type { SiteProfileApi } from './api';
import { idKindText, idSourcesText, roleName } from './health-text';

export interface SiteProfilePreviewProps {
  profile: SiteProfileFile;
  /** The stored profile of the same id, if any. */
  existing?: SiteProfileFile;
  /** File name, or undefined for a draft made by "Teach this page". */
  file?: string;
  api: SiteProfileApi;
  /** Called with the status to show once the profile is stored (or with the failure). */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What storing a site profile changes, and Apply: the browser is asked for the new hosts in the click. */
export function SiteProfilePreview({ profile, existing, file, api, onDone, onCancel }: SiteProfilePreviewProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const p = previewProfile(profile, existing);
  const origins = api.needs(profile);
  const sendWord = (mode: 'button' | 'enter') => t(mode === 'button' ? 'sites.send.button' : 'sites.send.enter');
  const summary =
    p.kind === 'new'
      ? t('sites.preview.new', { name: p.name, version: p.version })
      : p.kind === 'update'
      ? t('sites.preview.update', { name: p.name, from: p.previousVersion ?? '', version: p.version })
      : t('sites.preview.same', { name: p.name, version: p.version });

  async function apply() {
    setBusy(true);
    try {
      // First, inside the click: the browser only asks for hosts during a person's gesture.
      const granted = origins.length ? await api.browser.request(origins).catch(() => false) : true;
      await api.save(profile, file);
      onDone(
        granted
          ? t('sites.preview.applied', { name: p.name, version: p.version })
          : t('sites.preview.appliedNoAccess', { name: p.name, version: p.version, origins: origins.join(', ') }),
      );
    } catch (e) {
      onDone(t('packs.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="plan site-profile-preview" data-testid="shopreply.site-profile-preview" data-kind={p.kind}>
      <h3>{file ? t('sites.preview.title', { file }) : t('sites.preview.draft')}</h3>
      <p data-testid="shopreply.site-profile-preview-summary">{summary}</p>
      <div data-testid="shopreply.site-profile-preview-pages">
        <h4>{t('sites.preview.pages')}</h4>
        <ul className="ids">
          {p.matches.map((m) => (
            <li key={m}>
              <code>{m}</code> {p.addedMatches.includes(m) && <span className="muted">({t('sites.preview.pageAdded')})</span>}
            </li>
          ))}
          {p.removedMatches.map((m) => <li key={`-${m}`} className="muted">{t('sites.preview.pageRemoved', { page: m })}</li>)}
        </ul>
      </div>
      <div data-testid="shopreply.site-profile-preview-roles">
        <h4>{t('sites.preview.roles', { count: p.roles.length })}</h4>
        {!p.roles.length ? (
          <p className="muted">{t('sites.preview.noRoles')}</p>
        ) : (
          <table className="role-changes">
            <thead>
              <tr>
                <th />
                <th>{t('sites.preview.before')}</th>
                <th>{t('sites.preview.after')}</th>
              </tr>
            </thead>
            <tbody>
              {p.roles.map((r) => (
                <tr key={r.role} data-testid={`shopreply.site-profile-role-${r.role}`}>
                  <th scope="row">{roleName(r.role, t)} <code className="muted">{r.role}</code></th>
                  <td>{r.before.length ? r.before.map((s) => <code key={s} className="selector">{s}</code>) : <span className="muted">{t('sites.preview.nothing')}</span>}</td>
                  <td>{r.after.length ? r.after.map((s) => <code key={s} className="selector">{s}</code>) : <span className="muted">{t('sites.preview.nothing')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <p data-testid="shopreply.site-profile-preview-send">
        {p.previousSend && p.previousSend !== p.send
          ? t('sites.preview.sendWas', { mode: sendWord(p.send), previous: sendWord(p.previousSend) })
          : t('sites.preview.send', { mode: sendWord(p.send) })}
      </p>
      <p data-testid="shopreply.site-profile-preview-ids">{idSourcesText(p.idSources, p.defaultIdSources, t)}</p>
      <p className={p.idKind === 'id' ? 'muted' : 'problem problem--warning'} data-testid="shopreply.site-profile-health" data-id-kind={p.idKind}>
        {idKindText(p.idKind, t)}
      </p>
      {origins.length > 0 && <p data-testid="shopreply.site-profile-preview-access">{t('sites.preview.access', { origins: origins.join(', ') })}</p>}
      <div className="actions">
        <button type="button" onClick={() => void apply()} disabled={busy} data-testid="import-apply">{t('packs.apply')}</button>
        <button type="button" onClick={onCancel} disabled={busy} data-testid="import-cancel">{t('packs.cancel')}</button>
      </div>
    </div>
  );
}
