/**
 * The 大事记 (chronicle) as a list of days. The pipeline renders it as month headings
 * (`<h2 id="m1">1月</h2>`) each followed by one paragraph per entry, every entry starting with
 * its day: `<p>3日，国务院副总理……</p>`. For reading, each run of such paragraphs becomes a
 * definition list: the day as the term, the entry as its description. Entries of the same day
 * keep a term each, as the gazette prints the day before each of them (the page shows all of
 * the source's text).
 *
 * This works on the HTML Astro renders from the MDX (see ChronicleBody.astro), not on the
 * source: the text of the gazette is unchanged except that the day and its comma move into
 * the <dt>. A paragraph that does not start with a day is left as it is.
 */

/** `3日，`, `5日—8日，`, `10日至12日，`, `30日—12月1日，` at the start of an entry. */
const DAY = /^(\d{1,2}日(?:\s*(?:—|－|-|～|~|至)\s*(?:\d{1,2}月)?\d{1,2}日)?)\s*[，,、：:]\s*/;

/** A paragraph exactly as Astro renders markdown ones: `<p>` without attributes. */
const PARAGRAPH = /<p>([\s\S]*?)<\/p>/g;

interface Day {
  day: string;
  entry: string;
}

function renderDays(days: Day[]): string {
  const groups = days.map(({ day, entry }) => `<div class="dsj-day"><dt>${day}</dt><dd>${entry}</dd></div>`);
  return `<dl class="dsj-days">${groups.join('\n')}</dl>`;
}

type Segment = { kind: 'day'; day: string; entry: string } | { kind: 'other'; raw: string };

function segments(html: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of html.matchAll(PARAGRAPH)) {
    if (match.index > last) out.push({ kind: 'other', raw: html.slice(last, match.index) });
    last = match.index + match[0].length;
    const inner = match[1] ?? '';
    const day = DAY.exec(inner);
    if (day) out.push({ kind: 'day', day: day[1]!.replace(/\s+/g, ''), entry: inner.slice(day[0].length) });
    else out.push({ kind: 'other', raw: match[0] });
  }
  if (last < html.length) out.push({ kind: 'other', raw: html.slice(last) });
  return out;
}

export function chronicleHtml(html: string): string {
  let out = '';
  let days: Day[] = [];
  /** Whitespace between two day paragraphs: dropped inside a list, kept when the list ends. */
  let gap = '';
  const flush = () => {
    if (days.length > 0) out += renderDays(days);
    days = [];
  };
  for (const segment of segments(html)) {
    if (segment.kind === 'other') {
      if (days.length > 0 && segment.raw.trim() === '') {
        gap += segment.raw;
        continue;
      }
      flush();
      out += gap + segment.raw;
      gap = '';
      continue;
    }
    gap = '';
    days.push({ day: segment.day, entry: segment.entry });
  }
  flush();
  return out + gap;
}
