// A list the worker edits in place (danger statements, agreements, goals, actions): each item a
// numbered fieldset with its own "remove" button, and an "add" button under the list. Focus
// moves to the new item's first field, so adding and typing needs no mouse.
import { useEffect, useRef, type ReactNode } from 'react';
import { useServerFieldErrors } from '../ui/server-field-errors';
import { Button } from '../ui/Button';

interface ItemListProps<T> {
  /** The list's name in the API (`dangerStatements`): a server error on the list shows here. */
  name: string;
  legend: string;
  /** The legend of one item, e.g. "Afspraak {n}". */
  itemLegend: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  addLabel: string;
  removeLabel: string;
  children: (item: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
}

export function ItemList<T>({ name, legend, itemLegend, items, onChange, blank, addLabel, removeLabel, children }: ItemListProps<T>) {
  const server = useServerFieldErrors(name);
  const listRef = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const last = listRef.current?.querySelector<HTMLFieldSetElement>(':scope > fieldset:last-of-type');
    last?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [items.length]);
  const set = (index: number) => (patch: Partial<T>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="item-list">
      <legend className="field__label">{legend}</legend>
      {server.messages.length > 0 ? <p className="field__error">{server.messages.join(' ')}</p> : null}
      <div ref={listRef} className="item-list__items">
        {items.map((item, index) => {
          const itemName = itemLegend.replace('{n}', String(index + 1));
          return (
            // Items without an id yet are new: their place in the list is their identity.
            <fieldset key={index} className="item-list__item">
              <legend>{itemName}</legend>
              {children(item, index, set(index))}
              <div className="button-row button-row--compact">
                <Button variant="quiet" aria-label={`${removeLabel}: ${itemName}`} onPress={() => onChange(items.filter((_, i) => i !== index))}>
                  {removeLabel}
                </Button>
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="button-row button-row--compact">
        <Button
          variant="secondary"
          onPress={() => {
            added.current = true;
            onChange([...items, blank()]);
          }}
        >
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
