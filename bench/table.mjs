// The bench's one table: figure, value, budget, status and how it was measured, as Markdown (the
// console prints the same text), plus writing it to docs/benchmark.md and README.md.

import { readFile, writeFile } from 'node:fs/promises';

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

/** Status text: ✓ within budget, ✗ OVER, ✗ ERROR when the figure could not be measured, — no budget. */
export function status(row) {
  if (row.error) return '✗ ERROR';
  if (row.ok === undefined || row.ok === null) return '—';
  return row.ok ? '✓' : '✗ OVER';
}

const cellText = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * A Markdown table with padded columns, readable as plain text too. Columns listed in `right`
 * (by index) are right-aligned, for figures.
 */
export function formatTable(header, body, { right = [] } = {}) {
  const cells = [header, ...body].map((line) => line.map(cellText));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((line) => [...line[i]].length)));
  const pad = (text, i) => {
    const fill = ' '.repeat(widths[i] - [...text].length);
    return right.includes(i) ? fill + text : text + fill;
  };
  const format = (line) => `| ${line.map((c, i) => pad(c, i)).join(' | ')} |`;
  const rule = widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [format(cells[0]), `| ${rule.join(' | ')} |`, ...cells.slice(1).map(format)].join('\n');
}

/** The figures table: figure, value, budget, status and (unless `how` is false) how it was taken. */
export function markdownTable(rows, { how = true } = {}) {
  const header = ['Figure', 'Value', 'Budget', 'Status', ...(how ? ['How'] : [])];
  const body = rows.map((r) => [
    r.figure,
    r.error ? `error: ${r.error}` : r.value,
    r.budget ?? '—',
    status(r),
    ...(how ? [r.method ?? ''] : []),
  ]);
  return formatTable(header, body);
}

/** The lines above the table: when, where and how long. */
export function headerLines(info) {
  return [
    `Taken ${info.date} with ${info.chromium} (headless), Node ${info.node}, ${info.machine}.`,
    `Mode: ${info.mode}; run time ${info.runTime}.`,
  ];
}

/** docs/benchmark.md: the table, how each figure is taken, then any further sections. */
export async function writeBenchmarkDoc(path, { info, rows, notes, sections = [] }) {
  const text = [
    '# Benchmark',
    '',
    'Written by `npm run bench` (`node bench/run.mjs`; add `--check` to exit non-zero when a figure',
    'is over budget, `--quick` for a shorter development run that writes no files). Every figure',
    'comes from the run that printed it; none is typed in or estimated.',
    '',
    ...headerLines(info).map((l) => `${l}  `),
    '',
    markdownTable(rows),
    '',
    '## How each figure is taken',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    ...sections.flatMap(({ title, paragraphs }) => [
      `## ${title}`,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ]),
  ].join('\n');
  await writeFile(path, text);
}

/** Replaces the README's bench section (between the markers), adding it under ## Performance. */
export async function updateReadme(path, { info, rows }) {
  const readme = await readFile(path, 'utf8');
  const section = [
    START_MARKER,
    '',
    `Latest figures from \`npm run bench\`, taken ${info.date} with ${info.chromium}; how each is`,
    'measured, and the budgets, are in [docs/benchmark.md](docs/benchmark.md).',
    '',
    markdownTable(rows, { how: false }),
    '',
    END_MARKER,
  ].join('\n');
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  let next;
  if (start !== -1 && end > start) {
    next = readme.slice(0, start) + section + readme.slice(end + END_MARKER.length);
  } else {
    const intro =
      '## Performance\n\nA reminder runs all day on every work machine, so its cost is measured: ' +
      '`npm run bench` builds the\nextension, runs it in real Chromium and prints each figure beside ' +
      'its budget\n(`npm run bench -- --check` exits non-zero when one is over).\n\n';
    next = `${readme.trimEnd()}\n\n${intro}${section}\n`;
  }
  await writeFile(path, next);
}
