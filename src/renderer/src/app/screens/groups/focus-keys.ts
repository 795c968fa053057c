// Names under which the Groups screen registers elements that may receive focus after an action.
export const createInputKey = 'create:input';
export const archivedToggleKey = 'archived:toggle';
export const activeFocusKey = (id: string, action: 'rename' | 'archive') =>
  `active:${id}:${action}`;
export const archivedFocusKey = (id: string) => `archived:${id}:restore`;
