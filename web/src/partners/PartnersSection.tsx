// Referrals with the family's waiting time and their status, and every disclosure with its legal
// basis; on an open case the worker refers, moves a referral on and records disclosures here.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import type { CaseFile } from '../cases/cases.api';
import { fill, formatDate } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { DisclosureForm } from './DisclosureForm';
import { ReferralForm } from './ReferralForm';
import { ReferralStatusForm } from './ReferralStatusForm';
import { partnersApi, partnersKeys } from './partners.api';
import { usePartnersText } from './partners-text';

export function PartnersSection({ file, userId }: { file: CaseFile; userId: string }) {
  const { text, locale } = usePartnersText();
  const api = useApi();
  const referrals = useQuery({ queryKey: partnersKeys.referrals(file.id), queryFn: () => partnersApi.referrals(api, file.id) });
  const disclosures = useQuery({ queryKey: partnersKeys.disclosures(file.id), queryFn: () => partnersApi.disclosures(api, file.id) });
  return (
    <section className="section" aria-labelledby="partners-title">
      <h2 id="partners-title" className="section-title">
        {text.title}
      </h2>
      <section className="glance__block" aria-labelledby="referrals-title">
        <h3 id="referrals-title">{text.referrals}</h3>
        {referrals.isError ? <Alert tone="error">{referrals.error.message}</Alert> : null}
        {referrals.data?.length === 0 ? <p className="muted">{text.referralsNone}</p> : null}
        <ul className="casework-list">
          {(referrals.data ?? []).map((r) => (
            <li key={r.id}>
              <strong>{r.partner.name}</strong> · {formatDate(r.sentOn, locale)} · <Badge tone={r.stillWaiting ? 'demo' : r.status === 'started' ? 'positive' : 'neutral'}>{text.statuses[r.status]}</Badge>{' '}
              <span className={r.stillWaiting ? undefined : 'muted'}>{fill(r.stillWaiting ? text.waiting : text.waited, { n: r.waitingDays })}</span>
              <p>{r.reason}</p>
              {r.statusNote ? <p className="muted">{r.statusNote}</p> : null}
              {r.history.length > 1 ? (
                <p className="muted">
                  {text.history}: {r.history.map((h) => `${text.statuses[h.status]} ${formatDate(h.changedOn, locale)}`).join(' → ')}
                </p>
              ) : null}
              {file.readOnly ? null : <ReferralStatusForm caseId={file.id} referral={r} />}
            </li>
          ))}
        </ul>
        {file.readOnly ? null : <ReferralForm caseId={file.id} userId={userId} />}
      </section>
      <section className="glance__block" aria-labelledby="disclosures-title">
        <h3 id="disclosures-title">{text.disclosures}</h3>
        <p className="muted">{text.disclosuresIntro}</p>
        {disclosures.isError ? <Alert tone="error">{disclosures.error.message}</Alert> : null}
        {disclosures.data?.length === 0 ? <p className="muted">{text.disclosuresNone}</p> : null}
        <ul className="casework-list">
          {(disclosures.data ?? []).map((d) => (
            <li key={d.id}>
              <strong>{formatDate(d.disclosedOn, locale)}</strong> → {d.recipientName} · <em>{text.bases[d.legalBasis]}</em>
              <p>
                {d.reason} <span className="muted">({d.information})</span>
              </p>
              <p className={d.familyInformed ? 'muted' : 'casework-note'}>{d.familyInformed ? fill(text.familyInformed, { date: formatDate(d.familyInformedOn, locale) }) : fill(text.familyNotInformed, { reason: d.notInformedReason })}</p>
            </li>
          ))}
        </ul>
        {file.readOnly ? null : <DisclosureForm caseId={file.id} userId={userId} />}
      </section>
    </section>
  );
}
