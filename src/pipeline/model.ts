/**
 * The one typed model of the build. Every stage reads and writes these types:
 *
 *   seed file ──ingest──▶ SourceFile ──normalize──▶ Line[] ──split──▶ NoticeDraft[]
 *     ──structure──▶ Notice ──mdx──▶ content/notices/<slug>.mdx ──astro──▶ pages ──pagefind──▶ index
 *
 * Types only; no behaviour lives here. The stage interfaces (NoticeDraft: split → structure;
 * Segment and TableScanner: tables → structure) are declared here too, so that no stage imports
 * another stage for a type.
 */

/** A file of the gazette as read from disk, decoded and checked. */
export interface SourceFile {
  /** File name relative to the seeds folder, e.g. `000_7a2722ca8f5c3fbc.txt`. */
  name: string;
  text: string;
}

/** Where a piece of text came from: 1-based line numbers in the source file. */
export interface SourceSpan {
  file: string;
  line: number;
  endLine?: number;
}

/**
 * A printed line after normalization: extraction artifacts removed, nothing else.
 * `raw` keeps the source line so that tests can prove nothing was lost.
 */
export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  text: string;
  raw: string;
  /** The line opened a new printed page (a form feed before it, or one extractor's leading space). */
  pageStart: boolean;
  /** The printed page this line is on, when page-number lines make it known. */
  page?: number;
  /**
   * Blank-line separators before this line in the source (0 when it followed directly).
   * Rotated tables use blank lines inside a cell and single-space lines between cells.
   */
  blanksBefore: number;
  /**
   * Leading white space of the source line, in half-width columns: where an extraction keeps
   * indentation (pdftotext -layout, a web copy's `　　`), a paragraph's first line is indented.
   */
  indent: number;
  /** The source line held only whitespace (a single space separates cells of rotated tables). */
  spaceOnly: boolean;
}

/** How a file lays out its text; decides how paragraphs are rebuilt. */
export type Layout =
  /**
   * One printed line per source line (pdftotext with or without -layout, the gazette's own text
   * files): paragraphs are rebuilt from the page's geometry.
   */
  | 'wrapped'
  /** One paragraph per source line (a web page's text, a word processor's export). */
  | 'paragraphs';

/** What a file's text says about its page, learned by layout/geometry.ts. */
export interface Geometry {
  layout: Layout;
  /** Width of a full printed line in half-width units (a Chinese character is 2); 0 for `paragraphs`. */
  measure: number;
  /** Indentation of continuation lines, in half-width columns. */
  margin: number;
  /** The extraction kept indentation: an indented line starts a paragraph. */
  indented: boolean;
  /** The extractor ends every paragraph's last line with a space (and no other line ending in Chinese). */
  trailingSpaceEnds: boolean;
  /**
   * Most lines are followed by a blank line, so a line that follows another directly is
   * set apart (one extractor prints a title's lines so).
   */
  blankSeparated: boolean;
  /**
   * The extraction puts a space between Chinese and a figure (`2017 年`), so such a space parts
   * no cells; learned from the file's sentences, undefined when none has a figure.
   */
  figuresSpaced?: boolean;
}

/** The lines of one notice (or of the chronicle), before its parts are recognised. */
export interface NoticeDraft {
  kind: 'notice' | 'chronicle';
  lines: Line[];
  /** False when the file starts inside a notice whose 版头, number and title are not in it. */
  hasHeader: boolean;
}

/**
 * What a table scanner returns, in order: every input line in exactly one segment. A table
 * segment also names the text its lines printed more than once but the table holds once
 * (`repeated`: header copies at page breaks, a cell printed twice), so that the visible
 * characters of `lines` are exactly those of the table plus those of `repeated`.
 */
export type Segment =
  { kind: 'text'; lines: Line[] } | { kind: 'table'; table: Table; lines: Line[]; repeated: string[] };

/**
 * Finds tables in a run of lines; the rest is left as text segments, in order. `measure` is the
 * printed measure of the file (a full line, in half-width units), when the caller knows it.
 */
