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
    if (typeof window !== 'undefined') {
      const search = encodeForm(state, window.location.search);
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }
    listeners.forEach((listener) => listener());
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
