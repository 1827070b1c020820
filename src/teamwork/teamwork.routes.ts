// Team work on a case: the multidisciplinary case team, tasks, appointments, case conferences
// and team decisions. The case team reads and writes; everyone else is told the case does not exist.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { setDiscipline } from './case-team.service.js';
import { colleaguesForCase } from './colleagues.service.js';
import { planConference, updateConference } from './conferences.service.js';
import { recordDecision } from './decisions.service.js';
import { addAppointment, addTask, updateAppointment, updateTask } from './tasks.service.js';
import { myTasks, readTeamwork } from './teamwork-read.service.js';
import './teamwork.messages.js';
import {
  appointmentInput,
  appointmentParams,
  appointmentResponse,
  appointmentUpdate,
  caseParams,
  colleaguesResponse,
  conferenceInput,
  conferenceParams,
  conferenceResponse,
  conferenceUpdate,
  decisionInput,
  decisionResponse,
  disciplineInput,
  memberParams,
  myTasksResponse,
  taskInput,
  taskParams,
  taskResponse,
  taskUpdate,
  teamworkResponse,
} from './teamwork.schema.js';

export function teamworkRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['teamwork'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/teamwork/my-tasks', { config: read, schema: { tags, response: { 200: myTasksResponse } } }, async (request) => myTasks(ctx(request)));
  r.get('/api/cases/:id/teamwork', { config: read, schema: { tags, params: caseParams, response: { 200: teamworkResponse } } }, async (request) => readTeamwork(ctx(request), request.params.id));

  r.post('/api/cases/:id/team/:userId/discipline', { config: write, schema: { tags, params: memberParams, body: disciplineInput, response: { 200: teamworkResponse.shape.team } } }, async (request) =>
    setDiscipline(ctx(request), request.params.id, request.params.userId, request.body),
  );
  r.post('/api/cases/:id/tasks', { config: write, schema: { tags, params: caseParams, body: taskInput, response: { 201: taskResponse } } }, async (request, reply) =>
    reply.status(201).send(await addTask(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/tasks/:taskId', { config: write, schema: { tags, params: taskParams, body: taskUpdate, response: { 200: taskResponse } } }, async (request) =>
    updateTask(ctx(request), request.params.id, request.params.taskId, request.body),
  );
  r.post('/api/cases/:id/appointments', { config: write, schema: { tags, params: caseParams, body: appointmentInput, response: { 201: appointmentResponse } } }, async (request, reply) =>
    reply.status(201).send(await addAppointment(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/appointments/:appointmentId', { config: write, schema: { tags, params: appointmentParams, body: appointmentUpdate, response: { 200: appointmentResponse } } }, async (request) =>
    updateAppointment(ctx(request), request.params.id, request.params.appointmentId, request.body),
  );
  // For planning a conference, so it needs the right to write on the case, like the plan itself.
  r.get('/api/cases/:id/colleagues', { config: write, schema: { tags, params: caseParams, response: { 200: colleaguesResponse } } }, async (request) => colleaguesForCase(ctx(request), request.params.id));
  r.post('/api/cases/:id/conferences', { config: write, schema: { tags, params: caseParams, body: conferenceInput, response: { 201: conferenceResponse } } }, async (request, reply) =>
    reply.status(201).send(await planConference(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/conferences/:conferenceId', { config: write, schema: { tags, params: conferenceParams, body: conferenceUpdate, response: { 200: conferenceResponse } } }, async (request) =>
    updateConference(ctx(request), request.params.id, request.params.conferenceId, request.body),
  );
  r.post('/api/cases/:id/decisions', { config: write, schema: { tags, params: caseParams, body: decisionInput, response: { 201: decisionResponse } } }, async (request, reply) =>
    reply.status(201).send(await recordDecision(ctx(request), request.params.id, request.body)),
  );
}