/** What the table readers know of the file's page: its measure (printed lines only) and figure spacing. */
export interface PageFacts {
  measure?: number;
  figuresSpaced?: boolean;
}

export type TableScanner = (
  lines: Line[],
  file: string,
  page?: PageFacts,
) => { segments: Segment[]; warnings: Warning[] };

export interface DocNumber {
  /** 机关代字, e.g. 西政办发; for an order, the 发文机关标志 (北京市人民政府令). */
  agency: string;
  /** Undefined for an order's number (第285号), which runs on across years. */
  year?: number;
  serial: number;
  /** Normalized form, e.g. 西政办发〔2017〕14号. */
  text: string;
}

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'sub'; value: string }
  | { type: 'sup'; value: string }
  /** Bold text the extraction marked with `**…**`. */
  | { type: 'strong'; value: string }
  /** A reference to another document: `href` set when it is in the gazette, else rendered as <cite>. */
  | { type: 'ref'; value: string; href?: string; kind: 'number' | 'title' };

export interface Paragraph {
  type: 'paragraph';
  inlines: Inline[];
  span: SourceSpan;
  /** Text the parser could not place: still shown, marked, and reported. */
  unplaced?: string;
}

export interface Heading {
  type: 'heading';
  depth: 2 | 3 | 4 | 5;
  /** Stable fragment id, derived from the heading's own number and text. */
  id: string;
  /**
   * The numbering the heading is printed with, which decides its face in print (一、 黑体,
   * （一） 楷体, 1. and （1） 仿宋): `1` 一、, `2` （一）, `3` 1., `4` （1）, `chapter` 第一章/第一节.
   */
  levelKind?: '1' | '2' | '3' | '4' | 'chapter';
  inlines: Inline[];
  span: SourceSpan;
}

export interface TableCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

/**
 * How the table came out of the extraction: `spaces` and `tabs` separated values, `rotated`
 * landscape pages one or two characters per line, `columns` lists in columns or tables cell
 * by cell, `printed` printed lines holding the pieces of the cells side by side (pdftotext).
 */
export type TableShape = 'spaces' | 'tabs' | 'rotated' | 'columns' | 'printed';

export interface Table {
  type: 'table';
  shape: TableShape;
  caption?: string;
  head: TableCell[][];
  body: TableCell[][];
  span: SourceSpan;
  /** Set when the reconstruction had to give up on part of the grid; says why. */
  degraded?: string;
  /**
   * Notes for readers about the table as rebuilt, shown with it (not source text): e.g. empty
   * cells that a merged cell of the print may or may not cover, which the source cannot tell.
   */
  notes?: string[];
  /**
   * Text left out because it repeats what the table already holds: a header row printed
   * again on every page. An artifact of pagination, but the accounting must see it.
   */
  repeated?: string[];
}

export type Block = Paragraph | Heading | Table;

/** An item of the 附件说明 (`附件：1. …`). */
export interface AttachmentRef {
  label: string;
  title: string;
  /** Fragment id of the attachment section it names, when found. */
  target?: string;
}

/** A 附件 of a notice: its label (附件 1), own title, and content. */
export interface Attachment {
  id: string;
  label: string;
  /** The label line as printed (`附件 1`, `西政办发〔2017〕13 号附件 1`), when the source has one. */
  printedLabel?: string;
  title?: string;
  /** The title is not printed at the section; it comes from the 附件说明. */
  titleFromNote?: boolean;
  blocks: Block[];
  span: SourceSpan;
}

/** The plan or measures that a 印发/转发 notice issues, with its own title. */
export interface IssuedDocument {
  id: string;
  title: string;
  blocks: Block[];
  span: SourceSpan;
}

export interface Warning {
  file: string;
  line: number;
  notice?: string;
  message: string;
}

/** The GB/T 9704 format a notice is printed in, as its 版头 shows it. */
export type NoticeFormat =
  /** 文件格式: …文件 */
  | 'file'
  /** 信函格式: the agency's name alone, the 发文字号 under it */
  | 'letter'
  /** 命令格式: …令, then 第N号 */
  | 'order'
  /** 纪要格式: …纪要 */
  | 'minutes';

