// Calls of the prevalence, survey, import and report page.
import type { ApiClient } from '../api/client';
import type { Text } from './monitoring.api';

export interface PrevalenceModel {
  model: string;
  abundance: number | null;
  AIC: number | null;
  profile: { abundance: number; lower: number; upper: number | null } | null;
}

export interface Prevalence {
  year: number;
  estimate: {
    sources: string[];
    published: { n: number | null; models: PrevalenceModel[]; best: { AIC: string | null; BIC: string | null }; suppressions: { cell: string; reason: string; reasonEn: string }[] };
    chosen: { model: string; abundance: number | null; lower: number | null; upper: number | null } | null;
    explanation: Text;
    sensitivity: { lowest: number | null; highest: number | null };
  } | null;
}

export interface Interval {
  share: number;
  lower: number;
  upper: number;
}

export interface Surveys {
  surveys: { name: string; year: number; instrument: string; sampleSize: number; designEffect: number; fourOrMore: Interval | null; atLeastOne: Interval | null }[];
  references: { id: string; label: Text; fourOrMore: number }[];
}

export interface RegistryCount {
  registry: string;
  measure: string;
  counts: Record<string, number | null>;
}

export type ImportFormat = 'counts' | 'capture' | 'encoded';

export interface UploadFile {
  registry: string;
  fileName: string;
  contentBase64: string;
}

export interface Mapping {
  count?: number;
  region?: number;
  measure?: number;
  sources?: number[];
}

export interface ImportCheck {
  columns: string[];
  suggested: { count: number | null; region: number | null; measure: number | null; sources: number[] };
  lines: number;
  acceptedLines: number;
  problems: { file: string; line: number; column: string; nl: string; en: string }[];
  outline: string[];
}

export interface ImportRequest {
  format: ImportFormat;
  year: number;
  files: UploadFile[];
  mapping?: Mapping;
}

export const studiesApi = {
  prevalence: (api: ApiClient, year: number, signal?: AbortSignal) => api.get<Prevalence>('/api/monitoring/prevalence', { query: { year }, signal }),
  surveys: (api: ApiClient, signal?: AbortSignal) => api.get<Surveys>('/api/monitoring/surveys', { signal }),
  imports: (api: ApiClient, signal?: AbortSignal) =>
    api.get<{ imports: { registry: string; format: string; year: number; fileName: string; acceptedLines: number; rejectedLines: number; importedOn: string }[] }>('/api/monitoring/imports', { signal }),
  registryCounts: (api: ApiClient, year: number, signal?: AbortSignal) => api.get<{ registries: RegistryCount[] }>('/api/monitoring/registry-counts', { query: { year }, signal }),
  check: (api: ApiClient, request: ImportRequest) => api.post<ImportCheck>('/api/monitoring/imports/check', request),
  commit: (api: ApiClient, request: ImportRequest & { registry: string; onlyCleanLines: boolean }) => api.post<{ acceptedLines: number; rejectedLines: number }>('/api/monitoring/imports', request),
};

/** File contents as base64, in chunks (a large file would overflow String.fromCharCode). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
