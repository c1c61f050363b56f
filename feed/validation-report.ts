// What the importers repaired, and what they refused, in the shape of the canonical GTFS
// validator's report (MobilityData gtfs-validator, report.json): one entry per notice code with its
// severity, how many times it occurred and a few samples naming file, line and field. A publisher
// who knows that validator reads this one without a manual; docs/publishing.md lists the codes.

/** ERROR: the build is refused. WARNING: repaired, worth fixing at the source. INFO: repaired, harmless. */
export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** One problem found in one place of an input file. */
export interface Notice {
  code: string;
  severity: Severity;
  file: string;
  /** The physical line (1 = a CSV's header), or for GeoJSON the feature's index. */
  line?: number;
  field?: string;
  message: string;
}

/** The notices of one build, in the order they were found. */
export class Notices {
  readonly list: Notice[] = [];
  add(notice: Notice): void {
    this.list.push(notice);
  }
  get hasErrors(): boolean {
    return this.list.some((notice) => notice.severity === 'ERROR');
  }
}

/** How many samples of one code the JSON report keeps (the validator keeps a bounded number too). */
const SAMPLES = 20;
const SEVERITY_ORDER: Record<Severity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

interface CodeGroup {
  code: string;
  severity: Severity;
  notices: Notice[];
}

function groupByCode(notices: readonly Notice[]): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const notice of notices) {
    const key = `${notice.severity}\u0000${notice.code}`;
    const group = groups.get(key);
    if (group) group.notices.push(notice);
    else groups.set(key, { code: notice.code, severity: notice.severity, notices: [notice] });
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

/** The report as JSON, grouped by code like the validator's report.json. */
export function validationReportJson(notices: readonly Notice[], summary: Record<string, unknown>): string {
  const report = {
    summary,
    notices: groupByCode(notices).map((group) => ({
      code: group.code,
      severity: group.severity,
      totalNotices: group.notices.length,
      sampleNotices: group.notices.slice(0, SAMPLES).map((notice) => ({
        // The report is published: a file's name, never the publisher's own folders.
        filename: notice.file.split(/[\\/]/).pop()!,
        ...(notice.line === undefined ? {} : { csvRowNumber: notice.line }),
        ...(notice.field === undefined ? {} : { fieldName: notice.field }),
        message: notice.message,
      })),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One line per code for the terminal: code, severity, count, and the first place it occurs. */
export function validationReportLines(notices: readonly Notice[]): string[] {
  return groupByCode(notices).map(({ code, severity, notices: group }) => {
    const first = group[0]!;
    const where = [first.file, first.line === undefined ? '' : `line ${first.line}`, first.field ?? ''].filter(Boolean).join(' ');
    const more = group.length > 1 ? ` (and ${group.length - 1} more)` : '';
    return `${severity.padEnd(7)} ${code} ×${group.length}: ${where}: ${first.message}${more}`;
  });
}
