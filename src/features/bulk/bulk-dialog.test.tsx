import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Later } from '../../i18n/i18n.ts';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { openBytes, type OpenFile } from '../../session/open-file.ts';
import { emptyWorkspace, workspaceReducer, type Workspace } from '../../session/workspace.ts';
import { loadStepWords } from '../../app/step-words.ts';
import { BulkDialog, loadBulkWords } from './bulk-dialog.tsx';

function open(text: string, name: string): OpenFile {
  const opened = openBytes(encodeUtf8(text), name, null);
  if (!opened.ok) throw new Error('the fixture does not open');
  return opened.value;
}

/** The dialog over a live workspace, as the page draws it: `said` gets what it says once applied. */
function Harness({ initial, said }: { initial: Workspace; said: Later[] }) {
  const [ws, dispatch] = useReducer(workspaceReducer, initial);
  return <BulkDialog files={ws.files} targets={ws.files.map((f) => f.uid)} dispatch={dispatch} onClose={() => {}} onDone={(s) => said.push(s)} inView={ws.activeUid} />;
}

/** Replaces 4400 with 4500 in every open file, through the dialog, and gives what it said. */
async function replace4400(initial: Workspace): Promise<string> {
  const said: Later[] = [];
  render(<Harness initial={initial} said={said} />);
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('Change'), 'Replace a number everywhere');
  await user.type(screen.getByLabelText('Number to replace'), '4400');
  await user.type(screen.getByLabelText('New number'), '4500');
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  await user.click(screen.getByRole('button', { name: 'Change 1 file' }));
  expect(said).toHaveLength(1);
  return (said[0] as () => string)();
}

const HAS = '\r\nABKNAME001=Help desk\r\nABKNUMBER001=4400\r\n';
const HAS_NOT = '\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\n';

describe('Change many files: what it says once applied', () => {
  beforeAll(async () => {
    await loadBulkWords();
    // The words of the steps ("replace 4400 with 4500 in 1 file"), as the page loads them.
    await loadStepWords();
  });

  it('says Undo takes the change back when the file in view is one it changed', async () => {
    // The first file added is the one in view.
    const ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(HAS, '4711_4620data.txt'), open(HAS_NOT, '4712_4620data.txt')] });
    expect(await replace4400(ws)).toBe('Changed 1 file, skipped 1: replace 4400 with 4500 in 1 file. Undo takes it back in all of them at once.');
  });

  it('does not send the user to an Undo that cannot take it back: the file in view was skipped, and it says so', async () => {
    const ws = workspaceReducer(emptyWorkspace, { type: 'add', files: [open(HAS_NOT, '4712_4620data.txt'), open(HAS, '4711_4620data.txt')] });
    const words = await replace4400(ws);
    expect(words).toContain('The file in view, 4712_4620data.txt, is not one of them: select a file it changed');
    expect(words).not.toContain('Undo takes it back in all of them at once');
  });
});
