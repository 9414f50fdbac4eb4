/**
 * normalizeSearch (lib/search/normalize.ts) as a SQL expression, for rows generated
 * inside PostgreSQL. The JavaScript function decomposes (NFKD), drops combining
 * accents, lower-cases and collapses spaces; here each accented letter is mapped with
 * translate() to what the JavaScript function makes of it, then lower(), collapse,
 * trim. The map is derived from the JavaScript function itself, for every letter of
 * Latin-1 and of the vocabulary, so the two agree on every string the generator can
 * produce (tests/integration/national.test.ts checks it on generated rows).
 */
import { normalizeSearch } from "../../../lib/search/normalize";
import { vocabularyText } from "./vocabulary";

function accentMap(): { from: string; to: string } {
  const chars = new Set<string>();
  for (let code = 0xc0; code <= 0xff; code++) chars.add(String.fromCodePoint(code));
  for (const ch of vocabularyText()) if (ch.codePointAt(0)! > 0x7f) chars.add(ch);
  let from = "";
  let to = "";
  for (const ch of [...chars].sort()) {
    const plain = normalizeSearch(ch);
    // Only letters that become one plain ASCII letter; others (ß, æ, ×…) are not generated.
    if (plain.length === 1 && plain.codePointAt(0)! <= 0x7f && plain !== ch) {
      from += ch;
      to += plain;
    }
  }
  for (const ch of vocabularyText()) {
    if (ch.codePointAt(0)! > 0x7f && !from.includes(ch)) {
      throw new Error(`The vocabulary holds "${ch}", which the SQL normaliser cannot map to one letter`);
    }
  }
  return { from, to };
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** A SQL expression equal to normalizeSearch(<textExpr>) for generator strings. */
export function sqlNormalize(textExpr: string): string {
  const { from, to } = accentMap();
  return `btrim(regexp_replace(lower(translate(${textExpr}, ${literal(from)}, ${literal(to)})), '\\s+', ' ', 'g'))`;
}
