import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Table } from '../ui/Table';
import { fill } from './monitoring.text';
import { fileToBase64, studiesApi, type ImportCheck, type ImportFormat, type ImportRequest, type Mapping } from './studies.api';
import { useStudiesText } from './studies.text';

type Problem = ImportCheck['problems'][number];

function ColumnSelect({ id, label, columns, value, onChange }: { id: string; label: string; columns: string[]; value: number | undefined; onChange: (v: number | undefined) => void }) {
  const { text } = useStudiesText();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="field__input" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">{text.none}</option>
        {columns.map((c, i) => (
          <option key={`${c}-${i}`} value={i}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Upload → check with a line-by-line report → map columns → import (clean, or clean lines only). */
export function ImportWizard() {
  const { text, locale } = useStudiesText();
  const api = useApi();
  const client = useQueryClient();
  const [registry, setRegistry] = useState('');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [format, setFormat] = useState<ImportFormat>('counts');
  const [files, setFiles] = useState<File[]>([]);
  const [mapping, setMapping] = useState<Mapping>({});
  const [onlyClean, setOnlyClean] = useState(false);
  const imports = useQuery({ queryKey: ['monitoring', 'imports'], queryFn: ({ signal }) => studiesApi.imports(api, signal) });

  const request = async (): Promise<ImportRequest> => ({
    format,
    year,
    mapping,
    files: await Promise.all(files.map(async (file) => ({ registry: format === 'encoded' ? file.name.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_.+-]/g, '_') : registry || 'register', fileName: file.name, contentBase64: await fileToBase64(file) }))),
  });
  const check = useMutation({
    mutationFn: async () => studiesApi.check(api, await request()),
    onSuccess: (result) => setMapping((m) => ({ count: m.count ?? result.suggested.count ?? undefined, region: m.region ?? result.suggested.region ?? undefined, measure: m.measure ?? result.suggested.measure ?? undefined, sources: m.sources ?? result.suggested.sources })),
  });
  const commit = useMutation({
    mutationFn: async () => studiesApi.commit(api, { ...(await request()), registry: registry || 'register', onlyCleanLines: onlyClean }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['monitoring'] }),
  });
  const result = check.data;
  const canImport = result !== undefined && (result.problems.length === 0 || onlyClean) && !check.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit.reset();
    check.mutate();
  };

  return (
    <>
      <form className="mon-filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor="imp-registry" className="field__label">
            {text.registry}
          </label>
          <input id="imp-registry" className="field__input" value={registry} pattern="[A-Za-z0-9_.+\-]{1,64}" onChange={(e) => setRegistry(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="imp-year" className="field__label">
            {text.year}
          </label>
          <input id="imp-year" type="number" min={2000} max={2100} className="field__input" value={year} onChange={(e) => setYear(Number(e.target.value))} />
        </div>
        <div className="field">
          <label htmlFor="imp-format" className="field__label">
            {text.format}
          </label>
          <select id="imp-format" className="field__input" value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
            {(['counts', 'capture', 'encoded'] as const).map((f) => (
              <option key={f} value={f}>
                {text.formats[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="imp-files" className="field__label">
            {text.files}
          </label>
          <input id="imp-files" type="file" accept=".csv,.xlsx" multiple={format === 'encoded'} className="field__input" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </div>
        <Button type="submit" variant="secondary" isDisabled={files.length === 0}>
          {text.check}
        </Button>
      </form>
      {check.isError ? <Alert tone="error">{check.error.message}</Alert> : null}
      {result ? (
        <div className="mon-import">
          <p role="status">{fill(text.checked, { accepted: result.acceptedLines.toLocaleString(locale), lines: result.lines.toLocaleString(locale) })}</p>
          {format !== 'encoded' ? (
            <fieldset className="mon-regions">
              <legend className="field__label">{text.mapping}</legend>
              <ColumnSelect id="map-count" label={text.countColumn} columns={result.columns} value={mapping.count} onChange={(count) => setMapping((m) => ({ ...m, count }))} />
              {format === 'counts' ? (
                <>
                  <ColumnSelect id="map-region" label={text.regionColumn} columns={result.columns} value={mapping.region} onChange={(region) => setMapping((m) => ({ ...m, region }))} />
                  <ColumnSelect id="map-measure" label={text.measureColumn} columns={result.columns} value={mapping.measure} onChange={(measure) => setMapping((m) => ({ ...m, measure }))} />
                </>
              ) : (
                <p>
                  {text.sourceColumns}: {(mapping.sources ?? []).map((i) => result.columns[i]).join(', ')}
                </p>
              )}
            </fieldset>
          ) : null}
          {result.problems.length > 0 ? (
            <>
              <Table
                caption={text.problemsCaption}
                columns={[
                  { id: 'file', header: text.file, cell: (p: Problem) => p.file },
                  { id: 'line', header: text.line, cell: (p: Problem) => p.line, isRowHeader: true },
                  { id: 'column', header: text.column, cell: (p: Problem) => p.column },
                  { id: 'problem', header: text.problem, cell: (p: Problem) => (locale === 'en' ? p.en : p.nl) },
                ]}
                rows={result.problems}
                rowKey={(p) => `${p.file}:${p.line}:${p.column}`}
              />
              <label className="mon-regions__option">
                <input type="checkbox" checked={onlyClean} onChange={(e) => setOnlyClean(e.target.checked)} /> {text.onlyClean}
              </label>
            </>
          ) : null}
          <p>
            <Button onPress={() => commit.mutate()} isDisabled={!canImport || commit.isPending}>
              {text.import}
            </Button>
          </p>
        </div>
      ) : null}
      {commit.isError ? <Alert tone="error">{commit.error.message}</Alert> : null}
      {commit.data ? <Alert tone="success">{fill(text.imported, { accepted: String(commit.data.acceptedLines), rejected: String(commit.data.rejectedLines) })}</Alert> : null}
      {imports.data && imports.data.imports.length > 0 ? (
        <Table
          caption={text.importsCaption}
          columns={[
            { id: 'on', header: text.on, cell: (i: (typeof imports.data.imports)[number]) => i.importedOn },
            { id: 'registry', header: text.registry, cell: (i: (typeof imports.data.imports)[number]) => i.registry, isRowHeader: true },
            { id: 'year', header: text.year, cell: (i: (typeof imports.data.imports)[number]) => i.year },
            { id: 'format', header: text.format, cell: (i: (typeof imports.data.imports)[number]) => text.formats[i.format as ImportFormat] ?? i.format },
            { id: 'lines', header: text.line, cell: (i: (typeof imports.data.imports)[number]) => `${i.acceptedLines} / ${i.acceptedLines + i.rejectedLines}` },
          ]}
          rows={imports.data.imports}
          rowKey={(i) => `${i.importedOn}-${i.registry}-${i.fileName}`}
        />
      ) : null}
    </>
  );
}