export interface NoticeMeta {
  /** 发文机关标志 as printed, e.g. 北京市西城区人民政府办公室文件 (agencies of a joint one separated by a space). */
  masthead?: string;
  /** The format the 版头 shows; undefined when the source has no 版头 (a reprint, a web copy). */
  format?: NoticeFormat;
  docNumber?: DocNumber;
  /** 签发人, printed beside the 发文字号 of a report to a higher authority. */
  signer?: string;
  /** 附注 under the 成文日期, e.g. （此件公开发布）. */
  remark?: string;
  /** 标题 on one line. */
  title: string;
  /**
   * Where the title comes from when it is not printed as the notice's 标题: `text` (named in
   * the notice's own text, e.g. the plan it 制定), `stand-in` (nothing printed; the page shows
   * the number instead). Undefined: printed as the 标题.
   */
  titleSource?: 'text' | 'stand-in';
  /** 文种 derived from the title: 通知, 通报, 意见, 办法 … */
  genre?: string;
  /** 主送机关. */
  recipients?: string;
  /** 发文机关 (署名, or derived from the 版头). */
  issuer?: string;
  /** 成文日期, ISO yyyy-mm-dd. */
  signedDate?: string;
  /** 印发机关. */
  printer?: string;
  /** 印发日期, ISO. */
  printedDate?: string;
  /** 抄送, as printed (one line). */
  cc?: string;
  /** Printed gazette pages the notice occupies, where the source tells. */
  pages?: { first: number; last: number };
}

/** A run of a part's lines in the source: where it starts and how many of the part's lines it holds. */
export interface PartPlace {
  line: number;
  count: number;
}

export interface Notice {
  kind: 'notice' | 'chronicle';
  /** URL slug, derived from the document number; set once for all notices by `assignSlugs` (src/pipeline/slug.ts). */
  slug: string;
  source: SourceSpan;
  issue: GazetteIssueRef;
  /** Position in its issue, in printed order (for sorting only, never for URLs). */
  order: number;
  meta: NoticeMeta;
  /** 正文. */
  body: Block[];
  attachmentNote: AttachmentRef[];
  /** The 附件说明 lines as printed (the items above are parsed from them). */
  attachmentNoteLines: string[];
  /** The 版头, 发文字号 (and 签发人), 标题 and 主送 lines as printed, in the source's order. */
  head: string[];
  /** The 发文机关署名 and 成文日期 lines as printed. */
  signature: string[];
  /**
   * Where the 附件说明, the signature, the 附注 and the 版记 stand in the source (they may be out
   * of print order). The 附件说明 and the 版记 may come in more than one place (a plan's own note,
   * a 版记 printed before an attachment): each place with its first line and how many of the
   * part's lines it holds.
   */
  partLines: { attachmentNote?: PartPlace[]; signature?: number; remark?: number; colophon?: PartPlace[] };
  issued: IssuedDocument[];
  attachments: Attachment[];
  /** 版记 lines as printed (抄送 …, 印发机关 and 印发日期). */
  colophon: string[];
  /** Visible notes for readers, e.g. that the 版头 is missing from the source. */
  notes: string[];
  warnings: Warning[];
}

export interface GazetteIssueRef {
  /** Stable id derived from the period its notices cover, e.g. 2017-01--2017-06 (never from the file name). */
  id: string;
  file: string;
}

export interface GazetteIssue extends GazetteIssueRef {
  /** Name as printed or derived, e.g. 北京市西城区人民政府公报 2017年9月—12月. */
  title: string;
  /** Entries of the printed 目录: title, number, first page. */
  contents: { title: string; number?: string; page?: number }[];
}

/* ------------------------------------------------------------------------------------------------
 * Legal status (src/pipeline/status/): what a text says about its own force, and what that makes
 * of it on one day. Read from the notices after references are resolved, so that a document a
 * notice repeals is known to be in the gazette exactly when its reference is a link.
 */

