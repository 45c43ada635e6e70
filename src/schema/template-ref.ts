import { z } from 'zod';
import type { IssueParams } from './common.js';
import { hasControlCharacter } from './characters.js';

/** A template reference is a path when it has a slash or starts with a dot; otherwise it is a name. */
export function isPathRef(ref: string): boolean {
  return /[\\/]/.test(ref) || ref.startsWith('.');
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A scheme (https:, file:) or a Windows drive (C:): neither is a path relative to the program folder. */
const SCHEME_OR_DRIVE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const EXAMPLE = 'for example ./templates/acme or ../shared-templates/acme';

/** Why a reference cannot name a template from a program.yaml, or undefined when it can. */
function refusal(ref: string): { message: string; hint: string; code: IssueParams['code'] } | undefined {
  if (hasControlCharacter(ref))
    return { code: 'control-character', message: 'holds a control character', hint: 'remove it' };
  if (SCHEME_OR_DRIVE.test(ref) && !/^[A-Za-z]:/.test(ref))
    return {
      code: 'invalid-template-path',
      message: 'is a URL; a template is a folder on disk',
      hint: `copy the template into the program's repository and give its path, ${EXAMPLE}`,
    };
  if (ref.startsWith('/') || ref.startsWith('\\') || /^[A-Za-z]:/.test(ref))
    return {
      code: 'invalid-template-path',
      message: 'is an absolute path; it would only work on this machine',
      hint: `give the path relative to the program folder, ${EXAMPLE}`,
    };
  if (ref.includes('\\'))
    return {
      code: 'invalid-template-path',
      message: 'holds a backslash; paths in program.yaml use forward slashes on every system',
      hint: `write it with /, ${EXAMPLE}`,
    };
  if (!isPathRef(ref) && !(NAME.test(ref) && ref.length <= 64))
    return {
      code: 'invalid-id',
      message: 'is neither a template name nor a path',
      hint: `a name is lower-case words joined by hyphens (default, dark); a path starts with ./ or ../, ${EXAMPLE}`,
    };
  return undefined;
}

/**
 * `template:` in program.yaml: a template's name (looked for in ./templates, then among the
 * shipped ones), or a path relative to the program folder. Absolute paths and URLs are
 * refused: the program must build the same on every machine and in CI.
 */
export const templateRef = z
  .string()
  .max(260)
  .superRefine((ref, ctx) => {
    const r = refusal(ref);
    if (r)
      ctx.addIssue({
        code: 'custom',
        message: r.message,
        params: { code: r.code, hint: r.hint } satisfies IssueParams,
      });
  })
  .meta({
    // The same for editors: a name, or a relative path with forward slashes (no scheme, no drive, no leading /).
    pattern: `^(?:${NAME.source.slice(1, -1)}|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!/)(?=\\.|[^\\\\]*/)[^\\\\]*)$`,
    patternErrorMessage: `a template name (default, dark) or a path relative to the program folder, ${EXAMPLE}`,
  });
