import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { findProblems } from '../model/problems.ts';
import { openBytes, type OpenFile } from './open-file.ts';
import { contentProblems } from './problems-cache.ts';
import { findProblemsAhead, type IdleDeadline } from './problems-ahead.ts';

function opened(name: string, text: string): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error(name);
  return r.value;
}

/** An idle period with time for three files: its clock ticks 1 ms a look, from 5 ms, and 2 ms are left over. */
function period(): IdleDeadline {
  let left = 5;
  return { timeRemaining: () => left-- };
}

describe('findProblemsAhead', () => {
  const files = Array.from({ length: 7 }, (_, i) => opened(`47${10 + i}_4620data.txt`, `\r\nContrast=${i === 3 ? 99 : 9}\r\n`));

  it('finds every file’s problems over idle periods, as many as each has time for, and stops when told', () => {
    const queued: ((d: IdleDeadline) => void)[] = [];
    const whenIdle = (run: (d: IdleDeadline) => void) => {
      queued.push(run);
      return () => void queued.splice(queued.indexOf(run), 1);
    };
    let done = 0;
    findProblemsAhead(files, whenIdle, () => done++);
    let periods = 0;
    while (queued.length > 0) {
      expect(done).toBe(0);
      (queued.shift() as (d: IdleDeadline) => void)(period());
      periods++;
    }
    expect(periods).toBe(Math.ceil(files.length / 3));
    expect(done).toBe(1);
    // What it found is what the table and Save all take: the same list as findProblems, the same objects after.
    for (const f of files) {
      const ahead = contentProblems(f);
      expect(ahead).toEqual(findProblems(f.doc, { model: f.model, protocol: f.protocol, decoded: f.decoded ?? undefined }));
      expect(contentProblems(f)).toBe(ahead);
    }
    expect(contentProblems(files[3] as OpenFile).some((p) => p.severity === 'error')).toBe(true);
  });

  it('does nothing more once stopped', () => {
    const queued: ((d: IdleDeadline) => void)[] = [];
    const stop = findProblemsAhead(files, (run) => {
      queued.push(run);
      return () => void queued.splice(queued.indexOf(run), 1);
    });
    stop();
    expect(queued).toEqual([]);
  });
});
