/**
 * Every problem ztdeck can report, by its permanent name. The README's error
 * catalogue lists these; a test keeps the two in step.
 */
export const problemCodes = {
  // reading files
  'path-not-found': 'A file or folder named on the command line or in the data does not exist.',
  'path-not-a-folder': 'A path that must be a folder is a file (or the other way round).',
  'unknown-file': 'A YAML file in the program folder that ztdeck does not read (often a misspelt name; warning).',
  'file-too-large':
    'A file is larger than its limit (1 MiB for a YAML file, 256 KiB for a template text, 5 MiB for a logo, 32 MiB for a file to import).',
  'unsafe-file':
    'A file is a symbolic link that leads out of its program or template folder, or is not a regular file (a pipe, a device); it is not read.',
  'file-empty': 'A YAML file is empty or holds only comments.',
  'file-not-utf8': 'A file is not valid UTF-8 (for example saved as Latin-1 or UTF-16).',
  'control-character':
    'A file or value holds a control character (U+0000–U+001F except tab and line breaks, U+007F–U+009F) or a broken surrogate.',
  // YAML
  'yaml-syntax': 'The YAML cannot be parsed (indentation, an unclosed quote, a stray character...).',
  'yaml-duplicate-key': 'The same key appears twice in one mapping.',
  'yaml-tab-indent': 'A tab is used for indentation; YAML needs spaces.',
  'yaml-multiple-documents': 'A file holds more than one YAML document (---).',
  'yaml-directive': 'A %YAML or %TAG directive; ztdeck reads YAML 1.2 only and refuses directives.',
  'yaml-tag': 'A tag such as !!js/function or !custom; ztdeck reads plain data only.',
  'yaml-alias-limit': 'Too many aliases (*name): the file would expand into a huge document.',
  'yaml-too-deep':
    'Lists or mappings nest more than 64 levels deep (a stray bracket, or a file made to exhaust the parser).',
  'yaml-reserved-key': 'A key named __proto__, constructor or prototype.',
  // shape of the data
  'unknown-key': 'A key that this file does not use (often a typo).',
  'missing-key': 'A required key is absent.',
  'wrong-type': 'A value has the wrong type (text where a number is needed, a list where a mapping is needed...).',
  'invalid-value': 'A value is not one of the allowed words.',
  'out-of-range': 'A number or a list length is outside its allowed range.',
  'invalid-date': 'A date is not a real calendar date written as YYYY-MM-DD.',
  'invalid-id':
    'An id is not lower-case words joined by hyphens, or is constructor or prototype (reserved, as keys are).',
  'invalid-link': 'A link is not an https: or mailto: address.',
  'invalid-text': 'A text value is empty or too long.',
  // rules across fields, files and the catalog
  'status-conflict':
    'Fields of one objective contradict its status (a completed date without status complete, percent not 100 when complete...).',
  'date-order': 'Dates are in an impossible order (completed before started, a date after the reporting date...).',
  'unknown-catalog': "The program names a catalog that is neither built in nor in the program's catalogs/ folder.",
  'unknown-scenario': 'A scenario id that the catalog does not have.',
  'unknown-objective': 'An objective id that the scenario does not have in the catalog.',
  'unknown-reference': 'A reference to a phase, functional area, track, objective or KPI that does not exist.',
  'ambiguous-reference': 'An objective id that exists in more than one scenario, used without its scenario.',
  'duplicate-id': 'Two things share an id (two files for one scenario, a custom objective with a catalog id...).',
  'scenario-file-missing': 'A scenario in scope has no scenario file.',
  'scenario-out-of-scope': 'A scenario file for a scenario that program.yaml does not list in scope (warning).',
  'implausible-date':
    "A date long before the program (before 2000, or more than ten years before the reporting date), often a spreadsheet's empty date (warning).",
  'series-order': 'KPI values are not in date order.',
  'kpi-no-target':
    'A KPI has no target yet (one `ztdeck import` created): the deck says "no target set" and counts it neither on nor off target (warning, once per KPI).',
  'kpi-stale':
    "A KPI's latest value is older than the template's `kpis.stale_after_days` (45 by default) before the reporting date, so the deck shows when it was measured; `import` warns about values more than 13 months before the reporting date (warning).",
  'blocked-without-blocker': 'A blocked objective does not say what blocks it (warning).',
  'complete-without-date':
    'A complete objective has no completed date, so planned-versus-actual cannot place it (warning).',
  'invalid-catalog': 'A catalog file breaks the catalog rules (duplicate ids, wrong stage numbers...).',
  // importing measurements (ztdeck import)
  'import-syntax':
    'A file to import is not valid JSON or CSV (cut short, a stray character, an unclosed quote, a column it reads named twice...), or an HTML file holds no Zero Trust Assessment report.',
  'import-unknown-shape':
    'A file to import has none of the shapes ztdeck reads for its source; the message lists the shapes expected.',
  'import-limit':
    'A file to import holds more than ztdeck reads from one file: a JSON list or object of more than 100,000 items, JSON nested deeper than 512 levels, or a CSV of more than 200,000 rows or 1,000 columns.',
  'import-mixed-tenants': 'The files to import hold data of more than one tenant and --tenant does not pick one.',
  'import-no-date':
    "The data to import carries no date and --as-of does not give one (ztdeck never uses a file's modification time).",
  'import-conflict':
    'An imported value does not fit kpis.yaml: another value for a date already there (without --replace), or a KPI measured in another unit or direction.',
  'import-incomplete':
    'A record of a file to import lacks what a value needs and gives none (a warning; an error when no value is left).',
  'import-inconsistent':
    "A file to import contradicts itself (a Maester run's summary or blocks against its own test list); the detail is counted and both numbers are given (a warning).",
  // templates and rendering
  'tracker-workbook':
    'A file given to ztdeck tracker import is not an Excel workbook (.xlsx), is encrypted, or is over the size caps.',
  'tracker-sheet':
    'A sheet of the tracker workbook cannot be matched to a scenario of the program, or has lost its Status or Id column.',
  'tracker-cell':
    'A cell of the tracker workbook holds what its column cannot take (a status, date or percentage that cannot be read).',
  'tracker-row-missing': 'A row of the exported tracker is missing from the workbook; its objective is kept (warning).',
  'template-error': 'A text template does not compile or refers to a value or helper that does not exist.',
  'template-cycle': 'Templates extend each other in a circle.',
  'template-asset':
    'A file a template names (a logo) is outside its folder, a URL, missing, too large, or not a real PNG, JPEG or SVG image.',
  'template-unsafe-html':
    'A report template writes a script, an event handler, a frame, a refresh or a file from elsewhere: it is left out of report.html (warning; CSS that loads a file is left to the Content-Security-Policy). An error when the page nests more than 512 deep or reads otherwise each time it is written out: report.html is not written.',
  'template-colors':
    "A template's colours would mislead a reader: a stage colour that looks like a status colour (warning).",
  'template-contrast':
    'A template colour does not stand out enough from the colour it is drawn on (WCAG 2.1 contrast: 4.5:1 for body text, 3:1 for large text and chart marks); the hint names the nearest shade of the same hue that does (warning).',
  'font-fallback':
    "The template's theme names a font ztdeck has no metrics for; text is laid out as if in the widest known font of its kind (warning, once per font).",
  'template-incomplete': 'A template that extends nothing leaves out something a template must define.',
  'unknown-template': 'The program or --template names a template that does not exist.',
  'invalid-template-path':
    '`template:` in program.yaml is an absolute path, a URL or a path with backslashes; it must be a name or a path relative to the program folder.',
  'unknown-deck': '--deck names a deck that the template does not define.',
  'text-truncated':
    'Text did not fit its box even at the smallest size allowed there; it was cut, or the rest is shown on another slide (warning naming the slide, or the footer).',
  // command line
  'unknown-revision': 'A state to compare with is neither a folder nor a git revision git knows.',
  usage: 'The command line is wrong (unknown command or option, missing argument).',
  'output-exists': 'A file that ztdeck would create already exists and --force was not given.',
  'write-failed': 'An output file could not be written (permissions, disk full...).',
  'office-missing':
    "--format pdf or previews was asked for, and LibreOffice (or, for previews, poppler's pdftoppm) is not installed; nothing was written.",
  'office-failed':
    'LibreOffice (or pdftoppm) failed to convert the deck; its output is quoted, and nothing was written.',
  'office-timeout':
    'LibreOffice (or pdftoppm) ran past the time limit (template.yaml pdf.timeout_seconds) and was stopped; nothing was written.',
  'output-locked':
    'Another ztdeck build was writing in the same output folder and did not finish within 10 seconds; nothing was written.',
  'output-foreign':
    'A folder ztdeck replaces whole (charts/ of the output folder) holds files ztdeck did not write, or is a file or a link; nothing was written.',
} as const satisfies Record<string, string>;

export type ProblemCode = keyof typeof problemCodes;
