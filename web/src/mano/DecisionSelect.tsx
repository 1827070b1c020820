// Choosing the team decision a MANO step rests on: only this case's decisions on that subject that
// no later decision replaced. Without one, the worker is told to record it first and where.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { fill, formatDate } from '../cases/cases-text';
import { NativeSelectField } from '../ui/NativeField';
import { teamworkApi, teamworkKeys } from '../teamwork/teamwork.api';
import { useManoText } from './mano-text';

export function DecisionSelect({ caseId, subject, label, missing, value, onChange }: { caseId: string; subject: 'mano_start' | 'mano_outcome'; label: string; missing: string; value: string; onChange: (id: string) => void }) {
  const { text, locale } = useManoText();
  const api = useApi();
  const work = useQuery({ queryKey: teamworkKeys.file(caseId), queryFn: () => teamworkApi.read(api, caseId) });
  const decisions = (work.data?.decisions ?? []).filter((d) => d.subject === subject && !d.supersededById);
  return (
    <>
      {work.isSuccess && decisions.length === 0 ? (
        <p className="casework-note">
          {missing} <a href="#decisions-title">{text.toDecisions}</a>
        </p>
      ) : null}
      <NativeSelectField
        label={label}
        name="decisionId"
        isRequired
        placeholder={text.choose}
        value={value}
        onChange={onChange}
        options={[...decisions].reverse().map((d) => ({ value: d.id, label: fill(text.decisionOption, { date: formatDate(d.decidedOn, locale), decision: d.decision.length > 80 ? `${d.decision.slice(0, 80)}…` : d.decision }) }))}
      />
    </>
  );
}
