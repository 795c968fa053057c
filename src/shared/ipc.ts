import { z } from 'zod';
import { agreementListSchema, type AgreementSet } from './agreements';
import { groupIdSchema, groupNameSchema, type Group } from './groups';
import type { IpcChannel } from './ipc-channels';
import { PLAN_FILE_MAX_BYTES } from './plans/file-format';
import {
  planContentSchema,
  planNameSchema,
  type BuiltinTemplate,
  type Plan,
  type PlanSummary,
} from './plans/plan';
import {
  activitySeenSchema,
  NOTE_MAX,
  presenceSchema,
  speakingSeenSchema,
  turnOutcomeSeenSchema,
  type Note,
  type SessionSummary,
} from './live';
import { reportExportRequestSchema, reportRequestSchema, type AnonymisedReport } from './reports';
import type { Session, SessionLists, SessionWithAgreements } from './sessions';
import {
  facilitatorKeyInputSchema,
  sessionServerUrlSchema,
  type SessionServerConnection,
  type SessionServerInfo,
} from './session-server';
import { crisisResourcesSchema, languageSchema, type AppInfo, type Settings } from './settings';

/** Carries an output type in the contract without a runtime value. */
const returns = <T>() => undefined as unknown as T;

const empty = z.object({}).strict();
const id = z.string().uuid();
const byId = z.object({ id }).strict();
const byGroup = z.object({ groupId: groupIdSchema }).strict();

/** Where a file the person saved went; `saved: false` when they cancelled the dialog. */
export type SaveOutcome = { saved: true; path: string } | { saved: false };

const planSource = z.union([
  z.object({ builtin: z.string().min(1).max(64) }).strict(),
  z.object({ planId: id }).strict(),
  z.object({ empty: z.literal(true) }).strict(),
]);

/**
 * The IPC contract: channel → input schema (parsed in main) and output type.
 * Inputs are objects so channels can grow optional fields without breaking.
 */
