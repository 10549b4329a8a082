import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Toneless pinyin run together: 营业执照 → yingyezhizhao. */
  full: string;
  /** First letters: 营业执照 → yyzz. */
  initials: string;
}

/** Latin letters and digits are kept (lower-cased); punctuation and spaces carry no sound. */
function keep(syllable: string): string {
  return syllable.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The pinyin of a phrase as search keys. pinyin-pro picks each character's reading from the
 * words around it (重庆 → chongqing, 银行 → yinhang), which a per-character table gets wrong.
 */
export function pinyinKeys(text: string): PinyinKeys {
  const parts = pinyin(text, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true })
    .map((p) => ({ sound: keep(p.isZh ? p.pinyin : p.origin), isZh: p.isZh }))
    .filter((p) => p.sound);
  // Latin text (a code, "ABC") is its own initials: nobody abbreviates it further.
  return { full: parts.map((p) => p.sound).join(''), initials: parts.map((p) => (p.isZh ? p.sound[0] : p.sound)).join('') };
}

/** Keys of several phrases, space-separated in the phrases' order (one entry per phrase). */
export function pinyinKeysOfPhrases(phrases: readonly string[]): PinyinKeys {
  const keys = phrases.map(pinyinKeys);
  return { full: keys.map((k) => k.full).join(' '), initials: keys.map((k) => k.initials).join(' ') };
}
