/**
 * A small XML 1.0 reader for the documents AWS sends: elements, attributes (checked, then left
 * out), text, CDATA sections, comments, processing instructions and the XML declaration.
 *
 * What it accepts is what XML 1.0 calls well-formed, minus the document type declaration:
 *
 * - references: the five predefined entities (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) and
 *   numeric character references to characters XML 1.0 allows; any other reference (`&nbsp;`,
 *   `&#0;`, `&#x1;`, `&#xD800;`, `&#xFFFE;`, `&#x110000;`) is refused, never kept or deleted;
 * - characters: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
 *   U+10000–U+10FFFF (surrogate pairs); a raw character outside those (U+0000, other controls,
 *   a lone surrogate, U+FFFE, U+FFFF) is refused, in text, attributes, comments and CDATA;
 * - line ends are normalised as XML 1.0 says (`\r\n` and a lone `\r` read as `\n`); `&#xD;`
 *   gives a carriage return;
 * - a DOCTYPE (so an entity declaration) is refused: no entity is ever declared or expanded;
 * - names follow XML 1.0's `Name` production; an element named `__proto__`, `constructor` or
 *   `prototype` is refused (it would be a key of the parsed tree); attributes must have a quoted
 *   value and appear once per element;
 * - one root element; outside it only white space, comments and processing instructions;
 * - nesting deeper than the caller's limit (the root counts as one level) is refused as soon as
 *   the element that passes it opens.
 *
 * It reads in one pass, in time and memory linear in the input (no backtracking, no recursion:
 * open elements are kept on an explicit stack). Its failure is a message in the library's own
 * words and a position (line and column, the column counted in UTF-16 code units from 1); it
 * never quotes the input, which may hold secrets.
 *
 * @since 0.3.0
 */
// -------------------------------------------------------------------------------------
// characters
// -------------------------------------------------------------------------------------
/**
 * Whether XML 1.0 allows a character (a code point): `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF]
 * | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
 *
 * @category characters
 * @since 0.3.0
 */
export const isXmlChar = (cp) => cp >= 0x20 ? cp <= 0xd7ff || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff) : cp === 0x9 || cp === 0xa || cp === 0xd;
/**
 * One UTF-16 code unit, or a lone surrogate, that stands for no character XML 1.0 allows (the
 * same rule as `isXmlChar`, for whole strings; `test/codecs/XmlReader.test.ts` checks that they
 * agree on every code unit). Global: use it with `replace`, or reset `lastIndex`.
 *
 * @category characters
 * @since 0.3.0
 */
export const NOT_XML_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------
/** Why reading stopped, and where (an offset). Thrown inside `readXml` only, never out of it. */
class Refusal {
    reason;
    at;
    constructor(reason, at) {
        this.reason = reason;
        this.at = at;
    }
}
const refuse = (reason, at) => {
    throw new Refusal(reason, at);
};
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const AMP = 38;
const SQUOTE = 39;
const DASH = 45;
const SLASH = 47;
const SEMI = 59;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;
const RBRACKET = 93;
const isSpace = (c) => c === SPACE || c === LF || c === TAB || c === CR;
/** `NameStartChar` of XML 1.0, for one UTF-16 code unit below the surrogates (pairs are handled by `nameEnd`). */
const isNameStart = (c) => c < 0x80
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58
    : (c >= 0xc0 && c <= 0xd6) ||
        (c >= 0xd8 && c <= 0xf6) ||
        (c >= 0xf8 && c <= 0x2ff) ||
        (c >= 0x370 && c <= 0x37d) ||
        (c >= 0x37f && c <= 0x1fff) ||
        c === 0x200c ||
        c === 0x200d ||
        (c >= 0x2070 && c <= 0x218f) ||
        (c >= 0x2c00 && c <= 0x2fef) ||
        (c >= 0x3001 && c <= 0xd7ff) ||
        (c >= 0xf900 && c <= 0xfdcf) ||
        (c >= 0xfdf0 && c <= 0xfffd);
/** `NameChar` of XML 1.0, for one UTF-16 code unit below the surrogates. */
const isNameChar = (c) => c < 0x80
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === DASH || c === 46
    : isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
