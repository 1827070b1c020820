// Folded forms are built only when their <summary> is activated, as a worker would open them.
import { fireEvent, waitFor } from '@testing-library/react';

/** Opens the folded form under `summary` and waits until its form is built. */
export async function unfold(summary: string, container: ParentNode = document): Promise<HTMLFormElement> {
  const found = [...container.querySelectorAll('summary')].find((s) => s.textContent === summary);
  if (!found) throw new Error(`no folded form "${summary}"`);
  fireEvent.click(found);
  return waitFor(() => {
    const form = found.parentElement?.querySelector('form');
    if (!form) throw new Error(`"${summary}" did not unfold`);
    return form;
  });
}
