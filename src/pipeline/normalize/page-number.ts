/** A printed page number line such as `— 31 —` (also with en dashes or hyphens). */
const PAGE_NUMBER = /^\s*[—–\-－]{1,2}\s*(\d{1,4})\s*[—–\-－]{1,2}\s*$/;

export function pageNumberOf(line: string): number | undefined {
  const m = PAGE_NUMBER.exec(line);
  return m ? Number(m[1]) : undefined;
}
