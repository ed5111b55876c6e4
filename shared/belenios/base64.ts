// Unpadded base64, as Belenios writes hashes and trackers; apart, so that a page showing trackers needs no hashing.

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without `=` padding. */
export function base64NoPad(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const length = Math.min(3, bytes.length - i) + 1;
    for (let j = 0; j < length; j++) text += base64Alphabet[(chunk >> (18 - 6 * j)) & 63];
  }
  return text;
}

/**
 * A tracker (unpadded base64) in hexadecimal: the form `belenios-tool election compute-ballot-summary`
 * prints the ballots' hashes in, so a voter can find its own among them.
 */
export function trackerHex(tracker: string): string {
  let hex = '';
  let bits = 0;
  let value = 0;
  for (const char of tracker) {
    const digit = base64Alphabet.indexOf(char);
    if (digit < 0) throw new Error(`“${char}” is not a base64 character`);
    value = ((value << 6) | digit) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      hex += ((value >> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  return hex;
}
