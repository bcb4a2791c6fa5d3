import { useState } from 'react';
import { WEEKDAYS, type ShopSettings } from '../../lib/settings/schema';
import { errorsOf, intervalsToText, textToIntervals } from '../../lib/settings/form';
import { saveSettings, SettingsRefused } from '../../lib/db/settings';
import { linesToList } from '../../lib/editor/texts';
import { percentToShare, shareToPercent } from '../../lib/editor/threshold';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { useT, useUiLanguage } from './I18n';
import { PRODUCT_LANGUAGES } from '../../lib/pack/schema';
import { languageName } from '../../lib/i18n';
import { settingsProblemText } from '../../lib/i18n/settings-problems';
import type { SettingsProblem } from '../../lib/settings/problems';
import { useShopSettings } from './useShopSettings';

/** Shop settings: every field saves on its own and is validated with the whole (errors name the field). */
export function SettingsForm() {
  const t = useT();
  const ui = useUiLanguage();
  const { db, setStatus } = useEditor();
  const stored = useShopSettings(db);
  const [errors, setErrors] = useState<SettingsProblem[]>([]);
  if (!stored) return null;
  const { settings } = stored;

  // Only the edited field is written: every other stored field stays as it is.
  const say = (p: SettingsProblem) => settingsProblemText(ui, p);

  async function save(patch: Partial<ShopSettings>, field: string): Promise<string | undefined> {
    const found = await saveSettings(db, patch).then(
      () => [],
      (e: unknown): SettingsProblem[] => { if (e instanceof SettingsRefused) return e.errors; throw e; },
    );
    setErrors(found);
    if (!found.length) {
      setStatus(t('settings.saved'));
      return undefined;
    }
    const mine = errorsOf(found, field);
    return (mine.length ? mine : found).map(say).join(' ');
  }

  const percent = (share?: number) => (share === undefined ? '' : String(shareToPercent(share)));
  const allErrors = [...new Set([...stored.errors, ...errors].map(say))];

  return (
    <section className="settings" aria-label={t('settings.title')} data-testid="settings">
      <h2>{t('settings.title')}</h2>
      {allErrors.length > 0 && (
        <ul role="alert" className="import-errors" data-testid="settings-errors">
          {allErrors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      <div className="grid">
        <label>
          <span>{t('settings.uiLanguage')}</span>
          <select
            value={settings.interfaceLanguage}
            onChange={(e) => void save({ interfaceLanguage: e.target.value as ShopSettings['interfaceLanguage'] }, 'interfaceLanguage')}
            data-testid="settings-ui-language"
          >
            <option value="auto">{t('settings.uiLanguage.auto')}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          <span>{t('settings.timeZone')}</span>
          <CommitField label={t('settings.timeZone')} value={settings.timeZone} normalize={(s) => s.trim()} onCommit={(v) => save({ timeZone: v.trim() }, 'timeZone')} testId="settings-time-zone" />
        </label>
        <label>
          <span>{t('settings.contextWindow')}</span>
          <CommitField
            label={t('settings.contextWindow')}
            inputMode="decimal"
            value={String(settings.contextWindowSeconds / 60)}
            onCommit={(v) => {
              const minutes = Number(v.replace(',', '.'));
              return Number.isFinite(minutes) && v.trim() ? save({ contextWindowSeconds: Math.round(minutes * 60) }, 'contextWindowSeconds') : Promise.resolve(t('settings.numberInvalid'));
            }}
            testId="settings-context-window"
          />
          <small className="hint">{t('settings.contextWindowHint')}</small>
        </label>
        <label>
          <span>{t('settings.suggestionThreshold')}</span>
          <CommitField
            label={t('settings.suggestionThreshold')}
            inputMode="decimal"
            value={percent(settings.suggestionThreshold)}
            onCommit={(v) => {
              if (!v.trim()) return save({ suggestionThreshold: undefined }, 'suggestionThreshold');
              const share = percentToShare(v);
              return share === undefined ? Promise.resolve(t('rule.thresholdInvalid')) : save({ suggestionThreshold: share }, 'suggestionThreshold');
            }}
            testId="settings-suggestion-threshold"
          />
          <small className="hint">{t('settings.suggestionThresholdHint')}</small>
        </label>
        <label>
          <span>{t('settings.autoSend')}</span>
          <CommitField
            label={t('settings.autoSend')}
            inputMode="decimal"
            value={percent(settings.autoSendConfidence)}
            onCommit={(v) => {
              const share = percentToShare(v);
              return share === undefined ? Promise.resolve(t('rule.thresholdInvalid')) : save({ autoSendConfidence: share }, 'autoSendConfidence');
            }}
            testId="settings-auto-send"
          />
        </label>
        <label>
          <span>{t('settings.grayLaunch')}</span>
          <CommitField
            label={t('settings.grayLaunch')}
            inputMode="decimal"
            value={percent(settings.grayLaunchShare)}
            onCommit={(v) => {
              const share = v.trim() === '0' || v.trim() === '0%' ? 0 : percentToShare(v);
              return share === undefined ? Promise.resolve(t('rule.thresholdInvalid')) : save({ grayLaunchShare: share }, 'grayLaunchShare');
            }}
            testId="settings-gray-launch"
          />
          <small className="hint">{t('settings.grayLaunchHint')}</small>
        </label>
        <label>
          <span>{t('settings.nameOnlySites')}</span>
          <CommitField
            label={t('settings.nameOnlySites')}
            value={settings.nameOnlyAutoSendSites.join(', ')}
            onCommit={(v) => save({ nameOnlyAutoSendSites: v.split(/[\s,]+/).filter(Boolean) }, 'nameOnlyAutoSendSites')}
            testId="settings-name-only-sites"
          />
          <small className="hint">{t('settings.nameOnlySitesHint')}</small>
        </label>
        <label>
          <span>{t('settings.agentName', { agent_name: '{agent_name}' })}</span>
          <CommitField label={t('settings.agentName', { agent_name: '' }).trim()} value={settings.agentName} onCommit={(v) => save({ agentName: v }, 'agentName')} testId="settings-agent-name" />
        </label>
        <label>
          <span>{t('settings.shopName', { shop_name: '{shop_name}' })}</span>
          <CommitField label={t('settings.shopName', { shop_name: '' }).trim()} value={settings.shopName} onCommit={(v) => save({ shopName: v }, 'shopName')} testId="settings-shop-name" />
        </label>
      </div>
      <fieldset className="served" data-testid="shopreply.settings-served">
        <legend>{t('settings.servedLanguages')}</legend>
        <p className="hint">{t('settings.servedLanguagesHint')}</p>
        {[...new Set([...PRODUCT_LANGUAGES, ...settings.servedLanguages])].map((code) => {
          const served = settings.servedLanguages.includes(code);
          return (
            <label key={code} className="check">
              <input
                type="checkbox"
                checked={served}
                onChange={() => {
                  const next = served ? settings.servedLanguages.filter((c) => c !== code) : [...settings.servedLanguages, code];
                  void save({ servedLanguages: next }, 'servedLanguages');
                }}
                data-testid={`shopreply.settings-served-${code}`}
              />{' '}
              {languageName(code, ui)}
            </label>
          );
        })}
      </fieldset>
      <fieldset className="hours">
        <legend>{t('settings.hours')}</legend>
        <p className="hint">{t('settings.hoursHint')}</p>
        {WEEKDAYS.map((day) => (
          <label key={day} className="hours-day">
            <span>{t(`day.${day}`)}</span>
            <CommitField
              label={t(`day.${day}`)}
              value={intervalsToText(settings.workingHours[day])}
              normalize={(s) => { const i = textToIntervals(s); return i ? intervalsToText(i) : s; }}
              onCommit={(v) => {
                const intervals = textToIntervals(v);
                if (!intervals) return Promise.resolve(t('settings.hoursInvalid'));
                return save({ workingHours: { ...settings.workingHours, [day]: intervals } }, `workingHours.${day}`);
              }}
              testId={`settings-hours-${day}`}
            />
          </label>
        ))}
      </fieldset>
      <label className="block">
        <span>{t('settings.holidays')}</span>
        <CommitField
          multiline
          label={t('settings.holidays')}
          value={settings.holidays.join('\n')}
          normalize={(s) => linesToList(s).join('\n')}
          onCommit={(v) => save({ holidays: linesToList(v) }, 'holidays')}
          testId="settings-holidays"
        />
      </label>
    </section>
  );
}
