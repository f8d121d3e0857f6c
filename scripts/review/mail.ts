// A raw message file as the public corpora hold it (RFC 822 headers, then the body; or a body alone) read into
// what Rapport would see: who wrote to whom, when, about what, and the body as the writer's client left it,
// quoted history, signatures and all. Multipart mail gives its first text/plain part; quoted-printable and
// base64 text is decoded. Only what a review needs, not a general MIME parser.
export type Mail = {from: string; to: string[]; cc: string[]; subject: string; date: string; body: string};

function unfold(head: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) fields.set(last, `${fields.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
    }
  }
  return fields;
}

/** Quoted-printable to bytes: "=C3=A9" is two bytes of one UTF-8 letter, so decoding waits for the charset. */
function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? /^[0-9A-F]{2}/i.exec(soft.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('latin1'); // an unknown charset name: keep every byte as some letter
  }
}

function decodePart(fields: Map<string, string>, body: string): string {
  const encoding = (fields.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = /charset="?([\w-]+)"?/i.exec(fields.get('content-type') ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
  if (encoding === 'quoted-printable') return decodeBytes(quotedPrintableBytes(body), charset);
  if (encoding === 'base64') return decodeBytes(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  return body;
}

/** The first text/plain part of a multipart body, decoded; null when the mail has no plain text. */
function plainText(fields: Map<string, string>, body: string, depth = 0): string | null {
  const type = (fields.get('content-type') ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(fields.get('content-type') ?? '')?.[1];
  if (type.startsWith('multipart/') && boundary && depth < 4) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) continue;
      const found = plainText(unfold(part.slice(0, split)), part.slice(split).replace(/^\r?\n\r?\n/, ''), depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  return type.startsWith('text/plain') ? decodePart(fields, body) : null;
}

const addresses = (value = ''): string[] => [...value.matchAll(/[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());

export function parseMail(raw: string): Mail | null {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? '' : raw.slice(0, split);
  const looksLikeHeaders = /^(?:From |Message-ID:|Return-Path:|Received:|Date:|From:)/im.test(head.slice(0, 400)) && /\n(?:Subject|From|To):/i.test(`\n${head}`);
  if (!looksLikeHeaders) return {from: '', to: [], cc: [], subject: '', date: '', body: raw};
  const fields = unfold(head);
  const body = plainText(fields, raw.slice(split).replace(/^\r?\n\r?\n/, ''));
  if (body === null) return null;
  return {
    from: addresses(fields.get('from'))[0] ?? '',
    to: addresses(fields.get('to')),
    cc: addresses(fields.get('cc')),
    subject: fields.get('subject') ?? '',
    date: fields.get('date') ?? '',
    body: body.replace(/\r\n/g, '\n'),
  };
}
