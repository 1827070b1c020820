// The assessments section of the case file: ACE screenings, safety assessments with the safety
// scale, and the doubts the team recorded. One audited read for the whole section.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import type { CaseFile } from '../cases/cases.api';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { AceScreenings } from './AceScreenings';
import { assessmentsApi, assessmentsKey } from './assessments.api';
import { useAssessmentsText } from './assessments-text';
import { FoldedForm } from '../ui/FoldedForm';
import { DoubtsPanel } from './DoubtsPanel';
import { assessmentDraftKey, SafetyAssessmentForm } from './SafetyAssessmentForm';
import { SafetyAssessmentView } from './SafetyAssessmentView';
import './casework.css';

function StartAssessment({ caseId, userId }: { caseId: string; userId: string }) {
  const { text } = useAssessmentsText();
  return (
    <FoldedForm summary={text.start} draftKey={assessmentDraftKey(caseId, null, userId)}>
      {(close) => <SafetyAssessmentForm caseId={caseId} userId={userId} assessment={null} onDone={close} />}
    </FoldedForm>
  );
}

export function AssessmentsSection({ file, userId }: { file: CaseFile; userId: string }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const read = useQuery({ queryKey: assessmentsKey(file.id), queryFn: () => assessmentsApi.read(api, file.id) });
  const openDoubts = read.data?.doubts.filter((d) => !d.resolved).length ?? 0;
  return (
    <section className="section" aria-labelledby="assessments-title">
      <h2 id="assessments-title" className="section-title">
        {text.title}
      </h2>
      {read.isPending ? <Spinner /> : null}
      {read.isError ? <Alert tone="error">{read.error.message}</Alert> : null}
      {read.data ? (
        <>
          {/* What we do not know stays in sight: the count of open doubts comes before the scores. */}
          {openDoubts > 0 ? (
            <p className="open-doubts">
              <a href="#doubts-title">{text.openDoubts.replace('{count}', String(openDoubts))}</a>
            </p>
          ) : null}
          <section className="glance__block" aria-labelledby="safety-title">
            <h3 id="safety-title">{text.safety}</h3>
            {read.data.safetyAssessments.length === 0 ? <p className="muted">{text.safetyNone}</p> : null}
            {[...read.data.safetyAssessments].reverse().map((a) => (
              <SafetyAssessmentView key={a.id} caseId={file.id} userId={userId} assessment={a} readOnly={file.readOnly} />
            ))}
            {file.readOnly ? null : <StartAssessment caseId={file.id} userId={userId} />}
          </section>
          <DoubtsPanel caseId={file.id} userId={userId} doubts={read.data.doubts} readOnly={file.readOnly} />
          <AceScreenings file={file} userId={userId} screenings={read.data.aceScreenings} />
        </>
      ) : null}
    </section>
  );
}
