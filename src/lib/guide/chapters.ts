/** The least a chapter needs for ordering and navigation. */
export interface ChapterLike {
  id: string;
  data: { order: number; title: string };
}

/**
 * Sorts chapters by their `order` field and refuses ambiguous orders,
 * so that two chapters can never claim the same place in the guide.
 * @example sortChapters([{ id: 'b', data: { order: 2, … } }, { id: 'a', data: { order: 1, … } }]) // a, b
 */
export function sortChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.data.order === cur.data.order) {
      throw new Error(`Chapters "${prev.id}" and "${cur.id}" have the same order (order: ${cur.data.order}).`);
    }
  }
  return sorted;
}

export interface Neighbours<T> {
  prev: T | undefined;
  next: T | undefined;
}

/** The chapters before and after `id` in an already sorted list. */
export function neighbours<T extends ChapterLike>(sorted: readonly T[], id: string): Neighbours<T> {
  const index = sorted.findIndex((c) => c.id === id);
  if (index < 0) throw new Error(`There is no chapter "${id}".`);
  return { prev: sorted[index - 1], next: sorted[index + 1] };
}

/**
 * Counts the words of a Markdown text, ignoring markup and link targets.
 * @example countWords('## Titel\n\nEin [Link](/x/) hier.') // 4
 */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|[\]-]+/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu)?.length ?? 0;
}

/** Minutes to read at a calm 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
