// Just enough XML for the parts of OOXML we read and write. Reading walks the tags with one regular
// expression (no DOM: DOMParser does not exist in a worker, nor in Node); writing escapes text.

export interface XmlTag {
  /** local name, the namespace prefix dropped (`x:c` → `c`) */
  name: string;
  close: boolean;
  selfClosing: boolean;
  attributes: string;
}

const TOKEN = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|([^<]+)/g;

/** Calls `onTag` for each tag and `onText` for each text between tags (entities decoded). */
export function walkXml(xml: string, onTag: (tag: XmlTag) => void, onText: (text: string) => void): void {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match !== null; match = TOKEN.exec(xml)) {
    if (match[3] !== undefined) onTag({ name: match[3], close: match[1] === '/', selfClosing: match[5] === '/', attributes: match[4] ?? '' });
    else if (match[6] !== undefined) onText(match[6]);
    else if (match[7] !== undefined) onText(decodeEntities(match[7]));
  }
}

/** a pattern per attribute name, made once: a sheet asks for `r`, `t` and `s` of every cell */
const ATTRIBUTES = new Map<string, RegExp>();

/** One attribute's value (entities decoded), the namespace prefix ignored; undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? '');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  // XML reads a line end written raw as \n (a \r kept on purpose is written &#13;)
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED[entity] ?? whole;
    const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Text for an element or an attribute; characters XML 1.0 cannot hold are left out. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '\r' ? '&#13;' : '&quot;'));
}

/**
 * Text for a spreadsheet cell (OOXML ST_Xstring): a character XML cannot hold (a control
 * character, a lone surrogate) is written `_xHHHH_`, as Excel writes it, and a `_xHHHH_` the user
 * typed is kept by escaping its underscore (`_x005F_`), so that every text comes back as it was.
 */
export function encodeCellText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** The text of a cell as written, its `_xHHHH_` escapes read back. */
export function decodeCellText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
