// Coaching one compose window: after each short typing pause, read the user's own words, have the background
// analyse them, then highlight and list the hints. Never writes to the draft except when the user clicks a
// suggestion, and then through the editor's own insertion path so Gmail's undo works.
import type {AnalyzeOptions, DraftInput, Hint, Suggestion} from '../../nlp/index.ts';
import type {AnalysisReply} from '../../shared/analysis-port.ts';
import {t} from '../../shared/i18n.ts';
import type {Settings} from '../../settings/settings.ts';
import {isNeverAnalysed} from '../../settings/tiers.ts';
import {contentSettings, onSettingsChange} from '../shared/content-settings.ts';
import {guarded, reportError} from '../shared/report-error.ts';
import {createAnalysisChannel} from './analysis-channel.ts';
import type {ComposeSession} from './compose-tracker.ts';
import {readCompose, type ComposeInfo} from './compose.ts';
import {PANEL_TAG, createComposePanel} from './compose-panel.ts';
import {readDismissed} from '../../settings/dismissed.ts';
import {send} from '../../shared/send.ts';
import {buildDraftInput, recipientsWithTiers} from './draft-input.ts';
import {caretOffset, rangeFor, readDraftText, type DraftText} from './draft-text.ts';
import {foundInDraft, pauseWindow, WHOLE_DRAFT_CHARS, type PauseWindow} from '../../nlp/pause-window.ts';
import {createComposeHighlights, type HighlightKind} from './highlights.ts';
import {noteHintLatency, timed} from './timing.ts';

/** Short enough that hints follow within a tenth of a second of a pause; the work runs in the background. */
export const PAUSE_MS = 50;
/** In the middle of a word the pause must be longer: a half-typed word ("ASA") is not worth a hint, or the work. */
export const MID_WORD_PAUSE_MS = 250;

/** Whether an edit left the caret inside a word: the user typed a letter or digit. */
const midWord = (event: Event) => {
  const data = (event as InputEvent).data;
  return typeof data === 'string' && /[\p{L}\p{N}]$/u.test(data);
};
const MAX_DRAFTS_KEPT = 4;

export type CoachState = {
  root: HTMLElement;
  info(): ComposeInfo;
  /** The text and recipients to hand over at send, plus what the draft was coached on. */
  snapshot(): {text: string; settings: Settings | undefined; options: AnalyzeOptions; toneCounts: Array<{ruleId: string; tier: string; count: number}>};
  commitmentsFound(): number;
  /** The keyboard shortcut: hide or show this compose's hints. Returns whether they are now hidden. */
  toggleHints(): boolean;
  /** Re-attach the panel if the page removed it. */
  ensurePanel(): void;
};

function rangesOf(reply: AnalysisReply, draft: DraftText): Record<HighlightKind, Range[]> {
  const ranges: Record<HighlightKind, Range[]> = {tone: [], commitment: []};
  for (const hint of reply.hints) {
    const range = hint.place ? rangeFor(draft, hint.place.start, hint.place.end) : null;
    if (range) ranges[hint.type].push(range);
  }
  return ranges;
}