/** A document a statement about force names: by 《title》, by 发文字号, or both. */
export interface NamedDocument {
  /** As printed, on one line: 《…》（西政办发〔2016〕28号）. */
  text: string;
  title?: string;
  /** Normalized, e.g. 西政办发〔2016〕28号. */
  docNumber?: string;
  /** The notice of the gazette it is, when its reference links to one. */
  slug?: string;
}

/** 施行日期 as a text states it. */
export interface EffectiveStatement {
  /** `date`: a stated day (自2017年5月1日起施行); `publication`: 自发布／印发／公布之日起. */
  on: 'date' | 'publication';
  /** The stated day, ISO (only for `date`). */
  date?: string;
  /** The words as printed: 自发布之日起施行, 自2017年5月10日开始试行. */
  text: string;
  /** The verb: 施行, 实施, 试行 … (试行 marks the text as on trial). */
  verb: string;
}

/** 有效期 as a text states it: a period counted from the 施行日期, or a last day. */
export interface ValidityStatement {
  years?: number;
  months?: number;
  /** The last day it applies, ISO (有效期至2026年8月31日). */
  until?: string;
  /** The words as printed: 有效期5年. */
  text: string;
}

/** A text repeals (废止) or ends (不再执行) other documents it names. */
export interface RepealStatement {
  documents: NamedDocument[];
  /** As printed: 废止, 同时废止, 不再执行 … */
  verb: string;
  /** When the sentence itself dates it: a stated day, or the publication (本通知发布之日起). */
  on?: 'date' | 'publication';
  date?: string;
}

/** A text extends another document's 有效期 to a day. */
export interface ExtensionStatement {
  document: NamedDocument;
  /** The new last day, ISO. */
  until: string;
}

/** A sentence that says something about force, as printed, and the part of the notice it is in. */
export interface LegalSentence {
  text: string;
  /** `正文`, or the title of the issued document it is in. */
  part: string;
}

/** What one text — a notice's 正文 or a document it issues — says about its own force. */
export interface LegalTerms {
  /** `zw` for the 正文, else the issued document's id (`wb`). */
  scope: string;
  effective?: EffectiveStatement;
  validity?: ValidityStatement;
  /** （试行） or 暂行 in its own title, or it takes effect 试行. */
  trial: boolean;
  repeals: RepealStatement[];
  /** A sentence that puts it above earlier rules that differ (以本办法为准), naming none. */
  prevails?: string;
  extensions: ExtensionStatement[];
  sentences: LegalSentence[];
}

/** 有效性 on one day. 未标注有效期: the text gives no 有效期, so nothing says it is still in force. */
export type LegalStatusLabel = '有效' | '已失效' | '已废止' | '尚未施行' | '未标注有效期';

/** A notice of the gazette as another notice's legal relation names it. */
export interface RelatedNotice {
  slug: string;
  title: string;
  docNumber?: string;
}

/** A notice's 有效性 on one day, from its own terms and what the other notices of the gazette say of it. */
export interface LegalStatus {
  status: LegalStatusLabel;
  /** schema.org legislationLegalForce; none for 未标注有效期, which claims neither. */
  force?: 'InForce' | 'NotInForce';
  /** The day it is computed for, ISO: the build date. */
  asOf: string;
  /** 施行日期, ISO: stated, or the publication day (印发日期, else 成文日期) for 自发布之日起. */
  effective?: string;
  /** How the text states it. */
  effectiveText?: string;
  /** 有效期 as printed. */
  validity?: string;
  /** The last day it applies, ISO: from its 有效期, or a later one a notice of the gazette extends it to. */
  validUntil?: string;
  trial: boolean;
  /** 本文废止: what it repeals or ends, with the day the repeal takes effect when known. */
  repeals: (NamedDocument & { verb: string; date?: string })[];
  /** 被…废止: notices of the gazette that repeal it, with the day when known. */
  repealedBy: (RelatedNotice & { date?: string })[];
  /** 本文延长有效期: documents whose 有效期 it extends. */
  extends: (NamedDocument & { until: string })[];
  /** Notices of the gazette that extend its 有效期. */
  extendedBy: (RelatedNotice & { until: string })[];
  prevails?: string;
  sentences: LegalSentence[];
}
