// iCalendar text to components (RFC 5545 section 3.1), leniently: a line that is not a property is dropped and
// counted, an END that does not close the open component closes up to the one it names, a VEVENT that lost its END
// ends where the next begins, and a file cut off mid-event keeps what it had. ical.js's parser rejects the whole
// file on the first bad value ("invalid date-time value"); here values stay text until the event that owns them is
// read, so one bad value costs one event.
// Two steps, for a 5 MB file in a service worker: outlineSteps finds the components and their lines as offsets into
// the text (numbers, no strings), and materialize parses one component's lines when it is read. Each event's
// objects then live only while it is expanded, instead of a whole parsed file surviving every garbage collection
// (half the import's time went to the collector before).

export type Property = {name: string; params: Record<string, string>; value: string};
export type Component = {name: string; properties: Property[]; children: Component[]; /** 1-based line of BEGIN. */ line: number};

/** The file's text with the offsets of its logical (unfolded) lines; `malformed` counts lines read that were not properties. */
export type Source = {text: string; starts: number[]; ends: number[]; malformed: number};
/** A component before it is read: its name, the indexes of its property lines, its children. */
export type Outline = {name: string; lines: number[]; children: Outline[]; line: number};
export type OutlinedTree = {root: Outline; source: Source; /** Components closed for want of an END. */ unclosed: number};

const TOP_LEVEL = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE']);
const FOLD = /\r?\n[ \t]/g;

/** A logical line's text, continuation lines (starting with a space or tab) joined. */
export function lineText(source: Source, index: number): string {
  const raw = source.text.slice(source.starts[index], source.ends[index]);
  return raw.includes('\n') ? raw.replace(FOLD, '') : raw;
}

/** BEGIN or END and the component it names, read without slicing lines that are neither. */
function marker(text: string, start: number, end: number): ['BEGIN' | 'END', string] | null {
  const c = text.charCodeAt(start) | 32; // lower case
  if (c !== 98 && c !== 101) return null; // b, e
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon > end) return null;
  const word = text.slice(start, colon).trim().toUpperCase();
  if (word !== 'BEGIN' && word !== 'END') return null;
  return [word, text.slice(colon + 1, end).replace(FOLD, '').trim().toUpperCase()];
}

export function* outlineSteps(input: string): Generator<void, OutlinedTree> {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (/\r(?!\n)/.test(text)) text = text.replace(/\r\n?/g, '\n'); // classic Mac line ends, alone or mixed in
  const source: Source = {text, starts: [], ends: [], malformed: 0};
  const root: Outline = {name: '', lines: [], children: [], line: 0};
  const stack: Outline[] = [root];
  let unclosed = 0;
  let position = 0;
  let count = 0;
  while (position < text.length) {
    if (++count % 8192 === 0) yield;
    // One logical line: this physical line and every following one that starts with a space or tab.
    const start = position;
    let end = text.length;
    for (;;) {
      const newline = text.indexOf('\n', position);
      if (newline < 0) {
        position = text.length;
        break;
      }
      end = text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      position = newline + 1;
      const next = text.charCodeAt(position);
      if (next !== 32 && next !== 9) break; // the next line is not a continuation
    }
    if (end <= start || (text.charCodeAt(start) <= 32 && text.slice(start, end).trim() === '')) continue; // blank
    const index = source.starts.length;
    source.starts.push(start);
    source.ends.push(end);
    const found = marker(text, start, end);
    let top = stack[stack.length - 1]!;
    if (found?.[0] === 'BEGIN') {
      const name = found[1];
      // A calendar's own components never nest: a VEVENT begun inside another means the first lost its END.
      if (TOP_LEVEL.has(name) && TOP_LEVEL.has(top.name)) {
        stack.pop();
        unclosed++;
        top = stack[stack.length - 1]!;
      }
      const outline: Outline = {name, lines: [], children: [], line: index + 1};
      top.children.push(outline);
      stack.push(outline);
    } else if (found?.[0] === 'END') {
      const at = stack.findLastIndex((c, i) => i > 0 && c.name === found[1]);
      if (at > 0) stack.length = at; // closes any component left open inside it
      else source.malformed++;
    } else top.lines.push(index);
  }
  return {root, source, unclosed: unclosed + stack.length - 1};
}

/** A component's properties (and, when `deep`, its children's) parsed from its lines. */
export function materialize(outline: Outline, source: Source, deep = true): Component {
  const properties: Property[] = [];
  for (const index of outline.lines) {
    const property = parseLine(lineText(source, index));
    if (property) properties.push(property);
    else source.malformed++;
  }
  return {name: outline.name, properties, line: outline.line, children: deep ? outline.children.map((child) => materialize(child, source)) : []};
}

/** A property read from an outline without materializing the rest (UID, RECURRENCE-ID, SEQUENCE when grouping). */
export function peek(outline: Outline, source: Source, name: string): Property | undefined {
  for (const index of outline.lines) {
    const start = source.starts[index]!;
    if (source.text.slice(start, start + name.length).toUpperCase() !== name) continue;
    const next = source.text.charCodeAt(start + name.length);
    if (next !== 58 && next !== 59) continue; // ':' or ';'
    const property = parseLine(lineText(source, index));
    if (property?.name === name) return property;
  }
  return undefined;
}

const NAME = /^[A-Za-z0-9-]+$/;
/** Shared by every property without parameters (most of them): one object instead of one per line. */
const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** name;param=value;param="quoted:value":value, with ':' and ';' allowed inside quotes. */
export function parseLine(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const semicolon = line.indexOf(';');
  // The usual line: no parameters before the value ("SUMMARY:Budget review").
  if (semicolon < 0 || semicolon > colon) {
    const name = line.slice(0, colon).trim();
    return NAME.test(name) ? {name: name.toUpperCase(), params: NO_PARAMS, value: line.slice(colon + 1)} : null;
  }
  // With parameters, the value starts at the first colon outside quotes.
  let valueStart = -1;
  let inQuotes = false;
  for (let i = semicolon; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes; // "
    else if (c === 58 && !inQuotes) { // :
      valueStart = i + 1;
      break;
    }
  }
  if (valueStart < 0) return null;
  const name = line.slice(0, semicolon).trim();
  if (!NAME.test(name)) return null;
  const params: Record<string, string> = {};
  for (const part of line.slice(semicolon + 1, valueStart - 1).match(/(?:[^;"]|"[^"]*")+/g) ?? []) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toUpperCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return {name: name.toUpperCase(), params, value: line.slice(valueStart)};
}

/** TEXT values: \n, \, \; and \\ escapes (RFC 5545 section 3.3.11). */
export const unescapeText = (value: string) => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export const first = (component: Component, name: string) => component.properties.find((p) => p.name === name);
export const all = (component: Component, name: string) => component.properties.filter((p) => p.name === name);
export const textOf = (component: Component, name: string) => {
  const property = first(component, name);
  return property ? unescapeText(property.value) : undefined;
};

/** The whole file parsed at once (tests, small files): the outline with every component materialized. */
export function parseTree(text: string): {root: Component; malformedLines: number; unclosed: number} {
  const steps = outlineSteps(text);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const {root, source, unclosed} = step.value;
  const component = materialize(root, source);
  return {root: component, malformedLines: source.malformed, unclosed};
}
