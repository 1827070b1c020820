// When the family becomes known, the question becomes a report for intake. Only for workers who
// take in reports; the report is made once, and the worker is taken to it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { casesApi, casesKeys } from '../cases/cases.api';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { consultApi, consultKeys, type ConsultDetail } from './consult.api';
import { useConsultText } from './consult-text';

export function ConsultConvertPanel({ consult }: { consult: ConsultDetail }) {
  const { text, locale } = useConsultText();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState('');
  const taxonomy = useQuery({ queryKey: casesKeys.taxonomy, queryFn: () => casesApi.taxonomy(api), staleTime: 10 * 60_000 });
  const convert = useMutation({
    mutationFn: () => consultApi.convert(api, consult.id, { version: consult.version, problemCategory: category, forms: [], contexts: [] }),
    onSuccess: async ({ reportId, consult: updated }) => {
      queryClient.setQueryData(consultKeys.detail(consult.id), updated);
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      await navigate({ to: '/cases', hash: `report-${reportId}` });
    },
  });
  const categories = (taxonomy.data ?? []).filter((t) => t.kind === 'problem_category' && t.active).map((t) => ({ value: t.code, label: locale === 'en' ? t.labelEn : t.labelNl }));
  return (
    <section className="section" aria-labelledby="convert-title">
      <h2 id="convert-title" className="section-title">
        {text.detail.convert}
      </h2>
      {consult.reportId ? (
        <p>
          {text.detail.converted}{' '}
          <Link to="/cases" hash={`report-${consult.reportId}`}>
            {text.detail.openReport}
          </Link>
        </p>
      ) : consult.family === null || consult.family.children.length === 0 ? (
        <p className="muted">{text.detail.convertNeedsFamily}</p>
      ) : (
        <Form error={convert.error} aria-label={text.detail.convert} onSubmit={() => convert.mutate()}>
          <p>{text.detail.convertIntro}</p>
          <ChoiceGroup legend={text.detail.category} name="problemCategory" required choices={categories} value={category ? [category] : []} onChange={([c]) => setCategory(c ?? '')} />
          <div className="button-row">
            <Button type="submit" isPending={convert.isPending}>
              {text.detail.convertSubmit}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
