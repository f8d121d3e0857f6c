// What happens to each attribute of a captured element. Attributes are the hooks Rapport's selectors stand on, so
// every one is kept *as an attribute*; the question is only whether its value is kept. Values are kept when they
// are the site's own structure (classes, roles, states, Gmail's and Calendar's data hooks) and replaced by
// same-shaped placeholders otherwise. Anything not known to be structure is treated as text unless it is a bare
// flag or a small number: privacy by default, since a new attribute of Gmail's could carry anything.
import {redactBase64Id} from './base64-ids.ts';
import {ID_FORMAT_WORDS, redactElementId, redactId} from './ids.ts';
import type {Placeholders} from './placeholders.ts';
import {redactSrcset, redactStyle, redactUrl} from './urls.ts';

/** Structure: the hooks of docs/ARCHITECTURE.md and the states and relations that make a DOM what it is. */
const KEPT = new Set([
  'class', 'role', 'tabindex', 'dir', 'lang', 'hidden', 'type', 'contenteditable', 'g_editable', 'spellcheck', 'draggable',
  'translate', 'autocomplete', 'inputmode', 'enterkeyhint', 'autocapitalize', 'disabled', 'readonly', 'checked', 'selected',
  'multiple', 'required', 'open', 'colspan', 'rowspan', 'width', 'height', 'cellpadding', 'cellspacing', 'border', 'align',
  'valign', 'method', 'target', 'rel', 'loading', 'decoding', 'referrerpolicy', 'crossorigin', 'sizes', 'min', 'max', 'step',
  'size', 'rows', 'cols', 'wrap', 'maxlength', 'minlength', 'gh', 'selector', 'jsaction', 'jscontroller', 'jsname',
  'jsmodel', 'jsshadow', 'jsslot', 'jsowner', 'data-eventchip', 'data-datekey', 'data-stacked-layout-chip',
  'data-stacked-layout-chip-container', 'data-opens-details', 'data-smartmail', 'data-mdc-dialog-action',
  'aria-hidden', 'aria-expanded', 'aria-selected', 'aria-checked', 'aria-pressed', 'aria-disabled', 'aria-haspopup',
  'aria-multiline', 'aria-multiselectable', 'aria-modal', 'aria-live', 'aria-atomic', 'aria-busy', 'aria-relevant',
  'aria-level', 'aria-posinset', 'aria-setsize', 'aria-orientation', 'aria-readonly', 'aria-required', 'aria-invalid',
  'aria-current', 'aria-sort', 'aria-autocomplete', 'aria-colindex', 'aria-rowindex', 'aria-colcount', 'aria-rowcount',
  'aria-colspan', 'aria-rowspan', 'aria-grabbed', 'aria-dropeffect',
]);
/** Attributes naming other elements by id. */
const ID_REFERENCES = new Set([
  'for', 'form', 'list', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant',
  'aria-flowto', 'aria-details', 'aria-errormessage', 'popovertarget', 'anchor',
]);
/** Gmail's and Calendar's ids of messages, threads and drafts. */
const DATA_IDS = new Set([
  'data-message-id', 'data-legacy-message-id', 'data-thread-perm-id', 'data-legacy-thread-id', 'data-thread-id',
  'data-legacy-last-message-id', 'data-legacy-last-non-draft-message-id', 'data-draft-id',
]);
const BASE64_IDS = new Set(['data-eventid']);
const URLS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'xlink:href', 'ping']);
/** Hidden inputs whose value is an id: Gmail's compose id, draft id, thread and replied-message ids, attached files. */
const ID_INPUTS = new Set(['composeid', 'draft', 'rt', 'lts', 'rm', 'attach']);
/** Form controls: their `name` is the form's vocabulary ("subject", "to"), not a person's. */
const FORM_CONTROLS = new Set(['input', 'textarea', 'select', 'button', 'form', 'fieldset', 'output']);
/** Outside form controls, `name` is sometimes a person's (Gmail's sender <span name="Sam Lee">); these are Gmail's
 * recipient rows, which Rapport's selectors use. */
const FIELD_NAMES = new Set(['to', 'cc', 'bcc']);
/** A value with no room for anyone's data: empty, a flag, a small number. */
const BARE_VALUE = /^(|true|false|-?\d{1,6}(\.\d+)?)$/;
const SVG = 'http://www.w3.org/2000/svg';

/** Calendar's event ids: base64 of an id and a calendar, or a format word and base64 ("tasks_…", "bday_…"). */
function redactEventId(value: string, placeholders: Placeholders): string {
  const prefixed = /^([a-z]+_)(.+)$/.exec(value);
  if (prefixed && ID_FORMAT_WORDS.has(prefixed[1]!.slice(0, -1))) return prefixed[1] + redactEventId(prefixed[2]!, placeholders);
  return redactBase64Id(value, (inside) => redactId(inside, placeholders), (raw) => placeholders.text(raw));
}

/** The value a captured element's attribute gets; null leaves the attribute out (event handler code). */
export function redactAttribute(element: Element, name: string, value: string, placeholders: Placeholders): string | null {
  const text = (raw: string) => placeholders.text(raw);
  if (name.startsWith('on')) return null; // inline script: left out with the scripts
  if (URLS.has(name)) return redactUrl(value, placeholders);
  if (name === 'srcset') return redactSrcset(value, placeholders);
  if (name === 'style') return redactStyle(value, placeholders);
  if (KEPT.has(name)) return value;
  if (name === 'id') return redactElementId(value, placeholders);
  if (ID_REFERENCES.has(name)) return value.split(/(\s+)/).map((token) => (/\s/.test(token) ? token : redactElementId(token, placeholders))).join('');
  if (DATA_IDS.has(name)) return redactId(value, placeholders);
  if (BASE64_IDS.has(name)) return redactEventId(value, placeholders);
  if (name === 'name') return FORM_CONTROLS.has(element.localName) || FIELD_NAMES.has(value) ? value : text(value);
  if (name === 'value' && element.localName === 'input' && ID_INPUTS.has(element.getAttribute('name') ?? '')) {
    // Gmail's placeholders before its first autosave say "no id yet": a fact the readers act on, not data.
    return value === 'undefined' || value === 'null' ? value : redactId(value, placeholders);
  }
  // An icon's drawing (path data, view box, colours) is shapes and numbers; its label is still text.
  if (element.namespaceURI === SVG && !name.startsWith('aria-') && name !== 'title') return value;
  if (BARE_VALUE.test(value)) return value;
  return text(value);
}
