import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioEditor } from '../../../src/tracker/edit-scenario.js';
import { idFromTitle, type ObjectiveEdit } from '../../../src/tracker/edits.js';

const FILE = `scenario: secure-remote-hybrid-work
focus_stage: 1
objectives:
  # Stage 1
  strong-authentication:   # Verify every identity
    status: in-progress
    owner: 'Zoë Lefèvre'   # quoted on purpose
    due: 2026-12-18
    notes: >-
      Folded notes
      on two lines.

  device-compliance: {status: not-started}   # Devices
custom_objectives: {}
`;

function edited(text: string, ...edits: Partial<ObjectiveEdit>[]): string {
  const editor = new ScenarioEditor(text, parseDocument(text));
  for (const e of edits)
    editor.apply({
      scenarioId: 's',
      custom: false,
      create: false,
      fields: {},
      row: 'S!2',
      cells: {},
      before: {},
      id: '',
      ...e,
    });
  return editor.result();
}

describe('ScenarioEditor', () => {
  it('changes nothing without a change', () => {
    expect(edited(FILE)).toBe(FILE);
  });

  it('replaces a value in place, keeping its comment, and adds a field in the file order', () => {
    const out = edited(FILE, {
      id: 'strong-authentication',
      fields: { owner: 'Ana Silva', percent: 40, started: '2026-10-01' },
    });
    expect(out).toContain(
      '  strong-authentication:   # Verify every identity\n    status: in-progress\n    percent: 40\n    owner: Ana Silva   # quoted on purpose\n    started: 2026-10-01\n    due: 2026-12-18\n',
    );
    expect(out.split('\n').length).toBe(FILE.split('\n').length + 2);
  });

  it('replaces a folded block and removes a field, keeping the blank line after it', () => {
    const out = edited(FILE, { id: 'strong-authentication', fields: { notes: 'Short.', due: undefined } });
    expect(out).toContain("    owner: 'Zoë Lefèvre'   # quoted on purpose\n    notes: Short.\n\n  device-compliance:");
  });

  it('turns a flow record into a block, its comment kept on the id line', () => {
    const out = edited(FILE, {
      id: 'device-compliance',
      fields: { status: 'blocked', blockers: ['Licences, not yet bought'] },
    });
    expect(out).toContain(
      '  device-compliance:   # Devices\n    status: blocked\n    blockers:\n      - Licences, not yet bought\ncustom_objectives: {}\n',
    );
  });

  it('adds a catalog objective the file does not list, and a custom objective to an empty mapping', () => {
    const out = edited(
      FILE,
      { id: 'app-protection', create: true, fields: { status: 'in-progress', owner: 'Kim' } },
      {
        id: 'our-own',
        custom: true,
        create: true,
        fields: { title: 'Our own: "quoted"', stage: 2, status: 'not-started', notes: 'a\nb' },
      },
    );
    expect(out).toContain(
      '  device-compliance: {status: not-started}   # Devices\n  app-protection:\n    status: in-progress\n    owner: Kim\n',
    );
    expect(out).toContain(
      'custom_objectives:\n  our-own:\n    title: \'Our own: "quoted"\'\n    stage: 2\n    status: not-started\n    notes: "a\\nb"\n',
    );
    expect(parseDocument(out).toJS()).toMatchObject({
      custom_objectives: { 'our-own': { title: 'Our own: "quoted"', notes: 'a\nb' } },
    });
  });

  it('keeps Windows line breaks', () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    const out = edited(crlf, { id: 'strong-authentication', fields: { percent: 10 } });
    expect(out).toContain('    status: in-progress\r\n    percent: 10\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('idFromTitle', () => {
  it('makes an id of the words of a title, not one already taken', () => {
    expect(idFromTitle('Label the customs archive!', new Set())).toBe('label-the-customs-archive');
    expect(idFromTitle('Éclairer  la   DLP', new Set(['eclairer-la-dlp']))).toBe('eclairer-la-dlp-2');
    expect(idFromTitle('中文', new Set())).toBe('objective');
  });
});