/** A surrogate pair at `i` for a code point in U+10000–U+EFFFF (names allow those). */
const isNamePair = (s, i) => {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdb7f)
        return false;
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
};
/** The end of the XML name that starts at `i`, or `i` when none does. */
const nameEnd = (s, i) => {
    const n = s.length;
    if (i >= n)
        return i;
    const c = s.charCodeAt(i);
    if (isNameStart(c))
        i++;
    else if (isNamePair(s, i))
        i += 2;
    else
        return i;
    while (i < n) {
        const d = s.charCodeAt(i);
        if (isNameChar(d))
            i++;
        else if (isNamePair(s, i))
            i += 2;
        else
            break;
    }
    return i;
};
/**
 * Past the character at `i` (one code unit, or two for a surrogate pair) when XML 1.0 allows
 * it; refuses it otherwise.
 */
const charEnd = (s, i) => {
    const c = s.charCodeAt(i);
    if (c >= 0x20 ? c < 0xd800 || (c >= 0xe000 && c <= 0xfffd) : c === LF || c === TAB || c === CR)
        return i + 1;
    if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return i + 2;
    }
    return refuse('a character that XML 1.0 does not allow', i);
};
/** Checks every character in `[from, to)`; whether one of them is a carriage return. */
const checkChars = (s, from, to) => {
    let cr = false;
    let i = from;
    while (i < to) {
        const c = s.charCodeAt(i);
        if (c >= 0x20 && c < 0xd800)
            i++;
        else {
            if (c === CR)
                cr = true;
            i = charEnd(s, i);
        }
    }
    return cr;
};
/** Where the last reference read by `reference` ends (a second result, without an allocation). */
let refEnd = 0;
/** The code point a reference at `i` (an `&`) stands for (its end in `refEnd`); refuses any other. */
const reference = (s, i) => {
    const c = s.charCodeAt(i + 1);
    if (c === HASH) {
        let j = i + 2;
        const hex = s.charCodeAt(j) === 120; // x
        if (hex)
            j++;
        const digits = j;
        let cp = 0;
        for (;;) {
            const d = s.charCodeAt(j);
            let v;
            if (d >= 48 && d <= 57)
                v = d - 48;
            else if (hex && d >= 97 && d <= 102)
                v = d - 87;
            else if (hex && d >= 65 && d <= 70)
                v = d - 55;
            else
                break;
            cp = cp * (hex ? 16 : 10) + v;
            // Past the last code point, no more digits can bring it back: stop reading them.
            if (cp > 0x10ffff)
                return refuse('a character reference to a character that XML 1.0 does not allow', i);
            j++;
        }
        if (j === digits || s.charCodeAt(j) !== SEMI)
            return refuse('a character reference that is not written &#digits; or &#xhex;', i);
        if (!isXmlChar(cp))
            return refuse('a character reference to a character that XML 1.0 does not allow', i);
        refEnd = j + 1;
        return cp;
    }
    if (c === 108 /* l */ && s.startsWith('lt;', i + 1))
        return (refEnd = i + 4), LT;
    if (c === 103 /* g */ && s.startsWith('gt;', i + 1))
        return (refEnd = i + 4), GT;
    if (c === 97 /* a */ && s.startsWith('amp;', i + 1))
        return (refEnd = i + 5), AMP;
    if (c === 97 /* a */ && s.startsWith('apos;', i + 1))
        return (refEnd = i + 6), SQUOTE;
    if (c === 113 /* q */ && s.startsWith('quot;', i + 1))
        return (refEnd = i + 6), DQUOTE;
    return nameEnd(s, i + 1) > i + 1
        ? refuse('a reference to an entity other than the five XML predefines (lt, gt, amp, quot, apos)', i)
        : refuse('an "&" that does not begin a reference', i);
};
/**
 * Code units for text being rewritten (references decoded, line ends normalised): building it
 * here rather than from many small strings keeps text with millions of references linear and
 * fast. Reused up to `SCRATCH_KEPT` units; a longer text gets a buffer of its own.
 */
