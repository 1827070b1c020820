import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Alert } from '../ui/Alert';
import { Button, type ButtonVariant } from '../ui/Button';

export interface ActionDialogProps {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  cancelLabel: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onConfirm: () => void;
  isPending?: boolean;
  isConfirmDisabled?: boolean;
  errorMessage?: string | null;
}

/** A modal step before a chat action (transfer, end, block, risk): focus stays inside, Escape cancels. */
export function ActionDialog(props: ActionDialogProps) {
  return (
    <DialogTrigger isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      <Button variant={props.triggerVariant ?? 'secondary'}>{props.triggerLabel}</Button>
      <ModalOverlay className="modal-overlay" isDismissable={!props.isPending}>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog__title">
              {props.title}
            </Heading>
            <div className="dialog__body">{props.children}</div>
            {props.errorMessage ? <Alert tone="error">{props.errorMessage}</Alert> : null}
            <div className="dialog__actions">
              <Button variant="secondary" slot="close" isDisabled={props.isPending}>
                {props.cancelLabel}
              </Button>
              <Button variant={props.confirmVariant ?? 'primary'} isPending={props.isPending} isDisabled={props.isConfirmDisabled} onPress={props.onConfirm}>
                {props.confirmLabel}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
