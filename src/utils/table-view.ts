/**
 * Tables of a rendered notice body on screen: a table wider than the screen scrolls sideways in its
 * box (`div.gw-table`), and its first column stays in view (`position: sticky`, site.css) so that a
 * reader of the fifth column still sees which row it is. The first column is not always each row's
 * first cell: a cell spanning rows (rowspan) covers it in the rows below, whose first cell is the
 * second column. So the cells of the first column are found here, at build time, as HTML lays out
 * a table, and get `class="gw-col1"`. A cell spanning several columns is left alone: held in place
 * it would cover the columns it spans.
 */

const CELL_CLASS = 'gw-col1';

/** `class="gw-col1"` on every one-column cell in the first column of every table of an HTML fragment. */
export function markFirstColumn(html: string): string {
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
    const covered: number[] = []; // rows each column is still covered by a cell from a row above
    let col = 0;
    return table.replace(/<(\/?)(tr|td|th)\b([^>]*)>/gi, (tag, close: string, name: string, attrs: string) => {
      const kind = name.toLowerCase();
      if (kind === 'tr') {
        if (close) for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
        else col = 0;
        return tag;
      }
      if (close) return tag;
      while ((covered[col] ?? 0) > 0) col++;
      const span = Math.max(1, Number(/\bcolspan="?(\d+)/i.exec(attrs)?.[1] ?? 1));
      const down = Math.max(1, Number(/\browspan="?(\d+)/i.exec(attrs)?.[1] ?? 1));
      const first = col === 0 && span === 1;
      for (let c = col; c < col + span; c++) covered[c] = down;
      col += span;
      if (!first) return tag;
      const klass = /\bclass="([^"]*)"/i.exec(attrs);
      const marked = klass
        ? attrs.replace(klass[0], `class="${klass[1]} ${CELL_CLASS}"`)
        : `${attrs.replace(/\s*\/$/, '')} class="${CELL_CLASS}"`;
      return `<${name}${marked}>`;
    });
  });
}
