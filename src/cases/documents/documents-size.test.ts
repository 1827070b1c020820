// The default limit, for real: a 20 MB document goes in and comes back whole on this database
// (PGlite or PostgreSQL), and one byte more is refused.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/app.js';
import { openCase, staffIn } from '../cases.fixtures.js';
import { sampleDocuments } from './document-fixtures.js';

const t = useTestApp({ reset: false, timeout: 180_000 });

describe('a document at the default size limit', () => {
  it('stores and serves 20 MB, refuses 20 MB + 1 byte', async () => {
    expect(t.config.documentMaxBytes).toBe(20 * 1024 * 1024);
    const lead = await staffIn(t, 'team_lead');
    const { caseId } = await openCase(lead.agent);
    const bytes = Buffer.concat([sampleDocuments.pdf, Buffer.alloc(t.config.documentMaxBytes - sampleDocuments.pdf.length, 0x20)]);
    const send = (payload: Buffer) => lead.agent.request({ method: 'POST', url: `/api/cases/${caseId}/documents?name=groot.pdf`, payload, headers: { 'content-type': 'application/octet-stream' } });
    const stored = await send(bytes);
    expect(stored.statusCode, stored.body).toBe(201);
    const back = await lead.agent.get(`/api/cases/${caseId}/documents/${stored.json<{ id: string }>().id}/content`);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.length).toBe(bytes.length);
    expect(createHash('sha256').update(back.rawPayload).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await send(Buffer.concat([bytes, Buffer.from(' ')]))).statusCode).toBe(413);
  }, 120_000);
});
