// Decodes LZMA (the .lzma "alone" format: a 13-byte header, then one LZMA1 stream) into a
// byte array of a known length. scripts/pack-wasm compresses the wasm this way because LZMA
// makes it a fifth smaller than gzip/deflate, and browsers can only undo the latter natively.
// A straight transcription of the reference decoder (LzmaSpec.cpp in Igor Pavlov's public
// domain LZMA SDK), without its sliding window: the whole output is in memory. The build
// checks, by running this file under Node, that it gives back exactly the wasm's bytes.

const PROB_INIT = 1024; // probabilities are 11-bit: 1024 is one half

export function unlzma(input, length) {
  const props = input[0];
  if (props >= 9 * 5 * 5) throw new Error('LZMA: bad properties');
  const lc = props % 9;
  const lp = Math.floor(props / 9) % 5;
  const pb = Math.floor(props / 45);

  // The range decoder. Its range and code live in a Uint32Array: unsigned 32-bit values
  // there are stored as they are, where V8 would box those above 2^30 in variables (85 ->
  // 60 ms for this wasm in Node).
  let inPos = 13; // after the header: properties, dictionary size (4), length (8)
  const rc = new Uint32Array(2); // [range, code]
  rc[0] = 0xffffffff;
  if (input[inPos++] !== 0) throw new Error('LZMA: bad stream');
  for (let i = 0; i < 4; i++) rc[1] = (rc[1] << 8) | input[inPos++];
  if (rc[1] === rc[0]) throw new Error('LZMA: bad stream');
  const normalize = () => {
    if (rc[0] < 0x1000000) {
      rc[0] <<= 8;
      rc[1] = (rc[1] << 8) | input[inPos++];
    }
  };
  const bit = (probs, i) => {
    const p = probs[i];
    const bound = (rc[0] >>> 11) * p;
    let b;
    if (rc[1] < bound) {
      probs[i] = p + ((2048 - p) >>> 5);
      rc[0] = bound;
      b = 0;
    } else {
      probs[i] = p - (p >>> 5);
      rc[1] -= bound;
      rc[0] -= bound;
      b = 1;
    }
    normalize();
    return b;
  };
  const directBits = (n) => {
    let res = 0;
    for (; n > 0; n--) {
      rc[0] >>>= 1;
      let b = 0;
      if (rc[1] >= rc[0]) {
        rc[1] -= rc[0];
        b = 1;
      }
      normalize();
      res = res * 2 + b;
    }
    return res;
  };
  const probs = (n) => new Uint16Array(n).fill(PROB_INIT);
  const tree = (p, base, numBits) => {
    let m = 1;
    for (let i = 0; i < numBits; i++) m = (m << 1) + bit(p, base + m);
    return m - (1 << numBits);
  };
  const reverseTree = (p, base, numBits) => {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < numBits; i++) {
      const b = bit(p, base + m);
      m = (m << 1) + b;
      sym |= b << i;
    }
    return sym;
  };
  // Match lengths: choice bits, then 8 low, 8 middle or 256 high values (per position state
  // for the first two).
  const lenCoder = () => ({ choice: probs(2), low: probs(16 << 3), mid: probs(16 << 3), high: probs(256) });
  const decodeLen = (c, posState) => {
    if (bit(c.choice, 0) === 0) return tree(c.low, posState << 3, 3);
    if (bit(c.choice, 1) === 0) return 8 + tree(c.mid, posState << 3, 3);
    return 16 + tree(c.high, 0, 8);
  };

  const literal = probs(0x300 << (lc + lp));
  const posSlot = probs(4 << 6);
  const posDecoders = probs(1 + 128 - 14);
  const align = probs(16);
  const isMatch = probs(12 << 4);
  const isRep = probs(12);
  const isRepG0 = probs(12);
  const isRepG1 = probs(12);
  const isRepG2 = probs(12);
  const isRep0Long = probs(12 << 4);
  const matchLen = lenCoder();
  const repLen = lenCoder();

  const out = new Uint8Array(length);
  let pos = 0;
  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;

  while (pos < length) {
    const posState = pos & pbMask;
    if (bit(isMatch, (state << 4) + posState) === 0) {
      // A literal byte, coded in the context of the previous byte (and, after a match, of
      // the byte at the last distance).
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & lpMask) << lc) + (prev >>> (8 - lc)));
      let sym = 1;
      if (state >= 7) {
        let matchByte = out[pos - rep0 - 1];
        do {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const b = bit(literal, base + ((1 + matchBit) << 8) + sym);
          sym = (sym << 1) | b;
          if (matchBit !== b) break;
        } while (sym < 0x100);
      }
      while (sym < 0x100) sym = (sym << 1) | bit(literal, base + sym);
      out[pos++] = sym - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state) !== 0) {
      if (pos === 0) throw new Error('LZMA: bad stream');
      if (bit(isRepG0, state) === 0) {
        if (bit(isRep0Long, (state << 4) + posState) === 0) {
          // A single byte from the last distance.
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let dist;
        if (bit(isRepG1, state) === 0) {
          dist = rep1;
        } else {
          if (bit(isRepG2, state) === 0) {
            dist = rep2;
          } else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = decodeLen(repLen, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = decodeLen(matchLen, posState);
      state = state < 7 ? 7 : 10;
      // The distance: a 6-bit slot (by length), then its low bits.
      const slot = tree(posSlot, Math.min(len, 3) << 6, 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const numDirect = (slot >>> 1) - 1;
        let dist = (2 | (slot & 1)) * 2 ** numDirect;
        if (slot < 14) {
          dist += reverseTree(posDecoders, dist - slot, numDirect);
        } else {
          dist += directBits(numDirect - 4) * 16;
          dist += reverseTree(align, 0, 4);
        }
        rep0 = dist;
      }
      // The end marker (distance 0xFFFFFFFF) or any distance before the start: the stream
      // ended early or is corrupt.
      if (rep0 >= pos) throw new Error('LZMA: bad stream');
    }
    len += 2;
    if (pos + len > length) throw new Error('LZMA: stream longer than expected');
    for (; len > 0; len--, pos++) out[pos] = out[pos - rep0 - 1];
  }
  return out;
}