let scratch;
const SCRATCH_KEPT = 1 << 16;
const CHUNK = 4096;
/** The string of `units[0, length)`. */
const stringOf = (units, length) => {
    if (length <= CHUNK)
        return String.fromCharCode.apply(null, units.subarray(0, length));
    const parts = [];
    for (let k = 0; k < length; k += CHUNK)
        parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + CHUNK))));
    return parts.join('');
};
/**
 * The text of `[from, to)`, whose characters before `at` are checked and need no rewriting:
 * characters checked, line ends normalised (`\r\n` and a lone `\r` read as `\n`) and, for
 * text (not CDATA), references decoded and `]]>` refused.
 */
const rewrite = (s, from, at, to, isText) => {
    // No reference or line end gives more code units than it is written with.
    const units = to - from <= SCRATCH_KEPT ? (scratch ??= new Uint16Array(SCRATCH_KEPT)) : new Uint16Array(to - from);
    let k = 0;
    for (let j = from; j < at; j++)
        units[k++] = s.charCodeAt(j);
    let j = at;
    while (j < to) {
        const d = s.charCodeAt(j);
        if (d >= 0x20 && d < 0xd800 && d !== AMP && d !== GT) {
            units[k++] = d;
            j++;
        }
        else if (d === CR) {
            units[k++] = LF;
            j += s.charCodeAt(j + 1) === LF && j + 1 < to ? 2 : 1;
        }
        else if (d === AMP && isText) {
            const cp = reference(s, j);
            j = refEnd;
            if (cp > 0xffff) {
                units[k++] = 0xd800 + ((cp - 0x10000) >> 10);
                units[k++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
            }
            else
                units[k++] = cp;
        }
        else if (d === GT) {
            if (isText && j - from >= 2 && s.charCodeAt(j - 1) === RBRACKET && s.charCodeAt(j - 2) === RBRACKET)
                return refuse('"]]>" in text', j - 2);
            units[k++] = d;
            j++;
        }
        else {
            const e = charEnd(s, j);
            units[k++] = d;
            if (e === j + 2)
                units[k++] = s.charCodeAt(j + 1);
            j = e;
        }
    }
    return stringOf(units, k);
};
const RESERVED_NAMES = ['__proto__', 'constructor', 'prototype'];
/** Refuses `<!…>` markup that is not a comment or CDATA: a DOCTYPE or ENTITY declaration above all. */
const refuseDeclaration = (s, i) => {
    let j = i + 2;
    while (j < s.length && isSpace(s.charCodeAt(j)))
        j++;
    const word = s.slice(j, j + 7).toLowerCase();
    return word === 'doctype' || word.startsWith('entity')
        ? refuse('a DOCTYPE or ENTITY declaration is not accepted', i)
        : refuse('markup that is not an element, a comment or a CDATA section', i);
};
/** Past a comment that starts at `i` (`<!--`), checked. */
const comment = (s, i) => {
    const end = s.indexOf('--', i + 4);
    if (end < 0)
        return refuse('a comment that is not closed', i);
    if (s.charCodeAt(end + 2) !== GT)
        return refuse('"--" inside a comment', end);
    checkChars(s, i + 4, end);
    return end + 3;
};
/** Past a processing instruction (or the XML declaration, when `first`) that starts at `i` (`<?`). */
const instruction = (s, i, first) => {
    const target = nameEnd(s, i + 2);
    if (target === i + 2)
        return refuse('a processing instruction without a target name', i);
    if (target - i - 2 === 3 && s.slice(i + 2, target).toLowerCase() === 'xml') {
        if (!first || s.slice(i + 2, target) !== 'xml')
            return refuse('an XML declaration that is not at the start of the document', i);
    }
    const end = s.indexOf('?>', target);
    if (end < 0)
        return refuse('a processing instruction that is not closed', i);
    if (end > target && !isSpace(s.charCodeAt(target)))
        return refuse('a processing instruction whose target name is not followed by a space', target);
    checkChars(s, target, end);
    return end + 2;
};
/**
 * How many attributes one start tag may have. AWS writes one (`xmlns`) at most; the bound keeps
 * the check that no attribute is given twice linear without building strings or a set.
 *
 * @category constants
 * @since 0.3.0
 */
export const MAX_XML_ATTRIBUTES = 64;
/** Where the names of the current start tag's attributes start and end, in the input. */
let attributeStarts;
let attributeEnds;
/** Whether `[a, aEnd)` and `[b, bEnd)` hold the same text. */
const sameText = (s, a, aEnd, b, bEnd) => {
    if (aEnd - a !== bEnd - b)
        return false;
    for (; a < aEnd; a++, b++)
        if (s.charCodeAt(a) !== s.charCodeAt(b))
            return false;
    return true;
};
/**
 * Past the attributes of a start tag whose name ends at `i`, checked and left out; at the `>`
 * or `/>` that ends the tag.
 */
const attributes = (s, i) => {
    const n = s.length;
    const starts = (attributeStarts ??= new Int32Array(MAX_XML_ATTRIBUTES));
    const ends = (attributeEnds ??= new Int32Array(MAX_XML_ATTRIBUTES));
    let count = 0;
    for (;;) {
        const before = i;
        while (i < n && isSpace(s.charCodeAt(i)))
            i++;
        const c = s.charCodeAt(i);
        if (c === GT || c === SLASH || i >= n)
            return i;
        if (i === before)
            return refuse('a start tag whose name or attribute is not followed by a space, ">" or "/>"', i);
        const start = i;
        i = nameEnd(s, i);
        if (i === start)
            return refuse('an attribute whose name is not an XML name', start);
        if (count === MAX_XML_ATTRIBUTES)
            return refuse(`more than ${MAX_XML_ATTRIBUTES} attributes in one start tag`, start);
        for (let k = 0; k < count; k++)
            if (sameText(s, starts[k], ends[k], start, i))
                return refuse('an attribute given twice in one start tag', start);
        starts[count] = start;
        ends[count++] = i;
        while (i < n && isSpace(s.charCodeAt(i)))
            i++;
        if (s.charCodeAt(i) !== EQ)
            return refuse('an attribute without "=" and a quoted value', start);
        i++;
        while (i < n && isSpace(s.charCodeAt(i)))
            i++;
        const q = s.charCodeAt(i);
        if (q !== DQUOTE && q !== SQUOTE)
            return refuse('an attribute value that is not in quotes', i);
        i++;
        for (;;) {
            if (i >= n)
                return refuse('an attribute value that is not closed', start);
            const d = s.charCodeAt(i);
            if (d === q)
                break;
            if (d === LT)
                return refuse('"<" inside an attribute value', i);
            if (d === AMP) {
                reference(s, i);
                i = refEnd;
            }
            else
                i = d >= 0x20 && d < 0xd800 ? i + 1 : charEnd(s, i);
        }
        i++;
    }
};
/** Where an offset is, in words: `line L, column C`. */
const positionOf = (s, at) => {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(Math.max(at, 0), s.length);
    for (let i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return `line ${line}, column ${end - lineStart + 1}`;
};
/** The document, or throws a `Refusal`. */
const read = (s, maxDepth) => {
    const n = s.length;
    // The open elements, outermost first; the parent's text and children wait on the stacks.
    const names = [];
    const texts = [];
    const kids = [];
    let depth = 0;
    let text = '';
    let children;
    let root;
    // A byte order mark may come first.
    let i = n > 0 && s.charCodeAt(0) === 0xfeff ? 1 : 0;
    const start = i;
    /** Closes the innermost open element: its content joins its parent's children, or is the root's. */
    const close = () => {
        let content;
        if (children === undefined)
            content = text;
        else {
            if (text !== '')
                children['#text'] = text;
            content = children;
        }
        depth--;
        const name = names[depth];
        if (depth === 0) {
            root = { name, content };
            return;
        }
        text = texts[depth];
        children = kids[depth];
        if (children === undefined) {
            children = {};
            children[name] = [content];
        }
        else {
            const a = children[name];
            // Only arrays are children: `#text` is a string and inherited members are not arrays.
            if (Array.isArray(a))
                a.push(content);
            else
                children[name] = [content];
        }
    };
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c !== LT) {
            if (depth === 0) {
                if (isSpace(c)) {
                    i++;
                    continue;
                }
                return refuse('text outside the root element', i);
            }
            // Text, up to the next tag: a slice of the input, unless a reference or a carriage return
            // asks for it to be rewritten.
            const run = i;
            let piece;
            while (i < n) {
                const d = s.charCodeAt(i);
                if (d >= 0x20 && d < 0xd800 && d !== LT && d !== AMP && d !== GT)
                    i++;
                else if (d === LT)
                    break;
                else if (d === AMP || d === CR) {
                    let end = s.indexOf('<', i);
                    if (end < 0)
                        end = n;
                    piece = rewrite(s, run, i, end, true);
                    i = end;
                    break;
                }
                else if (d === GT) {
                    if (i - run >= 2 && s.charCodeAt(i - 1) === RBRACKET && s.charCodeAt(i - 2) === RBRACKET)
                        return refuse('"]]>" in text', i - 2);
                    i++;
                }
                else
                    i = charEnd(s, i);
            }
            text += piece ?? s.slice(run, i);
            continue;
        }
        const c1 = s.charCodeAt(i + 1);
        if (c1 === SLASH) {
            // A closing tag: the name of the innermost open element, optional spaces, `>`.
            if (depth === 0)
                return refuse('a closing tag without an open element', i);
            const name = names[depth - 1];
            const end = i + 2 + name.length;
            if (!s.startsWith(name, i + 2) || nameEnd(s, i + 2) !== end)
                return refuse('a closing tag that does not match the open element', i);
            let j = end;
            while (j < n && isSpace(s.charCodeAt(j)))
                j++;
            if (s.charCodeAt(j) !== GT)
                return refuse('a closing tag not ended by ">"', i);
            i = j + 1;
            close();
        }
        else if (c1 === BANG) {
            if (s.startsWith('--', i + 2))
                i = comment(s, i);
            else if (s.startsWith('[CDATA[', i + 2)) {
                if (depth === 0)
                    return refuse('a CDATA section outside the root element', i);
                const end = s.indexOf(']]>', i + 9);
                if (end < 0)
                    return refuse('a CDATA section that is not closed', i);
                text += checkChars(s, i + 9, end) ? rewrite(s, i + 9, i + 9, end, false) : s.slice(i + 9, end);
                i = end + 3;
            }
            else
                return refuseDeclaration(s, i);
        }
        else if (c1 === QUESTION) {
            i = instruction(s, i, i === start);
        }
        else {
            // A start tag.
            const end = nameEnd(s, i + 1);
            if (end === i + 1)
                return refuse('a "<" that does not begin a tag', i);
            if (root !== undefined)
                return refuse('expected exactly one root element, found a second one', i);
            if (depth >= maxDepth)
                return refuse(`elements nested deeper than ${maxDepth} levels`, i);
            // The last element opened at this depth is most often a sibling of the same name: its
            // name string (already a property key) is reused, and was already checked.
            const previous = names[depth];
            let name;
            if (previous !== undefined && end - i - 1 === previous.length && s.startsWith(previous, i + 1))
                name = previous;
            else {
                name = s.slice(i + 1, end);
                if (RESERVED_NAMES.includes(name))
                    return refuse(`"${name}" is a reserved JavaScript keyword, not accepted as an element name`, i + 1);
            }
            let j = attributes(s, end);
            if (j >= n)
                return refuse('a start tag that is not closed', i);
            names[depth] = name;
            texts[depth] = text;
            kids[depth] = children;
            depth++;
            text = '';
            children = undefined;
            if (s.charCodeAt(j) === SLASH) {
                if (s.charCodeAt(j + 1) !== GT)
                    return refuse('"/" not followed by ">" in a start tag', j);
                j++;
                close();
            }
            i = j + 1;
        }
    }
    if (depth > 0)
        return refuse('an element that is not closed before the end of the text', n);
    if (root === undefined)
        return refuse('expected exactly one root element, found none', n);
    return root;
};
/**
 * Reads an XML document: the root element's name and content, or why it is not a document this
 * reader accepts (see the module's documentation). `maxDepth` is how many levels of elements
 * may nest, the root included. Never throws.
 *
 * @category reading
 * @since 0.3.0
 */
export const readXml = (s, maxDepth) => {
    if (typeof s !== 'string')
        return { _tag: 'XmlSyntaxError', message: `expected XML text, got ${typeof s}` };
    try {
        return read(s, maxDepth);
    }
    catch (e) {
        return {
            _tag: 'XmlSyntaxError',
            // Anything else (running out of memory for a string) is said without its message.
            message: e instanceof Refusal ? `${e.reason} at ${positionOf(s, e.at)}` : 'a text that could not be read'
        };
    }
};
