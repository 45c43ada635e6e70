import type { FileSource } from '../data/file-source.js';

/**
 * A program folder as it would be with one file replaced: what the import
 * would write is validated (by the same validate as `ztdeck validate`)
 * before anything is written.
 */
export function withFile(base: FileSource, rel: string, content: string): FileSource {
  const bytes = new TextEncoder().encode(content);
  return {
    label: base.label,
    display: (r) => base.display(r),
    kind: (r) => (r === rel ? Promise.resolve('file') : base.kind(r)),
    yamlFiles: async (dir) => {
      const files = await base.yamlFiles(dir);
      return dir === '' && !rel.includes('/') && !files.includes(rel) ? [...files, rel].sort() : files;
    },
    read: (r) => (r === rel ? Promise.resolve(bytes) : base.read(r)),
  };
}
