// Transfer, acute danger, block and end: each asks first, in a dialog that keeps focus.
import { useState } from 'react';
import { Alert } from '../ui/Alert';
import { useColleagues, useConsoleAction, type ConversationSummary } from './console.api';
import { fill, type ConsoleText } from './console-text';
import { ActionDialog } from './ActionDialog';

export function EmergencyProtocol({ text }: { text: ConsoleText }) {
  return (
    <div className="console-protocol">
      <h3>{text.protocolTitle}</h3>
      <ol>
        {text.protocol.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

type Open = 'transfer' | 'risk' | 'block' | 'end' | null;

export function ChatActions({ chat, text }: { chat: ConversationSummary; text: ConsoleText }) {
  const [open, setOpen] = useState<Open>(null);
  const [note, setNote] = useState('');
  const [colleague, setColleague] = useState('');
  const colleagues = useColleagues(open === 'transfer');
  const base = `/api/console/conversations/${chat.id}`;
  const transfer = useConsoleAction<void>(() => `${base}/transfer`, () => ({ toUserId: colleague, note }));
  const risk = useConsoleAction<void, { alertId: string }>(() => `${base}/risk`, () => (note.trim() ? { note } : {}));
  const block = useConsoleAction<void>(() => `${base}/block`);
  const end = useConsoleAction<void>(() => `${base}/end`);
  const dialog = (name: Exclude<Open, null>) => ({
    isOpen: open === name,
    onOpenChange: (isOpen: boolean) => {
      setOpen(isOpen ? name : null);
      setNote('');
    },
    cancelLabel: text.cancel,
  });
  const close = { onSuccess: () => setOpen(null) };
  const available = colleagues.data?.colleagues.filter((c) => c.freeSlots > 0) ?? [];

  return (
    <div className="console-actions">
      {risk.isSuccess ? (
        <Alert tone="warning" title={text.riskRaised}>
          <EmergencyProtocol text={text} />
        </Alert>
      ) : null}
      <div className="console-row">
        <ActionDialog {...dialog('transfer')} triggerLabel={text.transfer} title={text.transferTitle} confirmLabel={text.transfer} isPending={transfer.isPending} isConfirmDisabled={!colleague || !note.trim()} errorMessage={transfer.error?.message} onConfirm={() => transfer.mutate(undefined, close)}>
          {colleagues.data && available.length === 0 ? <p>{text.noColleague}</p> : null}
          <label className="field">
            <span className="field__label">{text.transferTo}</span>
            <select className="field__input" value={colleague} onChange={(e) => setColleague(e.target.value)}>
              <option value="" />
              {available.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName} ({fill(text.freeSlots, { n: c.freeSlots })})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{text.transferNote}</span>
            <textarea className="field__input" rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
        </ActionDialog>
        <ActionDialog {...dialog('risk')} triggerLabel={text.riskFlag} triggerVariant="danger" title={text.riskTitle} confirmLabel={text.riskConfirm} confirmVariant="danger" isPending={risk.isPending} errorMessage={risk.error?.message} onConfirm={() => risk.mutate(undefined, close)}>
          <p>{text.riskText}</p>
          <label className="field">
            <span className="field__label">{text.riskNote}</span>
            <textarea className="field__input" rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <EmergencyProtocol text={text} />
        </ActionDialog>
        <ActionDialog {...dialog('block')} triggerLabel={text.block} title={text.blockTitle} confirmLabel={text.blockConfirm} confirmVariant="danger" isPending={block.isPending} errorMessage={block.error?.message} onConfirm={() => block.mutate(undefined, close)}>
          <p>{text.blockText}</p>
        </ActionDialog>
        <ActionDialog {...dialog('end')} triggerLabel={text.end} title={text.endTitle} confirmLabel={text.endConfirm} isPending={end.isPending} errorMessage={end.error?.message} onConfirm={() => end.mutate(undefined, close)}>
          <p>{text.endText}</p>
        </ActionDialog>
      </div>
    </div>
  );
}
