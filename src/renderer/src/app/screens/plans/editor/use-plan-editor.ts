import { useReducer } from 'react';
import type { BlockKind } from '../../../../../../shared/plans/blocks';
import {
  moveItem,
  newDraftBlock,
  sameDraft,
  withKind,
  type DraftBlock,
  type PlanDraft,
} from './plan-draft';

type Deleted = { block: DraftBlock; index: number };

export type EditorState = {
  /** What was last saved (or loaded): "unsaved changes" compares against it. */
  saved: PlanDraft;
  draft: PlanDraft;
  /** The last deleted block, until it is restored or another one is deleted. */
  deleted: Deleted | null;
};

type Action =
  | { type: 'field'; field: 'name' | 'groupSize' | 'startTime'; value: string }
  | { type: 'block'; id: string; patch: Partial<Omit<DraftBlock, 'id' | 'kind'>> }
  | { type: 'kind'; id: string; kind: BlockKind }
  | { type: 'add'; block: DraftBlock }
  | { type: 'move'; id: string; to: number }
  | { type: 'delete'; id: string }
  | { type: 'undo' }
  | { type: 'saved'; draft: PlanDraft };

function mapBlock(draft: PlanDraft, id: string, change: (b: DraftBlock) => DraftBlock): PlanDraft {
  return { ...draft, blocks: draft.blocks.map((b) => (b.id === id ? change(b) : b)) };
}

function reduce(state: EditorState, action: Action): EditorState {
  const { draft } = state;
  switch (action.type) {
    case 'field':
      return { ...state, draft: { ...draft, [action.field]: action.value } };
    case 'block':
      return { ...state, draft: mapBlock(draft, action.id, (b) => ({ ...b, ...action.patch })) };
    case 'kind':
      return { ...state, draft: mapBlock(draft, action.id, (b) => withKind(b, action.kind)) };
    case 'add':
      return { ...state, draft: { ...draft, blocks: [...draft.blocks, action.block] } };
    case 'move': {
      const from = draft.blocks.findIndex((b) => b.id === action.id);
      if (from < 0 || from === action.to) return state;
      return { ...state, draft: { ...draft, blocks: moveItem(draft.blocks, from, action.to) } };
    }
    case 'delete': {
      const index = draft.blocks.findIndex((b) => b.id === action.id);
      const block = draft.blocks[index];
      if (!block) return state;
      return {
        ...state,
        draft: { ...draft, blocks: draft.blocks.filter((b) => b.id !== action.id) },
        deleted: { block, index },
      };
    }
    case 'undo': {
      if (!state.deleted) return state;
      const blocks = [...draft.blocks];
      blocks.splice(Math.min(state.deleted.index, blocks.length), 0, state.deleted.block);
      return { ...state, draft: { ...draft, blocks }, deleted: null };
    }
    case 'saved':
      return { ...state, saved: action.draft, draft: action.draft };
  }
}

/** The plan editor's state: the draft being edited, what was saved, the last deleted block. */
export function usePlanEditor(initial: () => EditorState) {
  const [state, dispatch] = useReducer(reduce, undefined, initial);
  const dirty = !sameDraft(state.draft, state.saved);
  return {
    state,
    dirty,
    setField: (field: 'name' | 'groupSize' | 'startTime', value: string) =>
      dispatch({ type: 'field', field, value }),
    setBlock: (id: string, patch: Partial<Omit<DraftBlock, 'id' | 'kind'>>) =>
      dispatch({ type: 'block', id, patch }),
    setKind: (id: string, kind: BlockKind) => dispatch({ type: 'kind', id, kind }),
    addBlock: (kind: BlockKind, title: string) => {
      const block = newDraftBlock(kind, title);
      dispatch({ type: 'add', block });
      return block;
    },
    move: (id: string, to: number) => dispatch({ type: 'move', id, to }),
    remove: (id: string) => dispatch({ type: 'delete', id }),
    undo: () => dispatch({ type: 'undo' }),
    markSaved: (draft: PlanDraft) => dispatch({ type: 'saved', draft }),
  };
}

export type PlanEditorModel = ReturnType<typeof usePlanEditor>;
