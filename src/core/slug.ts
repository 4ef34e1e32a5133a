// Slugs for ids and `Aligns:` references: `Grow revenue 🚀!` → `grow-revenue`.

/** Lower-case, accents folded, anything that is not a letter or digit becomes a single `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug that is not yet in `taken` (adds `-2`, `-3`, …), recorded in `taken`. Empty slugs become `fallback`. */
export function uniqueSlug(text: string, taken: Set<string>, fallback = 'untitled'): string {
  const base = slugify(text) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
