import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp, type Agent } from '../../../test/support/app.js';
import { rows, sql } from '../../platform/db.js';
import { openCase, staffIn } from '../cases.fixtures.js';
import { refusedDocuments, sampleDocuments } from './document-fixtures.js';

// A small limit keeps the refusal tests light; the 20 MB default is exercised in documents-size.test.ts.
const LIMIT = 64 * 1024;
const t = useTestApp({ config: { documentMaxBytes: LIMIT }, timeout: 180_000 });

interface DocumentJson {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: { id: string; name: string };
}

const upload = (agent: Agent, caseId: string, name: string, bytes: Buffer, headers: Record<string, string> = {}) =>
  agent.request({ method: 'POST', url: `/api/cases/${caseId}/documents?name=${encodeURIComponent(name)}`, payload: bytes, headers: { 'content-type': 'application/octet-stream', ...headers } });

async function caseTeam() {
  const lead = await staffIn(t, 'team_lead');
  const { caseId } = await openCase(lead.agent);
  return { lead, caseId };
}

const documentCount = async () => Number((await rows<{ n: string | number }>(t.database.db, sql`SELECT count(*) AS n FROM case_document_contents`))[0]!.n);

describe('documents in the case file', () => {
  it('takes a file of each allowed type, named by its content, and lists them for the case team', async () => {
    const { lead, caseId } = await caseTeam();
    for (const [type, bytes] of Object.entries(sampleDocuments)) {
      const res = await upload(lead.agent, caseId, `bijlage-${type}.bin`, bytes);
      expect(res.statusCode, `${type}: ${res.body}`).toBe(201);
      expect(res.json<DocumentJson>().sizeBytes).toBe(bytes.length);
    }
    const list = await lead.agent.get(`/api/cases/${caseId}/documents`);
    expect(list.statusCode).toBe(200);
    const { documents, maxBytes } = list.json<{ documents: DocumentJson[]; maxBytes: number }>();
    expect(maxBytes).toBe(LIMIT);
    expect(documents.map((d) => d.fileName)).toEqual(['bijlage-pdf.pdf', 'bijlage-jpeg.jpg', 'bijlage-png.png', 'bijlage-docx.docx', 'bijlage-xlsx.xlsx', 'bijlage-text.txt']);
    expect(documents.map((d) => d.mediaType)).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/plain; charset=utf-8',
    ]);
    const file = (await lead.agent.get(`/api/cases/${caseId}`)).json<{ timeline: { kind: string; details: Record<string, unknown> }[] }>();
    const added = file.timeline.filter((e) => e.kind === 'document.added');
    expect(added).toHaveLength(6);
    // The file name may name a person: never on the timeline or in the audit trail.
    expect(JSON.stringify(added)).not.toContain('bijlage');
    const audit = await rows<{ details: unknown }>(t.database.db, sql`SELECT details FROM audit_events WHERE action IN ('case_document.create', 'case_document.list')`);
    expect(audit).toHaveLength(7);
    expect(JSON.stringify(audit)).not.toContain('bijlage');
  });

  it('refuses each bad upload with a field error and stores nothing', async () => {
    const { lead, caseId } = await caseTeam();
    const refusals: [string, Awaited<ReturnType<typeof upload>>, number, string][] = [
      ['renamed Windows program', await upload(lead.agent, caseId, 'verslag.pdf', refusedDocuments.windowsProgram), 415, 'document_type_not_allowed'],
      ['Linux program', await upload(lead.agent, caseId, 'foto.jpg', refusedDocuments.linuxProgram), 415, 'document_type_not_allowed'],
      ['shell script', await upload(lead.agent, caseId, 'notitie.txt', refusedDocuments.shellScript), 415, 'document_type_not_allowed'],
      ['plain ZIP', await upload(lead.agent, caseId, 'map.docx', refusedDocuments.plainZip), 415, 'document_type_not_allowed'],
      ['macro workbook', await upload(lead.agent, caseId, 'tabel.xlsx', refusedDocuments.macroWorkbook), 415, 'document_type_not_allowed'],
      ['GIF', await upload(lead.agent, caseId, 'beeld.gif', refusedDocuments.gif), 415, 'document_type_not_allowed'],
      ['empty file', await upload(lead.agent, caseId, 'leeg.txt', Buffer.alloc(0)), 400, 'validation_failed'],
      ['too large', await upload(lead.agent, caseId, 'groot.pdf', Buffer.concat([sampleDocuments.pdf, Buffer.alloc(LIMIT)])), 413, 'document_too_large'],
      ['multipart instead of raw bytes', await upload(lead.agent, caseId, 'a.pdf', sampleDocuments.pdf, { 'content-type': 'multipart/form-data; boundary=x' }), 415, 'unsupported_media_type'],
      ['JSON instead of raw bytes', await lead.agent.post(`/api/cases/${caseId}/documents?name=a.pdf`, { file: 'x' }), 415, 'document_send_raw'],
    ];
    for (const [what, res, status, code] of refusals) {
      expect(res.statusCode, what).toBe(status);
      expect(res.json<{ code: string }>().code, what).toBe(code);
      if (code.startsWith('document_') || code === 'validation_failed') expect(res.json<{ fields: { path: string; message: string }[] }>().fields[0]!.path, what).toBe('file');
    }
    const noName = await lead.agent.request({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload: sampleDocuments.pdf, headers: { 'content-type': 'application/octet-stream' } });
    expect(noName.statusCode).toBe(400);
    expect(noName.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe('name');
    const english = await upload(lead.agent, caseId, 'groot.pdf', Buffer.alloc(LIMIT + 1, 0x41), { 'accept-language': 'en' });
    expect(english.json<{ fields: { message: string }[] }>().fields[0]!.message).toBe('The file is larger than 0.1 MB, the maximum for a document.');
    expect(await documentCount()).toBe(0);
  });

  it('refuses a declared oversize body before reading it', async () => {
    const { lead, caseId } = await caseTeam();
    const res = await upload(lead.agent, caseId, 'groot.pdf', sampleDocuments.pdf, { 'content-length': String(LIMIT + 1) });
    // inject() sends what it has; the route answers from the declared length alone.
    expect(res.statusCode).toBe(413);
    expect(res.headers.connection).toBe('close');
  });

  it('downloads as an audited attachment with a safe name, the same bytes back', async () => {
    const { lead, caseId } = await caseTeam();
    const doc = (await upload(lead.agent, caseId, '../verslag "school";\r\nZoë.pdf', sampleDocuments.pdf)).json<DocumentJson>();
    expect(doc.fileName).toBe('verslag school Zoë.pdf');
    const res = await lead.agent.get(`/api/cases/${caseId}/documents/${doc.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="verslag school Zoe.pdf"; filename*=UTF-8''verslag%20school%20Zo%C3%AB.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(createHash('sha256').update(sampleDocuments.pdf).digest('hex'));
    const [read] = await rows<{ details: { documentId: string } }>(t.database.db, sql`SELECT details FROM audit_events WHERE action = 'case_document.read'`);
    expect(read!.details.documentId).toBe(doc.id);
  });

  it('answers 404 to another team and another centre, and 403 to the analyst', async () => {
    const { lead, caseId } = await caseTeam();
    const doc = (await upload(lead.agent, caseId, 'a.txt', sampleDocuments.text)).json<DocumentJson>();
    const otherTeam = await staffIn(t, 'team_lead', 'vk-antwerpen', 'Begeleiding');
    const otherCentre = await staffIn(t, 'caseworker', 'vk-limburg');
    for (const agent of [otherTeam.agent, otherCentre.agent]) {
      expect((await agent.get(`/api/cases/${caseId}/documents`)).statusCode).toBe(404);
      expect((await agent.get(`/api/cases/${caseId}/documents/${doc.id}/content`)).statusCode).toBe(404);
      expect((await upload(agent, caseId, 'b.txt', sampleDocuments.text)).statusCode).toBe(404);
      expect((await agent.post(`/api/cases/${caseId}/documents/${doc.id}/remove`, {})).statusCode).toBe(404);
    }
    const analyst = await signedIn(t, 'analyst');
    expect((await analyst.agent.get(`/api/cases/${caseId}/documents`)).statusCode).toBe(403);
    expect((await analyst.agent.get(`/api/cases/${caseId}/documents/${doc.id}/content`)).statusCode).toBe(403);
    expect(await documentCount()).toBe(1);
  });

  it('removes softly (audited, on the timeline) and keeps a closed case read-only', async () => {
    const { lead, caseId } = await caseTeam();
    const doc = (await upload(lead.agent, caseId, 'a.png', sampleDocuments.png)).json<DocumentJson>();
    expect((await lead.agent.post(`/api/cases/${caseId}/documents/${doc.id}/remove`, {})).statusCode).toBe(204);
    expect((await lead.agent.get(`/api/cases/${caseId}/documents`)).json<{ documents: unknown[] }>().documents).toEqual([]);
    expect((await lead.agent.get(`/api/cases/${caseId}/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await lead.agent.post(`/api/cases/${caseId}/documents/${doc.id}/remove`, {})).statusCode).toBe(404);
    const [kept] = await rows<{ removed_at: unknown }>(t.database.db, sql`SELECT removed_at FROM case_documents WHERE id = ${doc.id}`);
    expect(kept!.removed_at).not.toBeNull();
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_events WHERE action = 'case_document.remove'`);
    expect(audit).toHaveLength(1);

    const second = (await upload(lead.agent, caseId, 'b.txt', sampleDocuments.text)).json<DocumentJson>();
    const { version } = (await lead.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>();
    const closed = await lead.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await upload(lead.agent, caseId, 'c.txt', sampleDocuments.text)).statusCode).toBe(409);
    expect((await lead.agent.post(`/api/cases/${caseId}/documents/${second.id}/remove`, {})).statusCode).toBe(409);
    const list = (await lead.agent.get(`/api/cases/${caseId}/documents`)).json<{ documents: DocumentJson[]; readOnly: boolean }>();
    expect(list.readOnly).toBe(true);
    expect(list.documents.map((d) => d.id)).toEqual([second.id]);
    expect((await lead.agent.get(`/api/cases/${caseId}/documents/${second.id}/content`)).statusCode).toBe(200);
  });
});