export const ipcContract = {
  /** The app's version and where its database lives. */
  'app:info': { input: empty, output: returns<AppInfo>() },
  /** The facilitator's preferences (language). */
  'settings:get': { input: empty, output: returns<Settings>() },
  /** Change one or more preferences; returns them all. */
  'settings:set': {
    input: z
      .object({
        language: languageSchema.optional(),
        crisisResources: crisisResourcesSchema.optional(),
      })
      .strict(),
    output: returns<Settings>(),
  },

  /** Groups by name; archived ones only when asked for. */
  'groups:list': {
    input: z.object({ includeArchived: z.boolean().optional() }).strict(),
    output: returns<Group[]>(),
  },
  /** Create a group (with the default agreements); names are unique among active groups. */
  'groups:create': {
    input: z.object({ name: groupNameSchema }).strict(),
    output: returns<Group>(),
  },
  /** Rename a group; the new name must be free among active groups. */
  'groups:rename': {
    input: z.object({ id: groupIdSchema, name: groupNameSchema }).strict(),
    output: returns<Group>(),
  },
  /** Archive a group: it leaves the list but keeps its history. */
  'groups:archive': { input: byId, output: returns<Group>() },
  /** Bring an archived group back, if its name is still free. */
  'groups:restore': { input: byId, output: returns<Group>() },
  /**
   * The group's opaque tag for the session server (never its id). `importSecret`
   * brings the secret an older version kept in the page; it is kept if none is stored.
   */
  'groups:tag': {
    input: z
      .object({
        id: groupIdSchema,
        importSecret: z
          .string()
          .regex(/^[A-Za-z0-9_-]{43}$/)
          .optional(),
      })
      .strict(),
    output: returns<{ tag: string }>(),
  },

  /** The group's agreements as they stand (latest version). */
  'agreements:current': { input: byGroup, output: returns<AgreementSet>() },
  /** Every version of the group's agreements, newest first. */
  'agreements:history': { input: byGroup, output: returns<AgreementSet[]>() },
  /** Save an edit as a new version; CONFLICT if `baseVersion` is no longer the latest. */
  'agreements:save': {
    input: z
      .object({
        groupId: groupIdSchema,
        items: agreementListSchema,
        baseVersion: z.number().int().min(1),
      })
      .strict(),
    output: returns<AgreementSet>(),
  },

  /** Plans, or templates when `templates` is true, by name. */
  'plans:list': {
    input: z.object({ templates: z.boolean().optional() }).strict(),
    output: returns<PlanSummary[]>(),
  },
  /** One plan with its blocks in order. */
  'plans:get': { input: byId, output: returns<Plan>() },
  /** The built-in templates, in the facilitator's language. */
  'plans:builtins': { input: empty, output: returns<BuiltinTemplate[]>() },
  /** A new plan (or template) from a built-in template, another plan, or nothing. */
  'plans:create': {
    input: z
      .object({ name: planNameSchema, source: planSource, asTemplate: z.boolean().optional() })
      .strict(),
    output: returns<Plan>(),
  },
  /** Save the editor's whole plan: its fields and its blocks in order. */
  'plans:save': {
    input: z.object({ id, content: planContentSchema }).strict(),
    output: returns<Plan>(),
  },
  /** Copy a plan under a new name; `asTemplate` saves the copy as a template. */
  'plans:duplicate': {
    input: z.object({ id, name: planNameSchema, asTemplate: z.boolean() }).strict(),
    output: returns<Plan>(),
  },
  /** Delete a plan; sessions keep their own copy of it. */
  'plans:delete': { input: byId, output: returns<null>() },
  /** Save plans to a JSON file the person chooses (system dialog). */
  'plans:export': {
    input: z.object({ ids: z.array(id).min(1).max(200) }).strict(),
    output: returns<SaveOutcome>(),
  },
  /** Add the plans of a shared file; IMPORT_INVALID lists every problem and adds nothing. */
  'plans:import': {
    input: z.object({ content: z.string().max(PLAN_FILE_MAX_BYTES) }).strict(),
    output: returns<PlanSummary[]>(),
  },
  /** Print a plan's paper view to a PDF file the person chooses. */
  'plans:printPdf': { input: byId, output: returns<SaveOutcome>() },

  /** Schedule a session for a group, freezing a copy of the plan. */
  'sessions:schedule': {
    input: z
      .object({ groupId: groupIdSchema, planId: id, scheduledAt: z.number().int().min(0) })
      .strict(),
    output: returns<Session>(),
  },
  /** A group's upcoming (soonest first) and past (newest first) sessions. */
  'sessions:list': { input: byGroup, output: returns<SessionLists>() },
  /** One session with its frozen plan and the agreements version it shows. */
  'sessions:get': { input: byId, output: returns<SessionWithAgreements>() },
  /** Cancel a scheduled session (it stays in the list as cancelled). */
  'sessions:cancel': { input: byId, output: returns<Session>() },
  /** The live session began (the room opened); the first start is kept. */
  'sessions:start': { input: byId, output: returns<null>() },
  /** The live session ended: everyone still there is marked as left; returns the summary. */
  'sessions:end': { input: byId, output: returns<SessionSummary>() },
  /** Who came, for how long, turns taken and passed: the facilitator's own, never exported. */
  'sessions:summary': { input: byId, output: returns<SessionSummary>() },

  /** The session's private notes, one per block ('' = the whole session). */
  'notes:list': { input: z.object({ sessionId: id }).strict(), output: returns<Note[]>() },
  /** Save one note durably; stays on this computer. */
  'notes:save': {
    input: z
      .object({ sessionId: id, blockId: z.string().max(64), text: z.string().max(NOTE_MAX) })
      .strict(),
    output: returns<Note>(),
  },

  /*
   * Attendance: what the room said, forwarded as it happened; the main process
   * decides what it means. Each sets a state, so a retried call counts nothing twice.
   */
  /** Everyone in the call now (after every change of the room's people). */
  'attendance:presence': {
    input: z.object({ sessionId: id, peers: presenceSchema }).strict(),
    output: returns<null>(),
  },
  /** The activity under way, and activities that ended with their final turns. */
  'attendance:activity': {
    input: z.object({ sessionId: id, seen: activitySeenSchema }).strict(),
    output: returns<null>(),
  },
  /** A round turn settled or was reopened: the latest outcome of (round, person) wins. */
  'attendance:turnOutcome': {
    input: z.object({ sessionId: id, turn: turnOutcomeSeenSchema }).strict(),
    output: returns<null>(),
  },
  /** Speaking time per seat since the room opened, from the server's audio-level observer. */
  'attendance:speakingTime': {
    input: z.object({ sessionId: id, peers: speakingSeenSchema }).strict(),
    output: returns<null>(),
  },

  /** The session server chosen in Settings (the key only as a hint) and the hosting status. */
  'sessionServer:get': { input: empty, output: returns<SessionServerInfo>() },
  /** Use an association's server; leaving the key out keeps the saved one. */
  'sessionServer:setRemote': {
    input: z
      .object({
        url: sessionServerUrlSchema,
        facilitatorKey: facilitatorKeyInputSchema.optional(),
      })
      .strict(),
    output: returns<SessionServerInfo>(),
  },
  /** Host the session server on this computer (alone, or shared on the local network). */
  'sessionServer:host': {
    input: z.object({ network: z.boolean() }).strict(),
    output: returns<SessionServerInfo>(),
  },
  /** Stop the server hosted here; its rooms close. */
  'sessionServer:stopHosting': { input: empty, output: returns<SessionServerInfo>() },
  /** Where to open a room, with the facilitator key; starts the hosted server if needed. */
  'sessionServer:connect': { input: empty, output: returns<SessionServerConnection>() },

  /** Anonymised figures for groups over whole months, clipped to the last closed month. */
  'reports:compute': { input: reportRequestSchema, output: returns<AnonymisedReport>() },
  /** Save the anonymised report as CSV or JSON (system dialog), or print its page to PDF. */
  'reports:export': { input: reportExportRequestSchema, output: returns<SaveOutcome>() },
} satisfies Record<IpcChannel, { input: z.ZodType; output: unknown }>;

export type IpcContract = typeof ipcContract;
/** What a caller passes (before defaults and trimming). */
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
/** What a handler receives (after parsing). */
export type IpcParsedInput<C extends IpcChannel> = z.output<IpcContract[C]['input']>;
export type IpcOutput<C extends IpcChannel> = IpcContract[C]['output'];
