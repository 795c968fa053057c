import { useId, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { AGREEMENT_TEXT_MAX, AGREEMENT_TITLE_MAX } from '../../../../../shared/agreements';
import { Button } from '../../ui/Button';
import { describedBy, Field } from '../plans/editor/Field';
import type { AgreementField, DraftAgreement } from './agreement-draft';

type AgreementItemProps = {
  item: DraftAgreement;
  index: number;
  count: number;
  busy: boolean;
  problem(field: AgreementField): string | null;
  focusRef(key: string): RefCallback<HTMLElement>;
  onChange(patch: Partial<Pick<DraftAgreement, 'title' | 'text'>>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
};

/** One agreement being edited: its title, its sentence or two, and its place in the list. */
export function AgreementItem(props: AgreementItemProps) {
  const { item, index, count, busy, problem, focusRef } = props;
  const { t } = useTranslation();
  const id = useId();
  const titleError = problem('title');
  const textError = problem('text');
  const name = item.title.trim() || t('prep.agreements.untitled');
  const which = (
    <span className="visually-hidden"> {t('prep.agreements.forItem', { title: name })}</span>
  );
  return (
    <li className="agreement-item" aria-labelledby={`${id}-heading`}>
      <div className="agreement-head">
        <span className="block-position" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={`${id}-heading`} className="agreement-heading">
          {t('prep.agreements.itemHeading', { position: index + 1, count })}
        </h3>
        <div className="block-actions">
          <Button
            ref={focusRef(`item:${item.key}:up`)}
            variant="quiet"
            busy={busy || index === 0}
            onClick={() => index > 0 && props.onMove(-1)}
          >
            <span aria-hidden="true">↑</span>{' '}
            <span className="move-label">{t('prep.editor.moveUp')}</span>
            {which}
          </Button>
          <Button
            ref={focusRef(`item:${item.key}:down`)}
            variant="quiet"
            busy={busy || index === count - 1}
            onClick={() => index < count - 1 && props.onMove(1)}
          >
            <span aria-hidden="true">↓</span>{' '}
            <span className="move-label">{t('prep.editor.moveDown')}</span>
            {which}
          </Button>
          <Button variant="quiet" busy={busy} onClick={props.onRemove}>
            {t('prep.agreements.remove')}
            {which}
          </Button>
        </div>
      </div>
      <div className="agreement-fields">
        <Field id={`${id}-title`} label={t('prep.agreements.itemTitle')} error={titleError}>
          <input
            id={`${id}-title`}
            ref={focusRef(`item:${item.key}:title`)}
            className="input"
            type="text"
            autoComplete="off"
            maxLength={AGREEMENT_TITLE_MAX + 40}
            value={item.title}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={describedBy(`${id}-title`, { error: !!titleError })}
            onChange={(event) => props.onChange({ title: event.target.value })}
          />
        </Field>
        <Field id={`${id}-text`} label={t('prep.agreements.itemText')} error={textError}>
          <textarea
            id={`${id}-text`}
            ref={focusRef(`item:${item.key}:text`)}
            className="input textarea"
            rows={2}
            maxLength={AGREEMENT_TEXT_MAX + 100}
            value={item.text}
            aria-invalid={textError ? true : undefined}
            aria-describedby={describedBy(`${id}-text`, { error: !!textError })}
            onChange={(event) => props.onChange({ text: event.target.value })}
          />
        </Field>
      </div>
    </li>
  );
}
