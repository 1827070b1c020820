// Case documents: listing and removal through the API client; uploads through XMLHttpRequest,
// the one browser API that reports upload progress (a 20 MB scan on a slow line takes a while).
import { ApiError, CSRF_COOKIE, CSRF_HEADER, readDocumentCookie, type ApiClient } from '../api/client';

export interface CaseDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: { id: string; name: string };
}

export interface DocumentList {
  documents: CaseDocument[];
  readOnly: boolean;
  maxBytes: number;
}

export const documentsKey = (caseId: string) => ['cases', caseId, 'documents'] as const;

export const documentsApi = {
  list: (api: ApiClient, caseId: string, signal?: AbortSignal) => api.get<DocumentList>(`/api/cases/${caseId}/documents`, { signal }),
  remove: (api: ApiClient, caseId: string, documentId: string) => api.post<void>(`/api/cases/${caseId}/documents/${documentId}/remove`, {}),
  contentUrl: (caseId: string, documentId: string) => `/api/cases/${caseId}/documents/${documentId}/content`,
};

export interface UploadOptions {
  caseId: string;
  file: File;
  locale: string;
  onProgress: (fraction: number) => void;
  /** Text for a failure that never reached the server. */
  networkFailure: string;
}

export function uploadDocument({ caseId, file, locale, onProgress, networkFailure }: UploadOptions): Promise<CaseDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${caseId}/documents?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', locale);
    const csrf = readDocumentCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', networkFailure));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) return resolve(body as CaseDocument);
      const error = (body ?? {}) as { code?: string; message?: string; fields?: { path: string; message: string }[] };
      reject(new ApiError(xhr.status, error.code ?? 'unexpected_response', error.message ?? networkFailure, error.fields ?? []));
    };
    xhr.send(file);
  });
}
