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
import { DoubtsPanel } from './DoubtsPanel';
import { SafetyAssessmentView } from './SafetyAssessmentView';
import './casework.css';

export function AssessmentsSection({ file }: { file: CaseFile }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const read = useQuery({ queryKey: assessmentsKey(file.id), queryFn: () => assessmentsApi.read(api, file.id) });
  return (
    <section className="section" aria-labelledby="assessments-title">
      <h2 id="assessments-title" className="section-title">
        {text.title}
      </h2>
      {read.isPending ? <Spinner /> : null}
      {read.isError ? <Alert tone="error">{read.error.message}</Alert> : null}
      {read.data ? (
        <>
          <section className="glance__block" aria-labelledby="safety-title">
            <h3 id="safety-title">{text.safety}</h3>
            {read.data.safetyAssessments.length === 0 ? <p className="muted">{text.safetyNone}</p> : null}
            {[...read.data.safetyAssessments].reverse().map((a) => (
              <SafetyAssessmentView key={a.id} caseId={file.id} assessment={a} readOnly={file.readOnly} />
            ))}
          </section>
          <DoubtsPanel caseId={file.id} doubts={read.data.doubts} readOnly={file.readOnly} />
          <AceScreenings file={file} screenings={read.data.aceScreenings} />
        </>
      ) : null}
    </section>
  );
}
