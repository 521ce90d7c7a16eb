import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal, Radio, RadioGroup, Label } from 'react-aria-components';
import { uiStore, useUi } from '../state/ui-store';
import { changeLanguage } from './commands';
import type { Language } from '../../shared/workbook/schema';

/** Settings: the UI language (or follow the OS). */
export function SettingsDialog() {
  const { t } = useTranslation();
  const open = useUi((s) => s.settingsOpen);
  const setting = useUi((s) => s.languageSetting);
  return (
    <Modal
      isDismissable
      isOpen={open}
      onOpenChange={(o) => uiStore.setState({ settingsOpen: o })}
      className="modal"
    >
      <Dialog className="dialog">
        <Heading slot="title">{t('settings.title')}</Heading>
        <RadioGroup
          value={setting ?? 'system'}
          onChange={(v) => void changeLanguage(v === 'system' ? null : (v as Language))}
        >
          <Label>{t('settings.language')}</Label>
          <Radio value="system">{t('settings.languageSystem')}</Radio>
          <Radio value="es">{t('languages.es')}</Radio>
          <Radio value="en">{t('languages.en')}</Radio>
        </RadioGroup>
        <button type="button" onClick={() => uiStore.setState({ settingsOpen: false })}>
          {t('actions.close')}
        </button>
      </Dialog>
    </Modal>
  );
}
