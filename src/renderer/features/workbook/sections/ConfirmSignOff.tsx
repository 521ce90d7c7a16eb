import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal } from 'react-aria-components';
import type { Unagreed } from '../../../../shared/workbook/signoff';

/**
 * "Sign with items not agreed?": signing freezes the agreement as it stands, so what is still proposed or
 * disputed is listed by name before the facilitator confirms. Cancel has the focus.
 */
export function ConfirmSignOff({
  revision,
  items,
  onAnswer,
}: {
  revision: number;
  items: readonly Unagreed[] | null;
  onAnswer(sign: boolean): void;
}) {
  const { t } = useTranslation('workbook');
  return (
    <Modal
      isOpen={items !== null}
      onOpenChange={(open) => !open && onAnswer(false)}
      isDismissable
      className="modal"
    >
      <Dialog role="alertdialog" className="dialog confirm-signoff" data-testid="confirm-signoff">
        <Heading slot="title">{t('signoff.confirmTitle', { revision })}</Heading>
        <p>{t('signoff.confirmBody', { count: items?.length ?? 0 })}</p>
        <ul className="unagreed-list">
          {items?.map((i) => (
            <li key={i.id} className={i.status}>
              <span className="muted">{t(`signoff.kind.${i.kind}`)}:</span> {i.title || '—'} ·{' '}
              <strong>{t(`status.${i.status}`)}</strong>
            </li>
          ))}
        </ul>
        <div className="banner-actions">
          <button type="button" onClick={() => onAnswer(false)} autoFocus>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => onAnswer(true)}>
            {t('signoff.confirmSign')}
          </button>
        </div>
      </Dialog>
    </Modal>
  );
}
