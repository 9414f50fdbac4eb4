// FNV-1a, 64-bit, over the UTF-8 bytes of a string, in pure JS so the same hash
// comes out on the server and in the browser (no node:crypto, no BigInt in the
// hot loop). It identifies an input; it is not a security hash.
// The state is two 32-bit halves. Multiplying by the prime 2^40 + 0x1b3 modulo
// 2^64: the low half is Math.imul(lo, 0x1b3); the high half gets hi*0x1b3, the
// carry out of lo*0x1b3, and lo*2^8 from the 2^40 term. `>>> 0` reduces mod 2^32.

const utf8 = new Uint8Array(4);

/** A running FNV-1a 64 state, [hi, lo], so callers can hash pieces without joining them. */
export type FnvState = Uint32Array;

export function fnvStart(): FnvState {
  // offset basis 0xcbf29ce484222325
  return Uint32Array.of(0xcbf29ce4, 0x84222325);
}

export function fnvUpdate(state: FnvState, text: string): void {
  let hi = state[0]!;
  let lo = state[1]!;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      lo = (lo ^ c) >>> 0;
      // carry = floor(lo*0x1b3 / 2^32), from the 16-bit halves of lo
      const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
      hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
      lo = Math.imul(lo, 0x1b3) >>> 0;
      continue;
    }
    // Rare (Indonesian reasons are mostly ASCII): the same step per UTF-8 byte.
    const count = encodeUtf8(text, i);
    if (count < 0) i += 1;
    for (let k = 0; k < Math.abs(count); k++) {
      lo = (lo ^ utf8[k]!) >>> 0;
      const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16;
      hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
      lo = Math.imul(lo, 0x1b3) >>> 0;
    }
  }
  state[0] = hi;
  state[1] = lo;
}

export function fnvDigest(state: FnvState): string {
  return hex8(state[0]!) + hex8(state[1]!);
}

export function fnv1a64(text: string): string {
  const state = fnvStart();
  fnvUpdate(state, text);
  return fnvDigest(state);
}

/** Writes the UTF-8 bytes of the non-ASCII character at i; negative when it used a surrogate pair. */
function encodeUtf8(text: string, i: number): number {
  let c = text.charCodeAt(i);
  let pair = false;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      pair = true;
    }
  }
  // A lone surrogate becomes U+FFFD, as TextEncoder does.
  if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
  let count: number;
  if (c < 0x800) {
    utf8[0] = 0xc0 | (c >> 6);
    count = 2;
  } else if (c < 0x10000) {
    utf8[0] = 0xe0 | (c >> 12);
    utf8[1] = 0x80 | ((c >> 6) & 0x3f);
    count = 3;
  } else {
    utf8[0] = 0xf0 | (c >> 18);
    utf8[1] = 0x80 | ((c >> 12) & 0x3f);
    utf8[2] = 0x80 | ((c >> 6) & 0x3f);
    count = 4;
  }
  utf8[count - 1] = 0x80 | (c & 0x3f);
  return pair ? -count : count;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

function hex8(half: number): string {
  return HEX[half >>> 24]! + HEX[(half >>> 16) & 0xff]! + HEX[(half >>> 8) & 0xff]! + HEX[half & 0xff]!;
}
