// The partner directory (readable by all staff, kept by leads and administrators) and, per case,
// referrals and disclosures (the case team only; everyone else is told the case does not exist).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { listDisclosures, markFamilyInformed, recordDisclosure } from './disclosures.service.js';
import { createPartner, listPartners, updatePartner } from './partner-directory.service.js';
import './partners.messages.js';
import {
  caseParams,
  disclosureInput,
  disclosureParams,
  disclosureResponse,
  familyInformedInput,
  partnerInput,
  partnerParams,
  partnerQuery,
  partnerResponse,
  partnerUpdate,
  referralInput,
  referralParams,
  referralResponse,
  referralStatusInput,
} from './partners.schema.js';
import { changeReferralStatus, createReferral, listReferrals } from './referrals.service.js';

export function partnersRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['partners'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const manage = { permission: 'partners:manage' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/partners', { config: { permission: 'self' }, schema: { tags, querystring: partnerQuery, response: { 200: z.object({ partners: z.array(partnerResponse) }) } } }, async (request) => ({
    partners: await listPartners(ctx(request), request.query),
  }));
  r.post('/api/partners', { config: manage, schema: { tags, body: partnerInput, response: { 201: partnerResponse } } }, async (request, reply) => reply.status(201).send(await createPartner(ctx(request), request.body)));
  r.post('/api/partners/:partnerId', { config: manage, schema: { tags, params: partnerParams, body: partnerUpdate, response: { 200: partnerResponse } } }, async (request) =>
    updatePartner(ctx(request), request.params.partnerId, request.body),
  );

  r.get('/api/cases/:id/referrals', { config: read, schema: { tags, params: caseParams, response: { 200: z.object({ referrals: z.array(referralResponse) }) } } }, async (request) => ({
    referrals: await listReferrals(ctx(request), request.params.id),
  }));
  r.post('/api/cases/:id/referrals', { config: write, schema: { tags, params: caseParams, body: referralInput, response: { 201: referralResponse } } }, async (request, reply) =>
    reply.status(201).send(await createReferral(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/referrals/:referralId/status', { config: write, schema: { tags, params: referralParams, body: referralStatusInput, response: { 200: referralResponse } } }, async (request) =>
    changeReferralStatus(ctx(request), request.params.id, request.params.referralId, request.body),
  );

  r.get('/api/cases/:id/disclosures', { config: read, schema: { tags, params: caseParams, response: { 200: z.object({ disclosures: z.array(disclosureResponse) }) } } }, async (request) => ({
    disclosures: await listDisclosures(ctx(request), request.params.id),
  }));
  r.post('/api/cases/:id/disclosures', { config: write, schema: { tags, params: caseParams, body: disclosureInput, response: { 201: disclosureResponse } } }, async (request, reply) =>
    reply.status(201).send(await recordDisclosure(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/disclosures/:disclosureId/family-informed', { config: write, schema: { tags, params: disclosureParams, body: familyInformedInput, response: { 200: disclosureResponse } } }, async (request) =>
    markFamilyInformed(ctx(request), request.params.id, request.params.disclosureId, request.body),
  );
}