export function startCoaching({root, body, info: initialInfo, signal}: ComposeSession): CoachState {
  let info = initialInfo;
  let settings: Settings | undefined;
  let dismissed: string[] = [];
  let seq = 0;
  let lastInputAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: AnalysisReply | undefined;
  // Recipients and subject change only when the user edits them, not with each keystroke in the body.
  let infoStale = true;
  let context: Omit<DraftInput, 'text'> = {};
  let neverAnalysed = false;
  // Each analysed draft with the part of it that was sent: a long draft is read around the caret (pause-window.ts).
  const drafts = new Map<number, {draft: DraftText; window: PauseWindow}>();
  let lastCaret: number | undefined;
  const seenTone = new Map<string, string>(); // rule and phrase -> ruleId, for the weekly tone statistics
  const highlights = createComposeHighlights();

  const analyseNow = guarded('compose-coach', () => timed(() => {
    timer = undefined;
    if (!settings) return;
    if (infoStale) {
      info = readCompose(root);
      panel.setInfo(info);
      infoStale = false;
      // Everything but the words changes only with recipients or settings: built once per change, not per key.
      const {text: _text, ...rest} = buildDraftInput('', info, settings, root);
      context = rest;
      neverAnalysed = info.recipients.some((recipient) => isNeverAnalysed(recipient.email, settings!.people));
    }
    if (neverAnalysed) {
      highlights.clear();
      panel.setHints([], t('gmail_neverAnalysed'));
      return;
    }
    const draft = readDraftText(body);
    const window = pauseWindow(draft.text, draft.text.length > WHOLE_DRAFT_CHARS ? caretIn(draft) : draft.text.length);
    seq++;
    drafts.set(seq, {draft, window});
    drafts.delete(seq - MAX_DRAFTS_KEPT);
    channel.post({
      seq,
      input: {...context, text: window.text, sentAt: new Date().toISOString()},
      options: analysisOptions(settings),
    });
  }));

  /** Where the user is writing: the caret when it is in the body, else where it was last, else the end. */
  const caretIn = (draft: DraftText): number => {
    const selection = document.getSelection();
    const inBody = selection?.focusNode && body.contains(selection.focusNode);
    const caret = inBody ? caretOffset(draft, selection) : null;
    if (caret !== null) lastCaret = caret;
    return lastCaret ?? draft.text.length;
  };

  /** The user's choices every analysis of this draft honours, while typing and at send. */
  const analysisOptions = (current: Settings): AnalyzeOptions => ({
    disabledRules: current.rules.disabled, ignoredPhrases: current.rules.ignoredPhrases, dismissedFingerprints: dismissed,
  });

  const schedule = (pauseMs = PAUSE_MS) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(analyseNow, pauseMs);
  };

  const show = guarded('compose-coach', (answer: AnalysisReply) => timed(() => {
    const sent = drafts.get(answer.seq);
    if (answer.seq !== seq || !sent) return; // an older draft's answer: a newer one is on its way
    const {draft, window} = sent;
    // Places in the window become places in the draft; hints elsewhere in a long draft wait for the caret.
    const reply = foundInDraft(window, answer);
    latest = reply;
    for (const hint of reply.hints) {
      // Counted once per rule and phrase in a draft, not per keystroke that re-found it.
      if (hint.type === 'tone') seenTone.set(`${hint.ruleId}|${(hint.actual ?? '').toLowerCase()}`, hint.ruleId);
    }
    const quiet = reply.language !== 'en' && reply.language !== 'unknown'
      ? t('gmail_otherLanguage')
      : t('gmail_noHints');
    const note = window.partial ? t('gmail_longDraft') : reply.hints.length === 0 ? quiet : '';
    const changed = panel.setHints(reply.hints, note);
    // Painted ranges are live: they follow the text as the user types. Repaint only when the hints changed, or
    // when an edit replaced a text node under a highlight (its range collapsed).
    if (!panel.collapsed && (changed || highlights.anyCollapsed())) {
      highlights.paint(rangesOf(reply, draft));
    }
    host.dataset.analysedSeq = String(reply.seq);
    const typedAt = lastInputAt;
    // To after paint: the frame that paints the hints, then the next task (a frame callback runs before the paint).
    requestAnimationFrame(() => setTimeout(() => noteHintLatency(typedAt), 0));
  }));

  const apply = (_nudge: Hint, suggestion: Suggestion) => {
    const draft = drafts.get(seq)?.draft;
    const current = readDraftText(body);
    // Only if the words are still where the hint saw them: never replace text the user has since changed.
    if (!draft || current.text.slice(suggestion.place.start, suggestion.place.end) !== draft.text.slice(suggestion.place.start, suggestion.place.end)) {
      schedule();
      return;
    }
    const range = rangeFor(current, suggestion.place.start, suggestion.place.end);
    if (!range) return;
    body.focus();
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // The editor's own path (what typing and pasting use), so Ctrl+Z in Gmail undoes it.
    if (suggestion.text) document.execCommand('insertText', false, suggestion.text);
    else document.execCommand('delete', false);
  };

  const panel = createComposePanel({
    apply: guarded('apply-suggestion', apply),
    notNow: (hint) => void send('hints/dismiss', {fingerprint: hint.fingerprint}).then((reply) => {
      dismissed = reply.dismissed;
      schedule();
    }).catch((error: unknown) => reportError('dismiss', error)),
    silencePhrase: (hint) => void silence(hint),
    turnOffRule: (hint) => void turnOff(hint),
  }, (collapsed) => {
    // Hidden hints hide their highlights too; showing them again repaints from the newest analysis.
    if (collapsed) highlights.clear();
    else if (latest) {
      const draft = drafts.get(latest.seq)?.draft;
      if (draft) highlights.paint(rangesOf(latest, draft));
    }
  });
  const host = panel.host;
  const channel = createAnalysisChannel(show, signal);

  // Written by the background on what is stored now; the change comes back here through storage.onChanged.
  async function silence(hint: Hint) {
    if (hint.actual) await send('rules/change', {silence: hint.actual});
  }
  async function turnOff(hint: Hint) {
    await send('rules/change', {turnOff: hint.ruleId});
  }

  // A panel left from an earlier session (Gmail re-inserting a cloned compose) would double the UI: keep only ours.
  for (const stale of root.querySelectorAll(PANEL_TAG)) stale.remove();
  panel.setInfo(info);
  // Beside the editor's container, outside the editable body: the draft's DOM is never touched.
  const attach = () => (body.parentElement ?? root).after(host);
  attach();

  const onInput = (event: Event) => timed(() => {
    lastInputAt = performance.now();
    if (!(event.target instanceof Node && body.contains(event.target))) infoStale = true;
    schedule(midWord(event) ? MID_WORD_PAUSE_MS : PAUSE_MS);
  });
  const onFocusOut = () => {
    infoStale = true; // a recipient chip is confirmed when its field loses focus
    schedule();
  };
  root.addEventListener('input', onInput, {signal});
  root.addEventListener('focusout', onFocusOut, {signal});
  onSettingsChange((next) => {
    settings = next;
    infoStale = true;
    schedule();
  }, signal);
  void Promise.all([contentSettings(), readDismissed()]).then(([loaded, list]) => {
    settings = loaded;
    dismissed = list;
    analyseNow();
  }).catch((error: unknown) => reportError('compose-coach settings', error));

  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
    highlights.clear();
    panel.remove();
  }, {once: true});

  return {
    root,
    info: () => info,
    snapshot: () => {
      const counts = new Map<string, number>();
      for (const ruleId of seenTone.values()) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
      // Statistics are kept by the tier of the main recipient: "to the executive", "to people outside".
      const tier = settings ? recipientsWithTiers(info, settings)[0]?.tier ?? 'external' : 'external';
      return {
        text: readDraftText(body).text,
        settings,
        options: settings ? analysisOptions(settings) : {},
        toneCounts: [...counts].map(([ruleId, count]) => ({ruleId, tier, count})),
      };
    },
    commitmentsFound: () => latest?.commitments.length ?? 0,
    toggleHints: () => panel.toggle(),
    ensurePanel: () => {
      // Gmail re-renders parts of a compose and may drop foreign nodes: put the panel back if it went.
      if (!host.isConnected && root.isConnected && body.isConnected) attach();
    },
  };
}
