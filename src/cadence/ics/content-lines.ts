// iCalendar text to a tree of components (RFC 5545 section 3.1), leniently: a line that is not a property is
// dropped and counted, an END that does not close the open component closes up to the one it names, and a file
// cut off mid-event keeps what it had. ical.js's parser rejects the whole file on the first bad value ("invalid
// date-time value"); here values stay text until the event that owns them is read, so one bad value costs one
// event. Also faster on a 5 MB file: no typed values are built for properties nobody reads.

export type Property = {name: string; params: Record<string, string>; value: string};
export type Component = {name: string; properties: Property[]; children: Component[]; /** 1-based line of BEGIN. */ line: number};

export type ParsedTree = {root: Component; malformedLines: number; /** Components closed for want of an END. */ unclosed: number};

const TOP_LEVEL = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE']);

/** Unfolds continuation lines (a line starting with a space or tab continues the one before). */
function unfold(text: string): string[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: string[] = [];
  for (const line of raw) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}

/** name;param=value;param="quoted:value":value, with ':' and ';' allowed inside quotes. */
export function parseLine(line: string): Property | null {
  let i = 0;
  let inQuotes = false;
  let nameEnd = -1;
  let valueStart = -1;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ';' && nameEnd < 0) nameEnd = i;
    else if (!inQuotes && c === ':') {
      valueStart = i + 1;
      break;
    }
  }
  if (valueStart < 0) return null;
  const head = line.slice(0, valueStart - 1);
  const name = (nameEnd < 0 ? head : line.slice(0, nameEnd)).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params: Record<string, string> = {};
  if (nameEnd >= 0) {
    for (const part of head.slice(nameEnd + 1).match(/(?:[^;"]|"[^"]*")+/g) ?? []) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      params[part.slice(0, eq).trim().toUpperCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
  }
  return {name, params, value: line.slice(valueStart)};
}

/** Yields every few thousand lines so a 5 MB file can be read in slices (see parse.ts). */
export function* parseTreeSteps(text: string): Generator<void, ParsedTree> {
  const root: Component = {name: '', properties: [], children: [], line: 0};
  const stack: Component[] = [root];
  let malformedLines = 0;
  let unclosed = 0;
  const lines = unfold(text);
  for (let n = 0; n < lines.length; n++) {
    if (n % 4096 === 4095) yield;
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const property = parseLine(line);
    if (!property) {
      malformedLines++;
      continue;
    }
    let top = stack[stack.length - 1]!;
    if (property.name === 'BEGIN') {
      const name = property.value.trim().toUpperCase();
      // A calendar's own components never nest: a VEVENT begun inside another means the first lost its END.
      if (TOP_LEVEL.has(name) && TOP_LEVEL.has(top.name)) {
        stack.pop();
        unclosed++;
        top = stack[stack.length - 1]!;
      }
      const component: Component = {name, properties: [], children: [], line: n + 1};
      top.children.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const name = property.value.trim().toUpperCase();
      const at = stack.findLastIndex((c, i) => i > 0 && c.name === name);
      if (at > 0) stack.length = at; // closes any component left open inside it
      else malformedLines++;
    } else top.properties.push(property);
  }
  return {root, malformedLines, unclosed: unclosed + stack.length - 1};
}

/** TEXT values: \n, \, \; and \\ escapes (RFC 5545 section 3.3.11). */
export const unescapeText = (value: string) => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export const first = (component: Component, name: string) => component.properties.find((p) => p.name === name);
export const all = (component: Component, name: string) => component.properties.filter((p) => p.name === name);
export const textOf = (component: Component, name: string) => {
  const property = first(component, name);
  return property ? unescapeText(property.value) : undefined;
};

export function parseTree(text: string): ParsedTree {
  const steps = parseTreeSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
