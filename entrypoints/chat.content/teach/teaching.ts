import { createAsk } from '../../../lib/messages/ask';
import type { IdSource, Role, SendMode } from '../../../lib/sites/profile-v1';
import { selectorCheckOf, validateSiteProfile } from '../../../lib/sites';
import type { InputProblem } from '../../../lib/pack/errors';
import {
  REQUIRED_STEPS, TEACH_STEPS, choicesFrom, draftProfile, pickTarget, proposeAll, proposeForOne, readWithChoices,
  type LiveRead, type Proposals, type TeachPicks, type TeachStep,
} from '../../../lib/sites/teach';
import { createPicker } from './picker';

export interface TeachState {
  open: boolean;
  /** The step being picked now (hover highlights, a click picks), or null. */
  picking: TeachStep | null;
  picked: Partial<Record<TeachStep, true>>;
  proposals: Proposals;
  /** The candidate taken per role (index into its proposals); the first when none. */
  taken: Partial<Record<Role, number>>;
  send: SendMode;
  /** Id sources left out by the person (by index into proposals.ids). */
  idsOff: number[];
  live: LiveRead | null;
  hover: { left: number; top: number; width: number; height: number } | null;
  saved: 'opened' | 'downloaded' | null;
  saveError?: string;
  problems: InputProblem[];
}

const ask = createAsk((message) => browser.runtime.sendMessage(message));

/**
 * "Teach this page": picks one part at a time, proposes selectors for it, reads the page live with
 * what was taught, and hands the profile to the editor (or downloads it).
 */
export function createTeaching(doc: Document, win: Window) {
  let host: Element | null = null;
  const picks: TeachPicks = {};
  /** A selector for each pick, to find it again when the page re-renders it (a new node). */
  const again: Partial<Record<TeachStep, string>> = {};
  let state: TeachState = {
    open: false, picking: null, picked: {}, proposals: { roles: {}, ids: [] }, taken: {}, send: 'button', idsOff: [], live: null, hover: null, saved: null, problems: [],
  };
  const listeners = new Set<() => void>();
  const set = (next: Partial<TeachState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  let timer: ReturnType<typeof setInterval> | undefined;

  const resolved = (): TeachPicks => {
    const out: TeachPicks = {};
    for (const step of TEACH_STEPS) {
      const el = picks[step];
      if (!el) continue;
      out[step] = el.isConnected ? el : (again[step] && doc.querySelector(again[step]!)) || el;
    }
    return out;
  };

  const ids = (): IdSource[] => state.proposals.ids.filter((_, i) => !state.idsOff.includes(i)).map((p) => p.source);
  const choices = () => choicesFrom(state.proposals, state.taken, state.send, ids());
  const refreshLive = () => {
    if (!state.open) return;
    try {
      set({ live: readWithChoices(doc, choices(), win.location.href) });
    } catch (e) {
      console.error('ShopReply teach:', e);
    }
  };
  const repropose = () => {
    set({ proposals: proposeAll(doc, resolved(), win.location.href), saved: null, saveError: undefined, problems: [] });
    refreshLive();
  };

  const nextStep = (): TeachStep | null => TEACH_STEPS.find((s) => !picks[s] && (s !== 'sendButton' || state.send === 'button') && REQUIRED_STEPS.includes(s)) ?? null;

  const picker = createPicker(win, {
    isOurs: (target) => !!host && target instanceof Node && (target === host || host.contains(target)),
    onHover(el) {
      const r = el?.getBoundingClientRect();
      set({ hover: r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null });
    },
    onPick(el) {
      const step = state.picking;
      if (!step) return;
      const target = pickTarget(step, el);
      picks[step] = target;
      again[step] = proposeForOne(doc, target)[0]?.selector;
      set({ picked: { ...state.picked, [step]: true } });
      repropose();
      const next = nextStep();
      if (next) set({ picking: next });
      else stopPicking();
    },
    onCancel: () => stopPicking(),
  });
  const stopPicking = () => {
    picker.stop();
    set({ picking: null, hover: null });
  };

  function fileOf() {
    const name = doc.title.trim() || win.location.hostname;
    return draftProfile(choices(), { url: win.location.href, name: name.slice(0, 120) });
  }
  function checked() {
    const file = fileOf();
    const result = validateSiteProfile(file, `${file.id}.json`, selectorCheckOf(doc));
    set({ problems: result.ok ? [] : result.problems });
    return result;
  }

  const api = {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The overlay's shadow host: our own interface, never picked. */
    setHost(el: Element) {
      host = el;
    },
    open: () => {
      if (state.open) return;
      set({ open: true });
      refreshLive();
      timer = setInterval(refreshLive, 800);
      const first = nextStep();
      if (first) api.pick(first);
    },
    close: () => {
      stopPicking();
      clearInterval(timer);
      set({ open: false });
    },
    pick(step: TeachStep) {
      set({ picking: step, saved: null });
      picker.start();
    },
    stopPicking,
    take(role: Role, index: number) {
      set({ taken: { ...state.taken, [role]: index } });
      refreshLive();
    },
    setSend(send: SendMode) {
      set({ send });
      if (send === 'enter' && state.picking === 'sendButton') stopPicking();
      refreshLive();
    },
    toggleId(index: number, on: boolean) {
      set({ idsOff: on ? state.idsOff.filter((i) => i !== index) : [...state.idsOff, index] });
      refreshLive();
    },
    /** Checks the profile and opens it in the editor for preview and Apply. */
    async save() {
      const result = checked();
      if (!result.ok) return;
      try {
        await ask({ type: 'open-site-profile-draft', profile: result.value });
        set({ saved: 'opened', saveError: undefined });
      } catch (e) {
        set({ saveError: e instanceof Error ? e.message : String(e) });
      }
    },
    /** The same profile as a file (the second way: share it, import it later). */
    download() {
      const result = checked();
      if (!result.ok) return;
      const blob = new Blob([`${JSON.stringify(result.value, null, 2)}\n`], { type: 'application/json' });
      const a = doc.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${result.value.id}.site-profile.json`;
      // Not in our shadow root: its guard refuses scripted clicks there.
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      set({ saved: 'downloaded' });
    },
  };
  return api;
}
export type Teaching = ReturnType<typeof createTeaching>;
