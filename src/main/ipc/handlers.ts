import { builtinTemplates } from '../../shared/plans/templates';
import type { Services } from '../services';
import type { Handlers } from './router';

const json = [{ name: 'Cercle (JSON)', extensions: ['json'] }];
const fileSafe = (name: string) =>
  name
    .replace(/[^\p{L}\p{N} _-]+/gu, '')
    .trim()
    .slice(0, 60) || 'cercle';

/** Each handler is one call into a service: rules live in the services. */
export function createHandlers(services: Services): Handlers {
  const { groups, settings, info, agreements, plans, planFiles, sessions, platform } = services;
  const { notes, attendance, reports } = services;
  // Channels that only record something answer null once the write is durable.
  const done = (_written: void) => null;
  return {
    'app:info': () => info,
    'settings:get': () => settings.get(),
    'settings:set': (input) => settings.set(input),

    'groups:list': (input) => groups.list(input.includeArchived ?? false),
    'groups:create': (input) => groups.create(input.name),
    'groups:rename': (input) => groups.rename(input.id, input.name),
    'groups:archive': (input) => groups.archive(input.id),
    'groups:restore': (input) => groups.restore(input.id),
    'groups:tag': (input) => ({ tag: services.groupTags.tag(input.id, input.importSecret) }),

    'agreements:current': (input) => agreements.current(input.groupId),
    'agreements:history': (input) => agreements.history(input.groupId),
    'agreements:save': (input) => agreements.save(input.groupId, input.items, input.baseVersion),

    'plans:list': (input) => plans.list(input.templates ?? false),
    'plans:get': (input) => plans.get(input.id),
    'plans:builtins': () => builtinTemplates(settings.get().language),
    'plans:create': (input) => plans.create(input.name, input.source, input.asTemplate ?? false),
    'plans:save': (input) => plans.save(input.id, input.content),
    'plans:duplicate': (input) => plans.duplicate(input.id, input.name, input.asTemplate),
    'plans:delete': (input) => {
      plans.remove(input.id);
      return null;
    },
    'plans:export': (input) => {
      const data = planFiles.serialize(input.ids);
      const first = input.ids.length === 1 ? plans.get(input.ids[0]!).name : 'plans';
      return platform.saveFile({
        suggestedName: `${fileSafe(first)}.cercle.json`,
        filters: json,
        data,
      });
    },
    'plans:import': (input) => planFiles.import(input.content),
    'plans:printPdf': (input) =>
      platform.printToPdf(`#/print/plan/${input.id}`, `${fileSafe(plans.get(input.id).name)}.pdf`),

    'sessions:schedule': (input) =>
      sessions.schedule(input.groupId, input.planId, input.scheduledAt),
    'sessions:list': (input) => sessions.list(input.groupId),
    'sessions:get': (input) => sessions.get(input.id),
    'sessions:cancel': (input) => sessions.cancel(input.id),
    'sessions:start': (input) => done(attendance.started(input.id)),
    'sessions:end': (input) => attendance.ended(input.id),
    'sessions:summary': (input) => attendance.summary(input.id),

    'notes:list': (input) => notes.list(input.sessionId),
    'notes:save': (input) => notes.save(input.sessionId, input.blockId, input.text),

    'attendance:presence': (input) => done(attendance.presence(input.sessionId, input.peers)),
    'attendance:activity': (input) => done(attendance.activity(input.sessionId, input.seen)),
    'attendance:turnOutcome': (input) => done(attendance.turnOutcome(input.sessionId, input.turn)),
    'attendance:speakingTime': (input) =>
      done(attendance.speakingTime(input.sessionId, input.peers)),

    'reports:compute': (input) => reports.compute(input),
    'reports:export': (input) => reports.export(input),

    'sessionServer:get': () => services.sessionServer.info(),
    'sessionServer:setRemote': (input) =>
      services.sessionServer.setRemote(input.url, input.facilitatorKey),
    'sessionServer:host': (input) => services.sessionServer.host(input.network),
    'sessionServer:stopHosting': () => services.sessionServer.stopHosting(),
    'sessionServer:connect': () => services.sessionServer.connect(),
  };
}
