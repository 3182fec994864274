/**
 * The one gazette this site is built for. Whatever the site's pages and src/utils say about a
 * particular gazette and its district comes from here; to build the site for another gazette,
 * change this file (and the parser's copy of the name in src/pipeline/parse-issue.ts, which the
 * parser keeps for itself; src/search/page.ts also spells the name for the search page's title).
 *
 * Why configuration rather than derived from the notices:
 * - The order of the 机关代字 is an editorial rule of the gazette (the government's own documents
 *   before its office's), not something the text of a notice says. Ordering by how many notices
 *   each has would put 西政办发 (20 notices in the seeds) before 西政发 (13) and would change
 *   whenever a new issue shifts the counts.
 * - Readers' short names are not in the data: the longest common prefix of the issuers in the seeds
 *   is 北京市西城区人民政府 itself, which would leave the government with an empty name, while readers
 *   say 区政府.
 */
export interface GazetteConfig {
  /** Name of the gazette: site name, page titles, the feed. */
  name: string;
  /** The body that publishes the gazette: the feed's author. */
  publisher: string;
  /**
   * How readers name an issuing body: a prefix of its full name and what that prefix is said as.
   * The first prefix that matches is replaced; a name that matches none is shown as it is.
   */
  shortNames: readonly (readonly [prefix: string, short: string])[];
  /** 机关代字 in the order the index by 发文字号 lists them, with the body each stands for; any
   * other 机关代字 follows them in code-point order. */
  agencies: readonly { code: string; issuer: string }[];
  /** 栏目类别 of the site's 栏目 (ColumnType of the 政府网站发展指引's 网页元数据, src/utils/page-meta.ts). */
  columnType: string;
}

export const GAZETTE: GazetteConfig = {
  name: '北京市西城区人民政府公报',
  publisher: '北京市西城区人民政府',
  shortNames: [
    ['北京市西城区人民政府', '区政府'],
    ['北京市西城区', '区'],
  ],
  agencies: [
    { code: '西政发', issuer: '北京市西城区人民政府' },
    { code: '西政办发', issuer: '北京市西城区人民政府办公室' },
  ],
  columnType: '政府公报',
};
