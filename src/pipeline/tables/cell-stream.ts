/**
 * The stream of cells that the rotated and the cell-by-cell readers cut their lines into: the
 * printed grid is lost there, only the order of cells is left, and `from-cells.ts` rebuilds a
 * table from it.
 */
import { joinPieces } from './text.ts';

/** A cell of the stream: its wrapped pieces, and the index of the line it starts on. */
export interface RCell {
  pieces: string[];
  line: number;
}

export function textOf(cell: RCell): string {
  return joinPieces(cell.pieces);
}
