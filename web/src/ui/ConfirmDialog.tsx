import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { Button, type ButtonVariant } from './Button';

export interface ConfirmDialogProps {
  triggerLabel: string;
  /** Spoken name of the trigger when the visible label is short, e.g. "Disable Jan Peeters". */
  triggerAccessibleName?: string;
  triggerVariant?: ButtonVariant;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onConfirm: () => void;
  isPending?: boolean;
  errorMessage?: string | null;
}

/**
 * Asks before an action that affects someone else's account. Focus is held inside while open and
 * returns to the trigger afterwards; Escape cancels, so it is never a keyboard trap.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      <Button
        variant={props.triggerVariant ?? 'secondary'}
        aria-label={props.triggerAccessibleName}
      >
        {props.triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!props.isPending}>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            <Heading slot="title" className="dialog__title">
              {props.title}
            </Heading>
            <div className="dialog__body">{props.children}</div>
            {props.errorMessage ? <Alert tone="error">{props.errorMessage}</Alert> : null}
            <div className="dialog__actions">
              <Button variant="secondary" slot="close" isDisabled={props.isPending}>
                {t('common.cancel')}
              </Button>
              <Button variant="danger" isPending={props.isPending} onPress={props.onConfirm}>
                {props.confirmLabel}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
