import { useCallback, useMemo, useState } from 'react';
import type { BoardPaperDraft, BoardPaperSection } from '../../../../shared/domain/report';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import type { SectionEdit } from './section-editor';
import { HEADER_KEY } from './section-outline';

/**
 * The editor's unsaved work (per section, and the header values) and the calls that save it. Each call
 * answers with the whole new draft, which replaces the one shown; unsaved text in other sections is kept.
 */
export function usePaperEdits(cycleId: number, draft: BoardPaperDraft | null, setDraft: (d: BoardPaperDraft) => void) {
  const api = useApi();
  const notify = useNotify();
  const [edits, setEdits] = useState<Record<string, SectionEdit>>({});
  const [headerValues, setHeaderValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const drop = (key: string) =>
    setEdits((e) => {
      const { [key]: _gone, ...rest } = e;
      return rest;
    });

  /** Runs one change; resolves with the new draft, or null when it failed (the reason is shown). */
  const change = useCallback(
    async (failTitle: string, call: () => Promise<BoardPaperDraft>): Promise<BoardPaperDraft | null> => {
      setBusy(true);
      try {
        const next = await call();
        setDraft(next);
        return next;
      } catch (err) {
        notify.error(err, failTitle);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [notify, setDraft],
  );

  const editOf = (s: BoardPaperSection): SectionEdit => edits[s.key] ?? { title: s.title, text: s.text };

  const unsaved = useMemo(() => {
    const keys = new Set<string>();
    for (const s of draft?.sections ?? []) {
      const e = edits[s.key];
      if (e && (e.title !== s.title || e.text !== s.text)) keys.add(s.key);
    }
    if (draft && draft.header.some((r) => (headerValues[r.label] ?? r.value) !== r.value)) keys.add(HEADER_KEY);
    return keys;
  }, [draft, edits, headerValues]);

  const saveSection = async (s: BoardPaperSection) => {
    const e = editOf(s);
    const title = e.title.trim();
    const patch = {
      ...(title !== s.title ? { title: s.defaultTitle !== null && title === s.defaultTitle ? null : title } : {}),
      ...(e.text !== s.text ? { text: e.text } : {}),
    };
    if (await change(`“${s.title}” was not saved`, () => api.call('boardPapers.updateSection', { cycleId, key: s.key, ...patch }))) drop(s.key);
  };

  return {
    busy,
    unsaved,
    editOf,
    setEdit: (key: string, e: SectionEdit) => setEdits((all) => ({ ...all, [key]: e })),
    discard: drop,
    saveSection,
    reset: async (key: string) => {
      if (await change('The generated text was not restored', () => api.call('boardPapers.resetSection', { cycleId, key }))) drop(key);
    },
    /** Saves the edited text again against today's data: the user has checked it and it stands. */
    keep: (s: BoardPaperSection) => change(`“${s.title}” was not saved`, () => api.call('boardPapers.updateSection', { cycleId, key: s.key, text: s.text })),
    setHidden: (key: string, hidden: boolean) => change(hidden ? 'The section was not hidden' : 'The section was not shown', () => api.call('boardPapers.updateSection', { cycleId, key, hidden })),
    reorder: async (keys: string[]) => {
      await change('The sections were not moved', () => api.call('boardPapers.reorder', { cycleId, keys }));
    },
    /** Adds a section after `afterKey`; resolves with its key. */
    add: async (title: string, afterKey: string | undefined): Promise<string | null> => {
      const before = new Set(draft?.sections.map((s) => s.key));
      const next = await change('The section was not added', () => api.call('boardPapers.addSection', { cycleId, title, ...(afterKey ? { afterKey } : {}) }));
      return next?.sections.find((s) => !before.has(s.key))?.key ?? null;
    },
    remove: async (key: string): Promise<boolean> => {
      const ok = (await change('The section was not removed', () => api.call('boardPapers.removeSection', { cycleId, key }))) !== null;
      if (ok) drop(key);
      return ok;
    },
    headerValues,
    setHeaderValues,
    saveHeader: async (values: Array<{ label: string; value: string | null }>) => {
      if (!values.length) return;
      if (await change('The header was not saved', () => api.call('boardPapers.setHeader', { cycleId, values }))) setHeaderValues({});
    },
  };
}
