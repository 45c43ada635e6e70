/** Escapes text for an XML element or attribute. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A deterministic GUID derived from a seed (FNV-1a), in the 8-4-4-4-12 form. */
export function stableGuid(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const g = hex.slice(0, 32).toUpperCase();
  return `${g.slice(0, 8)}-${g.slice(8, 12)}-4${g.slice(13, 16)}-8${g.slice(17, 20)}-${g.slice(20, 32)}`;
}
