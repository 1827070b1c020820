// One way to save a change to a question: the answer replaces what is on screen, the lists are
// refreshed, and a conflict (a colleague saved first) reloads the newest version while the
// worker's typed text stays where it is.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { consultKeys, type ConsultDetail } from './consult.api';

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'conflict';
}

export function useConsultSave<Input>(id: string, save: (input: Input) => Promise<ConsultDetail>, onSaved?: (detail: ConsultDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (detail) => {
      queryClient.setQueryData(consultKeys.detail(id), detail);
      onSaved?.(detail);
      await queryClient.invalidateQueries({ queryKey: consultKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: consultKeys.detail(id) });
    },
  });
}
