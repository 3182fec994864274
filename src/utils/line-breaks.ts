/**
 * Where a title may break, decided at build time: a line of a Chinese title breaks between words
 * (GB/T 9704 asks the same of a 公文's title), but a browser breaks CJK text between any two
 * characters (`…西城区冰 / 雪运动…`). BudouX's Simplified Chinese model (Google's phrase
 * segmenter for line breaking) gives the phrases; the page gets a `<wbr>` between phrases and CSS
 * `word-break: keep-all` (site.css) lets lines break only there, with `overflow-wrap: anywhere`
 * for a phrase longer than a line. keep-all only holds Han characters together: a phrase that a
 * browser may still break inside, at a space or after a hyphen (`（2016-2022年）`), is wrapped in
 * `<span class="gw-phrase">`, an inline block, which breaks inside only when it is longer than the
 * line. Neither adds a character: the title's text, as search, copying and assistive technology
 * read it, is unchanged. No script runs on the page.
 *
 * budoux is held at 0.7: from 0.8 on its package lists google-artifactregistry-auth as a runtime
 * dependency (about 50 packages, none of which the segmenter loads); the model is the same.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';

const parser = loadDefaultSimplifiedChineseParser();

/** A quoted name of this many characters or fewer (“十三五”, “开墙打洞”) is one word, whatever the model splits. */
const SHORT_QUOTE = 6;
const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };

/** Offsets (UTF-16, as `String#slice`) of `text` where a line may break: between two phrases. */
export function phraseBreaks(text: string): number[] {
  const breaks = parser.parseBoundaries(text).filter((at) => at > 0 && at < text.length);
  const inside = new Set<number>();
  for (let open = 0; open < text.length; open++) {
    const close = QUOTES[text[open]!];
    if (!close) continue;
    const end = text.indexOf(close, open + 1);
    if (end < 0) continue;
    if ([...text.slice(open + 1, end)].length <= SHORT_QUOTE) for (let at = open + 1; at <= end; at++) inside.add(at);
    open = end;
  }
  return breaks.filter((at) => !inside.has(at));
}

/** The phrases of a text: the pieces between its breaks. */
export function phrases(text: string): string[] {
  const cuts = [0, ...phraseBreaks(text), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Whether a browser may break a phrase inside although `keep-all` holds its Han characters
 * together: at white space, or after a hyphen, dash or slash that is not its last character.
 */
export function breaksInside(phrase: string): boolean {
  return /[\s\-\u2010-\u2015\/](?=.)/u.test(phrase.trim());
}

/** One phrase as HTML: escaped, in an inline block when the browser could break it inside. */
const phraseMarkup = (phrase: string) =>
  breaksInside(phrase) ? `<span class="gw-phrase">${escapeHtml(phrase)}</span>` : escapeHtml(phrase);

/** A plain text as HTML (escaped) with `<wbr>` between its phrases, for `set:html`. */
export function phraseHtml(text: string): string {
  return phrases(text).map(phraseMarkup).join('<wbr>');
}

/**
 * `<wbr>` between the phrases of the text of an HTML fragment (a rendered title: text, character
 * references, maybe inline elements). Tags and references are kept as they are; the phrases are
 * those of the fragment's text as a whole.
 */
export function phraseHtmlFragment(html: string): string {
  // Each character of the text, with where it starts in the HTML.
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < html.length;) {
    if (html[i] === '<') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const ref = html[i] === '&' ? /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i)) : null;
    const value = ref ? decodeReference(ref[1]!) : html[i]!;
    const length = ref ? ref[0].length : 1;
    for (let k = 0; k < value.length; k++) starts.push(i);
    text += value;
    i += length;
  }
  const cuts = [0, ...phraseBreaks(text), text.length];
  starts.push(html.length);
  let out = '';
  for (let k = 1; k < cuts.length; k++) {
    const [from, to] = [starts[cuts[k - 1]!]!, starts[cuts[k]!]!];
    if (from === to) continue; // a break inside a character reference: not one
    const piece = html.slice(from, to);
    const whole = breaksInside(text.slice(cuts[k - 1], cuts[k])) && !piece.includes('<');
    out += `${k > 1 ? '<wbr>' : ''}${whole ? `<span class="gw-phrase">${piece}</span>` : piece}`;
  }
  return html.slice(0, starts[0] ?? 0) + out + html.slice(starts[text.length] ?? html.length);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeReference(name: string): string {
  if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? `&${name};`;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isFinite(code) ? String.fromCodePoint(code) : `&${name};`;
}

/** The phrases' `<wbr>` in the issued plan's and the attachments' titles (h2) of a rendered notice body. */
export function breakBodyTitles(html: string): string {
  return html.replace(
    /(<h2\b[^>]*\bclass="[^"]*\bgw-(?:issued|attachment)-title\b[^"]*"[^>]*>)([\s\S]*?)(<\/h2>)/g,
    (_, open: string, inner: string, close: string) => open + phraseHtmlFragment(inner) + close,
  );
}
