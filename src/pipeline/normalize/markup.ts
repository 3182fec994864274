/**
 * Remnants of other markup in the cleaner extraction: a list dash before 附件 (`- 附件：…`).
 * `**bold**` and `PM_{2.5}` stay in the line text and become inline nodes later (see
 * structure/inlines.ts), so that what was bold or subscript in print stays so on the page.
 */
export function stripLineMarkup(text: string): string {
  return text.replace(/^[-*•]\s+(?=\p{Script=Han})/u, '');
}
