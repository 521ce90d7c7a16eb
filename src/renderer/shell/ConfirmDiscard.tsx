import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useUi } from '../state/ui-store';

/** "Discard unsaved changes?" before New, Open or a file opened from the OS replaces a dirty workbook. */
export function ConfirmDiscard() {
  const { t } = useTranslation();
  const confirm = useUi((s) => s.confirm);
  return (
    <Modal
      isOpen={confirm !== null}
      onOpenChange={(open) => !open && confirm?.answer(false)}
      isDismissable
      className="modal"
    >
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title">{t('confirmDiscard.title')}</Heading>
        <p>
          {confirm?.opening
            ? t('confirmDiscard.opening', { name: confirm.opening })
            : t('confirmDiscard.body')}
        </p>
        <div className="banner-actions">
          <button type="button" onClick={() => confirm?.answer(false)} autoFocus>
            {t('actions.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => confirm?.answer(true)}>
            {t(confirm?.opening ? 'confirmDiscard.discardAndOpen' : 'confirmDiscard.discard')}
          </button>
        </div>
      </Dialog>
    </Modal>
  );
}
