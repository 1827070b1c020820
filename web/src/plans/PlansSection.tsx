// The plans section of the case file: immediate safety first, then recovery.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import type { CaseFile } from '../cases/cases.api';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { plansApi, plansKeys } from './plans.api';
import { usePlansText } from './plans-text';
import { RecoveryPlanPanel } from './RecoveryPlanPanel';
import { SafetyPlanPanel } from './SafetyPlanPanel';

export function PlansSection({ file, userId }: { file: CaseFile; userId: string }) {
  const { text } = usePlansText();
  const api = useApi();
  const safety = useQuery({ queryKey: plansKeys.safety(file.id), queryFn: () => plansApi.safety(api, file.id) });
  const recovery = useQuery({ queryKey: plansKeys.recovery(file.id), queryFn: () => plansApi.recovery(api, file.id) });
  return (
    <section className="section" aria-labelledby="plans-title">
      <h2 id="plans-title" className="section-title">
        {text.title}
      </h2>
      <section className="glance__block" aria-labelledby="safety-plan-title">
        <h3 id="safety-plan-title">{text.safety}</h3>
        {safety.isPending ? <Spinner /> : null}
        {safety.isError ? <Alert tone="error">{safety.error.message}</Alert> : null}
        {safety.isSuccess ? <SafetyPlanPanel caseId={file.id} userId={userId} plan={safety.data} readOnly={file.readOnly} /> : null}
      </section>
      <section className="glance__block" aria-labelledby="recovery-plan-title">
        <h3 id="recovery-plan-title">{text.recovery}</h3>
        {recovery.isPending ? <Spinner /> : null}
        {recovery.isError ? <Alert tone="error">{recovery.error.message}</Alert> : null}
        {recovery.isSuccess ? <RecoveryPlanPanel file={file} userId={userId} plan={recovery.data} /> : null}
      </section>
    </section>
  );
}
