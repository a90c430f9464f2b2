/**
 * The names closest to one that was not found: the same name in another case first, then names
 * that contain it or that it contains, then names a few edits away.
 *
 * @since 0.1.0
 */
/** Damerau–Levenshtein (optimal string alignment) distance, in two rolling rows plus one. */
const distance = (a, b) => {
    let before = new Array(b.length + 1).fill(0);
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            row.push(d);
        }
        before = prev;
        prev = row;
    }
    return prev[b.length];
};
/**
 * Up to `max` of the candidates closest to `name` (case-insensitively), best first; none when
 * nothing is close. A candidate equal to `name` but for case is the only suggestion.
 *
 * @category utils
 * @since 0.1.0
 */
export const closest = (name, candidates, max = 3) => {
    const wanted = name.toLowerCase();
    if (wanted === '')
        return [];
    const all = [...candidates];
    // The same name in another case is what was meant.
    const caseless = all.filter((c) => c.toLowerCase() === wanted);
    if (caseless.length > 0)
        return caseless.slice(0, max);
    const scored = [];
    for (const c of all) {
        const lower = c.toLowerCase();
        let score;
        if (wanted.length >= 3 && (lower.includes(wanted) || (wanted.includes(lower) && lower.length * 2 >= wanted.length)))
            score = 1 + Math.abs(lower.length - wanted.length) / 1000;
        else {
            const d = distance(wanted, lower);
            if (d > Math.max(2, Math.floor(wanted.length / 3)))
                continue;
            score = 2 + d;
        }
        scored.push([score, c]);
    }
    scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    return scored.slice(0, max).map(([, c]) => c);
};
/**
 * `; did you mean A, B or C?`, or nothing.
 *
 * @category utils
 * @since 0.1.0
 */
export const didYouMean = (names) => {
    if (names.length === 0)
        return '';
    const last = names[names.length - 1];
    return `; did you mean ${names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`}?`;
};
