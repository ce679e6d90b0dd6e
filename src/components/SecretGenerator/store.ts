/**
 * One form state for the whole page: the generator edits it, and the guide's
 * code blocks read it to fill their placeholders. It starts from the URL query
 * and writes itself back there with history.replaceState (no new history entry
 * per keystroke). Nothing is kept in storage.
 */
import { useSyncExternalStore } from 'react';
import { decodeForm, emptyForm, encodeForm, type FormState } from './formState';

type Listener = () => void;

let state: FormState | undefined;
const listeners = new Set<Listener>();
let urlWrite: ReturnType<typeof setTimeout> | undefined;

/** Writes the form to the URL after the render: keystrokes within one task share one replaceState. */
function scheduleUrlWrite(): void {
  if (urlWrite !== undefined) return;
  urlWrite = setTimeout(() => {
    urlWrite = undefined;
    const search = encodeForm(current(), window.location.search);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, 0);
}
const SERVER_STATE = emptyForm();

function current(): FormState {
  if (state === undefined) {
    state = typeof window === 'undefined' ? SERVER_STATE : decodeForm(window.location.search);
  }
  return state;
}

export const formStore = {
  get: current,
  set(next: FormState | ((previous: FormState) => FormState)): void {
    state = typeof next === 'function' ? next(current()) : next;
    listeners.forEach((listener) => listener());
    if (typeof window !== 'undefined') scheduleUrlWrite();
  },
  /** Reads the URL again (a page opened from a shared link, or back/forward). */
  reload(): void {
    state = undefined;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The form, as the server renders it (empty) and then as the browser has it. */
export function useFormState(): FormState {
  return useSyncExternalStore(formStore.subscribe, current, () => SERVER_STATE);
}
