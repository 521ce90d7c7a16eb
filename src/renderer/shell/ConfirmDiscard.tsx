import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useUi } from '../state/ui-store';

/** "Discard unsaved changes?" before New or Open replaces a dirty workbook. */
export function ConfirmDiscard() {
  const { t } = useTranslation();
  const confirm = useUi((s) => s.confirm);
  return (
    <Modal
      isOpen={confirm !== null}
      onOpenChange={(open) => !open && confirm?.(false)}
      isDismissable
      className="modal"
    >
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title">{t('confirmDiscard.title')}</Heading>
        <p>{t('confirmDiscard.body')}</p>
        <div className="banner-actions">
          <button type="button" onClick={() => confirm?.(false)} autoFocus>
            {t('actions.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => confirm?.(true)}>
            {t('confirmDiscard.discard')}
          </button>
        </div>
      </Dialog>
    </Modal>
  );
}
