// How an entry's sources (data/source-titles.ts) read on its card.

/**
 * How an entry's sources read on its card: the titles, or that it comes from general practice;
 * `practiceNote` says which part of an entry with sources is general practice.
 */
export function describeSources(source: readonly string[], practiceNote?: string): string {
  if (source.length === 0) return 'Written from general practice, not from the source texts.';
  const based = `Based on: ${source.map((title) => `“${title}”`).join('; ')}.`;
  return practiceNote ? `${based} ${practiceNote}` : based;
}
