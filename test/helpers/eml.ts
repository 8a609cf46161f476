// Just enough MIME to check the .eml drafts the app writes: unfolded, decoded headers, bodies decoded from
// quoted-printable or base64, multipart split on its boundary, and the attachments.

interface MimePart {
  headers: Record<string, string>;
  raw: string;
  parts: MimePart[];
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= / B) back to text; whitespace between two encoded words is dropped. */
const decodeWords = (v: string) =>
  v
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );

function parseMime(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  const body = raw.slice(split + 4);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1).map((p) => parseMime(p.replace(/^\r\n/, ''))) : [];
  return { headers, raw: body, parts };
}

const leaves = (m: MimePart): MimePart[] => (m.parts.length ? m.parts.flatMap(leaves) : [m]);

function bodyBytes(p: MimePart): Buffer {
  const cte = p.headers['content-transfer-encoding'] ?? '';
  if (/quoted-printable/i.test(cte)) return Buffer.from(p.raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  if (/base64/i.test(cte)) return Buffer.from(p.raw.replace(/\s+/g, ''), 'base64');
  return Buffer.from(p.raw, 'utf8');
}

/** A draft as read: its headers, the plain-text body, every leaf part as text, and the attachments as bytes. */
export function readEml(raw: string) {
  const top = parseMime(raw);
  const all = leaves(top);
  const text = all.find((p) => /text\/plain/i.test(p.headers['content-type'] ?? ''));
  return {
    headers: top.headers,
    body: text ? bodyBytes(text).toString('utf8') : '',
    parts: all.map((p) => ({ headers: p.headers, body: bodyBytes(p).toString('utf8') })),
    attachments: all
      .filter((p) => /attachment/i.test(p.headers['content-disposition'] ?? ''))
      .map((p) => ({ name: /filename="?([^";]+)"?/.exec(p.headers['content-disposition']!)?.[1], bytes: bodyBytes(p) })),
  };
}
