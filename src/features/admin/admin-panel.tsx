import type { Dispatch } from 'react';
import type { Workspace, WorkspaceAction } from '../../app/workspace.ts';
import type { OpenFile } from '../editor/editor-state.ts';

export interface AdminPanelProps {
  readonly workspace: Workspace;
  readonly dispatch: Dispatch<WorkspaceAction>;
  /** Adds files (already opened) to the workspace and selects the first. */
  readonly onOpenFiles: (files: readonly OpenFile[]) => void;
  readonly onStatus: (message: string) => void;
  readonly onError: (message: string) => void;
}

/** Administrator tools, loaded only when asked for. */
export function AdminPanel({ workspace }: AdminPanelProps) {
  return (
    <section className="card admin" aria-labelledby="admin-title">
      <h2 id="admin-title">Administrator tools</h2>
      <p className="hint">{workspace.files.length} file(s) open.</p>
    </section>
  );
}
