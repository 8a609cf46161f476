// A small, strict XML tokenizer for the parts of an .xlsx the fast reader needs. It decodes text the way
// exceljs's sax parser does (the five XML entities, character references, line ends), and refuses with
// XmlUnsupported whatever it does not fully understand, so the caller can fall back to exceljs.

export class XmlUnsupported extends Error {}

export interface XmlHandler {
  /** `attrs` parses the element's attributes on demand: most elements' are never needed. */
  open(name: string, attrs: () => Record<string, string>, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z]+));|&/g;

/** XML text as the parser hands it over: line ends normalised, entities and character references decoded. */
export function decodeXml(raw: string): string {
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, hex?: string, dec?: string, name?: string) => {
    if (hex || dec) {
      const code = parseInt(hex ?? dec!, hex ? 16 : 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new XmlUnsupported(`bad character reference`);
      return String.fromCodePoint(code);
    }
    const v = name ? NAMED[name] : undefined;
    if (v === undefined) throw new XmlUnsupported(`entity ${name ?? '&'}`);
    return v;
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const eq = s.indexOf('=', i);
    if (eq < 0) throw new XmlUnsupported('malformed attributes');
    const name = s.slice(i, eq).trimEnd();
    let j = eq + 1;
    while (isSpace(s.charCodeAt(j))) j++;
    const q = s[j];
    const end = q === '"' || q === "'" ? s.indexOf(q, j + 1) : -1;
    if (end < 0 || !name || /[\s"'<]/.test(name)) throw new XmlUnsupported('malformed attributes');
    const v = s.slice(j + 1, end);
    out[name] = decodeXml(v.includes('\t') || v.includes('\n') ? v.replace(/[\t\n]/g, ' ') : v);
    i = end + 1;
  }
  return out;
}

/** True when a tag's text ends inside a quoted attribute value. */
function openQuote(body: string): boolean {
  for (let i = 0; ; ) {
    const d = body.indexOf('"', i);
    const s = body.indexOf("'", i);
    if (d < 0 && s < 0) return false;
    const at = d < 0 ? s : s < 0 ? d : Math.min(d, s);
    const close = body.indexOf(body[at]!, at + 1);
    if (close < 0) return true;
    i = close + 1;
  }
}

/** Feeds every element and text run of `xml` to `h`; checks that elements nest properly. */
export function scanXml(xml: string, h: XmlHandler): void {
  const stack: string[] = [];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (stack.length) h.text(decodeXml(xml.slice(i, end)));
      else if (xml.slice(i, end).trim()) throw new XmlUnsupported('text outside the root element');
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const q = xml.indexOf('?>', lt);
      if (q < 0) throw new XmlUnsupported('unclosed processing instruction');
      i = q + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (!xml.startsWith('<!--', lt)) throw new XmlUnsupported('CDATA or DOCTYPE');
      const q = xml.indexOf('-->', lt);
      if (q < 0) throw new XmlUnsupported('unclosed comment');
      i = q + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlUnsupported('unclosed tag');
    let body = xml.slice(lt + 1, gt);
    // A ">" inside a quoted attribute value: extend to the real end of the tag.
    let j = gt;
    while (openQuote(body)) {
      j = xml.indexOf('>', j + 1);
      if (j < 0) throw new XmlUnsupported('unclosed tag');
      body = xml.slice(lt + 1, j);
    }
    i = j + 1;
    if (body.charCodeAt(0) === 47 /* / */) {
      const name = body.slice(1).trim();
      if (stack.pop() !== name) throw new XmlUnsupported(`mismatched </${name}>`);
      h.close(name);
      continue;
    }
    const selfClosing = body.charCodeAt(body.length - 1) === 47;
    if (selfClosing) body = body.slice(0, -1);
    const sp = body.search(/\s/);
    const name = sp < 0 ? body : body.slice(0, sp);
    if (!name) throw new XmlUnsupported('empty tag');
    const raw = sp < 0 ? '' : body.slice(sp + 1);
    h.open(name, () => parseAttrs(raw), selfClosing);
    if (selfClosing) h.close(name);
    else stack.push(name);
  }
  if (stack.length) throw new XmlUnsupported('unclosed elements');
}
