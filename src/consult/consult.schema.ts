// Bodies and responses of the staff's advice-and-consult routes. Bodies are strict: an unknown
// field is refused, never silently dropped. Responses are allow-lists: family names appear only
// in the detail, which is an audited read.
import { z } from 'zod';
import { consultChannels, consultStatuses, consultUrgencies, professionalSectors, staffChannels } from './consult-vocabulary.js';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

const familyPerson = z.strictObject({ firstName: text(100).default(''), lastName: text(100).default('') });
const familyChild = familyPerson.extend({ dateOfBirth: isoDate.nullable().default(null) });
export const familyInput = z.strictObject({
  named: z.boolean(),
  children: z.array(familyChild).max(20).default([]),
  parents: z.array(familyPerson).max(6).default([]),
});

export const professionalInput = z.strictObject({
  name: text(200).default(''),
  role: text(200).default(''),
  organisation: text(200).default(''),
  phone: text(50).default(''),
  email: text(254).default(''),
});

const details = {
  sector: z.enum(professionalSectors),
  professional: professionalInput,
  family: familyInput,
  question: text(20_000),
  kindreflexStep: z.string().max(40).nullable().default(null),
  urgency: z.enum(consultUrgencies).default('normal'),
};

export const registerConsultBody = z.strictObject({
  channel: z.enum(staffChannels),
  ...details,
  /** Defaults to whoever registers. */
  assignedTo: z.uuid().optional(),
  followUpOn: isoDate.nullable().default(null),
});
export type RegisterConsultInput = z.infer<typeof registerConsultBody>;

/** A save of the details; fields left out stay as they are. */
export const updateConsultBody = z.strictObject({
  version: z.number().int().min(1),
  sector: details.sector.optional(),
  professional: professionalInput.optional(),
  family: familyInput.optional(),
  question: details.question.optional(),
  kindreflexStep: z.string().max(40).nullable().optional(),
  urgency: z.enum(consultUrgencies).optional(),
  assignedTo: z.uuid().nullable().optional(),
  followUpOn: isoDate.nullable().optional(),
});
export type UpdateConsultInput = z.infer<typeof updateConsultBody>;

export const adviceBody = z.strictObject({
  version: z.number().int().min(1),
  text: text(20_000),
  followUpOn: isoDate.nullable().default(null),
});
export type AdviceInput = z.infer<typeof adviceBody>;

export const statusChanges = ['start', 'close', 'reopen'] as const;
export const statusBody = z.strictObject({ version: z.number().int().min(1), change: z.enum(statusChanges) });
export type StatusChange = (typeof statusChanges)[number];

export const convertBody = z.strictObject({
  version: z.number().int().min(1),
  problemCategory: z.string().trim().min(1).max(64),
  forms: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  contexts: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
});
export type ConvertInput = z.infer<typeof convertBody>;

export const consultViews = ['open', 'mine', 'due', 'all'] as const;
export const listQuery = z.strictObject({
  view: z.enum(consultViews).default('open'),
  sort: z.enum(['newest', 'urgent']).default('newest'),
});
export type ConsultListQuery = z.infer<typeof listQuery>;

export const idParams = z.strictObject({ id: z.uuid() });

export const followUpStates = ['overdue', 'today', 'soon', 'planned'] as const;
const person = z.object({ id: z.uuid(), name: z.string() });

export const listItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  channel: z.enum(consultChannels),
  sector: z.string(),
  professionalSector: z.enum(professionalSectors),
  province: z.string().nullable(),
  guideOutcome: z.string().nullable(),
  status: z.enum(consultStatuses),
  urgency: z.enum(consultUrgencies),
  contactPreference: z.enum(['phone', 'email', 'professional_calls']),
  organisation: z.string().nullable(),
  familyNamed: z.boolean(),
  kindreflexStep: z.string().nullable(),
  assignedTo: person.nullable(),
  followUpOn: z.string().nullable(),
  followUpState: z.enum(followUpStates).nullable(),
  reportId: z.uuid().nullable(),
  expectedResponseBy: z.string(),
  createdAt: z.string(),
  version: z.number(),
});
export type ConsultListItem = z.infer<typeof listItem>;

export const listResponse = z.object({ requests: z.array(listItem), more: z.boolean() });

export const detailResponse = listItem.extend({
  contentVersion: z.string().nullable(),
  observations: z.string().nullable(),
  considerations: z.string().nullable(),
  decisions: z.string().nullable(),
  question: z.string().nullable(),
  contact: z.object({ name: z.string().nullable(), role: z.string().nullable(), organisation: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  family: z.object({ children: z.array(z.object({ firstName: z.string(), lastName: z.string(), dateOfBirth: z.string().nullable() })), parents: z.array(z.object({ firstName: z.string(), lastName: z.string() })) }).nullable(),
  registeredBy: person.nullable(),
  advice: z.array(z.object({ id: z.uuid(), text: z.string(), givenBy: person, givenAt: z.string() })),
});
export type ConsultDetail = z.infer<typeof detailResponse>;

export const followUpsResponse = z.object({
  followUps: z.array(z.object({ id: z.uuid(), reference: z.string(), organisation: z.string().nullable(), urgency: z.enum(consultUrgencies), followUpOn: z.string(), followUpState: z.enum(followUpStates) })),
});

export const handlersResponse = z.object({ handlers: z.array(person) });
export const convertedResponse = z.object({ reportId: z.uuid(), consult: detailResponse });
